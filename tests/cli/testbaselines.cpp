// SPDX-License-Identifier: Apache-2.0
// Baselines, fingerprints and "changes since": the core rules, and `hoshi-cli changes` / the
// export record as a user runs them.
#include "baseline/changedetector.h"
#include "baseline/declarationfingerprint.h"
#include "demo/demoworkspace.h"
#include "clirun.h"
#include "exportzipedit.h"
#include "storage/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;
using exporttest::describe;
using exporttest::runTool;
using exporttest::ToolRun;

namespace {

ToolRun cli(const QStringList &args)
{
    return runTool(QStringLiteral(HOSHI_CLI_PATH), args, {}, {});
}


const DeclarationChange *find(const QList<DeclarationChange> &changes, const QString &field, const QString &itemId = {})
{
    for (const DeclarationChange &c : changes) {
        if (c.field == field && (itemId.isEmpty() || c.itemId == itemId))
            return &c;
    }
    return nullptr;
}

} // namespace

class TestBaselines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fingerprintIgnoresWorkflowState();
    void fingerprintFollowsContent();
    void baselineNeverChanges();
    void detectsEveryKindOfChange();
    void malformedInputIsAnError();
    void cliExportRecordsBaseline();
    void cliChangesSinceExportAndDate();
    void cliChangesWithoutBaseline();

private:
    [[nodiscard]] std::unique_ptr<Workspace> openWs();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ws;
    DemoIds m_ids;
};

void TestBaselines::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = m_dir->filePath(QStringLiteral("demo.hoshi"));
    QString error;
    QVERIFY2(DemoWorkspace::create(m_ws, &m_ids, &error), qPrintable(error));
}

void TestBaselines::cleanup()
{
    std::unique_ptr<Workspace> ws = openWs();
    QVERIFY(ws);
    QCOMPARE(ws->integrityCheck(), QStringLiteral("ok"));
}

std::unique_ptr<Workspace> TestBaselines::openWs()
{
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::open(m_ws, Workspace::Access::ReadWrite, &error);
    if (!ws)
        qWarning("%s", qPrintable(error));
    return ws;
}

void TestBaselines::fingerprintIgnoresWorkflowState()
{
    std::unique_ptr<Workspace> ws = openWs();
    QVERIFY(ws);
    QString error;
    const QString before = ws->fingerprint(m_ids.completeDeclaration, &error);
    QCOMPARE(before.size(), 64);
    std::optional<Declaration> d = ws->declaration(m_ids.completeDeclaration);
    d->state = DeclarationState::Exported;
    d->registrationNumber = QStringLiteral("1234567890123456");
    d->issuedOn = QDate(2026, 3, 1); // a label status needs a registration number and an issue date
    d->labelStatus = LabelStatus::Active;
    QVERIFY2(ws->updateDeclaration(*d, &error), qPrintable(error));
    QCOMPARE(ws->fingerprint(m_ids.completeDeclaration, &error), before);
    // Setting the same verdict again touches updatedAt only.
    const Assessment a = ws->assessment(m_ids.completeDeclaration, QStringLiteral("S1.1-01"));
    QVERIFY(ws->setAssessment(m_ids.completeDeclaration, a.itemId, a.verdict, a.justification, a.notes, &error));
    QCOMPARE(ws->fingerprint(m_ids.completeDeclaration, &error), before);
}

void TestBaselines::fingerprintFollowsContent()
{
    std::unique_ptr<Workspace> ws = openWs();
    QVERIFY(ws);
    QString error;
    const QString before = ws->fingerprint(m_ids.completeDeclaration, &error);
    const Assessment a = ws->assessment(m_ids.completeDeclaration, QStringLiteral("S1.1-04"));
    QVERIFY(ws->setAssessment(m_ids.completeDeclaration, a.itemId, a.verdict, a.justification,
                              a.notes + QStringLiteral(" (checked again)"), &error));
    const QString afterNotes = ws->fingerprint(m_ids.completeDeclaration, &error);
    QVERIFY(afterNotes != before);
    std::optional<Product> p = ws->product(ws->declaration(m_ids.completeDeclaration)->productId);
    p->firmwareVersion = QStringLiteral("9.9.9");
    QVERIFY(ws->updateProduct(*p, &error));
    QVERIFY(ws->fingerprint(m_ids.completeDeclaration, &error) != afterNotes);
}

