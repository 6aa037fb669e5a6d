// SPDX-License-Identifier: Apache-2.0
#include "zipwriter.h"

#include "utf8localescope.h"
#include "zippath.h"

#include <QCoreApplication>
#include <QIODevice>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace hoshi {

namespace {

bool startsWithAny(const QString &s, std::initializer_list<const char *> prefixes)
{
    for (const char *p : prefixes) {
        if (s.startsWith(QLatin1String(p)))
            return true;
    }
    return false;
}

} // namespace

struct ZipWriter::Callbacks {
    static la_ssize_t write(struct archive *a, void *client, const void *buffer, size_t length)
    {
        auto *self = static_cast<ZipWriter *>(client);
        if (self->m_discard)
            return la_ssize_t(length);
        const qint64 n = self->m_device->write(static_cast<const char *>(buffer), qint64(length));
        if (n != qint64(length)) {
            self->m_deviceError = self->m_device->errorString();
            archive_set_error(a, EIO, "write failed");
            return -1;
        }
        return la_ssize_t(n);
    }
};

ZipWriter::ZipWriter(QIODevice *device) : m_device(device) {}

ZipWriter::~ZipWriter()
{
    if (m_archive) {
        // archive_write_free() closes an open archive, which would append a central directory
        // to whatever was written; an abandoned writer must add nothing more.
        m_discard = true;
        Utf8LocaleScope locale;
        archive_write_free(m_archive);
    }
}

QString ZipWriter::archiveError() const
{
    if (!m_deviceError.isEmpty())
        return m_deviceError;
    const char *message = m_archive ? archive_error_string(m_archive) : nullptr;
    return message ? QString::fromLocal8Bit(message).trimmed() : ZipWriter::tr("unknown error");
}

bool ZipWriter::fail(const QString &message, QString *error)
{
    m_failed = true;
    if (error)
        *error = message;
    return false;
}

bool ZipWriter::open(QString *error)
{
    if (!m_device || !m_device->isWritable())
        return fail(ZipWriter::tr("The archive can not be written: the output is not open for writing."), error);
    Utf8LocaleScope locale;
    m_archive = archive_write_new();
    if (!m_archive)
        return fail(ZipWriter::tr("Out of memory."), error);
    // No blocking: libarchive would otherwise pad the file to a multiple of 10240 bytes and copy
    // every byte through its block buffer.
    if (archive_write_set_format_zip(m_archive) != ARCHIVE_OK
        || archive_write_set_bytes_per_block(m_archive, 0) != ARCHIVE_OK
        || archive_write_set_bytes_in_last_block(m_archive, 1) != ARCHIVE_OK
        || archive_write_set_options(m_archive, "zip:hdrcharset=UTF-8") != ARCHIVE_OK
        // Level 1: twice as fast as the default 6 on logs, for archives ~25 % larger; the export
        // is meant to run at disk speed (docs/performance.md).
        || archive_write_set_options(m_archive, "zip:compression-level=1") != ARCHIVE_OK
        || archive_write_open(m_archive, this, nullptr, &Callbacks::write, nullptr) != ARCHIVE_OK)
        return fail(ZipWriter::tr("The archive can not be started: %1").arg(archiveError()), error);
    return true;
}

bool ZipWriter::beginEntry(const QString &path, qint64 size, const QDateTime &modified, Compression compression,
                           QString *error)
{
    if (m_failed || m_closed || !m_archive || m_inEntry)
        return fail(ZipWriter::tr("The archive writer is not ready for a new entry (%1).").arg(path), error);
    if (const QString problem = ZipPath::problemWith(path); !problem.isEmpty())
        return fail(problem, error);
    if (size < 0)
        return fail(ZipWriter::tr("The size of %1 is unknown.").arg(path), error);

    Utf8LocaleScope locale;
    const int selected = compression == Compression::Store ? archive_write_zip_set_compression_store(m_archive)
                                                           : archive_write_zip_set_compression_deflate(m_archive);
    if (selected != ARCHIVE_OK)
        return fail(ZipWriter::tr("Can not select compression for %1: %2").arg(path, archiveError()), error);

    std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(), &archive_entry_free);
    const QByteArray utf8 = path.toUtf8();
    archive_entry_set_pathname_utf8(entry.get(), utf8.constData());
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0644);
    archive_entry_set_size(entry.get(), size);
    const QDateTime when = modified.isValid() ? modified : QDateTime::fromSecsSinceEpoch(315532800, Qt::UTC);
    archive_entry_set_mtime(entry.get(), time_t(when.toSecsSinceEpoch()), 0);
    if (archive_write_header(m_archive, entry.get()) != ARCHIVE_OK)
        return fail(ZipWriter::tr("Can not add %1 to the archive: %2").arg(path, archiveError()), error);
    m_entryPath = path;
    m_entrySize = size;
    m_entryWritten = 0;
    m_inEntry = true;
    return true;
}

