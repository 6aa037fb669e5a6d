// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QByteArray>
#include <QDateTime>
#include <QString>

class QIODevice;
struct archive;

namespace hoshi {

// Writes a ZIP archive entry by entry to a QIODevice, streaming (flat memory whatever the entry
// size), over libarchive. What it guarantees, whatever the process locale:
//  - names are stored as UTF-8 with the UTF-8 flag (general purpose bit 11) set;
//  - ZIP64 extensions are used exactly where needed (entries >= 4 GiB, offsets beyond 4 GiB,
//    more than 65,535 entries), so small archives stay readable by old tools;
//  - every entry has the size announced in beginEntry(), or the entry fails;
//  - names are checked with ZipPath: the writer never produces a name the reader would reject.
// Commit-or-cancel is the caller's business (it writes to a partial file and renames it); after
// any failure the writer refuses further calls, and destroying an unclosed writer writes nothing
// more to the device.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::ZipWriter)

public:
    enum class Compression { Store, Deflate };

    // Entries larger than this are always stored: big evidence files are nearly always media that
    // is already compressed, storing keeps the export at disk speed, and it keeps every archive we
    // write far below the reader's compression-ratio limit (see SafeZipReader).
    static constexpr qint64 StoreAbove = qint64(64) << 20;

    explicit ZipWriter(QIODevice *device); // not owned; must be open for writing
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    [[nodiscard]] bool open(QString *error);
    [[nodiscard]] bool beginEntry(const QString &path, qint64 size, const QDateTime &modified,
                                  Compression compression, QString *error);
    [[nodiscard]] bool writeData(const char *data, qint64 size, QString *error);
    [[nodiscard]] bool writeData(const QByteArray &data, QString *error)
    {
        return writeData(data.constData(), data.size(), error);
    }
    [[nodiscard]] bool finishEntry(QString *error);
    // beginEntry + writeData + finishEntry for content held in memory.
    [[nodiscard]] bool addFile(const QString &path, const QByteArray &data, const QDateTime &modified,
                               Compression compression, QString *error);
    // Writes the central directory. The device is flushed but not closed.
    [[nodiscard]] bool close(QString *error);

    [[nodiscard]] qint64 entryCount() const { return m_entries; }

    // Store for media that is already compressed (images, video, audio, archives, PDF, office
    // files), deflate for text; for anything else, deflate when a quick trial on `sample` (the
    // first bytes of the content) saves at least 10 %. Entries above StoreAbove are stored.
    [[nodiscard]] static Compression compressionFor(const QString &mediaType, qint64 size,
                                                    const QByteArray &sample = {});

private:
    struct Callbacks;
    friend struct Callbacks;
    [[nodiscard]] bool fail(const QString &message, QString *error);
    [[nodiscard]] QString archiveError() const;

    QIODevice *m_device;
    struct archive *m_archive = nullptr;
    QString m_deviceError;
    QString m_entryPath;
    qint64 m_entrySize = 0;
    qint64 m_entryWritten = 0;
    qint64 m_entries = 0;
    bool m_inEntry = false;
    bool m_failed = false;
    bool m_closed = false;
    bool m_discard = false; // set while tearing down an unclosed writer
};

} // namespace hoshi
