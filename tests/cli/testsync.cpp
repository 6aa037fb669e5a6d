// SPDX-License-Identifier: Apache-2.0
// Two copies of a workspace file, both worked on, brought together by `hoshi-cli sync`: nothing
// lost, nothing decided silently, nothing half-written when the process is killed.
#include "clirun.h"
#include "syncdump.h"

#include "storage/schema.h"
#include "storage/workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QMap>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <functional>

using namespace hoshi;
using exporttest::cliInEnglish;
using exporttest::describe;
using exporttest::ToolRun;

namespace {

constexpr qint64 DeclarationId = 2;

ToolRun cli(const QStringList &args)
{
    return cliInEnglish(args);
}

bool edit(const QString &path, const std::function<bool(Workspace &, QString *)> &change, QString *error)
{
    std::unique_ptr<Workspace> ws = Workspace::open(path, Workspace::Access::ReadWrite, error);
    return ws && change(*ws, error);
}

QString justification(const QString &path, const QString &item)
{
    QString error;
    const std::unique_ptr<Workspace> ws = Workspace::open(path, Workspace::Access::ReadOnly, &error);
    return ws ? ws->assessment(DeclarationId, item).justification : QStringLiteral("ERROR ") + error;
}

QString pragma(const QString &path, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                result = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QJsonObject jsonOf(const ToolRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void upgradeGivesExistingRowsGlobalIds();
    void pulledCopyIsInSync();
    void editsToDifferentItemsMerge();
    void sameFieldIsAConflict();
    void removalAgainstChangeIsAConflict();
    void removalOfUnchangedRecordTravels();
    void newDeclarationWithEvidenceTravels();
    void bothAnswerTheSameNewItem();
    void ringOfThreeConverges();
    void organisationScopeLeavesOthersAlone();
    void badInputChangesNothing();
    void pushIntoFileIsOneWay();
    void killedSyncLeavesEachSideWhole();
    void killedPullLeavesNoFile();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A copy of the demo workspace (a) and a pull of its organisation (b).
    void makePair(const QString &name, QString *a, QString *b);
    void expectEqual(const QString &a, const QString &b);

    QTemporaryDir m_dir;
    QString m_origin;
};

void TestSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_origin = path(QStringLiteral("origin.hoshi"));
    const ToolRun demo = cli({QStringLiteral("demo"), m_origin});
    QVERIFY2(demo.exitCode == 0, qPrintable(describe(demo)));
}

// A workspace of format 15 with records, as Hoshi wrote it before synchronisation existed: opening
// it gives every record a global id, and the log stays append-only.
void TestSync::upgradeGivesExistingRowsGlobalIds()
{
    const QString file = path(QStringLiteral("format15.hoshi"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("format15"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Workspace::ApplicationId)));
        for (int step = 0; step < 15; ++step) {
            for (const QString &sql : schema::migrationSteps().at(step))
                QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
        }
        const QStringList rows = {
            QStringLiteral("INSERT INTO meta(key, value) VALUES ('workspace_id', 'old'), ('created_at', '2026-01-01')"),
            QStringLiteral("INSERT INTO organisation(name, created_at) VALUES ('Old Ltd', '2026-01-01'), ('Older', '2026-01-01')"),
            QStringLiteral("INSERT INTO product(organisation_id, name, created_at) VALUES (1, 'Cam', '2026-01-01')"),
            QStringLiteral("INSERT INTO history(at, actor, organisation_id, action, summary) VALUES"
                           " ('2026-01-01', 'me', 1, 'add', 'one'), ('2026-01-02', 'me', 1, 'add', 'two')"),
            QStringLiteral("PRAGMA user_version = 15"),
        };
        for (const QString &sql : rows)
            QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("format15"));
    QString error;
    {
        std::unique_ptr<Workspace> ws = Workspace::open(file, Workspace::Access::ReadWrite, &error);
        QVERIFY2(ws, qPrintable(error));
        Organisation o;
        o.name = QStringLiteral("New");
        QVERIFY2(ws->addOrganisation(o, &error) > 0, qPrintable(error));
    }
    QVERIFY(QFileInfo::exists(file + QStringLiteral(".format15.bak")));
    for (const QString &table : {QStringLiteral("organisation"), QStringLiteral("product"), QStringLiteral("history")}) {
        QCOMPARE(pragma(file, QStringLiteral("SELECT count(*) FROM %1 WHERE gid IS NULL OR length(gid) <> 36").arg(table)),
                 QStringLiteral("0"));
        QCOMPARE(pragma(file, QStringLiteral("SELECT count(DISTINCT gid) = count(*) FROM %1").arg(table)), QStringLiteral("1"));
    }
    QCOMPARE(pragma(file, QStringLiteral("SELECT count(*) FROM organisation")), QStringLiteral("3"));
    // The log still refuses to be rewritten, now that its rows have their ids.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("format16"));
    db.setDatabaseName(file);
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(!q.exec(QStringLiteral("UPDATE history SET summary = 'rewritten' WHERE id = 1")));
    QVERIFY2(q.lastError().text().contains(QLatin1String("append-only")), qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(QStringLiteral("UPDATE history SET gid = 'other' WHERE id = 1")));
    db.close();
    q = QSqlQuery();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("format16"));
}

