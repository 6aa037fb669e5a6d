// SPDX-License-Identifier: Apache-2.0
// Many writers at once on one declaration of a server workspace, through hoshi-cli.
//
// Eight hoshi-cli processes run at the same time, each making 100 edits. Each process is a
// `hoshi-cli batch` that answers one command line at a time on one open connection: starting
// a separate hoshi-cli for each of the 800 edits (and for every read and retry of the
// read-modify-write part) costs 0.25-0.45 s of wall time per process on the 2-core CI machine,
// several minutes in all; the batch keeps the test at about 90 s while every edit is still a
// separate transaction of a separate client, exactly as `hoshi-cli assess` makes it. A real
// single `hoshi-cli assess --expect-version` with a stale version is checked on its own.
#include "clirun.h"
#include "storage/workspace.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QtTest>

#include <algorithm>
#include <functional>
#include <optional>
#include <memory>

using namespace hoshi;

namespace {

constexpr int Writers = 8;
constexpr int EditsPerWriter = 100;
const QString criteriaSet = QStringLiteral("JST-CR-01-01-2024R1");

// One `hoshi-cli batch WS` process driven line by line: after each answer, onAnswer gives the
// command line to send next (an empty list: none yet; nullopt: close the input, so the process ends).
class BatchWriter
{
public:
    using Answer = std::function<std::optional<QStringList>(int exitCode, const QString &out, const QString &err)>;

    BatchWriter(const QString &workspace, Answer onAnswer) : m_onAnswer(std::move(onAnswer))
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOSHI_LANG"), QStringLiteral("en"));
        m_process.setProcessEnvironment(environment);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] { readAnswers(); });
        m_process.start(QStringLiteral(HOSHI_CLI_PATH), {QStringLiteral("batch"), workspace});
    }

    void send(const QStringList &words)
    {
        if (!words.isEmpty())
            m_process.write(QJsonDocument(QJsonArray::fromStringList(words)).toJson(QJsonDocument::Compact) + '\n');
    }
    // Sends words after ms milliseconds, unless this writer is gone by then.
    void sendLater(int ms, const QStringList &words)
    {
        QTimer::singleShot(ms, &m_process, [this, words] { send(words); });
    }
    // Lines already written are still delivered; then the process sees the end of its input.
    void close() { m_process.closeWriteChannel(); }
    [[nodiscard]] bool finished() const { return m_process.state() == QProcess::NotRunning; }
    [[nodiscard]] int exitCode() const { return m_process.exitCode(); }
    [[nodiscard]] QString standardError() { return QString::fromUtf8(m_process.readAllStandardError()); }

private:
    void readAnswers()
    {
        while (m_process.canReadLine()) {
            const QJsonObject answer = QJsonDocument::fromJson(m_process.readLine()).object();
            const std::optional<QStringList> next
                = m_onAnswer(answer.value(QStringLiteral("exit")).toInt(-1), answer.value(QStringLiteral("out")).toString(),
                             answer.value(QStringLiteral("err")).toString());
            if (next)
                send(*next);
            else
                close();
        }
    }

    QProcess m_process;
    Answer m_onAnswer;
};

// Runs the event loop until every writer's process has ended (or the time is up).
bool waitForAll(const std::vector<std::unique_ptr<BatchWriter>> &writers, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    const auto allDone = [&] {
        return std::all_of(writers.begin(), writers.end(), [](const auto &w) { return w->finished(); });
    };
    while (!allDone() && clock.elapsed() < timeoutMs)
        QTest::qWait(20);
    return allDone();
}

QStringList assessLine(qint64 declarationId, const QString &item, const QString &verdict, const QString &notes)
{
    return {QStringLiteral("assess"), QStringLiteral("--declaration"), QString::number(declarationId),
            QStringLiteral("--item"), item, QStringLiteral("--verdict"), verdict, QStringLiteral("--notes"), notes};
}

QStringList showLine(qint64 declarationId, const QString &item)
{
    return {QStringLiteral("assessment"), QStringLiteral("show"), QStringLiteral("--declaration"),
            QString::number(declarationId), QStringLiteral("--item"), item, QStringLiteral("--json")};
}

// What the read-modify-write part appends: one distinct line per writer and edit.
QString lineOf(int writer, int edit)
{
    return QStringLiteral("writer %1 edit %2").arg(writer).arg(edit);
}

} // namespace

class TestServerConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ownItemsAllLand();
    void sharedItemLosesNoUpdate();
    void staleVersionExitsWithConflict();
    void fileWorkspaceAdmitsOneWriter();

