// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace hoshi {

// Limits a hostile archive must stay within. The defaults suit evidence archives of many GB;
// tests lower them.
struct ZipLimits {
    qint64 maxEntries = 1'000'000;
    qint64 maxEntryBytes = qint64(64) << 30;  // one entry, uncompressed
    qint64 maxTotalBytes = qint64(256) << 30; // all entries, uncompressed
    qint64 maxCentralDirectoryBytes = qint64(512) << 20;
    // Uncompressed/compressed for one entry, checked once the entry has produced more than
    // ratioCheckAbove bytes (small text files legitimately compress very well). ZipWriter stores
    // every entry above 64 MiB, so archives Hoshi writes never come near this.
    double maxRatio = 100.0;
    qint64 ratioCheckAbove = qint64(64) << 20;
};

// One entry as the central directory describes it (after every check passed).
struct ZipEntryInfo {
    QString path; // UTF-8 name; folders end with '/'
    bool isDirectory = false;
    qint64 size = 0;           // uncompressed
    qint64 compressedSize = 0;
    quint32 crc32 = 0;
    int method = 0; // 0 store, 8 deflate (nothing else is accepted)
    QDateTime modified;
    qint64 localHeaderOffset = 0;
};

// Reads ZIP archives that may have been crafted to hurt: it never writes anywhere except into a
// folder the caller names for extract(), and verification needs no extraction at all (entries
// are streamed block by block).
//
// open() parses the central directory itself, before libarchive sees the file, and rejects:
// absolute paths, ".." components (with '/' or '\'), backslashes, drive letters, control
// characters, names not marked UTF-8, symbolic links and every other non-regular entry,
// duplicate names, names equal after case folding or Unicode NFC normalisation, a file that is
// also used as a folder, encrypted entries, compression other than store/deflate, overlapping
// entries (the "non-recursive zip bomb"), and archives beyond the ZipLimits. Streaming with
// next()/readBlock() then decompresses through libarchive, which checks every CRC, while this
// class counts real output against the declared sizes and the limits.
class SafeZipReader
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::SafeZipReader)

public:
    enum class Next { Entry, End, Failed };

    explicit SafeZipReader(const QString &path, const ZipLimits &limits = {});
    ~SafeZipReader();
    SafeZipReader(const SafeZipReader &) = delete;
    SafeZipReader &operator=(const SafeZipReader &) = delete;

    // Reads and checks the central directory. No entry data is read.
    [[nodiscard]] bool open(QString *error);
    // Every entry (folders included) in the order of the file.
    [[nodiscard]] const QList<ZipEntryInfo> &entries() const { return m_entries; }
    [[nodiscard]] const ZipEntryInfo *entry(const QString &path) const;
    // Sum of the declared uncompressed sizes.
    [[nodiscard]] qint64 totalSize() const { return m_totalSize; }

    // Streams the archive once: next() moves to the following entry (folders included), then
    // readBlock() hands out its content without copying until it reports size 0 (end of the
    // entry). Any damage (CRC, size, limits) makes the call fail with a translated message.
    [[nodiscard]] Next next(ZipEntryInfo *entry, QString *error);
    [[nodiscard]] bool readBlock(const char **data, qint64 *size, QString *error);

    // Writes one file entry below `folder` (which must exist), creating sub-folders, refusing
    // to replace anything already there. *writtenPath receives the file's path.
    [[nodiscard]] bool extract(const QString &entryPath, const QString &folder, QString *writtenPath,
                               QString *error);
    // Reads one small entry into memory (refused when larger than maxSize).
    [[nodiscard]] bool readEntry(const QString &entryPath, qint64 maxSize, QByteArray *data, QString *error);

private:
    struct Stream;
    [[nodiscard]] bool readCatalogue(QString *error);
    [[nodiscard]] bool checkCatalogue(QString *error);
    [[nodiscard]] std::unique_ptr<Stream> startStream(QString *error) const;
    [[nodiscard]] Next advance(Stream &stream, ZipEntryInfo *entry, QString *error) const;
    [[nodiscard]] bool block(Stream &stream, const char **data, qint64 *size, QString *error) const;

    QString m_path;
    ZipLimits m_limits;
    QList<ZipEntryInfo> m_entries;
    QHash<QString, int> m_index; // path -> entries index
    QList<qint64> m_boundaries;  // entry offsets, central directory, end of file: read limits
    qint64 m_totalSize = 0;
    qint64 m_fileSize = 0;
    qint64 m_cdOffset = 0;
    bool m_opened = false;
    std::unique_ptr<Stream> m_stream;
};

} // namespace hoshi