void TestSync::makePair(const QString &name, QString *a, QString *b)
{
    *a = path(name + QStringLiteral("-a.hoshi"));
    *b = path(name + QStringLiteral("-b.hoshi"));
    QVERIFY(QFile::copy(m_origin, *a));
    const ToolRun pull = cli({QStringLiteral("pull"), *a, QStringLiteral("--organisation"), QStringLiteral("1"), *b});
    QVERIFY2(pull.exitCode == 0, qPrintable(describe(pull)));
}

void TestSync::expectEqual(const QString &a, const QString &b)
{
    const auto dumpA = syncdump::dump(a);
    const auto dumpB = syncdump::dump(b);
    QVERIFY2(dumpA == dumpB, qPrintable(syncdump::firstDifference(dumpA, dumpB)));
    const ToolRun again = cli({QStringLiteral("sync"), a, b, QStringLiteral("--dry-run")});
    QVERIFY2(again.exitCode == 0 && again.out.contains("nothing to do"), qPrintable(describe(again)));
}

void TestSync::pulledCopyIsInSync()
{
    QString a, b;
    makePair(QStringLiteral("pulled"), &a, &b);
    expectEqual(a, b);
    QVERIFY(!pragma(b, QStringLiteral("SELECT gid FROM declaration WHERE id = 2")).isEmpty());
    QCOMPARE(pragma(a, QStringLiteral("SELECT count(*) FROM history WHERE gid IS NULL")), QStringLiteral("0"));
    const ToolRun run = cli({QStringLiteral("sync"), a, b});
    QVERIFY2(run.exitCode == 0 && run.out.contains("nothing to do"), qPrintable(describe(run)));
}

