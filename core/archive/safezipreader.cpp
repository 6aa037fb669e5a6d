// SPDX-License-Identifier: Apache-2.0
// The second half of SafeZipReader: streaming entries through libarchive (which decompresses and
// checks CRCs) while counting what really comes out against the catalogue and the limits.
#include "safezipreader.h"

#include "utf8localescope.h"
#include "zippath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>

namespace hoshi {

namespace {

constexpr qint64 ReadBlockSize = qint64(1) << 20;

} // namespace

struct SafeZipReader::Stream {
    QFile file;
    QByteArray buffer;
    const QList<qint64> *boundaries = nullptr;
    qint64 position = 0;
    QString ioError;
    struct archive *archive = nullptr;
    const ZipEntryInfo *current = nullptr;
    qint64 entryRead = 0;
    qint64 totalRead = 0;
    bool inEntry = false;
    QSet<int> seen;

    ~Stream()
    {
        if (archive) {
            Utf8LocaleScope locale;
            archive_read_free(archive);
        }
    }

    // Reads never cross the start of the next entry (or of the central directory): libarchive
    // seeks to every local header, and whatever it had read beyond it would be read again.
    static la_ssize_t read(struct archive *a, void *client, const void **out)
    {
        auto *s = static_cast<Stream *>(client);
        qint64 wanted = ReadBlockSize;
        const auto next = std::upper_bound(s->boundaries->begin(), s->boundaries->end(), s->position);
        if (next != s->boundaries->end() && *next - s->position > 0)
            wanted = std::min(wanted, *next - s->position);
        const qint64 n = s->file.read(s->buffer.data(), wanted);
        if (n < 0) {
            s->ioError = s->file.errorString();
            archive_set_error(a, EIO, "read failed");
            return -1;
        }
        s->position += n;
        *out = s->buffer.constData();
        return la_ssize_t(n);
    }

    static la_int64_t seek(struct archive *a, void *client, la_int64_t offset, int whence)
    {
        auto *s = static_cast<Stream *>(client);
        qint64 target = offset;
        if (whence == SEEK_CUR)
            target = s->position + offset;
        else if (whence == SEEK_END)
            target = s->file.size() + offset;
        if (target < 0 || !s->file.seek(target)) {
            archive_set_error(a, EIO, "seek failed");
            return ARCHIVE_FATAL;
        }
        s->position = target;
        return target;
    }
};

SafeZipReader::SafeZipReader(const QString &path, const ZipLimits &limits) : m_path(path), m_limits(limits) {}

SafeZipReader::~SafeZipReader() = default;

bool SafeZipReader::open(QString *error)
{
    m_opened = false;
    m_stream.reset();
    if (!readCatalogue(error) || !checkCatalogue(error))
        return false;
    m_opened = true;
    return true;
}

const ZipEntryInfo *SafeZipReader::entry(const QString &path) const
{
    const auto it = m_index.constFind(path);
    return it == m_index.constEnd() ? nullptr : &m_entries.at(*it);
}

std::unique_ptr<SafeZipReader::Stream> SafeZipReader::startStream(QString *error) const
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::unique_ptr<Stream>();
    };
    if (!m_opened)
        return fail(SafeZipReader::tr("The archive has not been opened."));
    auto stream = std::make_unique<Stream>();
    stream->file.setFileName(m_path);
    if (!stream->file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return fail(SafeZipReader::tr("Can not open %1: %2").arg(m_path, stream->file.errorString()));
    // The file must still be the one whose catalogue was checked.
    if (stream->file.size() != m_fileSize)
        return fail(SafeZipReader::tr("%1 changed while it was being read.").arg(m_path));
    stream->buffer.resize(ReadBlockSize);
    stream->boundaries = &m_boundaries;

    Utf8LocaleScope locale;
    stream->archive = archive_read_new();
    if (!stream->archive || archive_read_support_format_zip_seekable(stream->archive) != ARCHIVE_OK
        || archive_read_set_read_callback(stream->archive, &Stream::read) != ARCHIVE_OK
        || archive_read_set_seek_callback(stream->archive, &Stream::seek) != ARCHIVE_OK
        || archive_read_set_callback_data(stream->archive, stream.get()) != ARCHIVE_OK
        || archive_read_open1(stream->archive) != ARCHIVE_OK) {
        const char *message = stream->archive ? archive_error_string(stream->archive) : nullptr;
        return fail(SafeZipReader::tr("%1 can not be read as a ZIP archive: %2")
                        .arg(m_path, message ? QString::fromLocal8Bit(message).trimmed() : stream->ioError));
    }
    return stream;
}

