// SPDX-License-Identifier: Apache-2.0
// The first half of SafeZipReader: the central directory, parsed by hand before libarchive is
// given the file, so that every name, type, size and offset is judged before any data is
// decompressed and before a hostile entry count can make anyone allocate memory.
#include "safezipreader.h"

#include "zippath.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <algorithm>

namespace hoshi {

namespace {

quint16 le16(const char *p)
{
    const auto *u = reinterpret_cast<const uchar *>(p);
    return quint16(u[0] | (u[1] << 8));
}

quint32 le32(const char *p)
{
    const auto *u = reinterpret_cast<const uchar *>(p);
    return quint32(u[0]) | (quint32(u[1]) << 8) | (quint32(u[2]) << 16) | (quint32(u[3]) << 24);
}

quint64 le64(const char *p)
{
    return quint64(le32(p)) | (quint64(le32(p + 4)) << 32);
}

bool readAt(QFile &file, qint64 offset, qint64 size, QByteArray *out)
{
    if (offset < 0 || size < 0 || !file.seek(offset))
        return false;
    *out = file.read(size);
    return out->size() == size;
}

QDateTime dosDateTime(quint16 time, quint16 date)
{
    const QDate d(1980 + (date >> 9), (date >> 5) & 0x0f, date & 0x1f);
    const QTime t(time >> 11, (time >> 5) & 0x3f, (time & 0x1f) * 2);
    return QDateTime(d, t.isValid() ? t : QTime(0, 0));
}

constexpr quint16 FlagEncrypted = 1 << 0;
constexpr quint16 FlagStrongEncryption = 1 << 6;
constexpr quint16 FlagUtf8 = 1 << 11;
constexpr int HostUnix = 3;
constexpr int HostOsx = 19;
constexpr quint32 TypeMask = 0170000;
constexpr quint32 TypeRegular = 0100000;
constexpr quint32 TypeDirectory = 0040000;
constexpr quint32 TypeSymlink = 0120000;
constexpr qint64 LocalHeaderSize = 30;
constexpr qint64 CentralHeaderSize = 46;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Where the central directory is, as the end record (or the ZIP64 end record) says.
struct DirectoryRecord {
    quint64 diskNumber = 0;
    quint64 directoryDisk = 0;
    quint64 entryCount = 0;
    quint64 size = 0;
    quint64 offset = 0;
    qint64 limit = 0; // the directory must end before this offset
};

// ZIP64: a locator just before the end record points at the 64-bit end record.
bool readZip64EndRecord(QFile &file, const QString &path, qint64 endRecordOffset, DirectoryRecord *record,
                        QString *error)
{
    if (endRecordOffset < 20 + 56)
        return true;
    QByteArray locator;
    if (!readAt(file, endRecordOffset - 20, 20, &locator) || !locator.startsWith(QByteArrayLiteral("PK\x06\x07")))
        return true;
    const quint64 zip64Offset = le64(locator.constData() + 8);
    QByteArray zip64;
    if (zip64Offset > quint64(endRecordOffset - 20) || !readAt(file, qint64(zip64Offset), 56, &zip64)
        || !zip64.startsWith(QByteArrayLiteral("PK\x06\x06")))
        return fail(error, SafeZipReader::tr("%1 is damaged: its ZIP64 end record is missing.").arg(path));
    const char *z = zip64.constData();
    record->diskNumber = le32(z + 16);
    record->directoryDisk = le32(z + 20);
    record->entryCount = le64(z + 32);
    record->size = le64(z + 40);
    record->offset = le64(z + 48);
    record->limit = qint64(zip64Offset);
    return true;
}

// End of central directory: the last "PK\5\6" whose comment reaches exactly the end of file.
bool readEndRecord(QFile &file, const QString &path, qint64 fileSize, DirectoryRecord *record, QString *error)
{
    const qint64 tailSize = std::min<qint64>(fileSize, 22 + 0xffff);
    QByteArray tail;
    if (!readAt(file, fileSize - tailSize, tailSize, &tail))
        return fail(error, SafeZipReader::tr("Can not read %1: %2").arg(path, file.errorString()));
    qint64 eocd = -1;
    for (qint64 i = tail.size() - 22; i >= 0; --i) {
        const char *p = tail.constData() + i;
        if (p[0] == 'P' && p[1] == 'K' && p[2] == 5 && p[3] == 6 && i + 22 + le16(p + 20) == tail.size()) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        return fail(error, SafeZipReader::tr("%1 is not a complete ZIP archive: its end record is missing (the file may be truncated).")
                               .arg(path));
    const char *e = tail.constData() + eocd;
    const qint64 eocdOffset = fileSize - tailSize + eocd;
    record->diskNumber = le16(e + 4);
    record->directoryDisk = le16(e + 6);
    record->entryCount = le16(e + 10);
    record->size = le32(e + 12);
    record->offset = le32(e + 16);
    record->limit = eocdOffset;
    return readZip64EndRecord(file, path, eocdOffset, record, error);
}

bool checkDirectoryRecord(const DirectoryRecord &record, const QString &path, const ZipLimits &limits, QString *error)
{
    if (record.diskNumber != 0 || record.directoryDisk != 0)
        return fail(error, SafeZipReader::tr("%1 is a multi-part archive, which is not supported.").arg(path));
    if (record.entryCount > quint64(limits.maxEntries))
        return fail(error, SafeZipReader::tr("%1 has %2 entries, more than the limit of %3.").arg(path).arg(record.entryCount).arg(limits.maxEntries));
    if (record.size > quint64(limits.maxCentralDirectoryBytes))
        return fail(error, SafeZipReader::tr("%1 has a central directory of %2 bytes, more than the limit of %3.")
                               .arg(path).arg(record.size).arg(limits.maxCentralDirectoryBytes));
    if (record.offset > quint64(record.limit) || record.size > quint64(record.limit) - record.offset)
        return fail(error, SafeZipReader::tr("%1 is damaged: its central directory lies outside the file (truncated?).").arg(path));
    return true;
}

// ZIP64 extended information: only the fields saturated in the fixed header, in order.
void readZip64Extra(const char *x, const char *xEnd, quint64 *size, quint64 *compressed, quint64 *offset)
{
    while (x + 4 <= xEnd) {
        const quint16 id = le16(x);
        const quint16 length = le16(x + 2);
        const char *v = x + 4;
        if (v + length > xEnd)
            break;
        if (id == 0x0001) {
            const char *vEnd = v + length;
            if (*size == 0xffffffffu && v + 8 <= vEnd) {
                *size = le64(v);
                v += 8;
            }
            if (*compressed == 0xffffffffu && v + 8 <= vEnd) {
                *compressed = le64(v);
                v += 8;
            }
            if (*offset == 0xffffffffu && v + 8 <= vEnd)
                *offset = le64(v);
        }
        x += 4 + length;
    }
}

// The name: UTF-8 only (flagged), or plain ASCII which reads the same in every encoding; no
// encryption; store or deflate.
bool readEntryName(const QByteArray &rawName, quint16 flags, int method, const QString &path, ZipEntryInfo *info,
                   QString *error)
{
    const bool ascii = std::all_of(rawName.begin(), rawName.end(), [](char c) { return uchar(c) < 0x80; });
    if (!(flags & FlagUtf8) && !ascii)
        return fail(error, SafeZipReader::tr("%1: the entry name \"%2\" is not marked as UTF-8.")
                               .arg(path, QString::fromLatin1(rawName)));
    info->path = QString::fromUtf8(rawName);
    if (info->path.toUtf8() != rawName)
        return fail(error, SafeZipReader::tr("%1: an entry name is not valid UTF-8.").arg(path));
    if (flags & (FlagEncrypted | FlagStrongEncryption))
        return fail(error, SafeZipReader::tr("%1: the entry \"%2\" is encrypted, which is not supported.").arg(path, info->path));
    if (method != 0 && method != 8)
        return fail(error, SafeZipReader::tr("%1: the entry \"%2\" uses compression method %3; only store and deflate are accepted.")
                               .arg(path, info->path).arg(method));
    return true;
}

// Type: Unix hosts keep st_mode in the high half of the external attributes.
bool readEntryType(int host, quint32 external, const QString &path, ZipEntryInfo *info, QString *error)
{
    const bool slash = info->path.endsWith(QLatin1Char('/'));
    bool directory = slash;
    if (host == HostUnix || host == HostOsx) {
        const quint32 type = (external >> 16) & TypeMask;
        if (type == TypeSymlink)
            return fail(error, SafeZipReader::tr("%1: the entry \"%2\" is a symbolic link; only regular files are accepted.")
                                   .arg(path, info->path));
        if (type != 0 && type != TypeRegular && type != TypeDirectory)
            return fail(error, SafeZipReader::tr("%1: the entry \"%2\" is a device or other special file; only regular files are accepted.")
                                   .arg(path, info->path));
        directory = type == TypeDirectory || (type == 0 && slash);
        if (type == TypeRegular && slash)
            return fail(error, SafeZipReader::tr("%1: the entry \"%2\" is marked as a file but named like a folder.").arg(path, info->path));
    } else if (external & 0x10) {
        directory = true;
    }
    info->isDirectory = directory;
    if (directory && !slash)
        info->path += QLatin1Char('/');
    return true;
}

// Entry n of the central directory, starting at *pos (moved past it).
bool readDirectoryEntry(const QByteArray &cd, qint64 *pos, quint64 n, const QString &path, qint64 fileSize,
                        ZipEntryInfo *info, QString *error)
{
    if (*pos + CentralHeaderSize > cd.size() || !cd.mid(*pos, 4).startsWith(QByteArrayLiteral("PK\x01\x02")))
        return fail(error, SafeZipReader::tr("%1 is damaged: central directory entry %2 is broken.").arg(path).arg(n + 1));
    const char *h = cd.constData() + *pos;
    const int host = le16(h + 4) >> 8;
    const quint16 flags = le16(h + 8);
    const int method = le16(h + 10);
    const quint16 nameLength = le16(h + 28);
    const quint16 extraLength = le16(h + 30);
    const quint16 commentLength = le16(h + 32);
    const quint32 external = le32(h + 38);
    if (*pos + CentralHeaderSize + nameLength + extraLength + commentLength > cd.size())
        return fail(error, SafeZipReader::tr("%1 is damaged: central directory entry %2 is broken.").arg(path).arg(n + 1));
    const QByteArray rawName(h + CentralHeaderSize, nameLength);

    info->crc32 = le32(h + 16);
    info->method = method;
    info->modified = dosDateTime(le16(h + 12), le16(h + 14));
    quint64 compressed = le32(h + 20);
    quint64 size = le32(h + 24);
    quint64 offset = le32(h + 42);
    const char *extra = h + CentralHeaderSize + nameLength;
    readZip64Extra(extra, extra + extraLength, &size, &compressed, &offset);
    *pos += CentralHeaderSize + nameLength + extraLength + commentLength;

    if (!readEntryName(rawName, flags, method, path, info, error) || !readEntryType(host, external, path, info, error))
        return false;
    if (size > quint64(std::numeric_limits<qint64>::max()) || compressed > quint64(std::numeric_limits<qint64>::max())
        || offset > quint64(fileSize))
        return fail(error, SafeZipReader::tr("%1: the entry \"%2\" has impossible sizes or offsets.").arg(path, info->path));
    info->size = qint64(size);
    info->compressedSize = qint64(compressed);
    info->localHeaderOffset = qint64(offset);
    return true;
}

} // namespace

bool SafeZipReader::readCatalogue(QString *error)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, SafeZipReader::tr("Can not open %1: %2").arg(m_path, file.errorString()));
    m_fileSize = file.size();
    if (m_fileSize < 22)
        return fail(error, SafeZipReader::tr("%1 is not a ZIP archive (or it is truncated).").arg(m_path));
    DirectoryRecord record;
    if (!readEndRecord(file, m_path, m_fileSize, &record, error) || !checkDirectoryRecord(record, m_path, m_limits, error))
        return false;
    QByteArray cd;
    if (!readAt(file, qint64(record.offset), qint64(record.size), &cd))
        return fail(error, SafeZipReader::tr("Can not read the central directory of %1.").arg(m_path));

