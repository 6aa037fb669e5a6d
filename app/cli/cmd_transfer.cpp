// SPDX-License-Identifier: Apache-2.0
// push and pull: moving a workspace between a desk (.hoshi file) and a server, record for record.
#include "cliutil.h"
#include "cmd_sync.h"
#include "commands.h"

#include "storage/location.h"
#include "storage/workspacecopy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
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

// Where a pull writes before the file gets its name: beside it (so the rename stays on one file
// system), hidden. A pull that was killed leaves only this, which the next pull of the same
// file removes once its lock is stale.
QString pullingPath(const QString &out)
{
    const QFileInfo info(out);
    return info.absoluteDir().filePath(QStringLiteral(".%1.pulling").arg(info.fileName()));
}

void removeKilledPull(const QString &partial)
{
    if (!QFileInfo::exists(partial) && !QFileInfo::exists(partial + QStringLiteral(".lock")))
        return;
    QLockFile lock(partial + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return; // another pull of the same file is running: its create() will refuse
    lock.unlock();
    removeWorkspaceFile(partial);
}

// Records what both now hold as the base of the next sync between them, in the sides that are
// open for writing (a pull's new file; a push's target).
int rememberCopy(Workspace &a, Workspace &b, sync::Side written, qint64 organisationId)
{
    sync::SyncOptions options;
    options.organisationId = organisationId;
    options.onlyWrite = written;
    options.resolveAll = sync::Resolution::Choice::B; // the source of a pull, the target of a push: as the copy left it
    sync::SyncEngine engine(a, b);
    QString error;
    if (engine.apply(options, nullptr, &error))
        return Ok;
    return refused(error);
}

// A push into a workspace that holds records already is the one-way form of sync: what the file
// changed goes to the server; what only the server changed stays there for a two-way sync.
bool holdsRecords(Workspace &workspace)
{
    return !workspace.organisations().isEmpty();
}

} // namespace

int runPush(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("Workspace to copy (a .hoshi file)."));
    parser.addPositionalArgument(QStringLiteral("URL"),
                                 Cli::tr("Workspace on a server to copy into (postgresql://...): an empty database, or "
                                         "a workspace that holds records already (then only what the file changed is "
                                         "written, as by sync)."));
    parser.addOption({QStringLiteral("resolve"),
                      Cli::tr("Into a workspace that holds records already: decide a conflict (ID=a keeps the file's "
                              "value, ID=b the target's; all=a|b). Repeatable."),
                      QStringLiteral("ID=CHOICE")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print what was synchronised as JSON.")});
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
    sync::SyncOptions options;
    if (!parseResolutions(parser.values(QStringLiteral("resolve")), &options, &error))
        return refused(error);
    std::unique_ptr<Workspace> target = openOrCreateTarget(targetLocation, &error);
    if (!target)
        return refused(error);
    if (holdsRecords(*target)) {
        options.onlyWrite = sync::Side::B;
        return runSyncBetween(*source, *target, options, false, parser.isSet(QStringLiteral("json")));
    }
    const int code = copyAndReport(*source, *target, {});
    return code == Ok ? rememberCopy(*source, *target, sync::Side::B, -1) : code;
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
    // Written aside and renamed when complete: a pull that is killed leaves no file named OUT.
    const QString partial = pullingPath(out);
    removeKilledPull(partial);
    QString error;
    std::unique_ptr<Workspace> target = Workspace::create(partial, &error);
    if (!target)
        return refused(error);
    WorkspaceCopy::Options options;
    options.organisationId = organisationId;
    int code = copyAndReport(*source, *target, options);
    if (code == Ok && !sync::SyncEngine::adoptPeers(*source, *target, organisationId, &error))
        code = refused(error);
    if (code == Ok)
        code = rememberCopy(*target, *source, sync::Side::A, organisationId);
    target.reset(); // closes the file: its write-ahead log is folded in
    if (code == Ok && !QFile::rename(partial, out)) {
        err(Cli::tr("error: cannot name the new workspace %1 (does it exist now?)").arg(out));
        code = UsageOrInput;
    }
    if (code != Ok)
        removeWorkspaceFile(partial);
    QFile::remove(partial + QStringLiteral(".lock"));
    return code;
}

} // namespace hoshi::cli
