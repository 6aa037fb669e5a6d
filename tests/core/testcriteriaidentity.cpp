// SPDX-License-Identifier: Apache-2.0
// Criteria identity: IPA's official id apart from Hoshi's data revision; a new data revision
// applied in place with every answer kept; carry-over matched on the official identity; the
// official evaluation points laid over a declaration (PointOverlay); workspaces from before
// schema step 8 migrated without loss.
#include "clirun.h"
#include "criteria/criteriaregistry.h"
#include "criteria/pointoverlay.h"
#include "demo/demoworkspace.h"
#include "export/declarationjson.h"
#include "export/evidenceplan.h"
#include "export/exportjob.h"
#include "gate/pointrules.h"
#include "gate/submissiongate.h"
#include "storage/legacycriteria.h"
#include "storage/schema.h"
#include "storage/workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;

namespace {

const QString Star1 = QStringLiteral("JST-CR-01-01-2024R1");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString sourcePath(const QString &relative)
{
    return QStringLiteral(HOSHI_SOURCE_DIR "/") + relative;
}

// Official points for two items: three under S1.1-04 (all required) and four alternatives
// under S1.1-07, as formapp would read them from IPA's workbook.
PointOverlay sampleOverlay()
{
    PointOverlay o;
    o.criteriaSetId = Star1;
    o.source = {QStringLiteral("JC-STAR_checklist_star1.xlsx"), QString(64, QLatin1Char('a')), QString()};
    OfficialItemPoints bruteForce;
    for (const char *text : {"公式の評価項目1", "公式の評価項目2", "公式の評価項目3"})
        bruteForce.points << OfficialPoint{{QString::fromUtf8(text), QString()}, {}};
    o.items.insert(QStringLiteral("S1.1-04"), bruteForce);
    OfficialItemPoints updates;
    updates.mode = PointMode::Alternatives;
    for (const char *text : {"公式1 自動", "公式2 アプリ", "公式3 UI", "公式4 ダウンロード"})
        updates.points << OfficialPoint{{QString::fromUtf8(text), QString()}, {}};
    o.items.insert(QStringLiteral("S1.1-07"), updates);
    return o;
}

} // namespace

class TestCriteriaIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
    }

    void builtInSetsUseOfficialIdsWithDataRevisions()
    {
        const CriteriaRegistry registry = CriteriaRegistry::withBuiltins();
        QCOMPARE(registry.dataRevisions(Star1), (QList<int>{1, 2, 3}));
        QCOMPARE(registry.find(Star1)->dataRevision, 3);
        QCOMPARE(registry.find(Star1, 1)->formatVersion, 1); // Hoshi's first file, loadable as it was
        for (const CriteriaSet &set : registry.sets()) {
            QVERIFY2(!set.id.contains(QLatin1String("-rev")), qPrintable(set.id));
            QVERIFY2(!set.title.en.contains(QLatin1String("data revision")), qPrintable(set.title.en));
            QVERIFY2(!set.version.contains(QLatin1String("revision")), qPrintable(set.version));
        }
        // The files that used to carry "-rev2" ids are exactly their data revision 2 now.
        for (const storage::LegacyCriteriaId &legacy : storage::legacyCriteriaIds()) {
            QDir legacyDir(sourcePath(QStringLiteral("tests/data/criteria/legacy")));
            QString file;
            for (const QString &name : legacyDir.entryList({QStringLiteral("*.json")})) {
                if (CriteriaLoader::loadFile(legacyDir.filePath(name)).set->id == legacy.legacyId)
                    file = legacyDir.filePath(name);
            }
            QVERIFY2(!file.isEmpty(), qPrintable(legacy.legacyId));
            QString error;
            const QByteArray upgraded = storage::upgradeLegacyCriteria(readFile(file), legacy, &error);
            QVERIFY2(!upgraded.isEmpty(), qPrintable(error));
            const CriteriaSet *shipped = registry.find(legacy.officialId, legacy.dataRevision);
            QVERIFY2(shipped, qPrintable(legacy.officialId));
            QCOMPARE(upgraded, shipped->json);
        }
    }

    void identityHashIgnoresHoshiTexts()
    {
        const CriteriaRegistry registry = CriteriaRegistry::withBuiltins();
        const CriteriaSet &first = *registry.find(Star1, 1);
        const CriteriaSet &third = *registry.find(Star1, 3);
        int reworded = 0;
        for (const CriteriaItem &item : third.items) {
            const CriteriaItem *old = first.item(item.id);
            QVERIFY(old);
            if (old->methods == item.methods && old->notApplicableAllowed == item.notApplicableAllowed)
                QVERIFY2(old->identityHash == item.identityHash, qPrintable(item.id));
            if (old->contentHash != item.contentHash)
                ++reworded;
        }
        QVERIFY(reworded > 0); // the texts did change between the data files
        // Once a text is IPA's own (provenance official), changing it changes the identity.
        CriteriaItem item = *third.item(QStringLiteral("S1.1-03"));
        const QString hash = item.identityHash;
        item.requirement.ja += QStringLiteral("追記");
        QCOMPARE(CriteriaLoader::itemIdentityHash(item), hash);
        item.provenance[QStringLiteral("requirement")].confidence = Confidence::Official;
        QVERIFY(CriteriaLoader::itemIdentityHash(item) != hash);
    }

    void dataRevisionUpdateKeepsEveryAnswer()
    {
        std::unique_ptr<Workspace> ws = newWorkspace(QStringLiteral("update.hoshi"));
        QVERIFY(ws);
        QString error;
        Organisation vendor;
        vendor.name = QStringLiteral("Vendor");
        const qint64 org = ws->addOrganisation(vendor, &error);
        Product product;
        product.organisationId = org;
        product.name = QStringLiteral("Router");
        const qint64 productA = ws->addProduct(product, &error);
        product.name = QStringLiteral("Camera");
        const qint64 productB = ws->addProduct(product, &error);
        const qint64 a = ws->addDeclaration(productA, Star1, Route::Standard, &error);
        const qint64 b = ws->addDeclaration(productB, Star1, Route::Standard, &error);
        QVERIFY2(a > 0 && b > 0, qPrintable(error));
        QCOMPARE(ws->declaration(a)->criteriaDataRevision, 3);
        // Both start on Hoshi's first data (format 1, no evaluation points).
        QVERIFY2(ws->updateCriteriaData(a, 1, nullptr, &error), qPrintable(error));
        QVERIFY2(ws->updateCriteriaData(b, 1, nullptr, &error), qPrintable(error));
        QVERIFY(ws->storedCriteriaFor(a)->item(QStringLiteral("S1.1-07"))->points.isEmpty());
        QVERIFY(ws->setAssessment(a, QStringLiteral("S1.1-01"), Verdict::Conforming, QStringLiteral("why"), QStringLiteral("note"), &error));
        QVERIFY(ws->setAssessment(a, QStringLiteral("S1.1-02"), Verdict::NotApplicable, QStringLiteral("no passwords"), {}, &error));
        QVERIFY(ws->setAssessment(a, QStringLiteral("S1.1-05"), Verdict::Conforming, {}, QStringLiteral("vendor"), &error));
        Evidence manual;
        manual.kind = EvidenceKind::DocumentReview;
        manual.title = QStringLiteral("Manual");
        const qint64 doc = ws->addEvidence(a, {QStringLiteral("S1.1-01"), QStringLiteral("S1.1-07"), QStringLiteral("S1.1-13")}, manual, &error);
        QVERIFY2(doc > 0, qPrintable(error));
        // Revision 2 brings points: choose and link on it, then move to the newest data.
        QVERIFY2(ws->updateCriteriaData(a, 2, nullptr, &error), qPrintable(error));
        QVERIFY(ws->setPointChosen(a, QStringLiteral("S1.1-07"), QStringLiteral("S1.1-07-b"), true, &error));
        QVERIFY(ws->setEvidencePoints(doc, a, QStringLiteral("S1.1-07"), {QStringLiteral("S1.1-07-b")}, &error));
        QVERIFY(ws->setEvidencePoints(doc, a, QStringLiteral("S1.1-13"), {QStringLiteral("S1.1-13-1")}, &error));
        const QList<Assessment> before = ws->assessments(a);

        PointAnswerChanges changes;
        QVERIFY2(ws->updateCriteriaData(a, 3, &changes, &error), qPrintable(error));
        QCOMPARE(ws->declaration(a)->criteriaDataRevision, 3);
        QCOMPARE(ws->declaration(a)->criteriaSetId, Star1);
        QVERIFY(changes.unmatched.isEmpty()); // the points kept their ids
        const QList<Assessment> after = ws->assessments(a);
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).itemId, before.at(i).itemId);
            QCOMPARE(after.at(i).verdict, before.at(i).verdict);
            QCOMPARE(after.at(i).justification, before.at(i).justification);
            QCOMPARE(after.at(i).notes, before.at(i).notes);
        }
        for (const char *item : {"S1.1-01", "S1.1-07", "S1.1-13"})
            QCOMPARE(ws->evidenceFor(a, QLatin1String(item)).size(), 1);
        QCOMPARE(ws->chosenPoints(a, QStringLiteral("S1.1-07")), QStringList{QStringLiteral("S1.1-07-b")});
        QCOMPARE(ws->evidencePoints(doc, a, QStringLiteral("S1.1-13")), QStringList{QStringLiteral("S1.1-13-1")});
        // The vendor answer was copied for the new revision; the other declaration keeps its own.
        QCOMPARE(ws->assessment(a, QStringLiteral("S1.1-05")).notes, QStringLiteral("vendor"));
        QCOMPARE(ws->assessment(b, QStringLiteral("S1.1-05")).notes, QStringLiteral("vendor"));
        QVERIFY(ws->assessment(a, QStringLiteral("S1.1-05")).id != ws->assessment(b, QStringLiteral("S1.1-05")).id);
        QCOMPARE(ws->history(a).constFirst().action, QStringLiteral("criteria-data-revision"));
        // Asking for a revision that does not exist changes nothing.
        QVERIFY(!ws->updateCriteriaData(a, 9, nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("9")), qPrintable(error));
        QCOMPARE(ws->declaration(a)->criteriaDataRevision, 3);
    }

    void carryOverMatchesOfficialIdentity()
    {
        std::unique_ptr<Workspace> ws = newWorkspace(QStringLiteral("carry.hoshi"));
        QString error;
        Organisation vendor;
        vendor.name = QStringLiteral("Vendor");
        const qint64 org = ws->addOrganisation(vendor, &error);
        Product product;
        product.organisationId = org;
        product.name = QStringLiteral("Router");
        const qint64 declaration = ws->addDeclaration(ws->addProduct(product, &error), Star1, Route::Standard, &error);
        QVERIFY2(declaration > 0, qPrintable(error));
        QVERIFY(ws->setAssessment(declaration, QStringLiteral("S1.1-01"), Verdict::Conforming, QStringLiteral("kept"), {}, &error));
        QVERIFY(ws->setAssessment(declaration, QStringLiteral("S1.1-08"), Verdict::Conforming, QStringLiteral("gone"), {}, &error));
        // A future official version: S1.1-01 reworded by Hoshi only, S1.1-08 with another method.
        QJsonObject root = QJsonDocument::fromJson(ws->storedCriteriaFor(declaration)->json).object();
        root.insert(QStringLiteral("id"), QStringLiteral("JST-CR-01-01-2025R1"));
        root.insert(QStringLiteral("dataRevision"), 1);
        QJsonArray items = root.value(QStringLiteral("items")).toArray();
        QJsonObject first = items.at(0).toObject();
        first.insert(QStringLiteral("requirement"), QJsonObject{{QStringLiteral("ja"), QStringLiteral("言い換えた要約。")},
                                                                {QStringLiteral("en"), QStringLiteral("A reworded summary.")}});
        first.insert(QStringLiteral("guidance"), QJsonObject{{QStringLiteral("ja"), QStringLiteral("新しい手引き")},
                                                             {QStringLiteral("en"), QStringLiteral("New guidance")}});
        items[0] = first;
        QJsonObject eighth = items.at(7).toObject();
        eighth.insert(QStringLiteral("methods"), QJsonArray{QStringLiteral("document"), QStringLiteral("device-test")});
        eighth.remove(QStringLiteral("evaluationPoints"));
        items[7] = eighth;
        root.insert(QStringLiteral("items"), items);
        const CriteriaLoadResult loaded = CriteriaLoader::loadData(QJsonDocument(root).toJson(), QStringLiteral("test"));
        QVERIFY2(loaded.set, qPrintable(loaded.problems.value(0).toString()));
        QVERIFY(ws->addCriteriaSet(*loaded.set, &error));
        QStringList review;
        const qint64 next = ws->carryOverDeclaration(declaration, QStringLiteral("JST-CR-01-01-2025R1"), &review, &error);
        QVERIFY2(next > 0, qPrintable(error));
        QCOMPARE(review, QStringList{QStringLiteral("S1.1-08")});
        QCOMPARE(ws->assessment(next, QStringLiteral("S1.1-01")).justification, QStringLiteral("kept"));
        QCOMPARE(ws->assessment(next, QStringLiteral("S1.1-08")).verdict, Verdict::NotAssessed);
    }

    void overlayIsUsedEverywhere()
    {
        const QString path = m_dir.filePath(QStringLiteral("overlay.hoshi"));
        QString error;
        DemoIds ids;
        QVERIFY2(DemoWorkspace::create(path, &ids, &error), qPrintable(error));
        std::unique_ptr<Workspace> ws = Workspace::open(path, Workspace::Access::ReadWrite, &error);
        QVERIFY2(ws, qPrintable(error));
        const qint64 decl = ids.completeDeclaration;
        // The demo relies on S1.1-07-b (checklist point 3) and -d (the stand-in for point 1, which
        // no public source shows). Its S1.1-04 test is linked to the single placeholder point.
        QCOMPARE(ws->chosenPoints(decl, QStringLiteral("S1.1-07")),
                 (QStringList{QStringLiteral("S1.1-07-b"), QStringLiteral("S1.1-07-d")}));
        const QList<Evidence> bruteForceTests = ws->evidenceFor(decl, QStringLiteral("S1.1-04"));
        QCOMPARE(bruteForceTests.size(), 1);
        QVERIFY(ws->setEvidencePoints(bruteForceTests.first().id, decl, QStringLiteral("S1.1-04"),
                                      {QStringLiteral("S1.1-04-1")}, &error));

        // Bad input changes nothing: an overlay for another set, an unknown item.
        PointOverlay wrong = sampleOverlay();
        wrong.criteriaSetId = QStringLiteral("JST-CR-03-COMM-DRAFT");
        QVERIFY(!ws->setPointOverlay(decl, wrong, nullptr, &error));
        wrong = sampleOverlay();
        wrong.items.insert(QStringLiteral("S9.9-99"), wrong.items.first());
        QVERIFY(!ws->setPointOverlay(decl, wrong, nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("S9.9-99")), qPrintable(error));
        QVERIFY(!ws->pointOverlay(decl));

        PointAnswerChanges changes;
        QVERIFY2(ws->setPointOverlay(decl, sampleOverlay(), &changes, &error), qPrintable(error));
        // S1.1-07-b is point 3 of the checklist: its choice and evidence move there; -d is the one
        // point left on each side and goes to point 1. S1.1-04's one placeholder has no one-to-one
        // partner among three official points: its evidence link is listed for the user.
        QStringList moved;
        for (const PointAnswerMove &m : changes.moved)
            moved << m.fromPointId + QStringLiteral("→") + m.toPointId;
        moved.sort();
        QCOMPARE(moved, (QStringList{QStringLiteral("S1.1-07-b→S1.1-07-official-3"),
                                     QStringLiteral("S1.1-07-d→S1.1-07-official-1")}));
        QCOMPARE(changes.unmatched.size(), 1);
        QCOMPARE(changes.unmatched.first().fromPointId, QStringLiteral("S1.1-04-1"));
        QCOMPARE(changes.unmatched.first().evidenceIds, QList<qint64>{bruteForceTests.first().id});
        QCOMPARE(ws->chosenPoints(decl, QStringLiteral("S1.1-07")),
                 (QStringList{QStringLiteral("S1.1-07-official-1"), QStringLiteral("S1.1-07-official-3")}));

        // The snapshot carries the official points with their provenance.
        const std::optional<DeclarationSnapshot> s = ws->snapshot(decl, Workspace::ContentCheck::Skip, &error);
        QVERIFY2(s, qPrintable(error));
        const CriteriaItem *bruteForce = s->criteria.item(QStringLiteral("S1.1-04"));
        QCOMPARE(bruteForce->points.size(), 3);
        for (const EvaluationPoint &p : bruteForce->points) {
            QVERIFY(p.official && !p.isPlaceholder());
            QCOMPARE(p.officialFile, QStringLiteral("JC-STAR_checklist_star1.xlsx"));
            QCOMPARE(p.methods, bruteForce->methods);
        }
        QCOMPARE(bruteForce->points.at(1).text.ja, QStringLiteral("公式の評価項目2"));
        QVERIFY(s->pointOverlay);
        // The gate judges the official points: three required points, none of them linked yet.
        int pointProblems = 0;
        for (const GateProblem &p : SubmissionGate::check(*s)) {
            if (p.itemId == QLatin1String("S1.1-04") && p.code == QLatin1String("point-without-evidence"))
                ++pointProblems;
        }
        QCOMPARE(pointProblems, 3);
        // declaration.json keeps the overlay, so an archive shows the same points on its own.
        const QByteArray json = DeclarationJson::toBytes(*s, EvidencePlan::make(*s));
        const std::optional<ArchivedDeclaration> archived = DeclarationJson::fromBytes(json, &error);
        QVERIFY2(archived, qPrintable(error));
        QCOMPARE(archived->snapshot.criteria.item(QStringLiteral("S1.1-04"))->points.size(), 3);
        QVERIFY(archived->snapshot.criteria.item(QStringLiteral("S1.1-04"))->points.first().official);
        QCOMPARE(archived->snapshot.chosenPoints.value(QStringLiteral("S1.1-07")),
                 (QStringList{QStringLiteral("S1.1-07-official-1"), QStringLiteral("S1.1-07-official-3")}));
        ws.reset();

        // hoshi-cli criteria show lists the overlaid points with the official provenance.
        const auto run = exporttest::cliInEnglish({QStringLiteral("criteria"), QStringLiteral("show"), Star1,
                                                   QStringLiteral("--workspace"), path, QStringLiteral("--declaration"),
                                                   QString::number(decl)});
        QVERIFY2(run.exitCode == 0, qPrintable(exporttest::describe(run)));
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(QStringLiteral("S1.1-04-official-2")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("official: from your copy of IPA's checklist, JC-STAR_checklist_star1.xlsx")));
        QVERIFY(text.contains(QStringLiteral("Hoshi placeholder"))); // items without an overlay still say so
        // Clearing moves the answer back where it matches.
        ws = Workspace::open(path, Workspace::Access::ReadWrite, &error);
        QVERIFY2(ws->clearPointOverlay(decl, &changes, &error), qPrintable(error));
        QCOMPARE(ws->chosenPoints(decl, QStringLiteral("S1.1-07")),
                 (QStringList{QStringLiteral("S1.1-07-b"), QStringLiteral("S1.1-07-d")}));
        QVERIFY(!ws->pointOverlay(decl));
    }

    void exportNamesOnlyIpasId()
    {
        const QString path = m_dir.filePath(QStringLiteral("export.hoshi"));
        QString error;
        DemoIds ids;
        QVERIFY2(DemoWorkspace::create(path, &ids, &error), qPrintable(error));
        std::unique_ptr<Workspace> ws = Workspace::open(path, Workspace::Access::ReadOnly, &error);
        const QString out = m_dir.filePath(QStringLiteral("export"));
        QVERIFY(QDir().mkpath(out));
        ExportJob::Request request;
        request.declarationId = ids.completeDeclaration;
        request.outputDir = out;
        request.now = QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);
        ExportJob::Outcome outcome;
        QVERIFY2(ExportJob::run(*ws, request, &outcome, &error), qPrintable(error));
        for (const QString &written : outcome.writtenPaths()) {
            const QString name = QFileInfo(written).fileName();
            QVERIFY2(name.contains(Star1) && !name.contains(QLatin1String("-rev")), qPrintable(name));
        }
        const QString unpacked = m_dir.filePath(QStringLiteral("unpacked"));
        QVERIFY(QDir().mkpath(unpacked));
        QCOMPARE(exporttest::runTool(QStringLiteral("unzip"), {QStringLiteral("-q"), outcome.archive.path, QStringLiteral("-d"), unpacked}).exitCode, 0);
        QString bagInfo;
        QString declarationJson;
        for (QDirIterator it(unpacked, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
            const QString file = it.next();
            if (file.endsWith(QLatin1String("/bag-info.txt")))
                bagInfo = QString::fromUtf8(readFile(file));
            if (file.endsWith(QLatin1String("/declaration.json")))
                declarationJson = QString::fromUtf8(readFile(file));
        }
        QVERIFY(bagInfo.contains(QStringLiteral("Hoshi-Criteria-Id: JST-CR-01-01-2024R1\n")));
        QVERIFY(bagInfo.contains(QStringLiteral("Hoshi-Criteria-Data-Revision: 3\n")));
        QVERIFY(!bagInfo.contains(QLatin1String("-rev")));
        const QJsonObject declaration = QJsonDocument::fromJson(declarationJson.toUtf8()).object();
        QCOMPARE(declaration.value(QStringLiteral("declaration")).toObject().value(QStringLiteral("criteriaSetId")).toString(), Star1);
        QCOMPARE(declaration.value(QStringLiteral("criteriaDataRevision")).toInt(), 3);
        // The application package: what goes to IPA names IPA's id and nothing of Hoshi's revision.
        QDir package(outcome.package.folder);
        const QString applicationData = QString::fromUtf8(readFile(package.filePath(QStringLiteral("application-data.json"))));
        const QString csv = QString::fromUtf8(readFile(package.filePath(QStringLiteral("checklist.csv"))));
        const auto pdf = exporttest::runTool(QStringLiteral("pdftotext"), {package.filePath(QStringLiteral("checklist.pdf")), QStringLiteral("-")});
        const auto dataPdf = exporttest::runTool(QStringLiteral("pdftotext"), {package.filePath(QStringLiteral("application-data.pdf")), QStringLiteral("-")});
        QCOMPARE(pdf.exitCode, 0);
        QCOMPARE(dataPdf.exitCode, 0);
        for (const QString &text : {applicationData, csv, QString::fromUtf8(pdf.out), QString::fromUtf8(dataPdf.out)}) {
            QVERIFY(text == csv || text.contains(Star1)); // the CSV holds the items only, no set id
            QVERIFY(!text.contains(QLatin1String("-rev")));
            QVERIFY(!text.contains(QLatin1String("data revision")) && !text.contains(QStringLiteral("データ改訂")));
        }
        QVERIFY(!applicationData.contains(QLatin1String("dataRevision")));
        // Placeholders say so on the checklist; sourced points do not pretend to be placeholders.
        QVERIFY(csv.contains(QStringLiteral("Hoshi placeholder")));
    }

    void workspaceFromBeforeStep8Migrates()
    {
        const QString path = m_dir.filePath(QStringLiteral("legacy.hoshi"));
        QVERIFY2(writeVersion7Workspace(path), "could not build the version-7 file");
        QString error;
        std::unique_ptr<Workspace> ws = Workspace::open(path, Workspace::Access::ReadWrite, &error);
        QVERIFY2(ws, qPrintable(error));
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".format7.bak")));
        const std::optional<Declaration> moved = ws->declaration(1);
        const std::optional<Declaration> first = ws->declaration(2);
        QCOMPARE(moved->criteriaSetId, Star1);
        QCOMPARE(moved->criteriaDataRevision, 2);
        QCOMPARE(first->criteriaSetId, Star1);
        QCOMPARE(first->criteriaDataRevision, 1);
        QCOMPARE(ws->storedCriteriaFor(1)->json, CriteriaRegistry::withBuiltins().find(Star1, 2)->json);
        // Product and vendor answers of both declarations, the evidence and the point answers.
        QCOMPARE(ws->assessment(1, QStringLiteral("S1.1-01")).justification, QStringLiteral("rev2 product"));
        QCOMPARE(ws->assessment(1, QStringLiteral("S1.1-05")).notes, QStringLiteral("rev2 vendor"));
        QCOMPARE(ws->assessment(2, QStringLiteral("S1.1-05")).notes, QStringLiteral("rev1 vendor"));
        QCOMPARE(ws->evidenceFor(1, QStringLiteral("S1.1-07")).size(), 1);
        QCOMPARE(ws->chosenPoints(1, QStringLiteral("S1.1-07")), QStringList{QStringLiteral("S1.1-07-b")});
        QCOMPARE(ws->evidencePoints(1, 1, QStringLiteral("S1.1-07")), QStringList{QStringLiteral("S1.1-07-b")});
        QCOMPARE(ws->history(1).constFirst().action, QStringLiteral("criteria-identity"));
        // No id of Hoshi's own making is left in the database.
        const std::optional<QByteArray> json = ws->declarationJson(1, &error);
        QVERIFY(json && !json->contains("-rev2"));
        // And the declaration moves on to the newest data in place.
        QVERIFY2(ws->updateCriteriaData(1, 3, nullptr, &error), qPrintable(error));
        QCOMPARE(ws->chosenPoints(1, QStringLiteral("S1.1-07")), QStringList{QStringLiteral("S1.1-07-b")});
    }