    m_entries.clear();
    m_entries.reserve(qsizetype(record.entryCount));
    qint64 pos = 0;
    for (quint64 n = 0; n < record.entryCount; ++n) {
        ZipEntryInfo info;
        if (!readDirectoryEntry(cd, &pos, n, m_path, m_fileSize, &info, error))
            return false;
        m_entries.append(info);
    }
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const ZipEntryInfo &a, const ZipEntryInfo &b) {
        return a.localHeaderOffset < b.localHeaderOffset;
    });
    m_boundaries.clear();
    for (const ZipEntryInfo &info : std::as_const(m_entries))
        m_boundaries.append(info.localHeaderOffset);
    m_boundaries.append(qint64(record.offset));
    m_boundaries.append(m_fileSize);
    // Offsets stay sorted after appending: entries lie before the central directory (checked in
    // checkCatalogue()).
    m_cdOffset = qint64(record.offset);
    return true;
}

bool SafeZipReader::checkCatalogue(QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QHash<QString, QString> keys;          // clash key -> first name with it (files and folders)
    QHash<QString, QString> folderSpelling; // clash key of every implied folder -> its spelling
    QSet<QString> fileKeys;
    m_index.clear();
    m_totalSize = 0;
    for (int i = 0; i < m_entries.size(); ++i) {
        const ZipEntryInfo &info = m_entries.at(i);
        if (const QString problem = ZipPath::problemWith(info.path, info.isDirectory); !problem.isEmpty())
            return fail(SafeZipReader::tr("%1: %2").arg(m_path, problem));
        QString bare = info.path;
        if (info.isDirectory)
            bare.chop(1);
        const QString key = ZipPath::clashKey(bare);
        if (const auto it = keys.constFind(key); it != keys.constEnd()) {
            if (*it == bare)
                return fail(SafeZipReader::tr("%1: the entry \"%2\" appears more than once.").arg(m_path, bare));
            return fail(SafeZipReader::tr("%1: the entries \"%2\" and \"%3\" differ only in letter case or Unicode normalisation.")
                            .arg(m_path, *it, bare));
        }
        keys.insert(key, bare);
        if (!info.isDirectory)
            fileKeys.insert(key);
        m_index.insert(info.path, i);

        if (info.isDirectory && info.size != 0)
            return fail(SafeZipReader::tr("%1: the folder entry \"%2\" has content.").arg(m_path, info.path));
        if (info.method == 0 && info.compressedSize != info.size)
            return fail(SafeZipReader::tr("%1: the stored entry \"%2\" has inconsistent sizes.").arg(m_path, info.path));
        if (info.size > m_limits.maxEntryBytes)
            return fail(SafeZipReader::tr("%1: the entry \"%2\" would unpack to %3 bytes, more than the limit of %4.")
                            .arg(m_path, info.path).arg(info.size).arg(m_limits.maxEntryBytes));
        if (info.size > m_limits.ratioCheckAbove
            && double(info.size) > m_limits.maxRatio * double(std::max<qint64>(info.compressedSize, 1)))
            return fail(SafeZipReader::tr("%1: the entry \"%2\" would unpack to %3 bytes from %4 (compression ratio above %5: a zip bomb?).")
                            .arg(m_path, info.path).arg(info.size).arg(info.compressedSize).arg(m_limits.maxRatio));
        m_totalSize += info.size;
        if (m_totalSize > m_limits.maxTotalBytes)
            return fail(SafeZipReader::tr("%1 would unpack to more than %2 bytes, the limit.").arg(m_path).arg(m_limits.maxTotalBytes));

        // Each entry's local header and data must end before the next entry starts: entries that
        // share data are how non-recursive zip bombs multiply their output.
        const qint64 next = m_boundaries.at(i + 1);
        if (info.localHeaderOffset + LocalHeaderSize + info.compressedSize > next)
            return fail(SafeZipReader::tr("%1: the entry \"%2\" overlaps the next one (a zip bomb or a damaged archive).")
                            .arg(m_path, info.path));
    }
    // A name used both as a file and as a folder (or a folder spelled two ways) can not be
    // unpacked faithfully anywhere.
    for (const ZipEntryInfo &info : std::as_const(m_entries)) {
        QStringList parts = ZipPath::components(info.path);
        if (info.isDirectory)
            parts.removeLast(); // the empty part after the trailing '/'
        // Every ancestor is a folder, and so is a folder entry itself.
        const int folders = info.isDirectory ? int(parts.size()) : int(parts.size()) - 1;
        QString folder;
        for (int i = 0; i < folders; ++i) {
            folder = i == 0 ? parts.at(0) : folder + QLatin1Char('/') + parts.at(i);
            const QString key = ZipPath::clashKey(folder);
            if (fileKeys.contains(key))
                return fail(SafeZipReader::tr("%1: \"%2\" is both a file and a folder.").arg(m_path, folder));
            const auto it = folderSpelling.constFind(key);
            if (it == folderSpelling.constEnd())
                folderSpelling.insert(key, folder);
            else if (*it != folder)
                return fail(SafeZipReader::tr("%1: the folders \"%2\" and \"%3\" differ only in letter case or Unicode normalisation.")
                                .arg(m_path, *it, folder));
        }
    }
    return true;
}

} // namespace hoshi