void TestSync::editsToDifferentItemsMerge()
{
    QString a, b, error;
    makePair(QStringLiteral("merge"), &a, &b);
    QVERIFY2(edit(a, [](Workspace &ws, QString *e) {
        return ws.setAssessment(DeclarationId, QStringLiteral("S1.1-02"), Verdict::NonConforming,
                                QStringLiteral("A: the manual is silent"), {}, e);
    }, &error), qPrintable(error));
    QVERIFY2(edit(b, [](Workspace &ws, QString *e) {
        return ws.setAssessment(DeclarationId, QStringLiteral("S1.1-03"), Verdict::Conforming,
                                QStringLiteral("B: checked on site"), {}, e)
               && ws.addComment(DeclarationId, {}, QStringLiteral("B"), QStringLiteral("from the lab"), e) > 0;
    }, &error), qPrintable(error));
    const qint64 historyA = pragma(a, QStringLiteral("SELECT count(*) FROM history")).toLongLong();
    const qint64 historyB = pragma(b, QStringLiteral("SELECT count(*) FROM history")).toLongLong();
    const ToolRun run = cli({QStringLiteral("sync"), a, b, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(jsonOf(run).value(QStringLiteral("applied")).toBool(), true);
    QCOMPARE(justification(a, QStringLiteral("S1.1-03")), QStringLiteral("B: checked on site"));
    QCOMPARE(justification(b, QStringLiteral("S1.1-02")), QStringLiteral("A: the manual is silent"));
    // Each side's history entry went to the other; none twice.
    const qint64 merged = pragma(a, QStringLiteral("SELECT count(*) FROM history")).toLongLong();
    QVERIFY2(merged > historyA && merged > historyB && merged < historyA + historyB,
             qPrintable(QStringLiteral("%1 %2 %3").arg(historyA).arg(historyB).arg(merged)));
    QCOMPARE(pragma(b, QStringLiteral("SELECT count(*) FROM history")).toLongLong(), merged);
    expectEqual(a, b);
    QCOMPARE(pragma(a, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

void TestSync::sameFieldIsAConflict()
{
    QString a, b, error;
    makePair(QStringLiteral("conflict"), &a, &b);
    const auto set = [&](const QString &file, const QString &text, const QString &notes) {
        return edit(file, [&](Workspace &ws, QString *e) {
            return ws.setAssessment(DeclarationId, QStringLiteral("S1.1-02"), Verdict::Conforming, text, notes, e);
        }, &error);
    };
    QVERIFY2(set(a, QStringLiteral("mine"), QStringLiteral("note A")), qPrintable(error));
    QVERIFY2(set(b, QStringLiteral("theirs"), QStringLiteral("note A")), qPrintable(error));
    const auto beforeA = syncdump::dump(a);
    const auto beforeB = syncdump::dump(b);
    const ToolRun run = cli({QStringLiteral("sync"), a, b, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 4, qPrintable(describe(run)));
    const QJsonArray conflicts = jsonOf(run).value(QStringLiteral("conflicts")).toArray();
    QCOMPARE(conflicts.size(), 1); // the notes agree; only the justification differs
    const QJsonObject c = conflicts.at(0).toObject();
    QCOMPARE(c.value(QStringLiteral("field")).toString(), QStringLiteral("justification"));
    QCOMPARE(c.value(QStringLiteral("a")).toString(), QStringLiteral("mine"));
    QCOMPARE(c.value(QStringLiteral("b")).toString(), QStringLiteral("theirs"));
    QVERIFY(c.value(QStringLiteral("base")).isString()); // what both held after the pull
    QVERIFY(run.err.contains("--resolve"));
    QVERIFY(syncdump::dump(a) == beforeA);
    QVERIFY(syncdump::dump(b) == beforeB);
    // The id is stable: the same conflict has it in the next run.
    const QString id = c.value(QStringLiteral("id")).toString();
    const ToolRun text = cli({QStringLiteral("sync"), a, b});
    QVERIFY2(text.exitCode == 4 && text.err.contains(id.toUtf8()), qPrintable(describe(text)));
    const ToolRun resolved = cli({QStringLiteral("sync"), a, b, QStringLiteral("--resolve"), id + QStringLiteral("=a")});
    QVERIFY2(resolved.exitCode == 0, qPrintable(describe(resolved)));
    QCOMPARE(justification(b, QStringLiteral("S1.1-02")), QStringLiteral("mine"));
    expectEqual(a, b);
    // Again, decided the other way for all; then an edited third value.
    QVERIFY2(set(a, QStringLiteral("mine 2"), QStringLiteral("note A")), qPrintable(error));
    QVERIFY2(set(b, QStringLiteral("theirs 2"), QStringLiteral("note A")), qPrintable(error));
    const ToolRun all = cli({QStringLiteral("sync"), a, b, QStringLiteral("--resolve"), QStringLiteral("all=b")});
    QVERIFY2(all.exitCode == 0, qPrintable(describe(all)));
    QCOMPARE(justification(a, QStringLiteral("S1.1-02")), QStringLiteral("theirs 2"));
    expectEqual(a, b);
    QVERIFY2(set(a, QStringLiteral("mine 3"), QStringLiteral("note A")), qPrintable(error));
    QVERIFY2(set(b, QStringLiteral("theirs 3"), QStringLiteral("note A")), qPrintable(error));
    const ToolRun edited = cli({QStringLiteral("sync"), a, b, QStringLiteral("--resolve"),
                                id + QStringLiteral("=edit:both of us")});
    QVERIFY2(edited.exitCode == 0, qPrintable(describe(edited)));
    QCOMPARE(justification(a, QStringLiteral("S1.1-02")), QStringLiteral("both of us"));
    expectEqual(a, b);
}

void TestSync::removalAgainstChangeIsAConflict()
{
    QString a, b, error;
    makePair(QStringLiteral("removal"), &a, &b);
    qint64 evidenceId = -1;
    QVERIFY2(edit(a, [&](Workspace &ws, QString *e) {
        Evidence ev;
        ev.kind = EvidenceKind::DocumentReview;
        ev.title = QStringLiteral("to be removed");
        evidenceId = ws.addEvidence(DeclarationId, {QStringLiteral("S1.1-02")}, ev, e);
        return evidenceId > 0;
    }, &error), qPrintable(error));
    QVERIFY2(cli({QStringLiteral("sync"), a, b}).exitCode == 0, "first sync");
    QVERIFY2(edit(a, [&](Workspace &ws, QString *e) { return ws.removeEvidence(evidenceId, e); }, &error),
             qPrintable(error));
    QVERIFY2(edit(b, [&](Workspace &ws, QString *e) {
        std::optional<Evidence> ev = ws.evidence(evidenceId);
        if (!ev)
            return false;
        ev->title = QStringLiteral("changed in the lab");
        return ws.updateEvidence(*ev, e);
    }, &error), qPrintable(error));
    const ToolRun run = cli({QStringLiteral("sync"), a, b, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 4, qPrintable(describe(run)));
    const QJsonArray conflicts = jsonOf(run).value(QStringLiteral("conflicts")).toArray();
    QCOMPARE(conflicts.size(), 1);
    const QJsonObject c = conflicts.at(0).toObject();
    QCOMPARE(c.value(QStringLiteral("type")).toString(), QStringLiteral("evidence"));
    QCOMPARE(c.value(QStringLiteral("field")).toString(), QString());
    QVERIFY(c.value(QStringLiteral("aRemoved")).toBool());
    // Keeping the change brings the record (and its links) back where it was removed.
    const ToolRun keep = cli({QStringLiteral("sync"), a, b, QStringLiteral("--resolve"),
                              c.value(QStringLiteral("id")).toString() + QStringLiteral("=b")});
    QVERIFY2(keep.exitCode == 0, qPrintable(describe(keep)));
    expectEqual(a, b);
    QCOMPARE(pragma(a, QStringLiteral("SELECT title FROM evidence WHERE id = %1").arg(evidenceId)),
             QStringLiteral("changed in the lab"));
}

void TestSync::removalOfUnchangedRecordTravels()
{
    QString a, b, error;
    makePair(QStringLiteral("remove"), &a, &b);
    const qint64 before = pragma(b, QStringLiteral("SELECT count(*) FROM evidence")).toLongLong();
    const qint64 evidenceId = pragma(a, QStringLiteral("SELECT e.id FROM evidence e WHERE NOT EXISTS"
                                                       " (SELECT 1 FROM psti_statement p WHERE p.evidence_id = e.id)"
                                                       " ORDER BY e.id DESC LIMIT 1")).toLongLong();
    QVERIFY2(edit(a, [&](Workspace &ws, QString *e) { return ws.removeEvidence(evidenceId, e); }, &error),
             qPrintable(error));
    const ToolRun run = cli({QStringLiteral("sync"), a, b});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(pragma(b, QStringLiteral("SELECT count(*) FROM evidence")).toLongLong(), before - 1);
    expectEqual(a, b);
}

void TestSync::newDeclarationWithEvidenceTravels()
{
    QString a, b, error;
    makePair(QStringLiteral("new"), &a, &b);
    QByteArray content(3 * 1024 * 1024 + 17, '\0');
    for (qsizetype i = 0; i < content.size(); ++i)
        content[i] = char(QRandomGenerator::global()->generate());
    QString sha;
    QVERIFY2(edit(b, [&](Workspace &ws, QString *e) {
        const std::optional<hoshi::Declaration> first = ws.declaration(1);
        if (!first)
            return false;
        const qint64 decl = ws.addDeclaration(first->productId, first->criteriaSetId, Route::Standard, e);
        Evidence ev;
        ev.kind = EvidenceKind::DeviceTest;
        ev.procedure = QStringLiteral("lab run");
        const qint64 evidence = decl > 0 ? ws.addEvidence(decl, {QStringLiteral("S1.1-04")}, ev, e) : -1;
        const qint64 file = evidence > 0 ? ws.attachData(evidence, QStringLiteral("capture.bin"), content, e) : -1;
        if (file > 0)
            sha = ws.file(file)->sha256;
        return file > 0 && ws.setAssessment(decl, QStringLiteral("S1.1-04"), Verdict::Conforming,
                                            QStringLiteral("tested"), {}, e);
    }, &error), qPrintable(error));
    const ToolRun run = cli({QStringLiteral("sync"), a, b});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    expectEqual(a, b);
    const std::unique_ptr<Workspace> ws = Workspace::open(a, Workspace::Access::ReadOnly, &error);
    QVERIFY2(ws, qPrintable(error));
    QVERIFY2(ws->verifyContent(sha, &error), qPrintable(error));
    QCOMPARE(pragma(a, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

// Each copy answered an item nobody had answered: one record on both sides afterwards.
void TestSync::bothAnswerTheSameNewItem()
{
    QString a, b, error;
    makePair(QStringLiteral("same-new"), &a, &b);
    const QString item = pragma(a, QStringLiteral("SELECT 'S1.1-10'"));
    for (const QString &file : {a, b}) {
        QVERIFY2(edit(file, [&](Workspace &ws, QString *e) {
            return ws.setAssessment(DeclarationId, item, Verdict::Conforming, QStringLiteral("same"), {}, e);
        }, &error), qPrintable(error));
    }
    const ToolRun run = cli({QStringLiteral("sync"), a, b});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    expectEqual(a, b);
}

void TestSync::ringOfThreeConverges()
{
    QString a, b, error;
    makePair(QStringLiteral("ring"), &a, &b);
    const QString c = path(QStringLiteral("ring-c.hoshi"));
    const ToolRun pull = cli({QStringLiteral("pull"), b, QStringLiteral("--organisation"), QStringLiteral("1"), c});
    QVERIFY2(pull.exitCode == 0, qPrintable(describe(pull)));
    const QStringList items = {QStringLiteral("S1.1-01"), QStringLiteral("S1.1-02"), QStringLiteral("S1.1-03")};
    const QStringList copies = {a, b, c};
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(edit(copies.at(i), [&](Workspace &ws, QString *e) {
            return ws.setAssessment(DeclarationId, items.at(i), Verdict::Conforming,
                                    QStringLiteral("copy %1").arg(i), {}, e);
        }, &error), qPrintable(error));
    }
    for (const auto &[x, y] : {std::pair{a, b}, std::pair{b, c}, std::pair{c, a}, std::pair{a, b}}) {
        const ToolRun run = cli({QStringLiteral("sync"), x, y});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    }
    expectEqual(a, b);
    expectEqual(b, c);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(justification(c, items.at(i)), QStringLiteral("copy %1").arg(i));
}

void TestSync::organisationScopeLeavesOthersAlone()
{
    QString a, b, error;
    makePair(QStringLiteral("scope"), &a, &b);
    QVERIFY2(edit(a, [](Workspace &ws, QString *e) {
        Organisation other;
        other.name = QStringLiteral("Another client");
        return ws.addOrganisation(other, e) > 0
               && ws.setAssessment(DeclarationId, QStringLiteral("S1.1-02"), Verdict::Conforming, QStringLiteral("org 1"), {}, e);
    }, &error), qPrintable(error));
    const ToolRun scoped = cli({QStringLiteral("sync"), a, b, QStringLiteral("--organisation"), QStringLiteral("1")});
    QVERIFY2(scoped.exitCode == 0, qPrintable(describe(scoped)));
    QCOMPARE(justification(b, QStringLiteral("S1.1-02")), QStringLiteral("org 1"));
    QCOMPARE(pragma(b, QStringLiteral("SELECT count(*) FROM organisation WHERE name = 'Another client'")), QStringLiteral("0"));
    const ToolRun whole = cli({QStringLiteral("sync"), a, b});
    QVERIFY2(whole.exitCode == 0, qPrintable(describe(whole)));
    QCOMPARE(pragma(b, QStringLiteral("SELECT count(*) FROM organisation WHERE name = 'Another client'")), QStringLiteral("1"));
    expectEqual(a, b);
}

void TestSync::badInputChangesNothing()
{
    QString a, b, error;
    makePair(QStringLiteral("bad"), &a, &b);
    QVERIFY2(edit(a, [](Workspace &ws, QString *e) {
        return ws.setAssessment(DeclarationId, QStringLiteral("S1.1-02"), Verdict::Conforming, QStringLiteral("x"), {}, e);
    }, &error), qPrintable(error));
    const auto beforeA = syncdump::dump(a);
    const auto beforeB = syncdump::dump(b);
    const QList<QStringList> runs = {
        {QStringLiteral("sync"), a, path(QStringLiteral("missing.hoshi"))},
        {QStringLiteral("sync"), a, a},
        {QStringLiteral("sync"), a, b, QStringLiteral("--resolve"), QStringLiteral("abc")},
        {QStringLiteral("sync"), a, b, QStringLiteral("--resolve"), QStringLiteral("all=edit:x")},
        {QStringLiteral("sync"), a, b, QStringLiteral("--organisation"), QStringLiteral("99")},
        {QStringLiteral("sync"), a},
    };
    for (const QStringList &args : runs) {
        const ToolRun run = cli(args);
        QVERIFY2(run.exitCode == 2 && run.err.contains("error"), qPrintable(describe(run)));
    }
    const ToolRun dry = cli({QStringLiteral("sync"), a, b, QStringLiteral("--dry-run")});
    QVERIFY2(dry.exitCode == 0 && dry.out.contains("Dry run"), qPrintable(describe(dry)));
    QVERIFY(syncdump::dump(a) == beforeA);
    QVERIFY(syncdump::dump(b) == beforeB);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("missing.hoshi"))));
}

// push into a workspace that holds the records already: what the source changed goes across;
// what only the target changed stays (for a later sync), and the source is not written.
void TestSync::pushIntoFileIsOneWay()
{
    QString a, b, error;
    makePair(QStringLiteral("push"), &a, &b);
    QVERIFY2(edit(a, [](Workspace &ws, QString *e) {
        return ws.setAssessment(DeclarationId, QStringLiteral("S1.1-02"), Verdict::Conforming, QStringLiteral("desk"), {}, e);
    }, &error), qPrintable(error));
    QVERIFY2(edit(b, [](Workspace &ws, QString *e) {
        return ws.setAssessment(DeclarationId, QStringLiteral("S1.1-03"), Verdict::Conforming, QStringLiteral("server"), {}, e);
    }, &error), qPrintable(error));
    const auto beforeA = syncdump::dump(a);
    const ToolRun push = cli({QStringLiteral("push"), a, b});
    QVERIFY2(push.exitCode == 0, qPrintable(describe(push)));
    QCOMPARE(justification(b, QStringLiteral("S1.1-02")), QStringLiteral("desk"));
    QCOMPARE(justification(b, QStringLiteral("S1.1-03")), QStringLiteral("server"));
    QVERIFY(syncdump::dump(a) == beforeA);
    const ToolRun sync = cli({QStringLiteral("sync"), a, b});
    QVERIFY2(sync.exitCode == 0, qPrintable(describe(sync)));
    QCOMPARE(justification(a, QStringLiteral("S1.1-03")), QStringLiteral("server"));
    expectEqual(a, b);
}

// Killed at any moment, each side is as before or fully synchronised, and sound; the next run
// finishes the job.
void TestSync::killedSyncLeavesEachSideWhole()
{
    QString a0, b0, error;
    makePair(QStringLiteral("kill"), &a0, &b0);
    QByteArray content(8 * 1024 * 1024, '\0');
    for (qsizetype i = 0; i < content.size(); i += 64)
        content[i] = char(QRandomGenerator::global()->generate());
    QVERIFY2(edit(a0, [&](Workspace &ws, QString *e) {
        Evidence ev;
        ev.kind = EvidenceKind::DeviceTest;
        ev.procedure = QStringLiteral("big capture");
        const qint64 evidence = ws.addEvidence(DeclarationId, {QStringLiteral("S1.1-04")}, ev, e);
        return evidence > 0 && ws.attachData(evidence, QStringLiteral("big.pcap"), content, e) > 0
               && ws.setAssessment(DeclarationId, QStringLiteral("S1.1-02"), Verdict::Conforming, QStringLiteral("a"), {}, e);
    }, &error), qPrintable(error));
    QVERIFY2(edit(b0, [](Workspace &ws, QString *e) {
        return ws.setAssessment(DeclarationId, QStringLiteral("S1.1-03"), Verdict::Conforming, QStringLiteral("b"), {}, e);
    }, &error), qPrintable(error));
    const auto unchangedA = syncdump::dump(a0), unchangedB = syncdump::dump(b0);
    // What a finished synchronisation gives, on copies.
    const QString doneA = path(QStringLiteral("kill-done-a.hoshi")), doneB = path(QStringLiteral("kill-done-b.hoshi"));
    QVERIFY(QFile::copy(a0, doneA) && QFile::copy(b0, doneB));
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(cli({QStringLiteral("sync"), doneA, doneB}).exitCode == 0, "reference sync");
    const qint64 duration = timer.elapsed(); // the kills are spread over a whole run
    const auto synced = syncdump::dump(doneA);
    QVERIFY(synced == syncdump::dump(doneB));
    constexpr int Kills = 8;
    int killedMidway = 0;
    QMap<QString, int> outcomes; // "unchanged/synced" of a and b after each kill
    for (int i = 0; i < Kills; ++i) {
        const unsigned long delay = (unsigned long)(duration * (2 * i + 1) / (2 * Kills));
        const QString a = path(QStringLiteral("kill-%1-a.hoshi").arg(i)), b = path(QStringLiteral("kill-%1-b.hoshi").arg(i));
        QVERIFY(QFile::copy(a0, a) && QFile::copy(b0, b));
        QProcess process;
        process.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        process.start(QStringLiteral(HOSHI_CLI_PATH), {QStringLiteral("sync"), a, b});
        QVERIFY(process.waitForStarted());
        QThread::msleep(delay);
        const bool wasRunning = process.state() == QProcess::Running;
        process.kill();
        process.waitForFinished();
        killedMidway += wasRunning ? 1 : 0;
        QStringList state;
        for (const auto &[file, before] : {std::pair{a, unchangedA}, std::pair{b, unchangedB}}) {
            QCOMPARE(pragma(file, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
            const auto now = syncdump::dump(file);
            QVERIFY2(now == before || now == synced, qPrintable(QStringLiteral("kill %1 after %2 ms: %3 is half-synced: %4")
                                                                     .arg(i).arg(delay).arg(file,
                                                                          syncdump::firstDifference(now, synced))));
            state << (now == synced ? QStringLiteral("synced") : QStringLiteral("unchanged"));
        }
        outcomes[state.join(QLatin1Char('/'))] += 1;
        const ToolRun finish = cli({QStringLiteral("sync"), a, b});
        QVERIFY2(finish.exitCode == 0, qPrintable(describe(finish)));
        QVERIFY(syncdump::dump(a) == synced);
        QVERIFY(syncdump::dump(b) == synced);
    }
    qInfo("%d of %d kills landed while the sync ran (a whole run takes %lld ms)", killedMidway, Kills, duration);
    for (auto it = outcomes.constBegin(); it != outcomes.constEnd(); ++it)
        qInfo("  a/b %s: %d", qPrintable(it.key()), it.value());
    QVERIFY(killedMidway > 0);
}

void TestSync::killedPullLeavesNoFile()
{
    QString a, b, error;
    makePair(QStringLiteral("pullkill"), &a, &b);
    QByteArray content(8 * 1024 * 1024, '\0');
    for (qsizetype i = 0; i < content.size(); i += 64)
        content[i] = char(QRandomGenerator::global()->generate());
    QVERIFY2(edit(a, [&](Workspace &ws, QString *e) {
        Evidence ev;
        ev.kind = EvidenceKind::DeviceTest;
        ev.procedure = QStringLiteral("big capture");
        const qint64 evidence = ws.addEvidence(DeclarationId, {QStringLiteral("S1.1-04")}, ev, e);
        return evidence > 0 && ws.attachData(evidence, QStringLiteral("big.pcap"), content, e) > 0;
    }, &error), qPrintable(error));
    const QString out = path(QStringLiteral("laptop.hoshi"));
    int killedMidway = 0;
    for (int i = 0; i < 4; ++i) {
        QProcess process;
        process.start(QStringLiteral(HOSHI_CLI_PATH),
                      {QStringLiteral("pull"), a, QStringLiteral("--organisation"), QStringLiteral("1"), out});
        QVERIFY(process.waitForStarted());
        QThread::msleep(40 + 40 * i);
        killedMidway += process.state() == QProcess::Running ? 1 : 0;
        process.kill();
        process.waitForFinished();
        if (QFileInfo::exists(out)) { // the pull had finished: a whole workspace
            QCOMPARE(pragma(out, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
            QVERIFY(QFile::remove(out));
            continue;
        }
        for (const char *suffix : {"-wal", "-shm", ".lock"})
            QVERIFY2(!QFileInfo::exists(out + QLatin1String(suffix)), suffix);
    }
    QVERIFY(killedMidway > 0);
    const ToolRun pull = cli({QStringLiteral("pull"), a, QStringLiteral("--organisation"), QStringLiteral("1"), out});
    QVERIFY2(pull.exitCode == 0, qPrintable(describe(pull)));
    QCOMPARE(pragma(out, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    // Nothing of the killed pulls is left beside it.
    const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral(".laptop.hoshi*")}, QDir::Hidden | QDir::Files);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestSync)
#include "testsync.moc"
