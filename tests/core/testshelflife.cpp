// SPDX-License-Identifier: Apache-2.0
// Shelf life of evidence (ShelfLife): one rule for the review date, the workspace's default
// periods, the gate's warning and the portfolio's count; declaration.json keeps both dates;
// the evidence import takes them strictly; a firmware image hash change makes device tests on
// the old image stale exactly as a version change does (FirmwareStaleness).
#include "demo/demoworkspace.h"
#include "export/declarationjson.h"
#include "export/evidenceplan.h"
#include "gate/firmwarestaleness.h"
#include "gate/shelfliferules.h"
#include "gate/submissiongate.h"
#include "portfolio/portfolio.h"
#include "storage/evidenceimport.h"
#include "storage/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;

namespace {

const QString imageA = QStringLiteral("aa") + QString(62, QLatin1Char('1'));
const QString imageB = QStringLiteral("bb") + QString(62, QLatin1Char('2'));

Evidence deviceTest(const QDate &testedOn, const QString &firmware)
{
    Evidence e;
    e.kind = EvidenceKind::DeviceTest;
    e.procedure = QStringLiteral("Port scan of every interface");
    e.summary = QStringLiteral("Only the documented ports are open.");
    e.testedOn = testedOn;
    e.tester = QStringLiteral("QA");
    e.firmwareVersion = firmware;
    return e;
}

QList<GateProblem> problemsWith(const QList<GateProblem> &problems, const QString &code)
{
    QList<GateProblem> found;
    for (const GateProblem &p : problems) {
        if (p.code == code)
            found << p;
    }
    return found;
}

} // namespace