private:
    std::unique_ptr<Workspace> newWorkspace(const QString &name)
    {
        QString error;
        std::unique_ptr<Workspace> ws = Workspace::create(m_dir.filePath(name), &error);
        if (!ws)
            qWarning("%s", qPrintable(error));
        return ws;
    }

    // A workspace exactly as Hoshi wrote it before step 8: schema steps 1-7, a declaration on the
    // former "-rev2" set and one on the first ★1 data, with answers of both scopes for each.
    bool writeVersion7Workspace(const QString &path)
    {
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v7"));
            db.setDatabaseName(path);
            ok = db.open();
            QSqlQuery q(db);
            const auto exec = [&](const QString &sql, const QVariantList &values = {}) {
                if (!ok)
                    return;
                q.prepare(sql);
                for (int i = 0; i < values.size(); ++i)
                    q.bindValue(i, values.at(i));
                if (!q.exec()) {
                    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                    ok = false;
                }
            };
            exec(QStringLiteral("PRAGMA page_size=16384"));
            exec(QStringLiteral("PRAGMA application_id = %1").arg(Workspace::ApplicationId));
            for (int step = 0; step < 7; ++step) {
                for (const QString &sql : schema::migrationSteps().at(step))
                    exec(sql);
            }
            const QString now = QStringLiteral("2026-11-01T00:00:00.000Z");
            const QByteArray legacy = readFile(sourcePath(QStringLiteral("tests/data/criteria/legacy/JST-CR-01-01-2024R1-rev2.json")));
            const QByteArray first = readFile(sourcePath(QStringLiteral("criteria/JST-CR-01-01-2024R1.json")));
            exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('created_at', ?), ('workspace_id', 'legacy-test')"), {now});
            exec(QStringLiteral("INSERT INTO criteria_set(id, json, sha256, added_at) VALUES (?, ?, 'x', ?), (?, ?, 'y', ?)"),
                 {QStringLiteral("JST-CR-01-01-2024R1-rev2"), legacy, now, Star1, first, now});
            exec(QStringLiteral("INSERT INTO organisation(id, name, created_at) VALUES (1, 'Vendor', ?)"), {now});
            exec(QStringLiteral("INSERT INTO product(id, organisation_id, name, created_at) VALUES (1, 1, 'Router', ?),"
                                " (2, 1, 'Camera', ?)"), {now, now});
            exec(QStringLiteral("INSERT INTO declaration(id, product_id, criteria_set_id, route, created_at) VALUES"
                                " (1, 1, 'JST-CR-01-01-2024R1-rev2', 'standard', ?), (2, 2, ?, 'standard', ?)"),
                 {now, Star1, now});
            exec(QStringLiteral("INSERT INTO assessment(id, declaration_id, organisation_id, criteria_set_id, item_id, verdict,"
                                " justification, notes, updated_at) VALUES"
                                " (1, 1, NULL, 'JST-CR-01-01-2024R1-rev2', 'S1.1-01', 'conforming', 'rev2 product', '', ?),"
                                " (2, NULL, 1, 'JST-CR-01-01-2024R1-rev2', 'S1.1-05', 'conforming', '', 'rev2 vendor', ?),"
                                " (3, NULL, 1, ?, 'S1.1-05', 'conforming', '', 'rev1 vendor', ?),"
                                " (4, 1, NULL, 'JST-CR-01-01-2024R1-rev2', 'S1.1-07', 'conforming', '', '', ?)"),
                 {now, now, Star1, now, now});
            exec(QStringLiteral("INSERT INTO evidence(id, organisation_id, kind, title, created_at, updated_at)"
                                " VALUES (1, 1, 'document', 'Manual', ?, ?)"), {now, now});
            exec(QStringLiteral("INSERT INTO evidence_link(evidence_id, assessment_id) VALUES (1, 4)"));
            exec(QStringLiteral("INSERT INTO point_choice(assessment_id, point_id) VALUES (4, 'S1.1-07-b')"));
            exec(QStringLiteral("INSERT INTO point_link(evidence_id, assessment_id, point_id) VALUES (1, 4, 'S1.1-07-b')"));
            exec(QStringLiteral("PRAGMA user_version = 7"));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v7"));
        return ok;
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestCriteriaIdentity) // the checklist PDF needs a QGuiApplication for its fonts
#include "testcriteriaidentity.moc"
