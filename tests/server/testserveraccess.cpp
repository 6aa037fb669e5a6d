// SPDX-License-Identifier: Apache-2.0
// Users and roles on a server workspace, enforced by the server: what each user can read and
// change is checked with raw SQL as that user (no Hoshi code between them and the data), and
// through hoshi-cli as that user.
#include "clirun.h"
#include "testserver.h"

#include "demo/demoworkspace.h"
#include "storage/workspace.h"

#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace hoshi;
using exporttest::cliInEnglish;
using exporttest::describe;

namespace {

const QString criteriaId = QStringLiteral("JST-CR-01-01-2024R1");

// The organisation of a row, written out with plain joins (independent of the server's helper
// functions), and the row's key.
const QString ofDeclaration = QStringLiteral(
    "(SELECT p.organisation_id FROM declaration d JOIN product p ON p.id = d.product_id WHERE d.id = %1)");
const QString ofEvidence = QStringLiteral("(SELECT e.organisation_id FROM evidence e WHERE e.id = t.evidence_id)");

struct ClientTable {
    QString name, key, organisation;
};

QList<ClientTable> clientTables()
{
    const QString ofAssessment = QStringLiteral("(SELECT coalesce(a.organisation_id, %1) FROM assessment a"
                                                " WHERE a.id = t.assessment_id)").arg(ofDeclaration.arg(QStringLiteral("a.declaration_id")));
    const QString declarationOrg = ofDeclaration.arg(QStringLiteral("t.declaration_id"));
    const QString id = QStringLiteral("t.id::text");
    return {
        {QStringLiteral("organisation"), id, QStringLiteral("t.id")},
        {QStringLiteral("product"), id, QStringLiteral("t.organisation_id")},
        {QStringLiteral("declaration"), id, QStringLiteral("(SELECT p.organisation_id FROM product p WHERE p.id = t.product_id)")},
        {QStringLiteral("assessment"), id, QStringLiteral("coalesce(t.organisation_id, %1)").arg(declarationOrg)},
        {QStringLiteral("evidence"), id, QStringLiteral("t.organisation_id")},
        {QStringLiteral("evidence_link"), QStringLiteral("t.evidence_id || ':' || t.assessment_id"), ofEvidence},
        {QStringLiteral("evidence_file"), id, ofEvidence},
        {QStringLiteral("point_link"), QStringLiteral("t.evidence_id || ':' || t.assessment_id || ':' || t.point_id"), ofEvidence},
        {QStringLiteral("point_choice"), QStringLiteral("t.assessment_id || ':' || t.point_id"), ofAssessment},
        {QStringLiteral("blob_chunk"), QStringLiteral("t.blob_id || ':' || t.seq"),
         QStringLiteral("coalesce((SELECT min(e.organisation_id) FROM evidence_file f JOIN evidence e ON e.id = f.evidence_id"
                        " WHERE f.blob_id = t.blob_id), (SELECT min(%1) FROM declaration_form g WHERE g.blob_id = t.blob_id))")
             .arg(ofDeclaration.arg(QStringLiteral("g.declaration_id")))},
        {QStringLiteral("history"), id, QStringLiteral("coalesce(t.organisation_id, %1)").arg(declarationOrg)},
        {QStringLiteral("review_comment"), id, declarationOrg},
        {QStringLiteral("sign_off"), id, declarationOrg},
        {QStringLiteral("baseline"), id, declarationOrg},
        {QStringLiteral("declaration_name"), QStringLiteral("t.declaration_id::text"), declarationOrg},
        {QStringLiteral("psti_statement"), QStringLiteral("t.declaration_id::text"), declarationOrg},
        {QStringLiteral("declaration_form"), QStringLiteral("t.declaration_id::text"), declarationOrg},
        {QStringLiteral("point_overlay"), QStringLiteral("t.declaration_id::text"), declarationOrg},
        {QStringLiteral("cra_record"), QStringLiteral("t.declaration_id::text"), declarationOrg},
        {QStringLiteral("sync_seen"), QStringLiteral("t.peer || ':' || t.tbl || ':' || t.record"), QStringLiteral("t.organisation_id")},
    };
}

// Tables every Hoshi user may read (no client data) or that only the server's functions use.
const QStringList sharedTables{QStringLiteral("blob"), QStringLiteral("criteria_revision"), QStringLiteral("criteria_set"), QStringLiteral("hoshi_access"),
                               QStringLiteral("hoshi_content_holder"), QStringLiteral("meta"),
                               QStringLiteral("sync_peer"), QStringLiteral("workspace_setting")};

} // namespace

class TestServerAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyTableIsCovered();
    void aliceSeesNothingOfAnotherOrganisation();
    void contentNeedsProofOfHoldingIt();
    void auditorOnlyReads();
    void auditorOfOnePreparerOfAnotherCannotWriteTheFirst();
    void nobodyGrantsThemselves();
    void historyNamesTheUser();
    void onlyAReviewerWhoChangedNothingApproves();
    void cliShowsOnlyTheUsersOrganisations();
    void preparerWorksOnOwnOrganisationOnly();

private:
    [[nodiscard]] QString as(const QString &user) const { return m_url.section(QLatin1Char('&'), 0, 0) + QStringLiteral("&user=") + user; }
    [[nodiscard]] QStringList rows(const QString &user, const QString &sql) const;
    [[nodiscard]] bool runs(const QString &user, const QString &sql, QString *error = nullptr) const;
    [[nodiscard]] exporttest::ToolRun cli(const QString &user, QStringList args) const;
    qint64 addOrganisationData(Workspace &ws, qint64 organisationId, const QString &tag);

    QTemporaryDir m_dir;
    QString m_url; // as the superuser "hoshi", who owns the workspace
    qint64 m_a = -1, m_b = -1;                  // organisations
    qint64 m_declarationA = -1, m_declarationB = -1;
    QByteArray m_contentB;                      // a file only B holds
};

QStringList TestServerAccess::rows(const QString &user, const QString &sql) const
{
    QString error;
    const QStringList result = testserver::query(as(user), sql, &error);
    if (!error.isEmpty())
        qWarning("%s: %s: %s", qPrintable(user), qPrintable(sql), qPrintable(error));
    return result;
}

bool TestServerAccess::runs(const QString &user, const QString &sql, QString *error) const
{
    QString problem;
    const bool ok = testserver::exec(as(user), {sql}, &problem);
    if (error)
        *error = problem;
    return ok;
}

exporttest::ToolRun TestServerAccess::cli(const QString &user, QStringList args) const
{
    // The address goes after the command words, before the options.
    qsizetype at = 0;
    while (at < args.size() && !args.at(at).startsWith(QLatin1String("--")))
        ++at;
    args.insert(at, as(user));
    return cliInEnglish(args);
}

// A product with a declaration, product- and vendor-scope answers, evidence with a file,
// a comment, a review request, an export baseline, a name, a PSTI statement, an official form, a point overlay
// (storage does not read the workbook: any bytes do here) and point data.
qint64 TestServerAccess::addOrganisationData(Workspace &ws, qint64 organisationId, const QString &tag)
{
    QString error;
    Product p;
    p.organisationId = organisationId;
    p.name = tag + QStringLiteral(" router");
    p.modelNumbers = {tag + QStringLiteral("-1")};
    const qint64 productId = ws.addProduct(p, &error);
    const qint64 declarationId = productId > 0 ? ws.addDeclaration(productId, criteriaId, Route::Standard, &error) : -1;
    [&] { QVERIFY2(declarationId > 0, qPrintable(error)); }();
    Evidence e;
    e.kind = EvidenceKind::DocumentReview;
    e.title = tag + QStringLiteral(" manual");
    const qint64 evidenceId = ws.addEvidence(declarationId, {QStringLiteral("S1.1-04")}, e, &error);
    const QString psti = m_dir.filePath(tag + QStringLiteral("-psti.txt"));
    QFile file(psti);
    const bool written = file.open(QIODevice::WriteOnly) && file.write(tag.toUtf8() + " PSTI statement") > 0;
    file.close();
    const bool ok = evidenceId > 0 && written
                    && ws.setAssessment(declarationId, QStringLiteral("S1.1-04"), Verdict::Conforming, {}, tag, &error)
                    && ws.setAssessment(declarationId, QStringLiteral("S1.1-05"), Verdict::Conforming, {}, tag, &error)
                    && ws.attachData(evidenceId, tag + QStringLiteral(".txt"), "Content of " + tag.toUtf8(), &error) > 0
                    && ws.addComment(declarationId, QStringLiteral("S1.1-04"), QStringLiteral("hoshi"), tag, &error) > 0
                    && ws.requestReview(declarationId, QStringLiteral("hoshi"), &error)
                    && ws.addBaseline(declarationId, BaselineKind::Export, tag, &error) > 0
                    && ws.renameDeclaration(declarationId, tag + QStringLiteral(" declaration"), &error)
                    && ws.attachPstiStatement(declarationId, psti, &error) > 0
                    && ws.attachForm(declarationId, tag + QStringLiteral("-checklist.xlsx"), "Workbook of " + tag.toUtf8(),
                                     "{\"format\": \"hoshi-form-profile\"}", &error)
                    && testserver::exec(m_url,
                                        {QStringLiteral("INSERT INTO point_choice SELECT id, 'p1' FROM assessment"
                                                        " WHERE declaration_id = %1").arg(declarationId),
                                         QStringLiteral("INSERT INTO point_link SELECT l.evidence_id, l.assessment_id, 'p1'"
                                                        " FROM evidence_link l WHERE l.evidence_id = %1").arg(evidenceId),
                                         QStringLiteral("INSERT INTO point_overlay(declaration_id, json, sha256, set_at, actor)"
                                                        " VALUES (%1, convert_to('{}', 'UTF8'), 'x', '2026-12-07', 'hoshi')")
                                             .arg(declarationId),
                                         QStringLiteral("INSERT INTO cra_record(declaration_id, sbom_reference)"
                                                        " VALUES (%1, 'sbom.json')").arg(declarationId)},
                                        &error);
    [&] { QVERIFY2(ok, qPrintable(error)); }();
    return declarationId;
}

