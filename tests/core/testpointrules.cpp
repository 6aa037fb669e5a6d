// SPDX-License-Identifier: Apache-2.0
// The gate's evaluation-point rules on in-memory snapshots of the corrected ★1 set.
#include "criteria/criteriaregistry.h"
#include "gate/pointrules.h"
#include "gate/submissiongate.h"

#include <QTest>

using namespace hoshi;

namespace {

Evidence document(qint64 id)
{
    Evidence e;
    e.id = id;
    e.kind = EvidenceKind::DocumentReview;
    e.title = QStringLiteral("Update guide");
    e.pages = QStringLiteral("4");
    e.files.append({id, id, QStringLiteral("aa"), QStringLiteral("guide.pdf"), QStringLiteral("application/pdf"), 10, {}});
    return e;
}

Evidence deviceTest(qint64 id)
{
    Evidence e;
    e.id = id;
    e.kind = EvidenceKind::DeviceTest;
    e.summary = QStringLiteral("Seen");
    e.testedOn = QDate(2026, 10, 1);
    e.firmwareVersion = QStringLiteral("1.0.0");
    e.files.append({id, id, QStringLiteral("bb"), QStringLiteral("photo.jpg"), QStringLiteral("image/jpeg"), 10, {}});
    return e;
}

DeclarationSnapshot snapshotWith(const QString &itemId)
{
    DeclarationSnapshot s;
    s.criteria = *CriteriaRegistry::withBuiltins().find(QStringLiteral("JST-CR-01-01-2024R1"), 2);
    s.product.firmwareVersion = QStringLiteral("1.0.0");
    Assessment a;
    a.itemId = itemId;
    a.verdict = Verdict::Conforming;
    s.assessments << a;
    return s;
}

QStringList codes(const DeclarationSnapshot &s, const QString &itemId)
{
    QStringList list;
    for (const GateProblem &p : PointRules::check(s, *s.criteria.item(itemId), {QDate(2026, 11, 1), QStringLiteral("en")}))
        list << p.code + (p.isBlocking() ? QString() : QStringLiteral("(warning)"));
    return list;
}

// An "all" item with two points, built from a ★1 item so the rest of the snapshot stays real.
CriteriaItem twoRequiredPoints(const CriteriaItem &base)
{
    CriteriaItem item = base;
    item.pointMode = PointMode::All;
    item.points = {{base.id + QStringLiteral("-1"), {QStringLiteral("設定"), QStringLiteral("Setting")}, {Method::Document}, {}},
                   {base.id + QStringLiteral("-2"), {QStringLiteral("試験"), QStringLiteral("Test")}, {Method::DeviceTest}, {}}};
    return item;
}

} // namespace

class TestPointRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alternativesNeedAChoice()
    {
        DeclarationSnapshot s = snapshotWith(QStringLiteral("S1.1-07"));
        s.evidence[QStringLiteral("S1.1-07")] << document(1);
        QCOMPARE(codes(s, QStringLiteral("S1.1-07")), QStringList{QStringLiteral("point-no-alternative")});
    }

    void oneEvidencedAlternativeIsEnough()
    {
        DeclarationSnapshot s = snapshotWith(QStringLiteral("S1.1-07"));
        s.evidence[QStringLiteral("S1.1-07")] << document(1);
        s.chosenPoints[QStringLiteral("S1.1-07")] = {QStringLiteral("S1.1-07-a")};
        // Chosen but the evidence is not linked to the point yet.
        QCOMPARE(codes(s, QStringLiteral("S1.1-07")), QStringList{QStringLiteral("point-alternative-without-evidence")});
        s.evidencePoints[QStringLiteral("S1.1-07")][1] = {QStringLiteral("S1.1-07-a")};
        QVERIFY(codes(s, QStringLiteral("S1.1-07")).isEmpty());
        // A second alternative relied on without evidence only warns: one is enough.
        s.chosenPoints[QStringLiteral("S1.1-07")] << QStringLiteral("S1.1-07-d");
        QCOMPARE(codes(s, QStringLiteral("S1.1-07")), QStringList{QStringLiteral("point-alternative-unused(warning)")});
    }

    void alternativeNeedsEvidenceOfItsMethod()
    {
        DeclarationSnapshot s = snapshotWith(QStringLiteral("S1.1-10")); // device-test points
        s.chosenPoints[QStringLiteral("S1.1-10")] = {QStringLiteral("S1.1-10-a")};
        s.evidence[QStringLiteral("S1.1-10")] << document(1);
        s.evidencePoints[QStringLiteral("S1.1-10")][1] = {QStringLiteral("S1.1-10-a")};
        QCOMPARE(codes(s, QStringLiteral("S1.1-10")), QStringList{QStringLiteral("point-alternative-without-evidence")});
        s.evidence[QStringLiteral("S1.1-10")] << deviceTest(2);
        s.evidencePoints[QStringLiteral("S1.1-10")][2] = {QStringLiteral("S1.1-10-a")};
        QVERIFY(codes(s, QStringLiteral("S1.1-10")).isEmpty());
    }

    void allRequiredPointsEachNeedEvidence()
    {
        DeclarationSnapshot s = snapshotWith(QStringLiteral("S1.1-13"));
        CriteriaItem &item = s.criteria.items[s.criteria.indexOf(QStringLiteral("S1.1-13"))];
        item = twoRequiredPoints(item);
        s.evidence[QStringLiteral("S1.1-13")] << document(1) << deviceTest(2);
        QCOMPARE(codes(s, QStringLiteral("S1.1-13")),
                 (QStringList{QStringLiteral("point-without-evidence"), QStringLiteral("point-without-evidence")}));
        s.evidencePoints[QStringLiteral("S1.1-13")][1] = {QStringLiteral("S1.1-13-1")};
        QCOMPARE(codes(s, QStringLiteral("S1.1-13")), QStringList{QStringLiteral("point-without-evidence")});
        const QString message = PointRules::check(s, item, {QDate(2026, 11, 1), QStringLiteral("en")}).first().message;
        QVERIFY2(message.contains(QLatin1String("S1.1-13-2")) && message.contains(QLatin1String("device test")), qPrintable(message));
        s.evidencePoints[QStringLiteral("S1.1-13")][2] = {QStringLiteral("S1.1-13-2")};
        QVERIFY(codes(s, QStringLiteral("S1.1-13")).isEmpty());
    }

    void singlePointAddsNothingToTheMethodRules()
    {
        DeclarationSnapshot s = snapshotWith(QStringLiteral("S1.1-13")); // one point, document + device test
        QVERIFY(codes(s, QStringLiteral("S1.1-13")).isEmpty());
        s.evidence[QStringLiteral("S1.1-13")] << document(1);
        QStringList found;
        for (const GateProblem &p : SubmissionGate::check(s, {QDate(2026, 11, 1), QStringLiteral("en")}))
            if (p.itemId == QLatin1String("S1.1-13"))
                found << p.code;
        QCOMPARE(found, QStringList{QStringLiteral("missing-device-test")}); // said once, by the method rule
        s.evidence[QStringLiteral("S1.1-13")] << deviceTest(2);
        QVERIFY(PointRules::uncoveredMethods(s, *s.criteria.item(QStringLiteral("S1.1-13")),
                                             s.criteria.item(QStringLiteral("S1.1-13"))->points.first()).isEmpty());
    }

    void gateRunsThePointRulesForConformingItems()
    {
        DeclarationSnapshot s = snapshotWith(QStringLiteral("S1.1-07"));
        s.evidence[QStringLiteral("S1.1-07")] << document(1);
        QStringList found;
        for (const GateProblem &p : SubmissionGate::check(s, {QDate(2026, 11, 1), QStringLiteral("en")}))
            if (p.itemId == QLatin1String("S1.1-07"))
                found << p.code;
        QCOMPARE(found, QStringList{QStringLiteral("point-no-alternative")});
    }
};

QTEST_GUILESS_MAIN(TestPointRules)
#include "testpointrules.moc"