bool ZipWriter::writeData(const char *data, qint64 size, QString *error)
{
    if (m_failed || !m_inEntry)
        return fail(ZipWriter::tr("The archive writer has no open entry."), error);
    if (m_entryWritten + size > m_entrySize)
        return fail(ZipWriter::tr("%1 is larger than announced (%2 bytes).").arg(m_entryPath).arg(m_entrySize), error);
    Utf8LocaleScope locale;
    while (size > 0) {
        const la_ssize_t n = archive_write_data(m_archive, data, size_t(size));
        if (n <= 0)
            return fail(ZipWriter::tr("Can not write %1 into the archive: %2").arg(m_entryPath, archiveError()), error);
        data += n;
        size -= n;
        m_entryWritten += n;
    }
    return true;
}

bool ZipWriter::finishEntry(QString *error)
{
    if (m_failed || !m_inEntry)
        return fail(ZipWriter::tr("The archive writer has no open entry."), error);
    if (m_entryWritten != m_entrySize)
        return fail(ZipWriter::tr("%1 ended after %2 of %3 bytes.").arg(m_entryPath).arg(m_entryWritten).arg(m_entrySize), error);
    Utf8LocaleScope locale;
    if (archive_write_finish_entry(m_archive) != ARCHIVE_OK)
        return fail(ZipWriter::tr("Can not finish %1 in the archive: %2").arg(m_entryPath, archiveError()), error);
    m_inEntry = false;
    ++m_entries;
    return true;
}

bool ZipWriter::addFile(const QString &path, const QByteArray &data, const QDateTime &modified,
                        Compression compression, QString *error)
{
    return beginEntry(path, data.size(), modified, compression, error) && writeData(data, error)
           && finishEntry(error);
}

bool ZipWriter::close(QString *error)
{
    if (m_failed || m_closed || !m_archive || m_inEntry)
        return fail(ZipWriter::tr("The archive can not be completed: an entry is still open or writing failed."), error);
    Utf8LocaleScope locale;
    if (archive_write_close(m_archive) != ARCHIVE_OK)
        return fail(ZipWriter::tr("Can not complete the archive: %1").arg(archiveError()), error);
    archive_write_free(m_archive);
    m_archive = nullptr;
    m_closed = true;
    return true;
}

ZipWriter::Compression ZipWriter::compressionFor(const QString &mediaType, qint64 size, const QByteArray &sample)
{
    if (size > StoreAbove || size == 0)
        return Compression::Store;
    const QString type = mediaType.toLower();
    if (startsWithAny(type, {"image/", "video/", "audio/", "font/woff"}))
        return Compression::Store;
    static const char *const compressed[] = {
        "application/zip", "application/gzip", "application/x-gzip", "application/x-xz", "application/x-bzip2",
        "application/x-7z-compressed", "application/x-rar", "application/vnd.rar", "application/zstd",
        "application/x-zstd", "application/java-archive", "application/vnd.android.package-archive",
        "application/x-compressed-tar", "application/x-xz-compressed-tar", "application/pdf",
        "application/epub+zip"};
    for (const char *c : compressed) {
        if (type == QLatin1String(c))
            return Compression::Store;
    }
    // Office Open XML / OpenDocument files are ZIP containers already.
    if (startsWithAny(type, {"application/vnd.openxmlformats-officedocument", "application/vnd.oasis.opendocument"}))
        return Compression::Store;
    if (type.startsWith(QLatin1String("text/")) || type.endsWith(QLatin1String("+xml"))
        || type.endsWith(QLatin1String("+json"))
        || type == QLatin1String("application/json") || type == QLatin1String("application/xml")
        || type == QLatin1String("application/x-yaml") || type == QLatin1String("application/yaml")
        || type == QLatin1String("application/javascript") || type == QLatin1String("application/x-shellscript")
        || type == QLatin1String("application/x-pcapng") || type == QLatin1String("application/vnd.tcpdump.pcap"))
        return Compression::Deflate;
    if (sample.isEmpty())
        return Compression::Store;
    // Unknown binary: try the fastest deflate level on the first bytes and keep deflate only
    // when it pays; the decision depends on content alone, so it is the same in every export.
    const QByteArray probe = sample.left(64 * 1024);
    const qint64 packed = qCompress(probe, 1).size() - 4; // qCompress prefixes the length
    return packed * 10 <= qint64(probe.size()) * 9 ? Compression::Deflate : Compression::Store;
}

} // namespace hoshi
