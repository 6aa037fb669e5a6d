// SPDX-License-Identifier: Apache-2.0
// push and pull: moving a workspace between a desk (.hoshi file) and a server, record for record.
#include "cliutil.h"
#include "commands.h"

#include "storage/location.h"
#include "storage/workspacecopy.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <unistd.h>

namespace hoshi::cli {

namespace {

using storage::WorkspaceCopy;

// "12.3 MB" style, for the progress line only (the summary gives exact bytes).
QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// A progress line on a terminal, rewritten in place; nothing when stderr is redirected.
ProgressCallback terminalProgress()
{
    if (!isatty(STDERR_FILENO))
        return {};
    return [](qint64 done, qint64 total) {
        QTextStream(stderr) << '\r'
                            << Cli::tr("copying file content: %1 of %2 MB").arg(megabytes(done), megabytes(total))
                            << Qt::flush;
        return true;
    };
}

void clearProgress(const ProgressCallback &progress)
{
    if (progress)
        QTextStream(stderr) << "\r\033[K" << Qt::flush;
}

void printSummary(const WorkspaceCopy::Result &result, const QString &target)
{
    for (const auto &[table, rows] : result.rowsPerTable)
        out(QStringLiteral("  %1\t%2").arg(table).arg(rows));
    out(Cli::tr("copied %1 record(s) and %2 bytes of file content to %3 (%4 bytes of content were already there)")
            .arg(QString::number(result.records), QString::number(result.contentBytes), target,
                 QString::number(result.sharedBytes)));
    for (const QString &note : result.notes)
        err(Cli::tr("note: %1").arg(note));
}

// The target of a push: an existing workspace, or an empty database that becomes one.
std::unique_ptr<Workspace> openOrCreateTarget(const QString &location, QString *error)
{
    std::unique_ptr<Workspace> ws = Workspace::open(location, Workspace::Access::ReadWrite, error);
    if (ws || !WorkspaceLocation::looksLikeServer(location))
        return ws;
    QString createError;
    ws = Workspace::create(location, &createError);
    return ws;
}

int copyAndReport(const Workspace &source, Workspace &target, WorkspaceCopy::Options options)
{
    options.progress = terminalProgress();
    WorkspaceCopy::Result result;
    QString error;
    const bool ok = WorkspaceCopy::copy(source, target, options, &result, &error);
    clearProgress(options.progress);
    if (!ok) {
        err(Cli::tr("error: %1").arg(error));
        err(Cli::tr("Nothing was copied."));
        return UsageOrInput;
    }
    printSummary(result, target.path());
    return Ok;
}

void removeWorkspaceFile(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", ".lock"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

int runPush(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("Workspace to copy (a .hoshi file)."));
    parser.addPositionalArgument(QStringLiteral("URL"),
                                 Cli::tr("Workspace on a server to copy into (postgresql://...): an empty database, or "
                                         "a workspace that holds none of the records' ids."));
    if (!parse(parser, QStringLiteral("push"), args))
        return UsageOrInput;
    if (parser.positionalArguments().size() != 2) {
        err(Cli::tr("error: push needs the workspace and the address to copy it to"));
        return UsageOrInput;
    }
    const QString targetLocation = parser.positionalArguments().at(1);
    std::unique_ptr<Workspace> source = openWorkspace(parser.positionalArguments().at(0), Workspace::Access::ReadOnly);
    if (!source)
        return UsageOrInput;
    QString error;
    std::unique_ptr<Workspace> target = openOrCreateTarget(targetLocation, &error);
    if (!target)
        return refused(error);
    return copyAndReport(*source, *target, {});
}

int runPull(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("URL"), Cli::tr("Workspace on a server (postgresql://...)."));
    parser.addPositionalArgument(QStringLiteral("OUT"), Cli::tr("New workspace file (.hoshi) to write."));
    parser.addOption({QStringLiteral("organisation"), Cli::tr("The organisation to copy."), QStringLiteral("ID")});
    if (!parse(parser, QStringLiteral("pull"), args))
        return UsageOrInput;
    if (parser.positionalArguments().size() != 2) {
        err(Cli::tr("error: pull needs the address to copy from and a new file to write"));
        return UsageOrInput;
    }
    const qint64 organisationId = idOption(parser, QStringLiteral("organisation"));
    if (organisationId < 0)
        return UsageOrInput;
    const QString out = parser.positionalArguments().at(1);
    if (WorkspaceLocation::looksLikeServer(out))
        return refused(Cli::tr("pull writes a new .hoshi file; %1 is a server address").arg(out));
    if (QFileInfo::exists(out))
        return refused(Cli::tr("%1 already exists; pull writes a new file and never replaces one").arg(out));
    std::unique_ptr<Workspace> source = openWorkspace(parser.positionalArguments().at(0), Workspace::Access::ReadOnly);
    if (!source)
        return UsageOrInput;
    QString error;
    std::unique_ptr<Workspace> target = Workspace::create(out, &error);
    if (!target)
        return refused(error);
    WorkspaceCopy::Options options;
    options.organisationId = organisationId;
    const int code = copyAndReport(*source, *target, options);
    if (code != Ok) {
        target.reset();
        removeWorkspaceFile(QFileInfo(out).absoluteFilePath());
    }
    return code;
}

} // namespace hoshi::cli
