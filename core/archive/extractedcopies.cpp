// SPDX-License-Identifier: Apache-2.0
#include "extractedcopies.h"

#include "safezipreader.h"

#include <QDir>
#include <QTemporaryDir>

namespace hoshi {

ExtractedCopies::ExtractedCopies(const QString &archivePath) : m_archivePath(archivePath) {}

ExtractedCopies::~ExtractedCopies() = default;

QString ExtractedCopies::copyOf(const QString &entryPath, QString *error)
{
    const QMutexLocker lock(&m_mutex);
    if (const auto it = m_copies.constFind(entryPath); it != m_copies.cend())
        return *it;
    if (!m_folder)
        m_folder = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/hoshi-audit-XXXXXX"));
    if (!m_folder->isValid()) {
        if (error)
            *error = tr("No temporary folder: %1").arg(m_folder->errorString());
        return {};
    }
    // The whole archive is checked again before a byte is written: it may have changed on disk
    // since it was verified.
    SafeZipReader reader(m_archivePath);
    QString written;
    if (!reader.open(error) || !reader.extract(entryPath, m_folder->path(), &written, error))
        return {};
    m_copies.insert(entryPath, written);
    return written;
}

} // namespace hoshi
