// SPDX-License-Identifier: Apache-2.0
// Crash safety: hoshi-cli is killed with SIGKILL at random moments while it imports evidence,
// exports an archive or edits an assessment. After every kill the workspace passes SQLite's
// integrity_check, opens for writing, still holds every change a finished command committed,
// and no archive exists under its final name unless it verifies intact.
// 20 kills by default; HOSHI_KILL_RUNS=200 for the long run (with QTEST_FUNCTION_TIMEOUT=3600000:
// it takes longer than QtTest's 5-minute watchdog), HOSHI_KILL_SEED to repeat a run.
#include "demo/demoworkspace.h"
#include "storage/workspace.h"
#include "verify/archiveverifier.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace hoshi;

namespace {

enum class Operation { Import, Export, Edit };
const QList<Operation> Operations = {Operation::Import, Operation::Export, Operation::Edit};

QString operationName(Operation op)
{
    return op == Operation::Import ? QStringLiteral("import") : op == Operation::Export ? QStringLiteral("export") : QStringLiteral("edit");
}

// One command and what it changes if it commits.
struct Command {
    Operation op = Operation::Edit;
    QStringList args;
    QString title;   // import: evidence title
    qint64 size = 0; // import: file size
    QString item;    // edit: item and the notes written
    QString notes;
    QString outDir;  // export
};

} // namespace

class TestKillSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedAtRandomMoments();
    void lockLeftUnnamedByADeadProcess();

private:
    [[nodiscard]] Command command(Operation op, int run) const;
    // Runs the command and kills it after delayMs unless it ended; true when it finished with 0.
    [[nodiscard]] bool runOrKill(const Command &c, int delayMs, bool *killed) const;
    void settle(const Command &c, bool finished);
    void checkWorkspace();
    void checkArchives(const Command &c, bool finished);

    QTemporaryDir m_dir;
    QString m_workspace;
    qint64 m_declaration = -1;
    QList<Assessment> m_items;
    QStringList m_contents;                // files to import, a few different ones
    QHash<QString, QSet<QString>> m_notes; // item -> the notes it may hold now
    QHash<QString, qint64> m_imported;     // evidence title -> file size, for committed imports
    QHash<Operation, qint64> m_duration;   // an uninterrupted run (ms)
};

void TestKillSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_workspace = m_dir.filePath(QStringLiteral("kill.hoshi"));
    DemoIds ids;
    QString error;
    QVERIFY2(DemoWorkspace::create(m_workspace, &ids, &error), qPrintable(error));
    m_declaration = ids.completeDeclaration;
    {
        const std::unique_ptr<Workspace> ws = Workspace::open(m_workspace, Workspace::Access::ReadOnly, &error);
        QVERIFY2(ws, qPrintable(error));
        m_items = ws->assessments(m_declaration);
    }
    QVERIFY(m_items.size() > 3);
    for (const Assessment &a : std::as_const(m_items))
        m_notes[a.itemId] = {a.notes};
    // Three different contents of 24 MiB: an import takes long enough to be killed in the middle,
    // and the workspace stays bounded (the same content is stored once).
    for (int i = 0; i < 3; ++i) {
        const QString path = m_dir.filePath(QStringLiteral("content-%1.bin").arg(i));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QRandomGenerator generator(quint32(1000 + i));
        QByteArray block(1 << 20, Qt::Uninitialized);
        for (int mib = 0; mib < 24; ++mib) {
            generator.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
            QCOMPARE(file.write(block), block.size());
        }
        m_contents << path;
    }
    // One uninterrupted run of each operation says how long to wait at most before a kill.
    for (const Operation op : Operations) {
        const Command c = command(op, 0);
        QElapsedTimer timer;
        timer.start();
        bool killed = false;
        QVERIFY2(runOrKill(c, 300000, &killed), qPrintable(operationName(op)));
        m_duration[op] = qMax<qint64>(timer.elapsed(), 50);
        settle(c, true);
        checkWorkspace();
        checkArchives(c, true);
        qInfo("%s takes %lld ms uninterrupted", qPrintable(operationName(op)), m_duration.value(op));
    }
}

Command TestKillSafety::command(Operation op, int run) const
{
    Command c;
    c.op = op;
    const QStringList common = {m_workspace, QStringLiteral("--declaration"), QString::number(m_declaration)};
    if (op == Operation::Import) {
        const QString content = m_contents.at(run % m_contents.size());
        c.title = QStringLiteral("kill-run-%1").arg(run);
        c.size = QFileInfo(content).size();
        c.args = QStringList{QStringLiteral("evidence"), QStringLiteral("add")} + common
            + QStringList{QStringLiteral("--item"), m_items.first().itemId, QStringLiteral("--kind"), QStringLiteral("document"),
                          QStringLiteral("--title"), c.title, QStringLiteral("--file"), content};
    } else if (op == Operation::Export) {
        c.outDir = m_dir.filePath(QStringLiteral("out-%1").arg(run));
        c.args = QStringList{QStringLiteral("export")} + common + QStringList{QStringLiteral("--out"), c.outDir, QStringLiteral("--no-package")};
    } else {
        const Assessment &a = m_items.at(1 + run % (m_items.size() - 1));
        c.item = a.itemId;
        c.notes = QStringLiteral("note written by run %1").arg(run);
        c.args = QStringList{QStringLiteral("assess")} + common
            + QStringList{QStringLiteral("--item"), a.itemId, QStringLiteral("--verdict"), verdictKey(a.verdict),
                          QStringLiteral("--justification"), a.justification, QStringLiteral("--notes"), c.notes};
    }
    return c;
}