private:
    // A workspace with one declaration; its address for writer n (its own server account).
    void makeWorkspace(const QString &location);
    [[nodiscard]] QString addressOf(int writer) const;

    QTemporaryDir m_dir;
    QString m_location;
    qint64 m_declarationId = -1;
    QStringList m_items; // product-scope items: one per writer, then the shared one
};

void TestServerConcurrency::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestServerConcurrency::makeWorkspace(const QString &location)
{
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::create(location, &error);
    QVERIFY2(ws, qPrintable(error));
    Organisation organisation;
    organisation.name = QStringLiteral("Concurrent Co.");
    const qint64 organisationId = ws->addOrganisation(organisation, &error);
    QVERIFY2(organisationId > 0, qPrintable(error));
    Product product;
    product.organisationId = organisationId;
    product.name = QStringLiteral("Router");
    const qint64 productId = ws->addProduct(product, &error);
    QVERIFY2(productId > 0, qPrintable(error));
    m_declarationId = ws->addDeclaration(productId, criteriaSet, Route::Standard, &error);
    QVERIFY2(m_declarationId > 0, qPrintable(error));
    m_items.clear();
    for (const Assessment &a : ws->assessments(m_declarationId)) {
        if (!a.vendorScope && m_items.size() <= Writers)
            m_items << a.itemId;
    }
    QCOMPARE(m_items.size(), Writers + 1);
    m_location = location;
    if (!WorkspaceLocation::looksLikeServer(location))
        return;
    // Every writer signs in as a server account of its own, so the history says who did what.
    QStringList statements;
    QStringList roles;
    for (int n = 0; n < Writers; ++n) {
        const QString role = QStringLiteral("hoshi_writer%1").arg(n);
        roles << role;
        statements << QStringLiteral("DO $$ BEGIN CREATE ROLE %1 LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
                          .arg(role);
    }
    statements << QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1").arg(roles.join(QLatin1Char(',')))
               << QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1").arg(roles.join(QLatin1Char(',')));
    QVERIFY2(testserver::exec(location, statements, &error), qPrintable(error));
}

QString TestServerConcurrency::addressOf(int writer) const
{
    if (!WorkspaceLocation::looksLikeServer(m_location))
        return m_location;
    return testserver::url(QUrl(m_location).path().mid(1), QStringLiteral("hoshi_writer%1").arg(writer));
}

void TestServerConcurrency::ownItemsAllLand()
{
    if (!testserver::enabled())
        QSKIP("needs the test cluster (HOSHI_TEST_SERVER)");
    makeWorkspace(testserver::newWorkspaceLocation(m_dir, QStringLiteral("own.hoshi")));
    if (QTest::currentTestFailed())
        return;
    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<BatchWriter>> writers;
    QList<int> failures(Writers, 0);
    QStringList problems;
    for (int n = 0; n < Writers; ++n) {
        writers.push_back(std::make_unique<BatchWriter>(addressOf(n), [&, n](int code, const QString &, const QString &err) {
            if (code != 0) {
                ++failures[n];
                problems << err;
            }
            return QStringList();
        }));
        // Every edit of this writer at once: the process answers them one after the other.
        for (int i = 0; i < EditsPerWriter; ++i) {
            writers.back()->send(assessLine(m_declarationId, m_items.at(n),
                                            i % 2 ? QStringLiteral("non-conforming") : QStringLiteral("conforming"),
                                            QStringLiteral("edit %1 of writer %2").arg(i).arg(n)));
        }
        writers.back()->close();
    }
    QVERIFY2(waitForAll(writers, 300'000), "the writers did not finish in time");
    qInfo("%d writers x %d edits of their own items: %lld ms", Writers, EditsPerWriter, clock.elapsed());
    for (int n = 0; n < Writers; ++n)
        QVERIFY2(failures.at(n) == 0 && writers.at(n)->exitCode() == 0, qPrintable(problems.join(QLatin1Char('\n'))));

    QString error;
    std::unique_ptr<Workspace> ws = Workspace::open(m_location, Workspace::Access::ReadOnly, &error);
    QVERIFY2(ws, qPrintable(error));
    for (int n = 0; n < Writers; ++n) {
        const Assessment a = ws->assessment(m_declarationId, m_items.at(n));
        QCOMPARE(a.notes, QStringLiteral("edit %1 of writer %2").arg(EditsPerWriter - 1).arg(n));
        QCOMPARE(a.verdict, Verdict::NonConforming);
        QCOMPARE(a.rowVersion, qint64(EditsPerWriter));
        int notesEntries = 0;
        for (const HistoryEntry &h : ws->history(m_declarationId, m_items.at(n))) {
            notesEntries += h.action == QLatin1String("notes") ? 1 : 0;
            QCOMPARE(h.actor, QStringLiteral("hoshi_writer%1").arg(n));
        }
        QCOMPARE(notesEntries, EditsPerWriter);
    }
}

void TestServerConcurrency::sharedItemLosesNoUpdate()
{
    if (!testserver::enabled())
        QSKIP("needs the test cluster (HOSHI_TEST_SERVER)");
    makeWorkspace(testserver::newWorkspaceLocation(m_dir, QStringLiteral("shared.hoshi")));
    if (QTest::currentTestFailed())
        return;
    const QString item = m_items.constLast();
    QElapsedTimer clock;
    clock.start();
    int conflicts = 0;
    QStringList problems;
    QString conflictExample;
    std::vector<std::unique_ptr<BatchWriter>> writers;
    for (int n = 0; n < Writers; ++n) {
        // Read notes and version, append a line, write it back naming the version read; on a
        // conflict read again. Then the next line, until all of this writer's lines are in.
        auto edit = std::make_shared<int>(0);
        auto reading = std::make_shared<bool>(true);
        auto lost = std::make_shared<int>(0); // conflicts in a row
        auto self = std::make_shared<BatchWriter *>(nullptr);
        writers.push_back(std::make_unique<BatchWriter>(addressOf(n), [&, n, edit, reading, lost, self, item](int code, const QString &out, const QString &err) -> std::optional<QStringList> {
            if (*reading) {
                const QJsonObject a = QJsonDocument::fromJson(out.toUtf8()).object();
                if (code != 0) {
                    problems << err;
                    return std::nullopt;
                }
                const QString notes = a.value(QStringLiteral("notes")).toString();
                QStringList line = assessLine(m_declarationId, item, QStringLiteral("conforming"),
                                              notes.isEmpty() ? lineOf(n, *edit) : notes + QLatin1Char('\n') + lineOf(n, *edit));
                line << QStringLiteral("--expect-version") << QString::number(a.value(QStringLiteral("version")).toInteger());
                *reading = false;
                return line;
            }
            if (code == 0) {
                ++*edit;
                *lost = 0;
            } else if (code == 3) {
                ++conflicts;
                if (conflictExample.isEmpty())
                    conflictExample = err.trimmed();
            } else {
                problems << err;
                return std::nullopt;
            }
            if (*edit == EditsPerWriter)
                return std::nullopt;
            *reading = true;
            if (code == 0)
                return showLine(m_declarationId, item);
            // As a well-behaved client does after a conflict: wait a little, longer after each
            // one in a row, before reading again (eight writers retrying at once mostly collide).
            const int pause = QRandomGenerator::global()->bounded(1 + std::min(100, 10 * ++*lost));
            (*self)->sendLater(pause, showLine(m_declarationId, item));
            return QStringList();
        }));
        *self = writers.back().get();
        writers.back()->send(showLine(m_declarationId, item));
    }
    // About a minute on an idle 2-core machine; the margin is for a machine busy with builds.
    const bool done = waitForAll(writers, 300'000);
    qInfo("%d writers x %d read-modify-write edits of one item: %lld ms, %d conflicts reported",
          Writers, EditsPerWriter, clock.elapsed(), conflicts);
    QVERIFY2(done, "the writers did not finish in time");
    qInfo("a conflict as reported: %s", qPrintable(conflictExample));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(conflicts > 0);
    QVERIFY(conflictExample.contains(QLatin1String("was changed by hoshi_writer")));

    QString error;
    std::unique_ptr<Workspace> ws = Workspace::open(m_location, Workspace::Access::ReadOnly, &error);
    QVERIFY2(ws, qPrintable(error));
    const Assessment a = ws->assessment(m_declarationId, item);
    QStringList expected;
    for (int n = 0; n < Writers; ++n) {
        for (int i = 0; i < EditsPerWriter; ++i)
            expected << lineOf(n, i);
    }
    QStringList lines = a.notes.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), Writers * EditsPerWriter);
    QCOMPARE(QSet<QString>(lines.begin(), lines.end()), QSet<QString>(expected.begin(), expected.end()));
    QCOMPARE(a.rowVersion, qint64(Writers * EditsPerWriter));
    // Every successful write is in the history once: its entry ends with the line it appended.
    QStringList appended;
    for (const HistoryEntry &h : ws->history(m_declarationId, item)) {
        if (h.action == QLatin1String("notes"))
            appended << (h.summary.contains(QLatin1Char('\n')) ? h.summary.section(QLatin1Char('\n'), -1)
                                                                : h.summary.section(QStringLiteral(": "), 1));
    }
    QCOMPARE(appended.size(), Writers * EditsPerWriter);
    QCOMPARE(QSet<QString>(appended.begin(), appended.end()), QSet<QString>(expected.begin(), expected.end()));
}

void TestServerConcurrency::staleVersionExitsWithConflict()
{
    // One real `hoshi-cli assess` per step, as a script would run it.
    makeWorkspace(testserver::newWorkspaceLocation(m_dir, QStringLiteral("stale.hoshi")));
    if (QTest::currentTestFailed())
        return;
    const QString item = m_items.constFirst();
    const QString declaration = QString::number(m_declarationId);
    const auto show = [&] {
        const exporttest::ToolRun run = exporttest::cliInEnglish(
            {QStringLiteral("assessment"), QStringLiteral("show"), m_location, QStringLiteral("--declaration"), declaration,
             QStringLiteral("--item"), item, QStringLiteral("--json")});
        return QJsonDocument::fromJson(run.out).object();
    };
    QCOMPARE(show().value(QStringLiteral("version")).toInteger(), 0);
    const QStringList assess{QStringLiteral("assess"), m_location, QStringLiteral("--declaration"), declaration,
                             QStringLiteral("--item"), item, QStringLiteral("--verdict"), QStringLiteral("conforming")};
    exporttest::ToolRun run = exporttest::cliInEnglish(assess + QStringList{QStringLiteral("--notes"), QStringLiteral("first"),
                                                                            QStringLiteral("--expect-version"), QStringLiteral("0")});
    QVERIFY2(run.exitCode == 0, qPrintable(exporttest::describe(run)));
    QCOMPARE(show().value(QStringLiteral("version")).toInteger(), 1);
    run = exporttest::cliInEnglish(assess + QStringList{QStringLiteral("--notes"), QStringLiteral("second"),
                                                        QStringLiteral("--expect-version"), QStringLiteral("0")});
    QVERIFY2(run.exitCode == 3, qPrintable(exporttest::describe(run)));
    const QString message = QString::fromUtf8(run.err);
    QVERIFY2(message.contains(QLatin1String("conflict:")) && message.contains(QLatin1String("notes \"first\"")),
             qPrintable(message));
    QCOMPARE(show().value(QStringLiteral("notes")).toString(), QStringLiteral("first"));
    run = exporttest::cliInEnglish(assess + QStringList{QStringLiteral("--expect-version"), QStringLiteral("x")});
    QCOMPARE(run.exitCode, 2);
}

void TestServerConcurrency::fileWorkspaceAdmitsOneWriter()
{
    // A file has one writer at a time: of eight batches started at once, seven are refused
    // (naming who holds the lock) and the one that got the file makes all its edits.
    makeWorkspace(m_dir.filePath(QStringLiteral("one-writer.hoshi")));
    if (QTest::currentTestFailed())
        return;
    std::vector<std::unique_ptr<BatchWriter>> writers;
    int failures = 0;
    for (int n = 0; n < Writers; ++n)
        writers.push_back(std::make_unique<BatchWriter>(m_location, [&failures](int code, const QString &, const QString &) {
            failures += code != 0 ? 1 : 0;
            return QStringList();
        }));
    // Those refused end at once; the holder waits for its input.
    QElapsedTimer clock;
    clock.start();
    const auto refusedCount = [&] {
        return int(std::count_if(writers.begin(), writers.end(), [](const auto &w) { return w->finished(); }));
    };
    while (refusedCount() < Writers - 1 && clock.elapsed() < 30'000)
        QTest::qWait(20);
    QCOMPARE(refusedCount(), Writers - 1);
    BatchWriter *holder = nullptr;
    for (const auto &w : writers) {
        if (!w->finished()) {
            holder = w.get();
            continue;
        }
        QCOMPARE(w->exitCode(), 2);
        const QString message = w->standardError();
        QVERIFY2(message.contains(QLatin1String("is already open in")), qPrintable(message));
    }
    QVERIFY(holder);
    for (int i = 0; i < EditsPerWriter; ++i)
        holder->send(assessLine(m_declarationId, m_items.constFirst(), QStringLiteral("conforming"),
                                QStringLiteral("edit %1").arg(i)));
    holder->close();
    QVERIFY(waitForAll(writers, 60'000));
    QCOMPARE(failures, 0);
    QCOMPARE(holder->exitCode(), 0);
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::open(m_location, Workspace::Access::ReadOnly, &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->assessment(m_declarationId, m_items.constFirst()).rowVersion, qint64(EditsPerWriter));
}

QTEST_GUILESS_MAIN(TestServerConcurrency)
#include "testserverconcurrency.moc"
