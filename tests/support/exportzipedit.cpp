// SPDX-License-Identifier: Apache-2.0
#include "exportzipedit.h"

#include "archive/safezipreader.h"
#include "archive/zipwriter.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

namespace exporttest {

QMap<QString, QByteArray> readZip(const QString &path, QString *error)
{
    QMap<QString, QByteArray> files;
    hoshi::SafeZipReader reader(path);
    if (!reader.open(error))
        return {};
    hoshi::ZipEntryInfo entry;
    for (;;) {
        const auto next = reader.next(&entry, error);
        if (next == hoshi::SafeZipReader::Next::Failed)
            return {};
        if (next == hoshi::SafeZipReader::Next::End)
            break;
        QByteArray content;
        for (;;) {
            const char *data = nullptr;
            qint64 size = 0;
            if (!reader.readBlock(&data, &size, error))
                return {};
            if (size == 0)
                break;
            content.append(data, size);
        }
        if (!entry.isDirectory)
            files.insert(entry.path, content);
    }
    return files;
}

bool rewriteZip(const QString &source, const QString &target, const ZipEdit &edit, QString *error)
{
    QMap<QString, QByteArray> files = readZip(source, error);
    if (files.isEmpty())
        return false;
    for (auto it = edit.replace.cbegin(); it != edit.replace.cend(); ++it) {
        if (!files.contains(it.key())) {
            *error = QStringLiteral("no entry %1 to replace").arg(it.key());
            return false;
        }
        files[it.key()] = it.value();
    }
    for (const QString &path : edit.remove) {
        if (!files.remove(path)) {
            *error = QStringLiteral("no entry %1 to remove").arg(path);
            return false;
        }
    }
    for (auto it = edit.add.cbegin(); it != edit.add.cend(); ++it)
        files.insert(it.key(), it.value());
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = out.errorString();
        return false;
    }
    hoshi::ZipWriter writer(&out);
    if (!writer.open(error))
        return false;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!writer.addFile(it.key(), it.value(), {}, hoshi::ZipWriter::Compression::Deflate, error))
            return false;
    }
    return writer.close(error);
}

ToolRun runTool(const QString &program, const QStringList &args, const QString &workingDir,
                const QStringList &environment)
{
    ToolRun run;
    QProcess process;
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &entry : environment) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        env.insert(entry.left(eq), entry.mid(eq + 1));
    }
    process.setProcessEnvironment(env);
    process.start(program, args);
    run.started = process.waitForStarted(10000);
    if (!run.started)
        return run;
    process.waitForFinished(60000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace exporttest