void TestServerAccess::initTestCase()
{
    if (!testserver::enabled())
        QSKIP("needs the test cluster (HOSHI_TEST_SERVER)");
    QString error;
    m_url = testserver::createDatabase(&error);
    QVERIFY2(!m_url.isEmpty(), qPrintable(error));
    // The demo makes the workspace; server init then finds it and adds the access rules.
    for (const QStringList &args : {QStringList{QStringLiteral("demo"), m_url}, QStringList{QStringLiteral("server"), QStringLiteral("init"), m_url}}) {
        const exporttest::ToolRun run = cliInEnglish(args);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    }
    {
        std::unique_ptr<Workspace> ws = Workspace::open(m_url, Workspace::Access::ReadWrite, &error);
        QVERIFY2(ws, qPrintable(error));
        m_a = ws->organisations().value(0).id;
        Organisation b;
        b.name = QStringLiteral("Beta Devices");
        m_b = ws->addOrganisation(b, &error);
        QVERIFY2(m_b > 0, qPrintable(error));
        m_declarationA = addOrganisationData(*ws, m_a, QStringLiteral("alpha"));
        m_declarationB = addOrganisationData(*ws, m_b, QStringLiteral("beta"));
        QVERIFY(!QTest::currentTestFailed());
        m_contentB = "Content of beta";
    }
    // What a synchronisation leaves: a base per record, under the record's organisation.
    QVERIFY2(testserver::exec(m_url, {QStringLiteral("INSERT INTO sync_seen(peer, tbl, record, organisation_id, fields)"
                                                     " VALUES ('desk', 'organisation', 'a', %1, '{}'),"
                                                     " ('desk', 'organisation', 'b', %2, '{}')").arg(m_a).arg(m_b)},
                              &error),
             qPrintable(error));
    // Roles belong to the whole cluster: another run may have made them already.
    for (const char *user : {"alice", "bob", "carol", "dave", "erin"}) {
        QVERIFY2(testserver::exec(m_url, {QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1')"
                                                         " THEN CREATE ROLE %1 LOGIN; END IF; END $$").arg(QLatin1String(user))},
                                  &error),
                 qPrintable(error));
    }
    const QList<QStringList> grants = {{QStringLiteral("alice"), QString::number(m_a), QStringLiteral("preparer")},
                                       {QStringLiteral("bob"), QString::number(m_a), QStringLiteral("auditor")},
                                       {QStringLiteral("carol"), QString::number(m_a), QStringLiteral("reviewer")},
                                       {QStringLiteral("dave"), QString::number(m_b), QStringLiteral("preparer")},
                                       {QStringLiteral("dave"), QString::number(m_a), QStringLiteral("auditor")}};
    for (const QStringList &g : grants) {
        const exporttest::ToolRun run = cliInEnglish({QStringLiteral("server"), QStringLiteral("grant"), m_url,
                                                      QStringLiteral("--user"), g[0], QStringLiteral("--organisation"), g[1],
                                                      QStringLiteral("--role"), g[2]});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    }
    const exporttest::ToolRun missing = cliInEnglish({QStringLiteral("server"), QStringLiteral("grant"), m_url,
                                                      QStringLiteral("--user"), QStringLiteral("nobody"),
                                                      QStringLiteral("--organisation"), QString::number(m_a),
                                                      QStringLiteral("--role"), QStringLiteral("auditor")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("createuser nobody"), qPrintable(describe(missing)));
}

