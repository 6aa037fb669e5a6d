// SPDX-License-Identifier: Apache-2.0
// What the EU Cyber Resilience Act adds to a declaration (schema step 17): the CRA record
// round-trips, every change is one history entry naming the fields, a stale row version is
// refused with nothing saved, bad values are refused with nothing saved, and the readiness model
// lists every Annex I point with a coverage that follows from the declaration's ★1 evidence.
// Runs on files and, as testcrarecord-server, on a PostgreSQL server.
#include "cra/craannex.h"
#include "cra/crareadiness.h"
#include "cra/crarecord.h"
#include "demo/demoworkspace.h"
#include "storage/workspace.h"
#include "storage/workspacecopy.h"
#include "testserver.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;

namespace {

QList<HistoryEntry> craHistory(const Workspace &ws, qint64 declarationId)
{
    QList<HistoryEntry> entries;
    for (const HistoryEntry &h : ws.history(declarationId)) {
        if (h.action == QLatin1String("cra-edited"))
            entries << h;
    }
    return entries;
}

CraRecord filled(qint64 declarationId)
{
    CraRecord r;
    r.declarationId = declarationId;
    r.sbomReference = QStringLiteral("sbom/cam-2.1.0.cdx.json (CycloneDX 1.5)");
    r.supportPeriodEnd = QDate(2032, 12, 31);
    r.supportPeriodJustification = QStringLiteral("Five years after the last sale.");
    r.cvdPolicyUrl = QStringLiteral("https://example.com/security/cvd");
    r.singlePointOfContact = QStringLiteral("security@example.com");
    r.csirtReporting = QStringLiteral("PSIRT lead reports through the ENISA platform.");
    r.riskAssessment = QStringLiteral("RA-2026-07 v3");
    r.conformityModule = QStringLiteral("B+C");
    r.notifiedBody = QStringLiteral("Example Notified Body, NB 0000");
    r.harmonisedStandards = QStringLiteral("  EN 18031-1:2024 \n\n ETSI EN 303 645 V3.1.3 ");
    return r;
}

} // namespace

