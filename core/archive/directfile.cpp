// SPDX-License-Identifier: Apache-2.0
#include "directfile.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <utility>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <fcntl.h>
#include <unistd.h>

namespace hoshi {

// Writes one buffer at a time on its own thread. Owns the descriptor's O_DIRECT state: it may
// drop O_DIRECT when the file system refuses it for writing.
class DirectFile::BlockWriter
{
public:
    BlockWriter(int fd, bool direct) : m_fd(fd), m_direct(direct)
    {
        m_thread = std::thread([this] { run(); });
    }
    ~BlockWriter()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

    // Hands a buffer over; the caller must not touch it until wait() returned.
    void start(const char *data, qint64 size)
    {
        {
            std::lock_guard lock(m_mutex);
            m_data = data;
            m_size = size;
        }
        m_changed.notify_all();
    }
    // Waits until the buffer handed over is written; false with *error when writing failed.
    bool wait(QString *error)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_data == nullptr; });
        if (!m_error.isEmpty() && error)
            *error = m_error;
        return m_error.isEmpty();
    }
    // Writes on the calling thread (the tail at commit(), after wait()).
    bool writeNow(const char *data, qint64 size, QString *error)
    {
        QString failure;
        if (writeAll(data, size, &failure))
            return true;
        if (error)
            *error = failure;
        return false;
    }
    void dropDirect()
    {
        if (!m_direct)
            return;
        const int flags = fcntl(m_fd, F_GETFL);
        if (flags >= 0)
            fcntl(m_fd, F_SETFL, flags & ~O_DIRECT);
        m_direct = false;
    }
    [[nodiscard]] bool direct() const { return m_direct; }

private:
    void run()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_changed.wait(lock, [this] { return m_stop || m_data != nullptr; });
            if (m_data == nullptr)
                return;
            const char *data = m_data;
            const qint64 size = m_size;
            lock.unlock();
            QString failure;
            const bool ok = m_error.isEmpty() && writeAll(data, size, &failure);
            lock.lock();
            if (!ok && m_error.isEmpty())
                m_error = failure;
            m_data = nullptr;
            m_changed.notify_all();
        }
    }

    bool writeAll(const char *data, qint64 size, QString *error)
    {
        while (size > 0) {
            const ssize_t n = ::write(m_fd, data, size_t(size));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && errno == EINVAL && m_direct) {
                // The file system accepted O_DIRECT at open() but not for writing: plain writes.
                dropDirect();
                continue;
            }
            if (n <= 0) {
                *error = QString::fromLocal8Bit(strerror(n < 0 ? errno : EIO));
                return false;
            }
            data += n;
            size -= n;
        }
        return true;
    }

    const int m_fd;
    std::atomic<bool> m_direct;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    const char *m_data = nullptr; // the buffer being written, null when idle
    qint64 m_size = 0;
    QString m_error; // the first failure; every later write is refused
    bool m_stop = false;
    std::thread m_thread;
};

DirectFile::DirectFile(const QString &path) : m_path(path) {}

DirectFile::~DirectFile()
{
    close();
    std::free(m_buffer);
    std::free(m_spare);
}

bool DirectFile::usesDirectIo() const
{
    return m_writer && m_writer->direct();
}

bool DirectFile::open(OpenMode mode)
{
    if (!(mode & WriteOnly) || (mode & ReadOnly) || m_fd >= 0) {
        setErrorString(DirectFile::tr("DirectFile is for writing only."));
        return false;
    }
    for (char **buffer : {&m_buffer, &m_spare}) {
        void *p = nullptr;
        if (!*buffer && posix_memalign(&p, size_t(Alignment), size_t(BufferSize)) != 0) {
            setErrorString(DirectFile::tr("Out of memory."));
            return false;
        }
        if (!*buffer)
            *buffer = static_cast<char *>(p);
    }
    const QByteArray name = QFile::encodeName(m_path);
    const int flags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC;
    m_fd = ::open(name.constData(), flags | O_DIRECT, 0644);
    const bool direct = m_fd >= 0;
    if (m_fd < 0)
        m_fd = ::open(name.constData(), flags, 0644);
    if (m_fd < 0) {
        setErrorString(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    m_used = 0;
    m_writer = std::make_unique<BlockWriter>(m_fd, direct);
    return QIODevice::open(mode | Unbuffered);
}

bool DirectFile::waitForWriter()
{
    QString failure;
    if (!m_writer || m_writer->wait(&failure))
        return true;
    setErrorString(failure);
    return false;
}

bool DirectFile::flushBlocks(bool all)
{
    // O_DIRECT needs whole aligned blocks; the tail waits for more data, or for commit().
    if (!waitForWriter())
        return false;
    const qint64 aligned = m_writer->direct() && !all ? m_used / Alignment * Alignment : m_used;
    if (aligned == 0)
        return true;
    if (all) { // the last write, on this thread: commit() fsync()s right after
        QString failure;
        if (!m_writer->writeNow(m_buffer, aligned, &failure)) {
            setErrorString(failure);
            return false;
        }
        m_used = 0;
        return true;
    }
    // Hand the full part over and go on filling the other buffer meanwhile.
    const qint64 rest = m_used - aligned;
    memcpy(m_spare, m_buffer + aligned, size_t(rest));
    m_writer->start(m_buffer, aligned);
    std::swap(m_buffer, m_spare);
    m_used = rest;
    return true;
}

qint64 DirectFile::writeData(const char *data, qint64 size)
{
    if (m_fd < 0)
        return -1;
    qint64 done = 0;
    while (done < size) {
        const qint64 n = std::min(size - done, BufferSize - m_used);
        memcpy(m_buffer + m_used, data + done, size_t(n));
        m_used += n;
        done += n;
        if (m_used == BufferSize && !flushBlocks(false))
            return -1;
    }
    return done;
}

bool DirectFile::commit()
{
    if (m_fd < 0)
        return false;
    if (!waitForWriter())
        return false;
    // The tail is not a whole block: it goes through the page cache.
    m_writer->dropDirect();
    if (!flushBlocks(true))
        return false;
    if (::fsync(m_fd) != 0) {
        setErrorString(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    m_writer.reset();
    const int fd = std::exchange(m_fd, -1);
    QIODevice::close();
    if (::close(fd) != 0) {
        setErrorString(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    return true;
}

void DirectFile::close()
{
    if (m_writer) {
        QString ignored; // closing without commit(): the caller removes the partial file
        m_writer->wait(&ignored);
        m_writer.reset();
    }
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    m_used = 0;
    if (isOpen())
        QIODevice::close();
}

} // namespace hoshi
