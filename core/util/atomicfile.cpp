// SPDX-License-Identifier: Apache-2.0
#include "atomicfile.h"

#include "errors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace hoshi {

namespace {

// fsync() of a finished file; false with errno set when the disk refused.
bool syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    const int saved = errno;
    ::close(fd);
    errno = saved;
    return ok;
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

bool AtomicFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    return writeVia(path, [&bytes](const QString &aside, QString *failure) {
        QFile file(aside);
        if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush())
            return true;
        setError(failure, file.errorString());
        return false;
    }, error);
}

bool AtomicFile::writeVia(const QString &path, const Producer &produce, QString *error)
{
    const QFileInfo target(path);
    const QString aside = target.absolutePath() + QStringLiteral("/.%1.%2.partial")
                                                      .arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(12));
    QString failure;
    bool ok = produce(aside, &failure);
    if (ok && !syncFile(aside)) {
        failure = systemError();
        ok = false;
    }
    if (ok && std::rename(QFile::encodeName(aside).constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        failure = systemError();
        ok = false;
    }
    if (!ok) {
        QFile::remove(aside);
        setError(error, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), failure));
        return false;
    }
    syncFolder(target.absolutePath());
    return true;
}

void AtomicFile::syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace hoshi
