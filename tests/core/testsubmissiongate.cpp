// SPDX-License-Identifier: Apache-2.0
// The submission gate, rule by rule, on in-memory snapshots (no database needed).
#include "criteria/criteriaregistry.h"
#include "gate/submissiongate.h"

#include <QTest>

using namespace hoshi;

namespace {

Evidence documentEvidence()
{
    Evidence e;
    e.id = 1;
    e.kind = EvidenceKind::DocumentReview;
    e.title = QStringLiteral("User manual");
    e.documentNumber = QStringLiteral("UM-1 v1.0");
    e.pages = QStringLiteral("12");
    e.files.append({1, 1, QStringLiteral("aa"), QStringLiteral("manual.pdf"), QStringLiteral("application/pdf"), 10, {}});
    return e;
}

Evidence testEvidence()
{
    Evidence e;
    e.id = 2;
    e.kind = EvidenceKind::DeviceTest;
    e.procedure = QStringLiteral("Six wrong logins");
    e.summary = QStringLiteral("Locked after five");
    e.testedOn = QDate(2026, 10, 1);
    e.firmwareVersion = QStringLiteral("1.0.0");
    e.files.append({2, 2, QStringLiteral("bb"), QStringLiteral("test.log"), QStringLiteral("text/plain"), 10, {}});
    return e;
}

// A ★1 declaration that passes: every item conforming with complete evidence for its methods.
DeclarationSnapshot passing()
{
    DeclarationSnapshot s;
    // Data revision 1: the rules below one by one, without the evaluation points (testpointrules).
    s.criteria = *CriteriaRegistry::withBuiltins().find(QStringLiteral("JST-CR-01-01-2024R1"), 1);
    s.organisation.name = QStringLiteral("Vendor");
    s.product.name = QStringLiteral("Router");
    s.product.modelNumbers = {QStringLiteral("R-1")};
    s.product.category = QStringLiteral("Router");
    s.product.firmwareName = QStringLiteral("R-FW");
    s.product.firmwareVersion = QStringLiteral("1.0.0");
    s.product.supportUntil = QDate::currentDate().addYears(3);
    s.product.productContact = QStringLiteral("support@example.com");
    s.product.vulnerabilityContact = QStringLiteral("security@example.com");
    s.declaration.evaluationCompletedOn = QDate(2026, 10, 2);
    for (const CriteriaItem &item : s.criteria.items) {
        Assessment a;
        a.itemId = item.id;
        a.verdict = Verdict::Conforming;
        s.assessments << a;
        if (item.hasMethod(Method::Document))
            s.evidence[item.id] << documentEvidence();
        if (item.hasMethod(Method::DeviceTest))
            s.evidence[item.id] << testEvidence();
    }
    return s;
}

Assessment &assessmentOf(DeclarationSnapshot &s, const QString &id)
{
    for (Assessment &a : s.assessments) {
        if (a.itemId == id)
            return a;
    }
    qFatal("no item");
}

QStringList codesFor(const QList<GateProblem> &problems, const QString &itemId, bool blockingOnly = true)
{
    QStringList codes;
    for (const GateProblem &p : problems) {
        if (p.itemId == itemId && (!blockingOnly || p.isBlocking()))
            codes << p.code;
    }
    return codes;
}

} // namespace

class TestSubmissionGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passingDeclarationHasNoProblems()
    {
        const QList<GateProblem> problems = SubmissionGate::check(passing());
        QCOMPARE(SubmissionGate::blockingCount(problems), 0);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
    }

    void notAssessedBlocks()
    {
        DeclarationSnapshot s = passing();
        assessmentOf(s, QStringLiteral("S1.1-07")).verdict = Verdict::NotAssessed;
        const QList<GateProblem> problems = SubmissionGate::check(s);
        QCOMPARE(SubmissionGate::blockingCount(problems), 1);
        QCOMPARE(codesFor(problems, QStringLiteral("S1.1-07")), QStringList{QStringLiteral("not-assessed")});
        QVERIFY(problems.first().message.contains(QLatin1String("S1.1-07")));
        QCOMPARE(problems.first().field, QStringLiteral("verdict"));
    }

    void nonConformingBlocks()
    {
        DeclarationSnapshot s = passing();
        assessmentOf(s, QStringLiteral("S1.1-04")).verdict = Verdict::NonConforming;
        QCOMPARE(codesFor(SubmissionGate::check(s), QStringLiteral("S1.1-04")), QStringList{QStringLiteral("non-conforming")});
    }

    void notApplicableWhereForbiddenBlocks()
    {
        DeclarationSnapshot s = passing();
        Assessment &a = assessmentOf(s, QStringLiteral("S1.1-05"));
        a.verdict = Verdict::NotApplicable;
        a.justification = QStringLiteral("We sell only under contract");
        QCOMPARE(codesFor(SubmissionGate::check(s), QStringLiteral("S1.1-05")), QStringList{QStringLiteral("na-forbidden")});
    }

    void notApplicableNeedsJustification()
    {
        DeclarationSnapshot s = passing();
        Assessment &a = assessmentOf(s, QStringLiteral("S1.1-02"));
        a.verdict = Verdict::NotApplicable;
        a.justification = QStringLiteral("   ");
        const QList<GateProblem> problems = SubmissionGate::check(s);
        QCOMPARE(codesFor(problems, QStringLiteral("S1.1-02")), QStringList{QStringLiteral("na-without-justification")});
        QCOMPARE(problems.first().field, QStringLiteral("justification"));
        a.justification = QStringLiteral("No password authentication: the device pairs by button only.");
        QCOMPARE(SubmissionGate::blockingCount(SubmissionGate::check(s)), 0);
    }

    void documentMethodNeedsEvidence()
    {
        DeclarationSnapshot s = passing();
        s.evidence.remove(QStringLiteral("S1.1-07"));
        QCOMPARE(codesFor(SubmissionGate::check(s), QStringLiteral("S1.1-07")),
                 QStringList{QStringLiteral("missing-document-evidence")});
        // Device-test evidence does not stand in for a document review.
        s.evidence[QStringLiteral("S1.1-07")] << testEvidence();
        QCOMPARE(codesFor(SubmissionGate::check(s), QStringLiteral("S1.1-07")),
                 QStringList{QStringLiteral("missing-document-evidence")});
    }

    void documentNeedsTitleAndLocation_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("pages");
        QTest::addColumn<QString>("chapter");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("blocks");
        QTest::newRow("complete by page") << "Manual" << "3" << "" << "" << false;
        QTest::newRow("complete by chapter") << "Manual" << "" << "4.2" << "" << false;
        QTest::newRow("complete by url") << "Policy" << "" << "" << "https://example.com/p" << false;
        QTest::newRow("no location") << "Manual" << "" << "" << "" << true;
        QTest::newRow("no title") << "" << "3" << "" << "" << true;
    }
    void documentNeedsTitleAndLocation()
    {
        QFETCH(QString, title);
        QFETCH(QString, pages);
        QFETCH(QString, chapter);
        QFETCH(QString, url);
        QFETCH(bool, blocks);
        DeclarationSnapshot s = passing();
        Evidence &e = s.evidence[QStringLiteral("S1.1-07")].first();
        e.title = title;
        e.pages = pages;
        e.chapter = chapter;
        e.url = url;
        const QStringList codes = codesFor(SubmissionGate::check(s), QStringLiteral("S1.1-07"));
        QCOMPARE(codes, blocks ? QStringList{QStringLiteral("document-incomplete")} : QStringList());
    }

    void deviceTestNeedsEveryField_data()
    {
        QTest::addColumn<int>("field");
        QTest::newRow("summary") << 0;
        QTest::newRow("date") << 1;
        QTest::newRow("firmware") << 2;
        QTest::newRow("file") << 3;
    }
    void deviceTestNeedsEveryField()
    {
        QFETCH(int, field);
        DeclarationSnapshot s = passing();
        Evidence &e = s.evidence[QStringLiteral("S1.1-04")].first();
        switch (field) {
        case 0: e.summary.clear(); break;
        case 1: e.testedOn = QDate(); break;
        case 2: e.firmwareVersion.clear(); break;
        case 3: e.files.clear(); break;
        }
        const QList<GateProblem> problems = SubmissionGate::check(s);
        QCOMPARE(codesFor(problems, QStringLiteral("S1.1-04")), QStringList{QStringLiteral("device-test-incomplete")});
        QCOMPARE(problems.first().evidenceId, e.id);
    }

    void bothMethodsNeededForDocumentPlusTest()
    {
        DeclarationSnapshot s = passing();
        s.evidence[QStringLiteral("S1.1-13")].removeIf([](const Evidence &e) { return e.kind == EvidenceKind::DeviceTest; });
        QCOMPARE(codesFor(SubmissionGate::check(s), QStringLiteral("S1.1-13")), QStringList{QStringLiteral("missing-device-test")});
    }

    void deviceTestOnOtherFirmwareBlocks()
    {
        DeclarationSnapshot s = passing();
        s.evidence[QStringLiteral("S1.1-06")].first().firmwareVersion = QStringLiteral("0.9.9");
        const QStringList codes = codesFor(SubmissionGate::check(s), QStringLiteral("S1.1-06"));
        QVERIFY(codes.contains(QStringLiteral("firmware-mismatch")));
    }

    void requiredProductFields_data()
    {
        QTest::addColumn<QString>("field");
        for (const char *f : {"product.name", "product.modelNumbers", "product.category", "product.firmwareName",
                              "product.firmwareVersion", "product.supportUntil", "product.productContact",
                              "product.vulnerabilityContact", "organisation.name"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void requiredProductFields()
    {
        QFETCH(QString, field);
        DeclarationSnapshot s = passing();
        Product &p = s.product;
        if (field == QLatin1String("product.name")) p.name.clear();
        if (field == QLatin1String("product.modelNumbers")) p.modelNumbers.clear();
        if (field == QLatin1String("product.category")) p.category.clear();
        if (field == QLatin1String("product.firmwareName")) p.firmwareName.clear();
        if (field == QLatin1String("product.firmwareVersion")) {
            // Clear the tests' firmware too, so only the product field is at fault.
            p.firmwareVersion.clear();
            for (QList<Evidence> &list : s.evidence)
                for (Evidence &e : list)
                    e.firmwareVersion = QString();
        }
        if (field == QLatin1String("product.supportUntil")) p.supportUntil = QDate();
        if (field == QLatin1String("product.productContact")) p.productContact.clear();
        if (field == QLatin1String("product.vulnerabilityContact")) p.vulnerabilityContact.clear();
        if (field == QLatin1String("organisation.name")) s.organisation.name.clear();
        const QList<GateProblem> problems = SubmissionGate::check(s);
        bool found = false;
        for (const GateProblem &problem : problems)
            found = found || (problem.isBlocking() && problem.field == field && problem.code == QLatin1String("product-field-missing"));
        QVERIFY2(found, qPrintable(field));
    }

    void productRulesAlone()
    {
        const DeclarationSnapshot s = passing();
        QVERIFY(SubmissionGate::checkProduct(s.organisation, s.product).isEmpty());
        QList<GateProblem> problems = SubmissionGate::checkProduct(Organisation(), Product());
        QCOMPARE(problems.size(), 9); // every required organisation and product field
        for (const GateProblem &p : problems)
            QCOMPARE(p.code, QStringLiteral("product-field-missing"));
    }

    void corruptContentBlocks()
    {
        DeclarationSnapshot s = passing();
        s.contentVerified = true;
        s.corruptContent.insert(QStringLiteral("bb"), QStringLiteral("hash differs"));
        const QList<GateProblem> problems = SubmissionGate::check(s);
        QVERIFY(codesFor(problems, QStringLiteral("S1.1-04")).contains(QStringLiteral("file-corrupt")));
        QVERIFY(SubmissionGate::blockingCount(problems) >= 6); // every item with a device test
    }

    void pstiRouteExemptsThreeItemsButNeedsStatement()
    {
        DeclarationSnapshot s = passing();
        s.declaration.route = Route::Psti;
        for (const QString &id : {QStringLiteral("S1.1-02"), QStringLiteral("S1.1-05"), QStringLiteral("S1.1-16")})
            assessmentOf(s, id).verdict = Verdict::NotAssessed;
        QList<GateProblem> problems = SubmissionGate::check(s);
        QCOMPARE(SubmissionGate::blockingCount(problems), 1);
        QCOMPARE(problems.first().code, QStringLiteral("psti-statement-missing"));
        s.declaration.pstiStatement = QStringLiteral("https://example.com/psti-statement.pdf");
        QCOMPARE(SubmissionGate::blockingCount(SubmissionGate::check(s)), 0);
    }

    void star3MethodsNeedSbomAndPenetrationTest()
    {
        DeclarationSnapshot s = passing();
        s.criteria = *CriteriaRegistry::withBuiltins().find(QStringLiteral("JST-CR-03-COMM-DRAFT"));
        s.assessments.clear();
        s.evidence.clear();
        for (const CriteriaItem &item : s.criteria.items) {
            s.assessments << Assessment{-1, item.id, Verdict::Conforming, {}, {}, false, {}};
            s.evidence[item.id] << documentEvidence() << testEvidence();
        }
        QList<GateProblem> problems = SubmissionGate::check(s);
        QCOMPARE(SubmissionGate::blockingCount(problems), 0);
        // An SBOM must come with the file itself.
        for (const CriteriaItem &item : s.criteria.items) {
            if (item.hasMethod(Method::Sbom)) {
                s.evidence[item.id].first().files.clear();
                QCOMPARE(codesFor(SubmissionGate::check(s), item.id), QStringList{QStringLiteral("document-incomplete")});
                return;
            }
        }
        QFAIL("no SBOM item in the ★3 set");
    }

    void warningsDoNotBlock()
    {
        DeclarationSnapshot s = passing();
        s.product.supportUntil = QDate(2020, 1, 1);
        s.product.webPage = QStringLiteral("not a url");
        s.declaration.evaluationCompletedOn = QDate();
        s.evidence[QStringLiteral("S1.1-07")].first().files.clear();
        const QList<GateProblem> problems = SubmissionGate::check(s);
        QCOMPARE(SubmissionGate::blockingCount(problems), 0);
        QStringList codes;
        for (const GateProblem &p : problems)
            codes << p.code;
        codes.sort();
        QCOMPARE(codes, (QStringList{QStringLiteral("bad-url"), QStringLiteral("document-without-file"),
                                     QStringLiteral("evaluation-date-missing"), QStringLiteral("support-ended")}));
    }
};

QTEST_GUILESS_MAIN(TestSubmissionGate)
#include "testsubmissiongate.moc"