void TestBaselines::baselineNeverChanges()
{
    std::unique_ptr<Workspace> ws = openWs();
    QVERIFY(ws);
    QString error;
    const qint64 id = ws->addBaseline(m_ids.completeDeclaration, BaselineKind::Approval, QString(), &error);
    QVERIFY2(id > 0, qPrintable(error));
    const std::optional<Baseline> b = ws->latestBaseline(m_ids.completeDeclaration, BaselineKind::Approval);
    QVERIFY(b);
    QCOMPARE(b->id, id);
    QCOMPARE(b->fingerprint, ws->fingerprint(m_ids.completeDeclaration, &error));
    QCOMPARE(DeclarationFingerprint::ofJson(b->json), b->fingerprint);
    QVERIFY(!ws->latestBaseline(m_ids.completeDeclaration, BaselineKind::Label));
    QVERIFY(ws->history(m_ids.completeDeclaration).first().action == QLatin1String("baseline"));
    ws.reset();

    // Even with SQL, a stored baseline can be neither changed nor removed.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(m_ws);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(!q.exec(QStringLiteral("UPDATE baseline SET json = 'x'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM baseline")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void TestBaselines::detectsEveryKindOfChange()
{
    std::unique_ptr<Workspace> ws = openWs();
    QVERIFY(ws);
    QString error;
    const qint64 decl = m_ids.completeDeclaration;
    const QByteArray before = *ws->declarationJson(decl, &error);

    std::optional<Product> p = ws->product(ws->declaration(decl)->productId);
    const QString oldFirmware = p->firmwareVersion;
    p->firmwareVersion = QStringLiteral("1.5.0");
    QVERIFY(ws->updateProduct(*p, &error));
    const Assessment a = ws->assessment(decl, QStringLiteral("S1.1-04"));
    QVERIFY(ws->setAssessment(decl, a.itemId, Verdict::NonConforming, a.justification, a.notes, &error));
    Evidence e;
    e.kind = EvidenceKind::DocumentReview;
    e.title = QStringLiteral("New manual");
    e.pages = QStringLiteral("3");
    const qint64 evidenceId = ws->addEvidence(decl, {QStringLiteral("S1.1-13")}, e, &error);
    QVERIFY2(evidenceId > 0, qPrintable(error));
    QVERIFY(ws->attachData(evidenceId, QStringLiteral("manual.txt"), QByteArray("manual"), &error) > 0);

    const auto changes = ChangeDetector::compare(before, *ws->declarationJson(decl, &error), &error);
    QVERIFY2(changes, qPrintable(error));
    const DeclarationChange *firmware = find(*changes, QStringLiteral("firmwareVersion"));
    QVERIFY(firmware);
    QCOMPARE(firmware->area, DeclarationChange::Area::Product);
    QCOMPARE(firmware->before, oldFirmware);
    QCOMPARE(firmware->after, QStringLiteral("1.5.0"));
    QVERIFY2(!firmware->affectedItems.isEmpty(), "device-tested items are named for a re-test");
    const DeclarationChange *verdict = find(*changes, QStringLiteral("verdict"), QStringLiteral("S1.1-04"));
    QVERIFY(verdict);
    QCOMPARE(verdict->before, QStringLiteral("conforming"));
    QCOMPARE(verdict->after, QStringLiteral("non-conforming"));
    const DeclarationChange *link = find(*changes, QStringLiteral("evidence"), QStringLiteral("S1.1-13"));
    QVERIFY(link);
    QCOMPARE(link->kind, DeclarationChange::Kind::Added);
    const DeclarationChange *file = find(*changes, QStringLiteral("manual.txt"));
    QVERIFY(file);
    QCOMPARE(file->area, DeclarationChange::Area::File);
    QCOMPARE(file->kind, DeclarationChange::Kind::Added);
    QVERIFY(ChangeDetector::touchedItems(*changes).contains(QStringLiteral("S1.1-04")));
    QVERIFY(verdict->describe().contains(QStringLiteral("S1.1-04")));

    // Unchanged data: nothing to report.
    const QByteArray now = *ws->declarationJson(decl, &error);
    QVERIFY(ChangeDetector::compare(now, now, &error)->isEmpty());
}

void TestBaselines::malformedInputIsAnError()
{
    QString error;
    QVERIFY(!ChangeDetector::compare(QByteArray("{"), QByteArray("{}"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!ChangeDetector::compare(QByteArray("{\"format\":\"other\"}"), QByteArray("{}"), &error));
    QVERIFY(DeclarationFingerprint::ofJson("[]").isEmpty());
}

void TestBaselines::cliExportRecordsBaseline()
{
    const QString out = m_dir->filePath(QStringLiteral("out"));
    const ToolRun run = cli({QStringLiteral("export"), m_ws, QStringLiteral("--declaration"),
                             QString::number(m_ids.completeDeclaration), QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    std::unique_ptr<Workspace> ws = openWs();
    QVERIFY(ws);
    const std::optional<Baseline> b = ws->latestBaseline(m_ids.completeDeclaration, BaselineKind::Export);
    QVERIFY(b);
    QCOMPARE(ws->declaration(m_ids.completeDeclaration)->state, DeclarationState::Exported);
    // The baseline is the archive's data/declaration.json, byte for byte, and its export id.
    const QStringList archives = QDir(out).entryList({QStringLiteral("*-evidence.zip")});
    QCOMPARE(archives.size(), 1);
    QString error;
    const QMap<QString, QByteArray> files = exporttest::readZip(QDir(out).filePath(archives.first()), &error);
    QString declarationPath;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key().endsWith(QLatin1String("data/declaration.json")))
            declarationPath = it.key();
    }
    QVERIFY2(!declarationPath.isEmpty(), qPrintable(error));
    QCOMPARE(b->json, files.value(declarationPath));
    QString bagInfo;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key().endsWith(QLatin1String("bag-info.txt")))
            bagInfo = QString::fromUtf8(it.value());
    }
    QVERIFY(bagInfo.contains(QStringLiteral("Hoshi-Export-Id: ") + b->exportId));
}

void TestBaselines::cliChangesSinceExportAndDate()
{
    const QString decl = QString::number(m_ids.completeDeclaration);
    ToolRun run = cli({QStringLiteral("export"), m_ws, QStringLiteral("--declaration"), decl, QStringLiteral("--out"),
                       m_dir->filePath(QStringLiteral("out"))});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    run = cli({QStringLiteral("changes"), m_ws, QStringLiteral("--declaration"), decl, QStringLiteral("--since"),
               QStringLiteral("export"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("changes")).toArray().size(), 0);

    run = cli({QStringLiteral("assess"), m_ws, QStringLiteral("--declaration"), decl, QStringLiteral("--item"),
               QStringLiteral("S1.1-04"), QStringLiteral("--verdict"), QStringLiteral("non-conforming")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    run = cli({QStringLiteral("changes"), m_ws, QStringLiteral("--declaration"), decl, QStringLiteral("--since"),
               QStringLiteral("export"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    const QJsonArray changes = report.value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().toObject().value(QStringLiteral("item")).toString(), QStringLiteral("S1.1-04"));
    QCOMPARE(changes.first().toObject().value(QStringLiteral("after")).toString(), QStringLiteral("non-conforming"));
    QCOMPARE(report.value(QStringLiteral("since")).toObject().value(QStringLiteral("anchor")).toString(),
             QStringLiteral("export"));

    run = cli({QStringLiteral("changes"), m_ws, QStringLiteral("--declaration"), decl, QStringLiteral("--since"),
               QStringLiteral("export")});
    QVERIFY2(run.exitCode == 0 && run.out.contains("S1.1-04"), qPrintable(describe(run)));

    // Since a date: from the history; today includes the verdict change, tomorrow nothing.
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    run = cli({QStringLiteral("changes"), m_ws, QStringLiteral("--declaration"), decl, QStringLiteral("--since"), today,
               QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("touchedItems")).toArray().contains(
        QStringLiteral("S1.1-04")));
    const QString tomorrow = QDate::currentDate().addDays(2).toString(Qt::ISODate);
    run = cli({QStringLiteral("changes"), m_ws, QStringLiteral("--declaration"), decl, QStringLiteral("--since"), tomorrow,
               QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("entries")).toArray().size(), 0);
}

void TestBaselines::cliChangesWithoutBaseline()
{
    const QString decl = QString::number(m_ids.completeDeclaration);
    ToolRun run = cli({QStringLiteral("changes"), m_ws, QStringLiteral("--declaration"), decl, QStringLiteral("--since"),
                       QStringLiteral("label")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("no label baseline"));
    run = cli({QStringLiteral("changes"), m_ws, QStringLiteral("--declaration"), decl, QStringLiteral("--since"),
               QStringLiteral("yesterday")});
    QCOMPARE(run.exitCode, 2);
    run = cli({QStringLiteral("changes"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
}

QTEST_GUILESS_MAIN(TestBaselines)
#include "testbaselines.moc"