void TestServerAccess::everyTableIsCovered()
{
    QStringList known = sharedTables;
    for (const ClientTable &t : clientTables())
        known << t.name;
    known.sort();
    QCOMPARE(rows(QStringLiteral("hoshi"), QStringLiteral("SELECT tablename FROM pg_tables"
                                                          " WHERE schemaname = current_schema() ORDER BY 1")),
             known);
    // Row-level security is on for every one of them.
    QCOMPARE(rows(QStringLiteral("hoshi"), QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n"
                                                          " ON n.oid = c.relnamespace WHERE n.nspname = current_schema()"
                                                          " AND c.relkind = 'r' AND NOT c.relrowsecurity")),
             QStringList{QStringLiteral("0")});
}

void TestServerAccess::aliceSeesNothingOfAnotherOrganisation()
{
    for (const ClientTable &t : clientTables()) {
        const QString keysOf = QStringLiteral("SELECT %1 FROM %2 t WHERE %3 = %4 ORDER BY 1").arg(t.key, t.name, t.organisation);
        const QStringList ofB = rows(QStringLiteral("hoshi"), keysOf.arg(m_b));
        QStringList ofA = rows(QStringLiteral("hoshi"), keysOf.arg(m_a));
        QVERIFY2(!ofB.isEmpty() && !ofA.isEmpty(), qPrintable(t.name + QStringLiteral(": the test data misses rows")));
        QStringList seen = rows(QStringLiteral("alice"), QStringLiteral("SELECT %1 FROM %2 t").arg(t.key, t.name));
        const QSet<QString> leaked = QSet<QString>(seen.begin(), seen.end()) & QSet<QString>(ofB.begin(), ofB.end());
        QVERIFY2(leaked.isEmpty(), qPrintable(t.name + QStringLiteral(": alice sees rows of B: ") + leaked.values().join(u',')));
        seen.sort();
        ofA.sort();
        QVERIFY2(seen == ofA, qPrintable(t.name + QStringLiteral(": alice sees ") + seen.join(u',') + QStringLiteral(", A has ")
                                         + ofA.join(u',')));
    }
}

