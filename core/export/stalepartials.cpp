// SPDX-License-Identifier: Apache-2.0
#include "stalepartials.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace hoshi {

namespace {

int openForLock(const QString &path)
{
    return ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
}

} // namespace

StalePartials::Hold::Hold(const QString &path) : m_fd(openForLock(path))
{
    if (m_fd >= 0)
        (void)::flock(m_fd, LOCK_EX | LOCK_NB);
}

StalePartials::Hold::~Hold()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the lock
}

QStringList StalePartials::removeStale(const QDir &dir, const QString &prefix)
{
    const QRegularExpression name(QStringLiteral("^%1[0-9]{8}(-[0-9]+)?-(application|application\\.zip|evidence\\.zip)\\.partial$")
                                      .arg(QRegularExpression::escape(prefix)));
    QStringList removed;
    const QFileInfoList entries = dir.entryInfoList({prefix + QStringLiteral("*.partial")},
                                                    QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        if (!name.match(entry.fileName()).hasMatch() || entry.isSymLink())
            continue;
        const int fd = openForLock(entry.absoluteFilePath());
        if (fd < 0)
            continue;
        // A running export holds its lock; taking it means the writer is gone.
        const bool stale = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
        bool ok = false;
        if (stale)
            ok = entry.isDir() ? QDir(entry.absoluteFilePath()).removeRecursively() : QFile::remove(entry.absoluteFilePath());
        ::close(fd);
        if (ok)
            removed << entry.absoluteFilePath();
    }
    return removed;
}

} // namespace hoshi
