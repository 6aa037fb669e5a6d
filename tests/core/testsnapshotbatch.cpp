// SPDX-License-Identifier: Apache-2.0
// SnapshotReader::read gives, for every declaration, exactly what Workspace::snapshot() gives:
// on the demo (vendor-scope answers shared by two declarations, N/A verdicts, point choices;
// a point overlay, a PSTI statement file, an official form and a review period added here) and on a small scale corpus (comments, approvals, labels,
// superseded tests); in any order and for any subset; and refuses a declaration that is not there.
#include "snapshotdump.h"
#include "testserver.h"

#include "../../bench/scalecorpus.h"
#include "baseline/declarationfingerprint.h"
#include "criteria/pointoverlay.h"
#include "demo/demoworkspace.h"
#include "gate/submissiongate.h"
#include "storage/snapshotreader.h"
#include "storage/workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace hoshi;
using hoshi::testsupport::dumpProblems;
using hoshi::testsupport::dumpSnapshot;

namespace {

QList<qint64> allDeclarations(const Workspace &ws)
{
    QList<qint64> ids;
    for (const Declaration &d : ws.declarations())
        ids << d.id;
    return ids;
}

// Official points for S1.1-07 (alternatives), as read from IPA's workbook.
PointOverlay overlayForStar1()
{
    PointOverlay o;
    o.criteriaSetId = QStringLiteral("JST-CR-01-01-2024R1");
    o.source = {QStringLiteral("checklist.xlsx"), QString(64, QLatin1Char('b')), QString()};
    OfficialItemPoints updates;
    updates.mode = PointMode::Alternatives;
    for (const char *text : {"公式1 自動", "公式2 アプリ", "公式3 UI"})
        updates.points << OfficialPoint{{QString::fromUtf8(text), QString()}, {}};
    o.items.insert(QStringLiteral("S1.1-07"), updates);
    return o;
}

} // namespace