SafeZipReader::Next SafeZipReader::advance(Stream &s, ZipEntryInfo *entry, QString *error) const
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return Next::Failed;
    };
    Utf8LocaleScope locale;
    s.inEntry = false;
    s.current = nullptr;
    struct archive_entry *ae = nullptr;
    const int r = archive_read_next_header(s.archive, &ae);
    if (r == ARCHIVE_EOF) {
        if (s.seen.size() != m_entries.size())
            return fail(SafeZipReader::tr("%1 is damaged: only %2 of its %3 entries could be read.")
                            .arg(m_path).arg(s.seen.size()).arg(m_entries.size()));
        return Next::End;
    }
    if (r != ARCHIVE_OK) {
        const char *message = archive_error_string(s.archive);
        return fail(SafeZipReader::tr("%1 is damaged: %2").arg(m_path, !s.ioError.isEmpty() ? s.ioError
                                                       : message ? QString::fromLocal8Bit(message).trimmed()
                                                                 : SafeZipReader::tr("unreadable entry header")));
    }
    const char *name = archive_entry_pathname_utf8(ae);
    if (!name)
        return fail(SafeZipReader::tr("%1: an entry name can not be decoded.").arg(m_path));
    const QString path = QString::fromUtf8(name);
    const auto type = archive_entry_filetype(ae);
    int index = m_index.value(path, -1);
    if (index < 0 && type == AE_IFDIR)
        index = m_index.value(path + QLatin1Char('/'), -1);
    // libarchive takes names from the local headers; they must agree with the central directory
    // that was checked, or two tools would see two different archives.
    if (index < 0)
        return fail(SafeZipReader::tr("%1: the entry \"%2\" is named differently in its local header and in the central directory.")
                        .arg(m_path, path));
    if (s.seen.contains(index))
        return fail(SafeZipReader::tr("%1: the entry \"%2\" was met twice.").arg(m_path, path));
    s.seen.insert(index);
    const ZipEntryInfo &info = m_entries.at(index);
    if ((info.isDirectory && type != AE_IFDIR) || (!info.isDirectory && type != AE_IFREG))
        return fail(SafeZipReader::tr("%1: the entry \"%2\" is not a regular file.").arg(m_path, path));
    s.current = &info;
    s.entryRead = 0;
    s.inEntry = !info.isDirectory;
    if (entry)
        *entry = info;
    return Next::Entry;
}

bool SafeZipReader::block(Stream &s, const char **data, qint64 *size, QString *error) const
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        *size = 0;
        return false;
    };
    *size = 0;
    *data = nullptr;
    if (!s.inEntry || !s.current)
        return true;
    const ZipEntryInfo &info = *s.current;
    Utf8LocaleScope locale;
    const void *buffer = nullptr;
    size_t length = 0;
    la_int64_t offset = 0;
    const int r = archive_read_data_block(s.archive, &buffer, &length, &offset);
    if (r == ARCHIVE_EOF) {
        s.inEntry = false;
        if (s.entryRead != info.size)
            return fail(SafeZipReader::tr("%1: the entry \"%2\" holds %3 bytes, but its header says %4.")
                            .arg(m_path, info.path).arg(s.entryRead).arg(info.size));
        return true;
    }
    if (r != ARCHIVE_OK) {
        // A CRC mismatch arrives here as ARCHIVE_WARN: for us every warning is damage.
        const char *message = archive_error_string(s.archive);
        s.inEntry = false;
        return fail(SafeZipReader::tr("%1: the entry \"%2\" is damaged: %3")
                        .arg(m_path, info.path,
                             !s.ioError.isEmpty() ? s.ioError
                             : message            ? QString::fromLocal8Bit(message).trimmed()
                                                  : SafeZipReader::tr("unreadable data")));
    }
    if (offset != s.entryRead)
        return fail(SafeZipReader::tr("%1: the entry \"%2\" has a hole in its data.").arg(m_path, info.path));
    s.entryRead += qint64(length);
    s.totalRead += qint64(length);
    if (s.entryRead > info.size)
        return fail(SafeZipReader::tr("%1: the entry \"%2\" holds more data than its header says (%3 bytes).")
                        .arg(m_path, info.path).arg(info.size));
    if (s.totalRead > m_limits.maxTotalBytes)
        return fail(SafeZipReader::tr("%1 unpacks to more than %2 bytes, the limit.").arg(m_path).arg(m_limits.maxTotalBytes));
    if (s.entryRead > m_limits.ratioCheckAbove
        && double(s.entryRead) > m_limits.maxRatio * double(std::max<qint64>(info.compressedSize, 1)))
        return fail(SafeZipReader::tr("%1: the entry \"%2\" unpacks to more than %3 times its compressed size (a zip bomb?).")
                        .arg(m_path, info.path).arg(m_limits.maxRatio));
    *data = static_cast<const char *>(buffer);
    *size = qint64(length);
    return true;
}