void TestServerAccess::contentNeedsProofOfHoldingIt()
{
    const QString blobB = rows(QStringLiteral("hoshi"), QStringLiteral("SELECT b.id FROM blob b JOIN evidence_file f ON f.blob_id = b.id"
                                                                       " JOIN evidence e ON e.id = f.evidence_id"
                                                                       " WHERE e.organisation_id = %1 AND b.size = %2")
                                                            .arg(m_b).arg(m_contentB.size())).value(0);
    const QString evidenceA = rows(QStringLiteral("hoshi"), QStringLiteral("SELECT min(id) FROM evidence WHERE organisation_id = %1").arg(m_a)).value(0);
    QVERIFY(!blobB.isEmpty() && !evidenceA.isEmpty());
    // The hash is visible to all; the content is not, and pointing a file of her own at it is refused.
    QCOMPARE(rows(QStringLiteral("alice"), QStringLiteral("SELECT count(*) FROM blob WHERE id = %1").arg(blobB)), QStringList{QStringLiteral("1")});
    QCOMPARE(rows(QStringLiteral("alice"), QStringLiteral("SELECT count(*) FROM blob_chunk WHERE blob_id = %1").arg(blobB)),
             QStringList{QStringLiteral("0")});
    QString error;
    QVERIFY(!runs(QStringLiteral("alice"), QStringLiteral("INSERT INTO evidence_file(evidence_id, blob_id, original_name, media_type, size,"
                                                          " added_at) VALUES (%1, %2, 'b.txt', 'text/plain', %3, 'now')")
                                               .arg(evidenceA, blobB).arg(m_contentB.size()), &error));
    QCOMPARE(rows(QStringLiteral("alice"), QStringLiteral("SELECT count(*) FROM blob_chunk WHERE blob_id = %1").arg(blobB)),
             QStringList{QStringLiteral("0")});
    // Holding the same bytes is proof: hoshi-cli uploads them, the server compares, the file is stored once.
    const QString path = m_dir.filePath(QStringLiteral("same-as-b.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(m_contentB) == m_contentB.size());
    file.close();
    const exporttest::ToolRun run = cli(QStringLiteral("alice"), {QStringLiteral("evidence"), QStringLiteral("add"),
                                                                  QStringLiteral("--declaration"), QString::number(m_declarationA),
                                                                  QStringLiteral("--item"), QStringLiteral("S1.1-04"),
                                                                  QStringLiteral("--kind"), QStringLiteral("document"),
                                                                  QStringLiteral("--title"), QStringLiteral("copy"),
                                                                  QStringLiteral("--file"), path});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(rows(QStringLiteral("alice"), QStringLiteral("SELECT count(*) FROM blob_chunk WHERE blob_id = %1").arg(blobB)),
             QStringList{QStringLiteral("1")});
    QCOMPARE(rows(QStringLiteral("hoshi"), QStringLiteral("SELECT count(*) FROM blob WHERE size = %1").arg(m_contentB.size())),
             QStringList{QStringLiteral("1")});
}

void TestServerAccess::auditorOnlyReads()
{
    QCOMPARE(rows(QStringLiteral("bob"), QStringLiteral("SELECT id FROM organisation")), QStringList{QString::number(m_a)});
    QVERIFY(!rows(QStringLiteral("bob"), QStringLiteral("SELECT id FROM evidence")).isEmpty());
    const QString before = rows(QStringLiteral("hoshi"), QStringLiteral("SELECT count(*) FROM product")).value(0);
    QVERIFY(!runs(QStringLiteral("bob"), QStringLiteral("INSERT INTO product(organisation_id, name, created_at) VALUES (%1, 'x', 'now')").arg(m_a)));
    QVERIFY(!runs(QStringLiteral("bob"), QStringLiteral("UPDATE organisation SET name = 'changed' WHERE id = %1").arg(m_a)));
    QVERIFY(!runs(QStringLiteral("bob"), QStringLiteral("DELETE FROM review_comment")));
    QCOMPARE(rows(QStringLiteral("hoshi"), QStringLiteral("SELECT count(*) FROM product")).value(0), before);
    QVERIFY(rows(QStringLiteral("hoshi"), QStringLiteral("SELECT name FROM organisation WHERE id = %1").arg(m_a)).value(0) != QLatin1String("changed"));
    QVERIFY(rows(QStringLiteral("hoshi"), QStringLiteral("SELECT count(*) FROM review_comment")).value(0) != QLatin1String("0"));
}

void TestServerAccess::auditorOfOnePreparerOfAnotherCannotWriteTheFirst()
{
    // dave holds the writing privileges (preparer of B): only the policies keep A read-only for him.
    QCOMPARE(rows(QStringLiteral("dave"), QStringLiteral("SELECT id FROM organisation ORDER BY id")),
             (QStringList{QString::number(m_a), QString::number(m_b)}));
    QVERIFY(runs(QStringLiteral("dave"), QStringLiteral("UPDATE organisation SET name = 'changed by dave' WHERE id = %1").arg(m_a)));
    QVERIFY(runs(QStringLiteral("dave"), QStringLiteral("DELETE FROM review_comment WHERE declaration_id = %1").arg(m_declarationA)));
    QVERIFY(!runs(QStringLiteral("dave"), QStringLiteral("INSERT INTO product(organisation_id, name, created_at) VALUES (%1, 'x', 'now')").arg(m_a)));
    QVERIFY(rows(QStringLiteral("hoshi"), QStringLiteral("SELECT name FROM organisation WHERE id = %1").arg(m_a)).value(0)
            != QLatin1String("changed by dave"));
    QVERIFY(rows(QStringLiteral("hoshi"), QStringLiteral("SELECT count(*) FROM review_comment WHERE declaration_id = %1").arg(m_declarationA)).value(0)
            != QLatin1String("0"));
    QCOMPARE(rows(QStringLiteral("hoshi"), QStringLiteral("SELECT count(*) FROM product WHERE name = 'x'")), QStringList{QStringLiteral("0")});
    // His own organisation he may change.
    QVERIFY(runs(QStringLiteral("dave"), QStringLiteral("UPDATE organisation SET website = 'https://beta.example' WHERE id = %1").arg(m_b)));
    QCOMPARE(rows(QStringLiteral("hoshi"), QStringLiteral("SELECT website FROM organisation WHERE id = %1").arg(m_b)),
             QStringList{QStringLiteral("https://beta.example")});
}

void TestServerAccess::nobodyGrantsThemselves()
{
    QVERIFY(!runs(QStringLiteral("alice"), QStringLiteral("INSERT INTO hoshi_access VALUES ('alice', %1, 'preparer')").arg(m_b)));
    QVERIFY(!runs(QStringLiteral("alice"), QStringLiteral("UPDATE hoshi_access SET organisation_id = %1").arg(m_b)));
    const exporttest::ToolRun run = cli(QStringLiteral("alice"), {QStringLiteral("server"), QStringLiteral("grant"), QStringLiteral("--user"),
                                                                  QStringLiteral("alice"), QStringLiteral("--organisation"),
                                                                  QString::number(m_b), QStringLiteral("--role"), QStringLiteral("preparer")});
    QVERIFY2(run.exitCode != 0, qPrintable(describe(run)));
    QCOMPARE(rows(QStringLiteral("hoshi"), QStringLiteral("SELECT count(*) FROM hoshi_access WHERE username = 'alice'")),
             QStringList{QStringLiteral("1")});
    QCOMPARE(rows(QStringLiteral("alice"), QStringLiteral("SELECT id FROM organisation")), QStringList{QString::number(m_a)});
}

void TestServerAccess::historyNamesTheUser()
{
    QCOMPARE(rows(QStringLiteral("alice"), QStringLiteral("INSERT INTO history(at, actor, organisation_id, action, summary)"
                                                          " VALUES ('now', 'mallory', %1, 'note', 'x') RETURNING actor").arg(m_a)),
             QStringList{QStringLiteral("alice")});
    const exporttest::ToolRun run = cli(QStringLiteral("alice"), {QStringLiteral("review"), QStringLiteral("comment"),
                                                                  QStringLiteral("--declaration"), QString::number(m_declarationA),
                                                                  QStringLiteral("--author"), QStringLiteral("mallory"),
                                                                  QStringLiteral("--text"), QStringLiteral("signed as someone else")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(rows(QStringLiteral("hoshi"), QStringLiteral("SELECT actor FROM history WHERE declaration_id = %1 ORDER BY id DESC LIMIT 1")
                                               .arg(m_declarationA)),
             QStringList{QStringLiteral("alice")});
    QCOMPARE(rows(QStringLiteral("hoshi"), QStringLiteral("SELECT author FROM review_comment WHERE text = 'signed as someone else'")),
             QStringList{QStringLiteral("alice")});
}

void TestServerAccess::onlyAReviewerWhoChangedNothingApproves()
{
    const QString declaration = QString::number(m_declarationA);
    const exporttest::ToolRun change = cli(QStringLiteral("alice"), {QStringLiteral("assess"), QStringLiteral("--declaration"), declaration,
                                                                     QStringLiteral("--item"), QStringLiteral("S1.1-04"),
                                                                     QStringLiteral("--verdict"), QStringLiteral("conforming"),
                                                                     QStringLiteral("--notes"), QStringLiteral("checked by alice")});
    QVERIFY2(change.exitCode == 0, qPrintable(describe(change)));
    const QString approvals = QStringLiteral("SELECT count(*) FROM sign_off WHERE state = 'approved' AND declaration_id = %1").arg(declaration);
    // Not through hoshi-cli (which passes the check by naming someone else), not with SQL.
    const exporttest::ToolRun byAlice = cli(QStringLiteral("alice"), {QStringLiteral("review"), QStringLiteral("approve"),
                                                                      QStringLiteral("--declaration"), declaration,
                                                                      QStringLiteral("--author"), QStringLiteral("carol")});
    QVERIFY2(byAlice.exitCode != 0, qPrintable(describe(byAlice)));
    QVERIFY(!runs(QStringLiteral("alice"), QStringLiteral("INSERT INTO sign_off(declaration_id, state, author, at)"
                                                          " VALUES (%1, 'approved', 'carol', 'now')").arg(declaration)));
    QCOMPARE(rows(QStringLiteral("hoshi"), approvals), QStringList{QStringLiteral("0")});
    const exporttest::ToolRun byCarol = cli(QStringLiteral("carol"), {QStringLiteral("review"), QStringLiteral("approve"),
                                                                      QStringLiteral("--declaration"), declaration,
                                                                      QStringLiteral("--author"), QStringLiteral("carol")});
    QVERIFY2(byCarol.exitCode == 0, qPrintable(describe(byCarol)));
    QCOMPARE(rows(QStringLiteral("hoshi"), QStringLiteral("SELECT state || ':' || author FROM sign_off WHERE declaration_id = %1"
                                                          " ORDER BY id DESC LIMIT 1").arg(declaration)),
             QStringList{QStringLiteral("approved:carol")});
    // The account beside the name is the server user too, whatever account the client runs as.
    QCOMPARE(rows(QStringLiteral("hoshi"), QStringLiteral("SELECT account FROM sign_off WHERE declaration_id = %1"
                                                          " ORDER BY id DESC LIMIT 1").arg(declaration)),
             QStringList{QStringLiteral("carol")});
    QCOMPARE(rows(QStringLiteral("hoshi"), QStringLiteral("SELECT account FROM history WHERE declaration_id = %1"
                                                          " ORDER BY id DESC LIMIT 1").arg(declaration)),
             QStringList{QStringLiteral("carol")});
    // A reviewer who changed the declaration since cannot approve it either, even with SQL.
    const exporttest::ToolRun carolChanges = cli(QStringLiteral("carol"), {QStringLiteral("assess"), QStringLiteral("--declaration"), declaration,
                                                                           QStringLiteral("--item"), QStringLiteral("S1.1-04"),
                                                                           QStringLiteral("--verdict"), QStringLiteral("conforming"),
                                                                           QStringLiteral("--notes"), QStringLiteral("edited by carol")});
    QVERIFY2(carolChanges.exitCode == 0, qPrintable(describe(carolChanges)));
    QVERIFY(!runs(QStringLiteral("carol"), QStringLiteral("INSERT INTO sign_off(declaration_id, state, author, at)"
                                                          " VALUES (%1, 'approved', 'carol', 'now')").arg(declaration)));
    QCOMPARE(rows(QStringLiteral("hoshi"), approvals), QStringList{QStringLiteral("1")});
}

void TestServerAccess::cliShowsOnlyTheUsersOrganisations()
{
    const exporttest::ToolRun alice = cli(QStringLiteral("alice"), {QStringLiteral("organisation"), QStringLiteral("list")});
    QVERIFY2(alice.exitCode == 0, qPrintable(describe(alice)));
    const QStringList lines = QString::fromUtf8(alice.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(QString::number(m_a) + u'\t'), qPrintable(describe(alice)));
    const exporttest::ToolRun erin = cli(QStringLiteral("erin"), {QStringLiteral("organisation"), QStringLiteral("list")});
    QCOMPARE(erin.exitCode, 2);
    QVERIFY2(erin.err.contains("has no access to the workspace") && !erin.err.contains("ERROR"), qPrintable(describe(erin)));
}

void TestServerAccess::preparerWorksOnOwnOrganisationOnly()
{
    for (const qint64 declaration : {m_declarationA, m_declarationB}) {
        const exporttest::ToolRun run = cli(QStringLiteral("alice"), {QStringLiteral("assess"), QStringLiteral("--declaration"),
                                                                      QString::number(declaration), QStringLiteral("--item"),
                                                                      QStringLiteral("S1.1-02"), QStringLiteral("--verdict"),
                                                                      QStringLiteral("not-applicable"), QStringLiteral("--justification"),
                                                                      QStringLiteral("no such interface")});
        QVERIFY2((run.exitCode == 0) == (declaration == m_declarationA), qPrintable(describe(run)));
    }
    QCOMPARE(rows(QStringLiteral("hoshi"), QStringLiteral("SELECT count(*) FROM assessment WHERE item_id = 'S1.1-02'"
                                                          " AND verdict = 'not-applicable' AND declaration_id = %1").arg(m_declarationB)),
             QStringList{QStringLiteral("0")});
}

QTEST_GUILESS_MAIN(TestServerAccess)
#include "testserveraccess.moc"