bool TestKillSafety::runOrKill(const Command &c, int delayMs, bool *killed) const
{
    QProcess process;
    process.setProgram(QStringLiteral(HOSHI_CLI_PATH));
    process.setArguments(c.args);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForStarted())
        return false;
    *killed = !process.waitForFinished(delayMs);
    if (*killed) {
        process.kill(); // SIGKILL
        process.waitForFinished(-1);
        return false;
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// A process killed after creating the lock file and before writing its name into it leaves an
// empty lock file: it no longer keeps anyone out. One whose holder is alive (it holds the flock
// QLockFile takes) still does.
void TestKillSafety::lockLeftUnnamedByADeadProcess()
{
    const QString lockPath = m_workspace + QStringLiteral(".lock");
    QFile lock(lockPath);
    QVERIFY(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
    lock.close();
    QString error;
    {
        const std::unique_ptr<Workspace> ws = Workspace::open(m_workspace, Workspace::Access::ReadWrite, &error);
        QVERIFY2(ws, qPrintable(error));
    }
    QVERIFY(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
    const int held = ::open(QFile::encodeName(lockPath).constData(), O_RDONLY | O_CLOEXEC);
    QVERIFY(held >= 0);
    QCOMPARE(::flock(held, LOCK_EX | LOCK_NB), 0);
    const std::unique_ptr<Workspace> refused = Workspace::open(m_workspace, Workspace::Access::ReadWrite, &error);
    ::close(held);
    lock.close();
    QFile::remove(lockPath);
    QVERIFY(!refused);
    QVERIFY2(error.contains(QLatin1String("cannot be locked")), qPrintable(error));
}

void TestKillSafety::settle(const Command &c, bool finished)
{
    if (c.op == Operation::Import && finished)
        m_imported.insert(c.title, c.size);
    if (c.op == Operation::Edit) {
        if (finished)
            m_notes[c.item] = {c.notes};
        else
            m_notes[c.item].insert(c.notes); // it may or may not have committed before the kill
    }
}

void TestKillSafety::checkWorkspace()
{
    QString error;
    // Opening for writing also takes over the lock the killed process left and drops the content
    // of an import it never finished.
    const std::unique_ptr<Workspace> ws = Workspace::open(m_workspace, Workspace::Access::ReadWrite, &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->integrityCheck(), QStringLiteral("ok"));
    for (const Assessment &a : ws->assessments(m_declaration)) {
        QVERIFY2(m_notes.value(a.itemId).contains(a.notes), qPrintable(QStringLiteral("%1 holds \"%2\"").arg(a.itemId, a.notes)));
        m_notes[a.itemId] = {a.notes};
    }
    QHash<QString, qint64> found;
    QSet<QString> verified; // the same content is stored (and re-hashed) once
    for (const Evidence &e : ws->evidenceFor(m_declaration, m_items.first().itemId)) {
        for (const EvidenceFile &f : e.files) {
            if (!verified.contains(f.sha256))
                QVERIFY2(ws->verifyContent(f.sha256, &error), qPrintable(error));
            verified.insert(f.sha256);
            found.insert(e.title, f.size);
        }
    }
    for (auto it = m_imported.cbegin(); it != m_imported.cend(); ++it)
        QVERIFY2(found.value(it.key()) == it.value(), qPrintable(QStringLiteral("committed import %1 lost").arg(it.key())));
}

void TestKillSafety::checkArchives(const Command &c, bool finished)
{
    if (c.op != Operation::Export)
        return;
    int archives = 0;
    QDirIterator it(c.outDir, {QStringLiteral("*.zip")}, QDir::Files);
    while (it.hasNext()) {
        const VerificationResult r = ArchiveVerifier::verify(it.next());
        QVERIFY2(r.status == VerificationResult::Status::Intact, qPrintable(r.archivePath + QLatin1Char(' ') + r.error));
        ++archives;
    }
    if (finished)
        QCOMPARE(archives, 1);
}

void TestKillSafety::killedAtRandomMoments()
{
    const int runs = qEnvironmentVariableIsSet("HOSHI_KILL_RUNS") ? qEnvironmentVariableIntValue("HOSHI_KILL_RUNS") : 20;
    const quint32 seed = qEnvironmentVariableIsSet("HOSHI_KILL_SEED") ? quint32(qEnvironmentVariableIntValue("HOSHI_KILL_SEED"))
                                                                      : QRandomGenerator::global()->generate();
    qInfo("%d kills, HOSHI_KILL_SEED=%u", runs, seed);
    QRandomGenerator random(seed);
    QHash<Operation, int> killedDuring;
    int finishedRuns = 0;
    for (int run = 1; run <= runs; ++run) {
        const Operation op = Operations.at(int(random.bounded(3)));
        const Command c = command(op, run);
        // Anywhere from the start to a little past the usual end.
        const int delay = int(random.bounded(int(m_duration.value(op) * 11 / 10) + 1));
        bool killed = false;
        const bool finished = runOrKill(c, delay, &killed);
        QVERIFY2(killed || finished, qPrintable(QStringLiteral("run %1 (%2) failed without a kill").arg(run).arg(operationName(op))));
        killed ? ++killedDuring[op] : ++finishedRuns;
        settle(c, finished);
        checkWorkspace();
        checkArchives(c, finished);
        if (QTest::currentTestFailed()) {
            qWarning("run %d: %s killed after %d ms (seed %u)", run, qPrintable(operationName(op)), delay, seed);
            return;
        }
        if (run % 20 == 0)
            qInfo("%d runs checked", run);
    }
    qInfo("killed during import %d, export %d, edit %d; finished before the kill %d", killedDuring.value(Operation::Import),
          killedDuring.value(Operation::Export), killedDuring.value(Operation::Edit), finishedRuns);
}

QTEST_GUILESS_MAIN(TestKillSafety)
#include "testkillsafety.moc"