class TestCraRecord : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    DemoIds m_ids;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const QString location = testserver::newWorkspaceLocation(m_dir, QStringLiteral("cra.hoshi"));
        m_ws = Workspace::create(location, &error);
        QVERIFY2(m_ws, qPrintable(error));
        QVERIFY2(DemoWorkspace::write(*m_ws, &m_ids, &error), qPrintable(error));
    }

    void emptyUntilEdited()
    {
        QString error;
        const std::optional<CraRecord> r = m_ws->craRecord(m_ids.inProgressDeclaration, &error);
        QVERIFY2(r, qPrintable(error));
        QVERIFY(r->isEmpty());
        QCOMPARE(r->rowVersion, 0);
        QVERIFY(!m_ws->craRecord(987654, &error));
        QVERIFY2(error.contains(QLatin1String("987654")), qPrintable(error));
    }

    void roundTripsWithHistory()
    {
        const qint64 id = m_ids.completeDeclaration;
        QString error;
        QVERIFY2(m_ws->setCraRecord(filled(id), 0, &error), qPrintable(error));
        const CraRecord stored = *m_ws->craRecord(id);
        QCOMPARE(stored.rowVersion, 1);
        QVERIFY(stored.sameContent(CraRules::normalised(filled(id))));
        QCOMPARE(stored.harmonisedStandards, QStringLiteral("EN 18031-1:2024\nETSI EN 303 645 V3.1.3"));
        QCOMPARE(stored.supportPeriodEnd, QDate(2032, 12, 31));
        const QList<HistoryEntry> history = craHistory(*m_ws, id);
        QCOMPARE(history.size(), 1);
        QVERIFY2(history.first().summary.contains(QLatin1String("Notified body")), qPrintable(history.first().summary));
        QVERIFY2(history.first().summary.contains(QLatin1String("2032-12-31")), qPrintable(history.first().summary));

        // One field changed: one entry naming that field only, the version counts on.
        CraRecord changed = stored;
        changed.singlePointOfContact = QStringLiteral("https://example.com/security/report");
        QVERIFY2(m_ws->setCraRecord(changed, stored.rowVersion, &error), qPrintable(error));
        QCOMPARE(m_ws->craRecord(id)->rowVersion, 2);
        const QList<HistoryEntry> after = craHistory(*m_ws, id);
        QCOMPARE(after.size(), 2);
        QVERIFY(after.first().summary.contains(QLatin1String("Single point of contact")));
        QVERIFY(!after.first().summary.contains(QLatin1String("Notified body")));

        // Saving the same content again records nothing and keeps the version.
        QVERIFY2(m_ws->setCraRecord(*m_ws->craRecord(id), 2, &error), qPrintable(error));
        QCOMPARE(m_ws->craRecord(id)->rowVersion, 2);
        QCOMPARE(craHistory(*m_ws, id).size(), 2);
    }

    void staleVersionIsRefused()
    {
        const qint64 id = m_ids.completeDeclaration;
        const CraRecord before = *m_ws->craRecord(id);
        CraRecord mine = before;
        mine.sbomReference = QStringLiteral("somewhere else");
        QString error;
        bool conflict = false;
        QVERIFY(!m_ws->setCraRecord(mine, before.rowVersion - 1, &error, &conflict));
        QVERIFY(conflict);
        QVERIFY2(error.contains(QLatin1String("Nothing was saved")), qPrintable(error));
        QVERIFY(m_ws->craRecord(id)->sameContent(before));
        QCOMPARE(m_ws->craRecord(id)->rowVersion, before.rowVersion);
    }

    void badValuesChangeNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a web address") << "cvd-policy-url" << "example.com/cvd" << "not a web address";
        QTest::newRow("unknown module") << "conformity-module" << "Z" << "is not one of";
        QTest::newRow("module A with a body") << "notified-body" << "NB 1234" << "Module A";
    }

    void badValuesChangeNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        const qint64 id = m_ids.inProgressDeclaration;
        QString error;
        CraRecord base;
        base.declarationId = id;
        base.conformityModule = QStringLiteral("A");
        QVERIFY2(m_ws->setCraRecord(base, -1, &error), qPrintable(error));
        const CraRecord before = *m_ws->craRecord(id);
        const int historyBefore = int(craHistory(*m_ws, id).size());
        CraRecord bad = before;
        QVERIFY(bad.setValue(*CraFields::fromKey(field), value, &error));
        QVERIFY(!m_ws->setCraRecord(bad, before.rowVersion, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(m_ws->craRecord(id)->sameContent(before));
        QCOMPARE(m_ws->craRecord(id)->rowVersion, before.rowVersion);
        QCOMPARE(int(craHistory(*m_ws, id).size()), historyBefore);
    }

    void dateMustBeIso()
    {
        CraRecord r;
        QString error;
        QVERIFY(!r.setValue(CraField::SupportPeriodEnd, QStringLiteral("31.12.2032"), &error));
        QVERIFY2(error.contains(QLatin1String("YYYY-MM-DD")), qPrintable(error));
        QVERIFY(r.setValue(CraField::SupportPeriodEnd, QStringLiteral("2032-12-31"), &error));
        QCOMPARE(r.supportPeriodEnd, QDate(2032, 12, 31));
        QVERIFY(r.setValue(CraField::SupportPeriodEnd, QString(), &error));
        QVERIFY(!r.supportPeriodEnd.isValid());
    }

    void readOnlyWorkspaceRefuses()
    {
        if (testserver::enabled())
            QSKIP("a file opened read-only; the server's roles are tested in testcraauditor");
        const QString path = m_dir.filePath(QStringLiteral("ro.hoshi"));
        QString error;
        DemoIds ids;
        QVERIFY2(DemoWorkspace::create(path, &ids, &error), qPrintable(error));
        std::unique_ptr<Workspace> ro = Workspace::open(path, Workspace::Access::ReadOnly, &error);
        QVERIFY2(ro, qPrintable(error));
        QVERIFY(!ro->setCraRecord(filled(ids.completeDeclaration), -1, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(ro->craRecord(ids.completeDeclaration)->isEmpty());
    }

    void removalTakesOrKeepsIt()
    {
        QString error;
        const qint64 productId = m_ws->declaration(m_ids.completeDeclaration)->productId;
        const qint64 fresh = m_ws->addDeclaration(productId, QStringLiteral("JST-CR-01-01-2024R1"), Route::Standard, &error);
        QVERIFY2(fresh > 0, qPrintable(error));
        QVERIFY2(m_ws->setCraRecord(filled(fresh), 0, &error), qPrintable(error));
        // Recorded CRA work keeps an otherwise empty declaration ...
        QVERIFY(!m_ws->removeEmptyDeclaration(fresh, &error));
        QVERIFY2(error.contains(QLatin1String("CRA")), qPrintable(error));
        // ... and goes with it once cleared.
        CraRecord cleared;
        cleared.declarationId = fresh;
        QVERIFY2(m_ws->setCraRecord(cleared, -1, &error), qPrintable(error));
        QVERIFY2(m_ws->removeEmptyDeclaration(fresh, &error), qPrintable(error));
        QVERIFY(!m_ws->declaration(fresh));
    }

    void readinessListsEveryAnnexPoint()
    {
        QString error;
        const std::optional<CraReadiness> r = CraReadiness::read(*m_ws, m_ids.completeDeclaration, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->requirements.size(), 22);
        QStringList labels;
        for (const CraRequirement &req : r->requirements)
            labels << req.point.label;
        QCOMPARE(labels.first(), QStringLiteral("Part I (1)"));
        QVERIFY(labels.contains(QStringLiteral("Part I (2)(m)")));
        QCOMPARE(labels.last(), QStringLiteral("Part II (8)"));
        int supported = 0;
        for (const CraRequirement &req : r->requirements) {
            QVERIFY2(req.inMapping, qPrintable(req.point.label));
            // The coverage follows from the items, their relationship and the named gaps.
            bool whole = false;
            bool any = false;
            for (const CraSupport &s : req.supports) {
                any = any || s.supports();
                whole = whole || (s.supports() && (s.relationship == markets::Relationship::Equivalent
                                                   || s.relationship == markets::Relationship::Superset));
                for (const CraEvidenceRef &e : s.evidence)
                    for (const CraFileRef &f : e.files)
                        QVERIFY2(f.archivePath.startsWith(QLatin1String("data/evidence/")), qPrintable(f.archivePath));
            }
            const bool gap = !req.gaps.isEmpty() || !req.note.isEmpty();
            const CraCoverage expected = whole && !gap ? CraCoverage::Covered : any ? CraCoverage::Partly : CraCoverage::NotCovered;
            QCOMPARE(req.coverage, expected);
            supported += any ? 1 : 0;
        }
        // The demo's complete declaration is conforming with evidence: ★1 carries some of the CRA.
        QVERIFY(supported > 0);
        QVERIFY(r->count(CraCoverage::NotCovered) > 0); // and not all of it (the SBOM, for one)
    }

    void gapsFollowTheFields()
    {
        QString error;
        const qint64 id = m_ids.inProgressDeclaration;
        CraRecord none;
        none.declarationId = id;
        QVERIFY2(m_ws->setCraRecord(none, -1, &error), qPrintable(error));
        std::optional<CraReadiness> r = CraReadiness::read(*m_ws, id, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->openGaps(), int(r->allGaps().size()));
        QStringList ids;
        for (const CraGap &g : r->allGaps())
            ids << g.id;
        for (const char *expected : {"sbom", "secure-by-default", "support-period", "cvd-policy", "reporting"})
            QVERIFY2(ids.contains(QLatin1String(expected)), qPrintable(ids.join(QLatin1Char(','))));
        CraRecord sbomOnly = none;
        sbomOnly.sbomReference = QStringLiteral("sbom.json");
        QVERIFY2(m_ws->setCraRecord(sbomOnly, -1, &error), qPrintable(error));
        r = CraReadiness::read(*m_ws, id, &error);
        QCOMPARE(r->openGaps(), int(r->allGaps().size()) - 1);
        // Part II (1) names the SBOM as what ★1 does not cover, now recorded.
        for (const CraRequirement &req : r->requirements) {
            if (req.point.key == QLatin1String("ii1")) {
                QVERIFY(!req.gaps.isEmpty() && req.gaps.first().addressed);
                QVERIFY(req.coverage != CraCoverage::Covered);
            }
        }
    }

    void copiedWithTheDeclaration()
    {
        // push and pull copy the CRA record like every other table of a declaration.
        QString error;
        QVERIFY(storage::WorkspaceCopy::unknownTables(*m_ws, &error).isEmpty());
        std::unique_ptr<Workspace> target = Workspace::create(m_dir.filePath(QStringLiteral("copy.hoshi")), &error);
        QVERIFY2(target, qPrintable(error));
        storage::WorkspaceCopy::Result result;
        QVERIFY2(storage::WorkspaceCopy::copy(*m_ws, *target, {}, &result, &error), qPrintable(error));
        const CraRecord source = *m_ws->craRecord(m_ids.completeDeclaration);
        const CraRecord copied = *target->craRecord(m_ids.completeDeclaration);
        QVERIFY(!copied.isEmpty());
        QVERIFY(copied.sameContent(source));
        QCOMPARE(copied.rowVersion, source.rowVersion);
    }

    void otherCriteriaAreRefused()
    {
        QString error;
        QVERIFY(!CraReadiness::read(*m_ws, m_ids.star3Declaration, &error));
        QVERIFY2(error.contains(QLatin1String("JST-CR-01-01-2024R1")), qPrintable(error));
    }

    void canonicalKeys()
    {
        QCOMPARE(CraAnnex::canonicalKey(QStringLiteral("I(2)(a)")), QStringLiteral("i2a"));
        QCOMPARE(CraAnnex::canonicalKey(QStringLiteral("Part II (8)")), QStringLiteral("ii8"));
        QCOMPARE(CraAnnex::canonicalKey(QStringLiteral("Annex I Part I (1)")), QStringLiteral("i1"));
        QCOMPARE(CraAnnex::canonicalKey(QStringLiteral("II(9)")), QString());
        QCOMPARE(CraAnnex::points().size(), 22);
    }
};

QTEST_MAIN(TestCraRecord)
#include "testcrarecord.moc"
