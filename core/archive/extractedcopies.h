// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace hoshi {

// Private copies of single files of a ZIP archive, for handing to the desktop's applications
// (the auditor's "Open"): each entry is written once by SafeZipReader::extract (never outside
// the folder, never replacing) below one temporary folder of this object's own, which goes away
// with the object. Safe to call from a worker thread while the owner lives on the GUI thread.
class ExtractedCopies
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::ExtractedCopies)

public:
    explicit ExtractedCopies(const QString &archivePath);
    ~ExtractedCopies();
    ExtractedCopies(const ExtractedCopies &) = delete;
    ExtractedCopies &operator=(const ExtractedCopies &) = delete;

    [[nodiscard]] QString archivePath() const { return m_archivePath; }
    // The path of the copy of `entryPath`, written on first request; empty with *error set when
    // it can not be written.
    [[nodiscard]] QString copyOf(const QString &entryPath, QString *error);

private:
    const QString m_archivePath;
    QMutex m_mutex;
    std::unique_ptr<QTemporaryDir> m_folder;
    QHash<QString, QString> m_copies; // entry path -> written copy
};

} // namespace hoshi
