// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

namespace hoshi {

// A write-only file for large sequential output (evidence archives of many GB) that bypasses
// the page cache with O_DIRECT where the file system allows it: data goes from an aligned
// buffer straight to the disk. Going through the page cache costs more CPU than hashing the
// data on the VMs and laptops we measured (allocating and reclaiming cache pages), evicts the
// user's working set, and leaves gigabytes of dirty pages for the final fsync() to wait for.
// Where O_DIRECT is refused (tmpfs, some network and FUSE file systems) it quietly writes
// through the page cache instead. commit() writes the tail and fsync()s; an uncommitted file is
// left as it is for the caller to remove.
class DirectFile : public QIODevice
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::DirectFile)

public:
    explicit DirectFile(const QString &path);
    ~DirectFile() override;

    // Creates (or truncates) the file.
    [[nodiscard]] bool open(OpenMode mode) override;
    // Writes what is buffered, then fsync()s; the device is closed afterwards.
    [[nodiscard]] bool commit();
    void close() override;
    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] bool usesDirectIo() const { return m_direct; }
    [[nodiscard]] QString fileName() const { return m_path; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    [[nodiscard]] bool flushBlocks(bool all);
    [[nodiscard]] bool writeAll(const char *data, qint64 size);
    void dropDirect();

    QString m_path;
    int m_fd = -1;
    bool m_direct = false;
    char *m_buffer = nullptr; // aligned to Alignment, BufferSize bytes
    qint64 m_used = 0;
    static constexpr qint64 Alignment = 4096;
    static constexpr qint64 BufferSize = qint64(4) << 20;
};

} // namespace hoshi
