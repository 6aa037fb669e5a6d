// SPDX-License-Identifier: Apache-2.0
// GateCache serves a declaration's gate outcome from memory only while nothing it was judged
// from changed. Each kind of input is changed here in turn (assessment, vendor-scope answer,
// evidence record, its files, links, point choices and point links, product, its firmware
// image, organisation, declaration, label, criteria data revision, point overlay, comments,
// review and sign-off, the workspace's approval and review-period settings, the gate's date and
// language); after each the changed declaration must be read and judged again, and every
// outcome must equal a fresh judgement.
#include "snapshotdump.h"

#include "criteria/pointoverlay.h"
#include "demo/demoworkspace.h"
#include "gate/gatecache.h"
#include "gate/gateprogress.h"
#include "lifecycle/labelrecord.h"
#include "storage/snapshotreader.h"
#include "storage/statementcache.h"
#include "storage/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;
using hoshi::testsupport::dumpProblems;

namespace {

const QString Star1 = QStringLiteral("JST-CR-01-01-2024R1");

} // namespace

class TestGateCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    DemoIds m_demo;
    GateCache m_cache;
    GateContext m_context{QDate(2026, 12, 1), QStringLiteral("en")};

    QList<qint64> all() const
    {
        QList<qint64> ids;
        for (const Declaration &d : m_ws->declarations())
            ids << d.id;
        return ids;
    }

    // Every outcome equals a fresh judgement; returns how many the cache judged again.
    int refreshAndCompare()
    {
        QString error;
        const QList<qint64> ids = all();
        const auto outcomes = m_cache.outcomes(*m_ws, ids, m_context, &error);
        if (!outcomes) {
            qWarning("outcomes failed: %s", qPrintable(error));
            return -1;
        }
        for (const GateOutcome &o : *outcomes) {
            const auto s = m_ws->snapshot(o.declarationId, Workspace::ContentCheck::Skip, &error);
            if (!s)
                return -1;
            const QList<GateProblem> fresh = SubmissionGate::check(*s, m_context);
            const GateProgress progress = GateProgress::of(*s, fresh);
            if (dumpProblems(o.problems) != dumpProblems(fresh) || o.progress.ok != progress.ok
                || o.progress.assessed != progress.assessed || o.progress.counted != progress.counted) {
                qWarning("stale outcome for declaration %lld:\n%s\n--- fresh:\n%s", o.declarationId,
                         qPrintable(dumpProblems(o.problems)), qPrintable(dumpProblems(fresh)));
                return -1;
            }
        }
        return m_cache.lastJudged();
    }

    // After `change`, the cache must judge again (at least `atLeast` declarations) and agree.
    void expectRejudged(const char *what, const std::function<bool(QString *)> &change, int atLeast = 1)
    {
        QCOMPARE(refreshAndCompare(), 0); // nothing changed since the last call
        QString error;
        QVERIFY2(change(&error), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what), error)));
        const int judged = refreshAndCompare();
        QVERIFY2(judged >= atLeast, qPrintable(QStringLiteral("%1: judged %2").arg(QLatin1String(what)).arg(judged)));
    }

    qint64 firstEvidence(qint64 declarationId) const
    {
        const QList<Evidence> list = m_ws->evidenceOfDeclaration(declarationId);
        return list.isEmpty() ? -1 : list.first().id;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("cache-%1.hoshi").arg(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY2(DemoWorkspace::create(path, &m_demo, &error), qPrintable(error));
        m_ws = Workspace::open(path, Workspace::Access::ReadWrite, &error);
        QVERIFY2(m_ws, qPrintable(error));
        m_cache.clear();
        QCOMPARE(refreshAndCompare(), int(all().size())); // the first call judges everything
    }

    void unchangedIsServedFromMemory()
    {
        QCOMPARE(refreshAndCompare(), 0);
        QCOMPARE(refreshAndCompare(), 0);
    }

    void assessmentsAndVendorScopeAnswers()
    {
        const qint64 d = m_demo.completeDeclaration;
        expectRejudged("verdict", [&](QString *e) {
            return m_ws->setAssessment(d, QStringLiteral("S1.1-04"), Verdict::NotAssessed, {}, {}, e);
        });
        expectRejudged("justification", [&](QString *e) {
            return m_ws->setAssessment(d, QStringLiteral("S1.1-04"), Verdict::NotApplicable, QStringLiteral("why"), {}, e);
        });
        // A vendor-scope answer is shared: every declaration of the organisation on the set changes.
        int sharing = 0;
        for (const Declaration &other : m_ws->declarations()) {
            const auto o = m_ws->declaration(other.id);
            sharing += o && o->criteriaSetId == Star1 ? 1 : 0;
        }
        expectRejudged("vendor-scope verdict", [&](QString *e) {
            return m_ws->setAssessment(d, QStringLiteral("S1.1-05"), Verdict::NotAssessed, {}, {}, e);
        }, sharing);
    }

    void evidenceFilesAndLinks()
    {
        const qint64 d = m_demo.completeDeclaration;
        const qint64 evidenceId = firstEvidence(d);
        QVERIFY(evidenceId > 0);
        expectRejudged("evidence field", [&](QString *e) {
            std::optional<Evidence> ev = m_ws->evidence(evidenceId);
            ev->pages.clear();
            ev->chapter.clear();
            return m_ws->updateEvidence(*ev, e);
        });
        qint64 fileId = -1;
        expectRejudged("file attached", [&](QString *e) {
            fileId = m_ws->attachData(evidenceId, QStringLiteral("more.txt"), "more", e);
            return fileId > 0;
        });
        expectRejudged("file removed", [&](QString *e) { return m_ws->removeFile(fileId, e); });
        const QString item = m_ws->evidence(evidenceId)->itemIds.value(0, QStringLiteral("S1.1-01"));
        expectRejudged("unlinked", [&](QString *e) {
            const Evidence ev = m_ws->evidenceOfDeclaration(d).first();
            return m_ws->unlinkEvidence(ev.id, d, ev.itemIds.first(), e);
        });
        expectRejudged("linked", [&](QString *e) { return m_ws->linkEvidence(evidenceId, d, QStringLiteral("S1.1-03"), e); });
        Q_UNUSED(item);
    }

    void pointChoicesAndPointLinks()
    {
        const qint64 d = m_demo.completeDeclaration;
        expectRejudged("point chosen", [&](QString *e) {
            return m_ws->setPointChosen(d, QStringLiteral("S1.1-07"), QStringLiteral("S1.1-07-a"), true, e);
        });
        const QList<Evidence> backing = m_ws->evidenceFor(d, QStringLiteral("S1.1-13"));
        QVERIFY(!backing.isEmpty());
        expectRejudged("point link", [&](QString *e) {
            return m_ws->setEvidencePoints(backing.first().id, d, QStringLiteral("S1.1-13"), {}, e);
        });
        expectRejudged("point overlay", [&](QString *e) {
            PointOverlay o;
            o.criteriaSetId = Star1;
            o.source = {QStringLiteral("checklist.xlsx"), QString(64, QLatin1Char('c')), QString()};
            OfficialItemPoints points;
            points.points << OfficialPoint{{QStringLiteral("公式1"), QString()}, {}};
            o.items.insert(QStringLiteral("S1.1-04"), points);
            return m_ws->setPointOverlay(d, o, nullptr, e);
        });
        expectRejudged("point overlay cleared", [&](QString *e) { return m_ws->clearPointOverlay(d, nullptr, e); });
    }

    void productOrganisationDeclarationAndLabel()
    {
        const qint64 d = m_demo.completeDeclaration;
        expectRejudged("product firmware", [&](QString *e) {
            std::optional<Product> p = m_ws->product(m_ws->declaration(d)->productId);
            p->firmwareVersion = QStringLiteral("9.9.9");
            return m_ws->updateProduct(*p, e);
        });
        expectRejudged("product firmware image", [&](QString *e) {
            std::optional<Product> p = m_ws->product(m_ws->declaration(d)->productId);
            p->firmwareImageSha256 = QString(64, QLatin1Char('a'));
            return m_ws->updateProduct(*p, e);
        });
        expectRejudged("organisation", [&](QString *e) {
            std::optional<Organisation> o = m_ws->organisation(m_demo.organisation);
            o->corporateNumber = QStringLiteral("12");
            return m_ws->updateOrganisation(*o, e);
        });
        expectRejudged("declaration", [&](QString *e) {
            std::optional<Declaration> decl = m_ws->declaration(d);
            decl->evaluationCompletedOn = QDate(2031, 1, 1);
            return m_ws->updateDeclaration(*decl, e);
        });
        expectRejudged("label", [&](QString *e) {
            LabelRecord r;
            r.declarationId = d;
            r.applicationNumber = QStringLiteral("A-1");
            r.submittedOn = QDate(2026, 11, 1);
            r.status = LabelStatus::None;
            return m_ws->setLabelRecord(r, e);
        });
    }

    void criteriaDataRevision()
    {
        QString error;
        const qint64 product = m_ws->declaration(m_demo.completeDeclaration)->productId;
        const qint64 older = m_ws->addDeclaration(product, Star1, 2, Route::Standard, &error);
        QVERIFY2(older > 0, qPrintable(error));
        QVERIFY(refreshAndCompare() >= 1); // the new declaration
        QVERIFY(m_ws->newerCriteriaDataRevision(older) > 2);
        expectRejudged("criteria data revision", [&](QString *e) {
            return m_ws->updateCriteriaData(older, m_ws->newerCriteriaDataRevision(older), nullptr, e);
        });
    }

    void reviewCommentsAndSetting()
    {
        const qint64 d = m_demo.completeDeclaration;
        qint64 comment = -1;
        expectRejudged("comment", [&](QString *e) {
            comment = m_ws->addComment(d, QStringLiteral("S1.1-04"), QStringLiteral("Bob"), QStringLiteral("log?"), e);
            return comment > 0;
        });
        expectRejudged("comment resolved", [&](QString *e) { return m_ws->resolveComment(comment, QStringLiteral("Ann"), e); });
        expectRejudged("review requested", [&](QString *e) { return m_ws->requestReview(d, QStringLiteral("Ann"), e); });
        expectRejudged("approved", [&](QString *e) { return m_ws->approve(d, QStringLiteral("Bob"), e); });
        expectRejudged("approval made stale", [&](QString *e) {
            return m_ws->setAssessment(d, QStringLiteral("S1.1-01"), Verdict::Conforming, {}, QStringLiteral("n"), e);
        });
        expectRejudged("approval setting", [&](QString *e) { return m_ws->setRequireApproval(true, e); },
                       int(all().size()));
        expectRejudged("review period", [&](QString *e) { return m_ws->setReviewPeriod(EvidenceKind::DeviceTest, 3, e); },
                       int(all().size()));
    }

    // On a file, an unchanged workspace is answered without reading the row versions: the two
    // statements of its change stamp only.
    void unchangedFileReadsOnlyTheStamp()
    {
        QCOMPARE(refreshAndCompare(), 0);
        QString error;
        storage::resetRoundTrips();
        (void)storage::SnapshotReader::inputKeys(*m_ws, all());
        const qint64 keyStatements = storage::roundTrips().executions;
        storage::resetRoundTrips();
        const auto outcomes = m_cache.outcomes(*m_ws, all(), m_context, &error);
        const qint64 executions = storage::roundTrips().executions;
        QVERIFY2(outcomes, qPrintable(error));
        QCOMPARE(m_cache.lastJudged(), 0);
        QVERIFY2(executions < keyStatements / 2,
                 qPrintable(QStringLiteral("%1 statements, %2 to read the keys").arg(executions).arg(keyStatements)));
    }

    // A change committed by another connection (a worker of the same process) moves the stamp.
    void changeThroughAnotherConnection()
    {
        QCOMPARE(refreshAndCompare(), 0);
        QString error;
        std::unique_ptr<Workspace> other = Workspace::openSecondary(m_ws->path(), &error);
        QVERIFY2(other, qPrintable(error));
        QVERIFY2(other->setAssessment(m_demo.completeDeclaration, QStringLiteral("S1.1-04"), Verdict::NotApplicable,
                                      QStringLiteral("from a worker"), {}, &error),
                 qPrintable(error));
        QVERIFY(refreshAndCompare() >= 1);
        QCOMPARE(refreshAndCompare(), 0);
    }

    // Outcomes checked at an older stamp are not served when a later call checked only some
    // declarations: a declaration changed in between is judged again when asked for.
    void partialCallsKeepTrackOfWhatWasChecked()
    {
        QCOMPARE(refreshAndCompare(), 0);
        const qint64 changed = m_demo.completeDeclaration;
        QList<qint64> others = all();
        others.removeAll(changed);
        QVERIFY(!others.isEmpty());
        QString error;
        QVERIFY2(m_ws->setAssessment(changed, QStringLiteral("S1.1-04"), Verdict::NotApplicable, QStringLiteral("partial"),
                                 {}, &error),
                 qPrintable(error));
        QVERIFY(m_cache.outcomes(*m_ws, others, m_context, &error)); // checks the others at the new stamp
        QVERIFY(refreshAndCompare() >= 1); // the changed one is not served from memory
    }

    void dateAndLanguage()
    {
        QCOMPARE(refreshAndCompare(), 0);
        m_context.today = m_context.today.addYears(3);
        QCOMPARE(refreshAndCompare(), int(all().size()));
        m_context.language = QStringLiteral("ja");
        QCOMPARE(refreshAndCompare(), int(all().size()));
        QCOMPARE(refreshAndCompare(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGateCache)
#include "testgatecache.moc"
