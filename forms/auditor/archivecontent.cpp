// SPDX-License-Identifier: Apache-2.0
#include "archivecontent.h"

#include "archive/safezipreader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace hoshi {

ArchiveContent::ArchiveContent(const QString &archivePath, const QString &bagName)
    : m_archivePath(archivePath), m_bagName(bagName)
{}

QString ArchiveContent::entryPath(const QString &bagPath) const
{
    return m_bagName.isEmpty() ? bagPath : m_bagName + QLatin1Char('/') + bagPath;
}

bool ArchiveContent::read(const QString &bagPath, QIODevice *out, QString *error,
                          const ProgressCallback &progress) const
{
    SafeZipReader reader(m_archivePath);
    if (!reader.open(error))
        return false;
    const QString wanted = entryPath(bagPath);
    const ZipEntryInfo *info = reader.entry(wanted);
    if (!info || info->isDirectory) {
        if (error)
            *error = QCoreApplication::translate("hoshi::ArchiveContent", "The archive holds no file %1.").arg(bagPath);
        return false;
    }
    const qint64 total = info->size;
    ZipEntryInfo entry;
    for (;;) {
        const SafeZipReader::Next next = reader.next(&entry, error);
        if (next == SafeZipReader::Next::Failed)
            return false;
        if (next == SafeZipReader::Next::End) {
            if (error)
                *error =
                    QCoreApplication::translate("hoshi::ArchiveContent", "The archive holds no file %1.").arg(bagPath);
            return false;
        }
        if (entry.path == wanted)
            break;
    }
    qint64 done = 0;
    for (;;) {
        const char *data = nullptr;
        qint64 size = 0;
        if (!reader.readBlock(&data, &size, error))
            return false;
        if (size == 0)
            return true;
        if (out->write(data, size) != size) {
            if (error)
                *error = out->errorString();
            return false;
        }
        done += size;
        if (progress && !progress(done, total))
            return false;
    }
}

} // namespace hoshi
