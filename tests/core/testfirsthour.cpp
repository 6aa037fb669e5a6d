// SPDX-License-Identifier: Apache-2.0
// What a new preparer meets first, in the core: field syntax the gate checks (corporate number
// with its check digit, e-mail, web addresses, short justifications), honest progress,
// renaming and removing records (refused while others depend on them; in the history), the
// actor recorded in the history, and the account's full name.
#include "demo/demoworkspace.h"
#include "gate/fieldcheck.h"
#include "gate/gateprogress.h"
#include "gate/submissiongate.h"
#include "storage/workspace.h"
#include "util/accountname.h"

#include <optional>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;

namespace {

// A copy: callers pass the gate's result as a temporary, which is gone after the call.
std::optional<GateProblem> findProblem(const QList<GateProblem> &problems, const QString &code, const QString &field = {})
{
    for (const GateProblem &p : problems) {
        if (p.code == code && (field.isEmpty() || p.field == field))
            return p;
    }
    return std::nullopt;
}

GateContext context()
{
    return {QDate(2026, 1, 15), QStringLiteral("en")};
}

} // namespace

class TestFirstHour : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void corporateNumber()
    {
        // National Tax Agency's own number, a well-known valid example.
        QVERIFY(FieldCheck::isCorporateNumber(QStringLiteral("7000012050002")));
        QCOMPARE(FieldCheck::corporateNumberCheckDigit(QStringLiteral("000012050002")), 7);
        QVERIFY(!FieldCheck::isCorporateNumber(QStringLiteral("12345")));
        QVERIFY(!FieldCheck::isCorporateNumber(QStringLiteral("1000012050002"))); // wrong check digit
        QVERIFY(!FieldCheck::isCorporateNumber(QStringLiteral("700001205000X")));
        QVERIFY(!FieldCheck::isCorporateNumber(QStringLiteral("70000120500021")));

        Organisation o;
        o.name = QStringLiteral("さくらデバイス株式会社");
        Product p;
        o.corporateNumber = QStringLiteral("12345");
        const std::optional<GateProblem> bad = findProblem(SubmissionGate::checkProduct(o, p, context()),
                                             QStringLiteral("bad-corporate-number"));
        QVERIFY(bad);
        QVERIFY(bad->isBlocking());
        QCOMPARE(bad->field, QStringLiteral("organisation.corporateNumber"));
        QVERIFY(bad->message.contains(QStringLiteral("12345")));
        o.corporateNumber = QStringLiteral("7000012050002");
        QVERIFY(!findProblem(SubmissionGate::checkProduct(o, p, context()), QStringLiteral("bad-corporate-number")));
        o.corporateNumber.clear(); // not every manufacturer has one
        QVERIFY(!findProblem(SubmissionGate::checkProduct(o, p, context()), QStringLiteral("bad-corporate-number")));
    }

    void emailAndUrls()
    {
        QVERIFY(FieldCheck::isEmailAddress(QStringLiteral("security@sakura-devices.example")));
        QVERIFY(!FieldCheck::isEmailAddress(QStringLiteral("security@example")));
        QVERIFY(!FieldCheck::isEmailAddress(QStringLiteral("security example.com")));
        QVERIFY(!FieldCheck::isEmailAddress(QStringLiteral("a@@b.com")));
        QVERIFY(FieldCheck::isWebUrl(QStringLiteral("https://sakura-devices.example/vdp")));
        QVERIFY(!FieldCheck::isWebUrl(QStringLiteral("sakura-devices.example")));
        QVERIFY(!FieldCheck::isWebUrl(QStringLiteral("https://")));
        QVERIFY(FieldCheck::isPlausibleContact(QStringLiteral("03-1234-5678 (平日 9-17時)")));
        QVERIFY(!FieldCheck::isPlausibleContact(QStringLiteral("psirt@sakura")));

        Organisation o;
        o.name = QStringLiteral("Sakura");
        o.contactEmail = QStringLiteral("security@example");
        o.website = QStringLiteral("sakura.example");
        Product p;
        p.vulnerabilityContact = QStringLiteral("psirt@sakura");
        const QList<GateProblem> problems = SubmissionGate::checkProduct(o, p, context());
        QVERIFY(findProblem(problems, QStringLiteral("bad-email"), QStringLiteral("organisation.contactEmail")));
        QVERIFY(findProblem(problems, QStringLiteral("bad-url"), QStringLiteral("organisation.website")));
        QVERIFY(findProblem(problems, QStringLiteral("bad-contact"), QStringLiteral("product.vulnerabilityContact")));
    }

    void shortJustificationAndProgress()
    {
        const QString path = m_dir.filePath(QStringLiteral("progress.hoshi"));
        DemoIds ids;
        QString error;
        QVERIFY2(DemoWorkspace::create(path, &ids, &error), qPrintable(error));
        std::unique_ptr<Workspace> ws = Workspace::open(path, Workspace::Access::ReadWrite, &error);
        QVERIFY2(ws, qPrintable(error));
        // The demo's complete declaration passes: OK = assessed = every counted item.
        auto complete = ws->snapshot(ids.completeDeclaration, Workspace::ContentCheck::Skip, &error);
        QVERIFY(complete);
        const QList<GateProblem> clean = SubmissionGate::check(*complete, context());
        QCOMPARE(SubmissionGate::blockingCount(clean), 0);
        const GateProgress done = GateProgress::of(*complete, clean);
        QCOMPARE(done.ok, done.counted);
        QCOMPARE(done.assessed, done.counted);

        // The in-progress one has items with a verdict that are still blocked: not OK.
        auto progressing = ws->snapshot(ids.inProgressDeclaration, Workspace::ContentCheck::Skip, &error);
        QVERIFY(progressing);
        const QList<GateProblem> problems = SubmissionGate::check(*progressing, context());
        const GateProgress partial = GateProgress::of(*progressing, problems);
        QCOMPARE(partial.counted, progressing->criteria.items.size());
        QVERIFY2(partial.ok < partial.assessed, qPrintable(QStringLiteral("%1/%2").arg(partial.ok).arg(partial.assessed)));

        // A one-word N/A justification is accepted but warned about.
        const QString na = QStringLiteral("S1.1-02");
        QVERIFY2(ws->setAssessment(ids.inProgressDeclaration, na, Verdict::NotApplicable, QStringLiteral("なし"),
                                   QString(), &error),
                 qPrintable(error));
        auto shortOne = ws->snapshot(ids.inProgressDeclaration, Workspace::ContentCheck::Skip, &error);
        const std::optional<GateProblem> warning =
            findProblem(SubmissionGate::check(*shortOne, context()), QStringLiteral("short-justification"));
        QVERIFY(warning);
        QVERIFY(!warning->isBlocking());
        QCOMPARE(warning->itemId, na);
        QVERIFY(ws->setAssessment(ids.inProgressDeclaration, na, Verdict::NotApplicable,
                                  QStringLiteral("本製品は無線通信機能を持たず、有線LANのみで接続するため。"), QString(),
                                  &error));
        auto longOne = ws->snapshot(ids.inProgressDeclaration, Workspace::ContentCheck::Skip, &error);
        QVERIFY(!findProblem(SubmissionGate::check(*longOne, context()), QStringLiteral("short-justification")));
    }

    void renameAndRemove()
    {
        QString error;
        std::unique_ptr<Workspace> ws = Workspace::create(m_dir.filePath(QStringLiteral("catalog.hoshi")), &error);
        QVERIFY2(ws, qPrintable(error));
        ws->setActor(QStringLiteral("山田 花子"));
        Organisation o;
        o.name = QStringLiteral("さくらデバイス");
        const qint64 org = ws->addOrganisation(o, &error);
        Product p;
        p.organisationId = org;
        p.name = QStringLiteral("SR-200");
        const qint64 product = ws->addProduct(p, &error);
        QVERIFY(product > 0);
        const QString setId = QStringLiteral("JST-CR-01-01-2024R1");
        const qint64 declaration = ws->addDeclaration(product, setId, Route::Standard, &error);
        QVERIFY2(declaration > 0, qPrintable(error));

        // Renames, each in the history under the actor.
        QVERIFY2(ws->renameOrganisation(org, QStringLiteral("さくらデバイス株式会社"), &error), qPrintable(error));
        QCOMPARE(ws->organisation(org)->name, QStringLiteral("さくらデバイス株式会社"));
        QVERIFY(ws->renameProduct(product, QStringLiteral("SR-200 Router"), &error));
        QVERIFY(ws->renameDeclaration(declaration, QStringLiteral("2026年版"), &error));
        QCOMPARE(ws->declarationName(declaration), QStringLiteral("2026年版"));
        QVERIFY(!ws->renameOrganisation(org, QStringLiteral("  "), &error));
        QCOMPARE(ws->organisation(org)->name, QStringLiteral("さくらデバイス株式会社"));
        QList<HistoryEntry> history = ws->history(declaration);
        QVERIFY(!history.isEmpty());
        QCOMPARE(history.constFirst().action, QStringLiteral("declaration-renamed"));
        QCOMPARE(history.constFirst().actor, QStringLiteral("山田 花子"));
        bool productRenamed = false;
        for (const HistoryEntry &h : history)
            productRenamed = productRenamed || h.action == QLatin1String("product-renamed");
        QVERIFY(productRenamed);

        // Removal refuses while something depends on the record, and changes nothing.
        QVERIFY(!ws->removeOrganisation(org, &error));
        QVERIFY2(error.contains(QStringLiteral("1 product")), qPrintable(error));
        QVERIFY(ws->organisation(org));
        QVERIFY(!ws->removeProduct(product, &error));
        QVERIFY2(error.contains(QStringLiteral("1 declaration")), qPrintable(error));
        QVERIFY(ws->product(product));

        // The declaration goes with its assessments and the evidence that backs nothing else.
        const QString item = ws->criteriaFor(declaration)->items.constFirst().id;
        QVERIFY(ws->setAssessment(declaration, item, Verdict::Conforming, QString(), QString(), &error));
        Evidence e;
        e.kind = EvidenceKind::DocumentReview;
        e.title = QStringLiteral("取扱説明書");
        const qint64 evidence = ws->addEvidence(declaration, {item}, e, &error);
        QVERIFY2(evidence > 0, qPrintable(error));
        QVERIFY(ws->attachData(evidence, QStringLiteral("manual.txt"), "page 1", &error) > 0);
        QVERIFY2(ws->removeDeclaration(declaration, &error), qPrintable(error));
        QVERIFY(!ws->declaration(declaration));
        QVERIFY(!ws->evidence(evidence));
        QCOMPARE(ws->declarationName(declaration), QString());
        history = ws->history(declaration);
        QVERIFY(!history.isEmpty());
        QCOMPARE(history.constFirst().action, QStringLiteral("declaration-removed"));
        QCOMPARE(history.constFirst().actor, QStringLiteral("山田 花子"));

        QVERIFY2(ws->removeProduct(product, &error), qPrintable(error));
        QVERIFY2(ws->removeOrganisation(org, &error), qPrintable(error));
        QVERIFY(ws->organisations().isEmpty());
        QCOMPARE(ws->integrityCheck(), QStringLiteral("ok"));
        QVERIFY(!ws->removeOrganisation(org, &error)); // gone
    }

    void accountName()
    {
        QCOMPARE(AccountName::fromGecos("Hanako Yamada,Room 3,,"), QStringLiteral("Hanako Yamada"));
        QCOMPARE(AccountName::fromGecos("山田 花子"), QStringLiteral("山田 花子"));
        QCOMPARE(AccountName::fromGecos(",,,"), QString());
        QVERIFY(!AccountName::fullName().isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestFirstHour)
#include "testfirsthour.moc"
