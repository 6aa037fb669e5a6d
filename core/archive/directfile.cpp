// SPDX-License-Identifier: Apache-2.0
#include "directfile.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <thread>
#include <utility>

#include <algorithm>

#include <fcntl.h>
#include <unistd.h>

namespace hoshi {

namespace {

char *alignedBuffer(qint64 alignment, qint64 size)
{
    void *p = nullptr;
    return posix_memalign(&p, size_t(alignment), size_t(size)) == 0 ? static_cast<char *>(p) : nullptr;
}

} // namespace

// Writes one buffer at a time on its own thread; the owner waits for it before handing over
// the next buffer, before the tail and before closing.
class DirectFile::Writer
{
public:
    explicit Writer(DirectFile &file) : m_file(file), m_thread([this] { run(); }) {}
    ~Writer()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

    void submit(const char *data, qint64 size)
    {
        {
            std::lock_guard lock(m_mutex);
            m_data = data;
            m_size = size;
        }
        m_changed.notify_all();
    }

    // Waits until the buffer handed over last is written; false with *error when it failed.
    [[nodiscard]] bool wait(QString *error)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_data == nullptr; });
        if (m_error.isEmpty())
            return true;
        *error = m_error;
        return false;
    }

private:
    void run()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_changed.wait(lock, [this] { return m_stop || m_data != nullptr; });
            if (m_data == nullptr)
                return; // stopping, nothing left to write
            const char *data = m_data;
            const qint64 size = m_size;
            QString error;
            lock.unlock();
            const bool ok = m_file.writeAll(data, size, &error);
            lock.lock();
            if (!ok && m_error.isEmpty())
                m_error = error;
            m_data = nullptr;
            m_changed.notify_all();
        }
    }

    DirectFile &m_file;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    const char *m_data = nullptr; // the buffer being written; null when idle
    qint64 m_size = 0;
    QString m_error; // the first failed write
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

bool DirectFile::open(OpenMode mode)
{
    if (!(mode & WriteOnly) || (mode & ReadOnly) || m_fd >= 0) {
        setErrorString(DirectFile::tr("DirectFile is for writing only."));
        return false;
    }
    if (!m_buffer)
        m_buffer = alignedBuffer(Alignment, BufferSize);
    if (!m_spare)
        m_spare = alignedBuffer(Alignment, BufferSize);
    if (!m_buffer || !m_spare) {
        setErrorString(DirectFile::tr("Out of memory."));
        return false;
    }
    const QByteArray name = QFile::encodeName(m_path);
    const int flags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC;
    m_fd = ::open(name.constData(), flags | O_DIRECT, 0644);
    m_direct = m_fd >= 0;
    if (m_fd < 0)
        m_fd = ::open(name.constData(), flags, 0644);
    if (m_fd < 0) {
        setErrorString(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    m_used = 0;
    return QIODevice::open(mode | Unbuffered);
}

void DirectFile::dropDirect()
{
    if (!m_direct)
        return;
    const int flags = fcntl(m_fd, F_GETFL);
    if (flags >= 0)
        fcntl(m_fd, F_SETFL, flags & ~O_DIRECT);
    m_direct = false;
}

bool DirectFile::writeAll(const char *data, qint64 size, QString *error)
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

bool DirectFile::waitForWriter()
{
    QString error;
    if (!m_writer || m_writer->wait(&error))
        return true;
    setErrorString(error);
    return false;
}

// The full buffer goes to the writer thread, and the one it wrote before becomes the buffer
// to fill. A full buffer is a whole number of blocks, as O_DIRECT needs.
bool DirectFile::handOff()
{
    if (!waitForWriter())
        return false;
    if (!m_writer)
        m_writer = std::make_unique<Writer>(*this);
    std::swap(m_buffer, m_spare);
    m_writer->submit(m_spare, m_used);
    m_used = 0;
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
        if (m_used == BufferSize && !handOff())
            return -1;
    }
    return done;
}

// The rest after the last full buffer, once the writer thread is done: not a whole number of
// blocks, so it goes through the page cache.
bool DirectFile::flushTail()
{
    if (!waitForWriter())
        return false;
    dropDirect();
    QString error;
    if (m_used > 0 && !writeAll(m_buffer, m_used, &error)) {
        setErrorString(error);
        return false;
    }
    m_used = 0;
    return true;
}

bool DirectFile::commit()
{
    if (m_fd < 0)
        return false;
    if (!flushTail())
        return false;
    m_writer.reset();
    if (::fsync(m_fd) != 0) {
        setErrorString(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
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
        QString ignored;
        (void)m_writer->wait(&ignored); // nothing may write into a closed descriptor
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