class TestSnapshotBatch : public QObject
{
    Q_OBJECT

private:
    // Batch against one by one, field by field, and the gate's verdict on both.
    void compareAll(const Workspace &ws, const QList<qint64> &ids)
    {
        QString error;
        const std::optional<QList<DeclarationSnapshot>> batch = storage::SnapshotReader::read(ws, ids, &error);
        QVERIFY2(batch, qPrintable(error));
        QCOMPARE(batch->size(), ids.size());
        for (int i = 0; i < ids.size(); ++i) {
            const std::optional<DeclarationSnapshot> one = ws.snapshot(ids.at(i), Workspace::ContentCheck::Skip, &error);
            QVERIFY2(one, qPrintable(error));
            QCOMPARE(batch->at(i).declaration.id, ids.at(i));
            QCOMPARE(dumpSnapshot(batch->at(i)), dumpSnapshot(*one));
            // The fingerprint (approval staleness) equals the one taken from the written JSON bytes.
            QCOMPARE(DeclarationFingerprint::of(*one),
                     DeclarationFingerprint::ofJson(DeclarationFingerprint::declarationJson(*one)));
            const GateContext context{QDate(2026, 12, 1), QStringLiteral("en")};
            QCOMPARE(dumpProblems(SubmissionGate::check(batch->at(i), context)),
                     dumpProblems(SubmissionGate::check(*one, context)));
        }
    }

private Q_SLOTS:
    void demoReadsTheSameInABatch()
    {
        QTemporaryDir dir;
        const QString path = testserver::newWorkspaceLocation(dir, QStringLiteral("demo.hoshi"));
        DemoIds demo;
        QString error;
        QVERIFY2(DemoWorkspace::create(path, &demo, &error), qPrintable(error));
        std::unique_ptr<Workspace> ws = Workspace::open(path, Workspace::Access::ReadWrite, &error);
        QVERIFY2(ws, qPrintable(error));
        QVERIFY2(ws->setPointOverlay(demo.inProgressDeclaration, overlayForStar1(), nullptr, &error), qPrintable(error));
        QVERIFY2(ws->addComment(demo.completeDeclaration, QStringLiteral("S1.1-04"), QStringLiteral("Rev"),
                                QStringLiteral("Log?"), &error) > 0,
                 qPrintable(error));
        // What the demo does not hold: a PSTI declaration with its statement file, an attached
        // official form, a workspace review period.
        const qint64 psti = ws->carryOverDeclaration(demo.completeDeclaration, QStringLiteral("JST-CR-01-01-2024R1"),
                                                     nullptr, &error);
        QVERIFY2(psti > 0, qPrintable(error));
        std::optional<Declaration> pstiDeclaration = ws->declaration(psti);
        pstiDeclaration->route = Route::Psti;
        QVERIFY2(ws->updateDeclaration(*pstiDeclaration, &error), qPrintable(error));
        const QString statement = dir.filePath(QStringLiteral("statement.pdf"));
        QFile file(statement);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4\n% PSTI statement of compliance (test)\n");
        file.close();
        QVERIFY2(ws->attachPstiStatement(psti, statement, &error) > 0, qPrintable(error));
        QVERIFY2(ws->attachForm(demo.completeDeclaration, QStringLiteral("checklist.xlsx"), QByteArray("PK\x03\x04form", 8),
                                R"({"format": "hoshi-form-profile", "version": 1})", &error),
                 qPrintable(error));
        QVERIFY2(ws->setReviewPeriod(EvidenceKind::DocumentReview, 24, &error), qPrintable(error));
        const QList<qint64> ids = allDeclarations(*ws);
        QVERIFY(ids.size() >= 3);
        // The demo holds what the batch must get right: N/A, vendor scope, chosen points.
        bool notApplicable = false;
        bool vendorScope = false;
        for (const qint64 id : ids) {
            for (const Assessment &a : ws->assessments(id)) {
                notApplicable |= a.verdict == Verdict::NotApplicable;
                vendorScope |= a.vendorScope && a.id > 0;
            }
        }
        QVERIFY(notApplicable);
        QVERIFY(vendorScope);
        compareAll(*ws, ids);
        // Any order and any subset, one declaration alone too.
        QList<qint64> reversed = ids;
        std::reverse(reversed.begin(), reversed.end());
        compareAll(*ws, reversed);
        compareAll(*ws, {demo.inProgressDeclaration});
    }

    void scaleCorpusReadsTheSameInABatch()
    {
        QTemporaryDir dir;
        const QString path = testserver::newWorkspaceLocation(dir, QStringLiteral("corpus.hoshi"));
        QString error;
        std::unique_ptr<Workspace> ws = Workspace::create(path, &error);
        QVERIFY2(ws, qPrintable(error));
        bench::ScaleCorpusSpec spec;
        spec.declarations = 8;
        spec.productsPerOrganisation = 2; // two organisations, four products
        bench::ScaleCorpusStats stats;
        QVERIFY2(bench::makeScaleCorpus(*ws, spec, &stats, &error), qPrintable(error));
        QCOMPARE(stats.declarations, 8);
        QVERIFY(stats.files > 8 * 10);
        compareAll(*ws, allDeclarations(*ws));
    }

    void missingDeclarationIsRefused()
    {
        QTemporaryDir dir;
        const QString path = testserver::newWorkspaceLocation(dir, QStringLiteral("demo.hoshi"));
        DemoIds demo;
        QString error;
        QVERIFY2(DemoWorkspace::create(path, &demo, &error), qPrintable(error));
        std::unique_ptr<Workspace> ws = Workspace::open(path, Workspace::Access::ReadOnly, &error);
        QVERIFY2(ws, qPrintable(error));
        error.clear();
        QVERIFY(!storage::SnapshotReader::read(*ws, {demo.completeDeclaration, 999999}, &error));
        QVERIFY(error.contains(QLatin1String("999999")));
        QVERIFY(storage::SnapshotReader::read(*ws, {}, &error)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSnapshotBatch)
#include "testsnapshotbatch.moc"
