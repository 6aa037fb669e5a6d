// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <atomic>
#include <memory>

namespace hoshi {

// A write-only file for large sequential output (evidence archives of many GB) that bypasses
// the page cache with O_DIRECT where the file system allows it: data goes from an aligned
// buffer straight to the disk. Going through the page cache costs more CPU than hashing the
// data on the VMs and laptops we measured (allocating and reclaiming cache pages), evicts the
// user's working set, and leaves gigabytes of dirty pages for the final fsync() to wait for.
// Where O_DIRECT is refused (tmpfs, some network and FUSE file systems) it quietly writes
// through the page cache instead. commit() writes the tail and fsync()s; an uncommitted file is
// left as it is for the caller to remove.
//
// O_DIRECT writes are synchronous: the call returns once the disk has the data. So that the
// caller (reading, compressing, handing chunks to the hashers) never stands still meanwhile,
// full buffers are written by a thread of the file's own while the caller fills the next one:
// two buffers, at most one write in flight.
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
    class Writer; // the thread writing full buffers (directfile.cpp)

    [[nodiscard]] bool handOff();
    [[nodiscard]] bool waitForWriter();
    [[nodiscard]] bool flushTail();
    [[nodiscard]] bool writeAll(const char *data, qint64 size, QString *error);
    void dropDirect();

    QString m_path;
    int m_fd = -1;
    std::atomic<bool> m_direct = false; // the writer thread may drop O_DIRECT
    char *m_buffer = nullptr;           // being filled; aligned to Alignment, BufferSize bytes
    char *m_spare = nullptr;            // being written by m_writer, or free
    qint64 m_used = 0;
    std::unique_ptr<Writer> m_writer;
    static constexpr qint64 Alignment = 4096;
    static constexpr qint64 BufferSize = qint64(4) << 20;
};

} // namespace hoshi
