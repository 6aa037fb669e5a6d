// SPDX-License-Identifier: Apache-2.0
#include "directfile.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <utility>

#include <algorithm>

#include <fcntl.h>
#include <unistd.h>

namespace hoshi {

DirectFile::DirectFile(const QString &path) : m_path(path) {}

DirectFile::~DirectFile()
{
    close();
    std::free(m_buffer);
}

bool DirectFile::open(OpenMode mode)
{
    if (!(mode & WriteOnly) || (mode & ReadOnly) || m_fd >= 0) {
        setErrorString(DirectFile::tr("DirectFile is for writing only."));
        return false;
    }
    if (!m_buffer) {
        void *p = nullptr;
        if (posix_memalign(&p, size_t(Alignment), size_t(BufferSize)) != 0) {
            setErrorString(DirectFile::tr("Out of memory."));
            return false;
        }
        m_buffer = static_cast<char *>(p);
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

bool DirectFile::writeAll(const char *data, qint64 size)
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
            setErrorString(QString::fromLocal8Bit(strerror(n < 0 ? errno : EIO)));
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

bool DirectFile::flushBlocks(bool all)
{
    // O_DIRECT needs whole aligned blocks; the tail waits for more data, or for commit().
    const qint64 aligned = m_direct && !all ? m_used / Alignment * Alignment : m_used;
    if (aligned == 0)
        return true;
    if (!writeAll(m_buffer, aligned))
        return false;
    memmove(m_buffer, m_buffer + aligned, size_t(m_used - aligned));
    m_used -= aligned;
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
    // The tail is not a whole block: it goes through the page cache.
    dropDirect();
    if (!flushBlocks(true))
        return false;
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
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    m_used = 0;
    if (isOpen())
        QIODevice::close();
}

} // namespace hoshi