class TestShelfLife : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    DemoIds m_ids;
    QString m_testItem; // an item of the complete declaration that device tests back
    const QDate m_today = QDate(2027, 6, 1);

    std::unique_ptr<Workspace> open()
    {
        QString error;
        std::unique_ptr<Workspace> ws = Workspace::open(m_path, Workspace::Access::ReadWrite, &error);
        if (!ws)
            qWarning("%s", qPrintable(error));
        return ws;
    }

    DeclarationSnapshot snapshot(const Workspace &ws)
    {
        QString error;
        std::optional<DeclarationSnapshot> s = ws.snapshot(m_ids.completeDeclaration, Workspace::ContentCheck::Skip, &error);
        return s.value_or(DeclarationSnapshot{});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("shelf.hoshi"));
        QString error;
        QVERIFY2(DemoWorkspace::create(m_path, &m_ids, &error), qPrintable(error));
        std::unique_ptr<Workspace> ws = open();
        QVERIFY(ws);
        const DeclarationSnapshot s = snapshot(*ws);
        for (const CriteriaItem &item : s.criteria.items) {
            if (item.hasMethod(Method::DeviceTest) && m_testItem.isEmpty())
                m_testItem = item.id;
        }
        QVERIFY(!m_testItem.isEmpty());
    }

    void reviewDateIsOneRule()
    {
        ReviewPeriods periods; // built-in defaults: device tests 12 months, documents none
        QCOMPARE(periods.deviceTestMonths, 12);
        QCOMPARE(periods.documentReviewMonths, 0);
        Evidence test = deviceTest(QDate(2026, 3, 10), QStringLiteral("1.0"));
        QCOMPARE(ShelfLife::effectiveDate(test), QDate(2026, 3, 10)); // the test date stands in
        QCOMPARE(ShelfLife::reviewDate(test, periods), QDate(2027, 3, 10));
        test.effectiveOn = QDate(2026, 5, 1);
        QCOMPARE(ShelfLife::reviewDate(test, periods), QDate(2027, 5, 1));
        test.reviewBy = QDate(2026, 9, 30); // the record's own date wins
        QCOMPARE(ShelfLife::reviewDate(test, periods), QDate(2026, 9, 30));
        QVERIFY(!ShelfLife::isOverdue(test, periods, QDate(2026, 9, 30))); // due that day, not past
        QVERIFY(ShelfLife::isOverdue(test, periods, QDate(2026, 10, 1)));
        test.supersededBy = 99; // replaced by a newer capture: history, never overdue
        QVERIFY(!ShelfLife::isOverdue(test, periods, QDate(2030, 1, 1)));

        Evidence document;
        document.kind = EvidenceKind::DocumentReview;
        document.effectiveOn = QDate(2020, 1, 1);
        QVERIFY(!ShelfLife::reviewDate(document, periods).isValid()); // documents: no default
        periods.documentReviewMonths = 24;
        QCOMPARE(ShelfLife::reviewDate(document, periods), QDate(2022, 1, 1));

        Evidence backwards = deviceTest(QDate(2026, 3, 10), QStringLiteral("1.0"));
        backwards.reviewBy = QDate(2026, 1, 1);
        QString problem;
        QVERIFY(!ShelfLife::checkDates(backwards, &problem));
        QVERIFY2(problem.contains(QLatin1String("2026-01-01")) && problem.contains(QLatin1String("2026-03-10")),
                 qPrintable(problem));
    }

    void workspaceDefaultsApplyAndChange()
    {
        std::unique_ptr<Workspace> ws = open();
        QVERIFY(ws);
        QCOMPARE(ws->reviewPeriods().deviceTestMonths, 12);
        QCOMPARE(ws->reviewPeriods().documentReviewMonths, 0);
        QString error;
        QVERIFY(!ws->setReviewPeriod(EvidenceKind::DeviceTest, -1, &error));
        QVERIFY2(error.contains(QLatin1String("-1")), qPrintable(error));
        QVERIFY(!ws->setReviewPeriod(EvidenceKind::DeviceTest, ReviewPeriods::MaxMonths + 1, &error));
        QCOMPARE(ws->reviewPeriods().deviceTestMonths, 12); // refused: nothing changed
        QVERIFY2(ws->setReviewPeriod(EvidenceKind::DocumentReview, 36, &error), qPrintable(error));
        QVERIFY2(ws->setReviewPeriod(EvidenceKind::DeviceTest, 6, &error), qPrintable(error));
        ws.reset();
        ws = open(); // stored in the workspace, not in this process
        QVERIFY(ws);
        QCOMPARE(ws->reviewPeriods().documentReviewMonths, 36);
        QCOMPARE(ws->reviewPeriods().deviceTestMonths, 6);
        QCOMPARE(snapshot(*ws).reviewPeriods.deviceTestMonths, 6);
        const QList<HistoryEntry> history = ws->workspaceHistory();
        QVERIFY(std::any_of(history.cbegin(), history.cend(),
                            [](const HistoryEntry &h) { return h.action == QLatin1String("setting"); }));
        // Back to the built-in values for the tests below.
        QVERIFY(ws->setReviewPeriod(EvidenceKind::DocumentReview, 0, &error));
        QVERIFY(ws->setReviewPeriod(EvidenceKind::DeviceTest, 12, &error));
    }

    void pastReviewWarnsInGateAndPortfolio()
    {
        std::unique_ptr<Workspace> ws = open();
        QVERIFY(ws);
        QString error;
        const QString firmware = snapshot(*ws).product.firmwareVersion;
        Evidence old = deviceTest(m_today.addMonths(-3), firmware);
        old.reviewBy = m_today.addDays(-1);
        const qint64 id = ws->addEvidence(m_ids.completeDeclaration, {m_testItem}, old, &error);
        QVERIFY2(id > 0, qPrintable(error));

        DeclarationSnapshot s = snapshot(*ws);
        const QList<GateProblem> problems = SubmissionGate::check(s, GateContext{m_today, QStringLiteral("en")});
        const QList<GateProblem> due = problemsWith(problems, QStringLiteral("evidence-review-due"));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().evidenceId, id);
        QCOMPARE(due.first().itemId, m_testItem);
        QVERIFY(!due.first().isBlocking());
        QVERIFY2(due.first().message.contains(m_testItem), qPrintable(due.first().message));
        // The day before, nothing is due.
        QVERIFY(problemsWith(SubmissionGate::check(s, GateContext{m_today.addDays(-1), QStringLiteral("en")}),
                             QStringLiteral("evidence-review-due"))
                    .isEmpty());

        const QList<PortfolioRow> rows = Portfolio::build(*ws, m_today, &error);
        const auto row = std::find_if(rows.cbegin(), rows.cend(),
                                      [&](const PortfolioRow &r) { return r.declarationId == m_ids.completeDeclaration; });
        QVERIFY(row != rows.cend());
        QCOMPARE(row->evidencePastReview, int(ShelfLifeRules::overdue(s, m_today).size()));
        QVERIFY(row->evidencePastReview >= 1);

        // Without its own date the default applies: a test 13 months old is past 12 months, and
        // with the period set to none it is not.
        Evidence aged = deviceTest(m_today.addMonths(-13), firmware);
        const qint64 agedId = ws->addEvidence(m_ids.completeDeclaration, {m_testItem}, aged, &error);
        QVERIFY2(agedId > 0, qPrintable(error));
        const auto dueIds = [&](const Workspace &w) {
            QList<qint64> ids;
            for (const EvidenceReview &r : ShelfLifeRules::overdue(snapshot(w), m_today))
                ids << r.evidence.id;
            return ids;
        };
        QVERIFY(dueIds(*ws).contains(agedId));
        QVERIFY(ws->setReviewPeriod(EvidenceKind::DeviceTest, 0, &error));
        QVERIFY(!dueIds(*ws).contains(agedId));
        QVERIFY(dueIds(*ws).contains(id)); // its own date still holds
        QVERIFY(ws->setReviewPeriod(EvidenceKind::DeviceTest, 24, &error));
        QVERIFY(!dueIds(*ws).contains(agedId));
        QVERIFY(ws->setReviewPeriod(EvidenceKind::DeviceTest, 12, &error));
        QVERIFY(ws->removeEvidence(agedId, &error));
        QVERIFY(ws->removeEvidence(id, &error));
    }

    void refusesReviewBeforeEffectiveDate()
    {
        std::unique_ptr<Workspace> ws = open();
        QVERIFY(ws);
        const int before = int(ws->evidenceOfDeclaration(m_ids.completeDeclaration).size());
        Evidence e = deviceTest(QDate(2026, 5, 1), QStringLiteral("1.0"));
        e.reviewBy = QDate(2026, 4, 1);
        QString error;
        QCOMPARE(ws->addEvidence(m_ids.completeDeclaration, {m_testItem}, e, &error), qint64(-1));
        QVERIFY2(error.contains(QLatin1String("2026-04-01")), qPrintable(error));
        QCOMPARE(int(ws->evidenceOfDeclaration(m_ids.completeDeclaration).size()), before);
    }

    void declarationJsonCarriesBothDates()
    {
        std::unique_ptr<Workspace> ws = open();
        QVERIFY(ws);
        QString error;
        Evidence e = deviceTest(QDate(2026, 11, 2), snapshot(*ws).product.firmwareVersion);
        e.effectiveOn = QDate(2026, 11, 1);
        e.reviewBy = QDate(2027, 5, 1);
        e.tool = QStringLiteral("nmap");
        e.toolVersion = QStringLiteral("7.94");
        e.target = QStringLiteral("192.0.2.10");
        e.firmwareImageSha256 = imageA;
        const qint64 id = ws->addEvidence(m_ids.completeDeclaration, {m_testItem}, e, &error);
        QVERIFY2(id > 0, qPrintable(error));
        const DeclarationSnapshot s = snapshot(*ws);
        const QByteArray bytes = DeclarationJson::toBytes(s, EvidencePlan::make(s));
        const std::optional<ArchivedDeclaration> back = DeclarationJson::fromBytes(bytes, &error);
        QVERIFY2(back, qPrintable(error));
        const QList<Evidence> read = back->snapshot.evidence.value(m_testItem);
        const auto it = std::find_if(read.cbegin(), read.cend(), [id](const Evidence &x) { return x.id == id; });
        QVERIFY(it != read.cend());
        QCOMPARE(it->effectiveOn, QDate(2026, 11, 1));
        QCOMPARE(it->reviewBy, QDate(2027, 5, 1));
        QCOMPARE(it->tool, QStringLiteral("nmap"));
        QCOMPARE(it->toolVersion, QStringLiteral("7.94"));
        QCOMPARE(it->target, QStringLiteral("192.0.2.10"));
        QCOMPARE(it->firmwareImageSha256, imageA);
        // The derived review date is written for readers, and both dates as set.
        const QJsonArray evidence = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("evidence")).toArray();
        bool found = false;
        for (const QJsonValue &v : evidence) {
            if (v[QStringLiteral("id")].toInteger() != id)
                continue;
            found = true;
            QCOMPARE(v[QStringLiteral("effectiveOn")].toString(), QStringLiteral("2026-11-01"));
            QCOMPARE(v[QStringLiteral("reviewBy")].toString(), QStringLiteral("2027-05-01"));
            QCOMPARE(v[QStringLiteral("reviewDue")].toString(), QStringLiteral("2027-05-01"));
        }
        QVERIFY(found);
        QVERIFY(ws->removeEvidence(id, &error));
    }

    void importTakesNewFieldsStrictly()
    {
        std::unique_ptr<Workspace> ws = open();
        QVERIFY(ws);
        const int before = int(ws->evidenceOfDeclaration(m_ids.completeDeclaration).size());
        const auto record = [this](const QString &extra) {
            return QStringLiteral(R"({"kind": "device-test", "items": ["%1"], "procedure": "scan", "summary": "ok",)"
                                  R"( "testedOn": "2026-11-02", "tester": "lab", "firmwareVersion": "1.0"%2})")
                .arg(m_testItem, extra);
        };
        const struct {
            QString extra;
            QString reason;
        } bad[] = {
            {QStringLiteral(R"(, "reviewBy": "2027-02-30")"), QStringLiteral("\"reviewBy\" must be a date as YYYY-MM-DD, not \"2027-02-30\"")},
            {QStringLiteral(R"(, "effectiveOn": "1/11/2026")"), QStringLiteral("\"effectiveOn\" must be a date as YYYY-MM-DD")},
            {QStringLiteral(R"(, "reviewBy": "2026-10-01")"), QStringLiteral("before the evidence's effective date 2026-11-02")},
            {QStringLiteral(R"(, "firmwareImageSha256": "abc")"), QStringLiteral("64 hexadecimal digits")},
            {QStringLiteral(R"(, "reviewBy": 20270101)"), QStringLiteral("\"reviewBy\" must be a string")},
        };
        for (const auto &b : bad) {
            // The bad record second: the good first one must not be kept either.
            const QByteArray json = (QStringLiteral("[") + record(QString()) + QStringLiteral(", ") + record(b.extra)
                                     + QStringLiteral("]")).toUtf8();
            QList<EvidenceImportRecord> records;
            QList<qint64> ids;
            QString error;
            const bool ok = EvidenceImport::parse(json, m_dir.path(), &records, &error)
                            && EvidenceImport::run(*ws, m_ids.completeDeclaration, records, &ids, &error);
            QVERIFY2(!ok, qPrintable(b.extra));
            QVERIFY2(error.contains(QLatin1String("Record 2")) && error.contains(b.reason), qPrintable(error));
            QCOMPARE(int(ws->evidenceOfDeclaration(m_ids.completeDeclaration).size()), before);
        }
        const QByteArray good = (QStringLiteral("[") + record(QStringLiteral(
            ", \"effectiveOn\": \"2026-11-01\", \"reviewBy\": \"2027-11-01\", \"tool\": \"testssl.sh\", \"toolVersion\": \"3.2\","
            " \"target\": \"https://192.0.2.10\", \"firmwareImageSha256\": \"%1\"").arg(imageA.toUpper())) + QStringLiteral("]")).toUtf8();
        QList<EvidenceImportRecord> records;
        QList<qint64> ids;
        QString error;
        QVERIFY2(EvidenceImport::parse(good, m_dir.path(), &records, &error)
                     && EvidenceImport::run(*ws, m_ids.completeDeclaration, records, &ids, &error),
                 qPrintable(error));
        const std::optional<Evidence> e = ws->evidence(ids.value(0));
        QVERIFY(e);
        QCOMPARE(e->effectiveOn, QDate(2026, 11, 1));
        QCOMPARE(e->reviewBy, QDate(2027, 11, 1));
        QCOMPARE(e->tool, QStringLiteral("testssl.sh"));
        QCOMPARE(e->toolVersion, QStringLiteral("3.2"));
        QCOMPARE(e->target, QStringLiteral("https://192.0.2.10"));
        QCOMPARE(e->firmwareImageSha256, imageA);
        QVERIFY(ws->removeEvidence(e->id, &error));
    }

    void firmwareImageChangeMakesTestsStale()
    {
        std::unique_ptr<Workspace> ws = open();
        QVERIFY(ws);
        QString error;
        Product product = snapshot(*ws).product;
        QVERIFY(FirmwareStaleness::staleItems(snapshot(*ws)).isEmpty());
        product.firmwareImageSha256 = QStringLiteral("not a hash");
        QVERIFY(!ws->updateProduct(product, &error));
        QVERIFY2(error.contains(QLatin1String("64 hexadecimal")), qPrintable(error));
        product.firmwareImageSha256 = imageA.toUpper(); // stored as sha256sum prints it
        QVERIFY2(ws->updateProduct(product, &error), qPrintable(error));
        QCOMPARE(ws->product(product.id)->firmwareImageSha256, imageA);

        // A captured test on image A, same version as declared: current.
        Evidence captured = deviceTest(m_today.addDays(-10), product.firmwareVersion);
        captured.firmwareImageSha256 = imageA;
        const qint64 id = ws->addEvidence(m_ids.completeDeclaration, {m_testItem}, captured, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QVERIFY(FirmwareStaleness::staleItems(snapshot(*ws)).isEmpty());

        // A rebuilt image under the same version number: the test on image A is stale.
        product = *ws->product(product.id);
        product.firmwareImageSha256 = imageB;
        QVERIFY2(ws->updateProduct(product, &error), qPrintable(error));
        DeclarationSnapshot s = snapshot(*ws);
        QCOMPARE(FirmwareStaleness::staleItems(s), QStringList{m_testItem});
        const QList<GateProblem> mismatch =
            problemsWith(SubmissionGate::check(s, GateContext{m_today, QStringLiteral("en")}), QStringLiteral("firmware-mismatch"));
        QCOMPARE(mismatch.size(), 1);
        QVERIFY(mismatch.first().isBlocking());
        QCOMPARE(mismatch.first().evidenceId, id);
        QVERIFY2(mismatch.first().message.contains(imageA.left(12)) && mismatch.first().message.contains(imageB.left(12)),
                 qPrintable(mismatch.first().message));

        // Re-tested on image B: the old capture is history (a warning), nothing blocks on it.
        Evidence again = captured;
        again.firmwareImageSha256 = imageB;
        const qint64 againId = ws->addEvidence(m_ids.completeDeclaration, {m_testItem}, again, &error);
        QVERIFY2(againId > 0, qPrintable(error));
        s = snapshot(*ws);
        QVERIFY(FirmwareStaleness::staleItems(s).isEmpty());
        const QList<GateProblem> problems = SubmissionGate::check(s, GateContext{m_today, QStringLiteral("en")});
        QVERIFY(problemsWith(problems, QStringLiteral("firmware-mismatch")).isEmpty());
        QCOMPARE(problemsWith(problems, QStringLiteral("firmware-superseded")).size(), 1);
        QVERIFY(ws->removeEvidence(id, &error));
        QVERIFY(ws->removeEvidence(againId, &error));
    }
};

QTEST_MAIN(TestShelfLife)
#include "testshelflife.moc"
