// SPDX-License-Identifier: Apache-2.0
// An empty evidence record always blocks the submission gate, also beside complete evidence
// for the same item (EvidenceRules, called by SubmissionGate::check).
#include "criteria/criteriaregistry.h"
#include "gate/evidencerules.h"
#include "gate/submissiongate.h"

#include <QTest>

using namespace hoshi;

namespace {

const QString Item = QStringLiteral("S1.1-04"); // needs a document review and a device test

Evidence completeDocument()
{
    Evidence e;
    e.id = 1;
    e.kind = EvidenceKind::DocumentReview;
    e.title = QStringLiteral("User manual");
    e.pages = QStringLiteral("12");
    e.files.append({1, 1, QStringLiteral("aa"), QStringLiteral("manual.pdf"), QStringLiteral("application/pdf"), 10, {}});
    return e;
}

Evidence completeTest()
{
    Evidence e;
    e.id = 2;
    e.kind = EvidenceKind::DeviceTest;
    e.summary = QStringLiteral("Locked after five");
    e.testedOn = QDate(2026, 10, 1);
    e.firmwareVersion = QStringLiteral("1.0.0");
    e.files.append({2, 2, QStringLiteral("bb"), QStringLiteral("test.log"), QStringLiteral("text/plain"), 10, {}});
    return e;
}

// What "Add device test" stores: only the pre-filled firmware version and date.
Evidence newDeviceTest(qint64 id)
{
    Evidence e;
    e.id = id;
    e.kind = EvidenceKind::DeviceTest;
    e.firmwareVersion = QStringLiteral("1.0.0");
    e.testedOn = QDate(2026, 10, 3);
    return e;
}

DeclarationSnapshot snapshotWith(const QList<Evidence> &evidence)
{
    DeclarationSnapshot s;
    s.criteria = *CriteriaRegistry::withBuiltins().find(QStringLiteral("JST-CR-01-01-2024R1"));
    s.product.firmwareVersion = QStringLiteral("1.0.0");
    Assessment a;
    a.itemId = Item;
    a.verdict = Verdict::Conforming;
    s.assessments << a;
    s.evidence[Item] = evidence;
    return s;
}

QList<GateProblem> problemsOf(const QList<GateProblem> &all, const QString &code)
{
    QList<GateProblem> found;
    for (const GateProblem &p : all) {
        if (p.itemId == Item && p.code == code)
            found << p;
    }
    return found;
}

} // namespace

class TestEmptyEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void whatCountsAsEmpty()
    {
        QVERIFY(EvidenceRules::isEmpty(newDeviceTest(3)));
        QVERIFY(EvidenceRules::isEmpty(Evidence{}));
        QVERIFY(!EvidenceRules::isEmpty(completeDocument()));
        Evidence titled;
        titled.title = QStringLiteral("Manual");
        QVERIFY(!EvidenceRules::isEmpty(titled));
        Evidence whitespace;
        whitespace.summary = QStringLiteral("   \n");
        QVERIFY(EvidenceRules::isEmpty(whitespace));
        Evidence fileOnly = newDeviceTest(4);
        fileOnly.files = completeTest().files;
        QVERIFY(!EvidenceRules::isEmpty(fileOnly));
    }

    void completeEvidencePasses()
    {
        const QList<GateProblem> problems
            = SubmissionGate::check(snapshotWith({completeDocument(), completeTest()}), {QDate(2026, 10, 5), "en"});
        QVERIFY(problemsOf(problems, QStringLiteral("evidence-empty")).isEmpty());
        QVERIFY(problemsOf(problems, QStringLiteral("device-test-incomplete")).isEmpty());
    }

    // The item is satisfied by the complete records; the empty one beside them still blocks.
    void emptyBesideCompleteBlocks()
    {
        const QList<GateProblem> all = SubmissionGate::check(
            snapshotWith({completeDocument(), completeTest(), newDeviceTest(9)}), {QDate(2026, 10, 5), "en"});
        QVERIFY(problemsOf(all, QStringLiteral("device-test-incomplete")).isEmpty());
        const QList<GateProblem> empty = problemsOf(all, QStringLiteral("evidence-empty"));
        QCOMPARE(empty.size(), 1);
        QVERIFY(empty.first().isBlocking());
        QCOMPARE(empty.first().evidenceId, 9);
        QCOMPARE(empty.first().field, QStringLiteral("evidence"));
        QVERIFY(empty.first().message.startsWith(Item));
    }

    // Whatever the verdict: the record would still be exported.
    void blocksWhateverTheVerdict()
    {
        DeclarationSnapshot s = snapshotWith({newDeviceTest(9)});
        s.assessments.first().verdict = Verdict::NotApplicable;
        s.assessments.first().justification = QStringLiteral("No network interface on this product at all.");
        QCOMPARE(problemsOf(SubmissionGate::check(s, {QDate(2026, 10, 5), "en"}), QStringLiteral("evidence-empty")).size(),
                 1);
    }
};

QTEST_MAIN(TestEmptyEvidence)
#include "testemptyevidence.moc"