SafeZipReader::Next SafeZipReader::next(ZipEntryInfo *entry, QString *error)
{
    if (!m_stream) {
        m_stream = startStream(error);
        if (!m_stream)
            return Next::Failed;
    }
    return advance(*m_stream, entry, error);
}

bool SafeZipReader::readBlock(const char **data, qint64 *size, QString *error)
{
    if (!m_stream) {
        *size = 0;
        return true;
    }
    return block(*m_stream, data, size, error);
}

bool SafeZipReader::readEntry(const QString &entryPath, qint64 maxSize, QByteArray *data, QString *error)
{
    const ZipEntryInfo *wanted = entry(entryPath);
    if (!wanted || wanted->isDirectory) {
        if (error)
            *error = SafeZipReader::tr("%1 holds no file \"%2\".").arg(m_path, entryPath);
        return false;
    }
    if (wanted->size > maxSize) {
        if (error)
            *error = SafeZipReader::tr("%1: \"%2\" is larger than %3 bytes.").arg(m_path, entryPath).arg(maxSize);
        return false;
    }
    std::unique_ptr<Stream> stream = startStream(error);
    if (!stream)
        return false;
    ZipEntryInfo info;
    for (;;) {
        const Next n = advance(*stream, &info, error);
        if (n == Next::Failed)
            return false;
        if (n == Next::End) {
            if (error)
                *error = SafeZipReader::tr("%1 holds no file \"%2\".").arg(m_path, entryPath);
            return false;
        }
        if (info.path == entryPath)
            break;
    }
    data->clear();
    data->reserve(qsizetype(info.size));
    for (;;) {
        const char *p = nullptr;
        qint64 n = 0;
        if (!block(*stream, &p, &n, error))
            return false;
        if (n == 0)
            return true;
        data->append(p, qsizetype(n));
    }
}

bool SafeZipReader::extract(const QString &entryPath, const QString &folder, QString *writtenPath, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const ZipEntryInfo *wanted = entry(entryPath);
    if (!wanted || wanted->isDirectory)
        return fail(SafeZipReader::tr("%1 holds no file \"%2\".").arg(m_path, entryPath));
    const QFileInfo base(folder);
    if (!base.isDir() || base.isSymLink())
        return fail(SafeZipReader::tr("%1 is not a folder.").arg(folder));
    const QString root = base.canonicalFilePath();

    // Create the sub-folders one component at a time, refusing to pass through a symbolic link
    // that someone may have planted in the folder.
    QString current = root;
    const QStringList parts = ZipPath::components(entryPath);
    for (int i = 0; i + 1 < parts.size(); ++i) {
        current += QLatin1Char('/') + parts.at(i);
        const QFileInfo info(current);
        if (info.isSymLink())
            return fail(SafeZipReader::tr("%1 is a symbolic link; nothing is extracted through it.").arg(current));
        if (!info.exists() && !QDir().mkdir(current))
            return fail(SafeZipReader::tr("Can not create the folder %1.").arg(current));
        if (!QFileInfo(current).isDir())
            return fail(SafeZipReader::tr("%1 is not a folder.").arg(current));
    }
    const QString target = current + QLatin1Char('/') + parts.last();
    // Belt and braces after ZipPath's checks, by component (a string prefix test would take
    // "/out2/x" for a path inside "/out").
    const QString relative = QDir(root).relativeFilePath(QDir::cleanPath(target));
    if (relative.isEmpty() || QDir::isAbsolutePath(relative) || ZipPath::components(relative).contains(QStringLiteral("..")))
        return fail(SafeZipReader::tr("The entry \"%1\" would leave the folder.").arg(entryPath));

    std::unique_ptr<Stream> stream = startStream(error);
    if (!stream)
        return false;
    ZipEntryInfo info;
    for (;;) {
        const Next n = advance(*stream, &info, error);
        if (n == Next::Failed)
            return false;
        if (n == Next::End)
            return fail(SafeZipReader::tr("%1 holds no file \"%2\".").arg(m_path, entryPath));
        if (info.path == entryPath)
            break;
    }
    QFile out(target);
    // NewOnly is O_CREAT|O_EXCL: it neither replaces a file nor follows a symbolic link.
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(SafeZipReader::tr("Can not create %1: %2").arg(target, out.errorString()));
    for (;;) {
        const char *p = nullptr;
        qint64 n = 0;
        if (!block(*stream, &p, &n, error)) {
            out.remove();
            return false;
        }
        if (n == 0)
            break;
        if (out.write(p, n) != n) {
            const QString message = SafeZipReader::tr("Can not write %1: %2").arg(target, out.errorString());
            out.remove();
            return fail(message);
        }
    }
    if (!out.flush()) {
        out.remove();
        return fail(SafeZipReader::tr("Can not write %1: %2").arg(target, out.errorString()));
    }
    out.close();
    if (writtenPath)
        *writtenPath = target;
    return true;
}

} // namespace hoshi
