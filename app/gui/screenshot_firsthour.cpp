// SPDX-License-Identifier: Apache-2.0
// Screenshot pages of the first hour: the guided start of an empty workspace and the auditor
// mode on an archive with one evidence file changed after the export.
#include "screenshot.h"

#include "archive/safezipreader.h"
#include "archive/zipwriter.h"
#include "auditor/auditorpage.h"
#include "mainwindow/mainwindow.h"
#include "session/session.h"
#include "util/errors.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

namespace hoshi {

namespace {

// Copies the archive with one byte of the first evidence log changed: what an auditor meets
// when a file was edited after the export (the ZIP itself stays well-formed).
bool writeTamperedCopy(const QString &archive, const QString &tampered, QString *error)
{
    SafeZipReader reader(archive);
    if (!reader.open(error))
        return false;
    QFile out(tampered);
    if (!out.open(QIODevice::WriteOnly)) {
        setError(error, out.errorString());
        return false;
    }
    ZipWriter writer(&out);
    if (!writer.open(error))
        return false;
    bool changed = false;
    for (const ZipEntryInfo &entry : reader.entries()) {
        if (entry.isDirectory)
            continue;
        QByteArray data;
        if (!reader.readEntry(entry.path, entry.size, &data, error))
            return false;
        if (!changed && entry.path.contains(QLatin1String("/data/evidence/")) && entry.path.endsWith(QLatin1String(".log"))
            && !data.isEmpty()) {
            data[0] = char(data.at(0) ^ 0x20);
            changed = true;
        }
        if (!writer.addFile(entry.path, data, entry.modified, ZipWriter::Compression::Deflate, error))
            return false;
    }
    return changed && writer.close(error);
}

} // namespace

bool Screenshot::prepareStart()
{
    m_folder = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/hoshi-start-XXXXXX"));
    return m_folder->isValid() && m_window->createWorkspace(m_folder->filePath(QStringLiteral("new.hoshi")));
}

bool Screenshot::prepareTamperedAuditor(const QString &archive)
{
    const QString tampered = m_folder->filePath(QStringLiteral("tampered-evidence.zip"));
    QString error;
    if (!writeTamperedCopy(archive, tampered, &error)) {
        std::fprintf(stderr, "hoshi: %s\n", qPrintable(error));
        return false;
    }
    return m_window->openArchive(tampered);
}

} // namespace hoshi
