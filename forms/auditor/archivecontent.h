// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/workspace.h" // ProgressCallback

#include <QString>

class QIODevice;

namespace hoshi {

// Single files of an evidence archive, for the auditor mode's preview: every read goes through
// SafeZipReader again (which re-checks the whole archive before giving out a byte), so a file
// changed on disk after the verification cannot slip past its checks. Holds only paths, so a
// copy can read on a worker thread.
class ArchiveContent
{
public:
    ArchiveContent() = default;
    ArchiveContent(const QString &archivePath, const QString &bagName);

    [[nodiscard]] bool isValid() const { return !m_archivePath.isEmpty(); }
    [[nodiscard]] QString archivePath() const { return m_archivePath; }
    // The ZIP entry of a path relative to the bag root ("data/evidence/...").
    [[nodiscard]] QString entryPath(const QString &bagPath) const;
    // Streams one file into `out`; progress returning false stops early (returns false).
    [[nodiscard]] bool read(const QString &bagPath, QIODevice *out, QString *error,
                            const ProgressCallback &progress = {}) const;

private:
    QString m_archivePath;
    QString m_bagName;
};

} // namespace hoshi
