// SPDX-License-Identifier: Apache-2.0
// The portfolio: 3 organisations × 4 products, every column checked against known values, the
// urgency order (core and `hoshi-cli portfolio --json`), and the CSV/XLSX exports of the table.
#include "exportzipedit.h"
#include "portfolio/portfoliotable.h"
#include "storage/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;

namespace {

const QString Star1 = QStringLiteral("JST-CR-01-01-2024R1");
const int Count = 12;

// What each of the 12 declarations (n = organisation * 4 + product) is given, and so expected.
struct Spec {
    int supportDays = 0;                 // support end, days from today
    std::optional<int> labelDays;        // label validity end, days from today (label active)
    bool labelExpired = false;           // label expired (not counting down any more)
    enum class Review { None, ChangesRequested, ApprovedThenChanged, Approved, OpenComment, ResolvedComment };
    Review review = Review::None;
    bool staleTest = false;
    int nonConforming = 0; // items answered (non-conforming); the rest stay not assessed
};

Spec specOf(int n)
{
    Spec s;
    s.supportDays = 400 + 10 * n;
    s.nonConforming = n % 5;
    switch (n) {
    case 0: s.supportDays = -5; break;
    case 1: s.labelDays = 60; break;
    case 2: s.review = Spec::Review::ChangesRequested; break;
    case 3: s.review = Spec::Review::ApprovedThenChanged; break;
    case 4: s.staleTest = true; break;
    case 5: s.supportDays = 30; break;
    case 6: s.labelDays = 700; break;
    case 7: s.review = Spec::Review::OpenComment; break;
    case 8: s.review = Spec::Review::Approved; break;
    case 9: s.labelDays = -10; s.labelExpired = true; break;
    case 10: s.review = Spec::Review::ResolvedComment; break;
    default: break;
    }
    return s;
}

// 0 ended; 5 (30 days), 1 (60) end soon; 2, 3, 7 need review action; 4 has a stale test;
// the rest are blocked, nearest end first.
const QList<int> expectedOrder{0, 5, 1, 2, 3, 7, 4, 6, 8, 9, 10, 11};

void check(bool ok, const QString &error)
{
    if (!ok)
        qFatal("fixture: %s", qPrintable(error));
}

qint64 makeDeclaration(Workspace &ws, qint64 organisation, int n, const QDate &today)
{
    const Spec spec = specOf(n);
    QString error;
    Product p;
    p.organisationId = organisation;
    p.name = QStringLiteral("Product %1").arg(n);
    p.modelNumbers = {QStringLiteral("M-%1").arg(n), QStringLiteral("M-%1-EU").arg(n)};
    p.category = QStringLiteral("Router");
    p.firmwareName = QStringLiteral("FW");
    p.firmwareVersion = QStringLiteral("1.0");
    p.supportUntil = today.addDays(spec.supportDays);
    p.productContact = QStringLiteral("support@example.com");
    p.vulnerabilityContact = QStringLiteral("psirt@example.com");
    const qint64 id = ws.addDeclaration(ws.addProduct(p, &error), Star1, Route::Standard, &error);
    check(id > 0, error);
    Declaration d = *ws.declaration(id);
    d.evaluationCompletedOn = today.addDays(-30);
    if (spec.labelDays) {
        // Recorded as active; an expired label is one whose validity end has passed.
        d.labelStatus = LabelStatus::Active;
        d.registrationNumber = QStringLiteral("%1").arg(1000000000000000LL + n);
        d.validUntil = today.addDays(*spec.labelDays);
        d.issuedOn = d.validUntil.addYears(-2).addDays(1);
    }
    check(ws.updateDeclaration(d, &error), error);
    const QList<Assessment> items = ws.assessments(id);
    for (int i = 0; i < spec.nonConforming; ++i)
        check(ws.setAssessment(id, items.at(i).itemId, Verdict::NonConforming, QStringLiteral("fails"), {}, &error), error);
    if (spec.staleTest) {
        Evidence e;
        e.kind = EvidenceKind::DeviceTest;
        e.procedure = QStringLiteral("Login test");
        e.summary = QStringLiteral("Locked");
        e.testedOn = today.addDays(-40);
        e.firmwareVersion = QStringLiteral("0.9");
        check(ws.addEvidence(id, {items.at(0).itemId}, e, &error) > 0, error);
    }
    const QString reviewer = QStringLiteral("Reviewer");
    switch (spec.review) {
    case Spec::Review::ChangesRequested:
        check(ws.requestReview(id, ws.actor(), &error) && ws.reject(id, reviewer, QStringLiteral("pages"), &error), error);
        break;
    case Spec::Review::ApprovedThenChanged:
    case Spec::Review::Approved:
        check(ws.requestReview(id, ws.actor(), &error) && ws.approve(id, reviewer, &error), error);
        if (spec.review == Spec::Review::ApprovedThenChanged)
            check(ws.setAssessment(id, items.at(0).itemId, Verdict::NonConforming, QStringLiteral("still fails"), {},
                                   &error), error);
        break;
    case Spec::Review::OpenComment:
        check(ws.addComment(id, items.at(1).itemId, reviewer, QStringLiteral("why?"), &error) > 0, error);
        break;
    case Spec::Review::ResolvedComment: {
        const qint64 c = ws.addComment(id, {}, reviewer, QStringLiteral("fine"), &error);
        check(c > 0 && ws.resolveComment(c, ws.actor(), &error), error);
        break;
    }
    case Spec::Review::None:
        break;
    }
    return id;
}

} // namespace

class TestPortfolio : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QDate m_today;
    QList<qint64> m_ids; // by n
    QDateTime m_started;

private Q_SLOTS:
    void initTestCase()
    {
        m_today = QDate::currentDate();
        m_path = m_dir.filePath(QStringLiteral("portfolio.hoshi"));
        m_started = QDateTime::currentDateTimeUtc().addSecs(-1);
        QString error;
        std::unique_ptr<Workspace> ws = Workspace::create(m_path, &error);
        QVERIFY2(ws, qPrintable(error));
        ws->setActor(QStringLiteral("Preparer"));
        for (int o = 0; o < 3; ++o) {
            const qint64 org = ws->addOrganisation({-1, QStringLiteral("Org %1").arg(QChar('A' + o)), {}, {}, {}, {}, {}, {}},
                                                   &error);
            QVERIFY2(org > 0, qPrintable(error));
            for (int j = 0; j < 4; ++j)
                m_ids << makeDeclaration(*ws, org, o * 4 + j, m_today);
        }
    }

    void everyColumn()
    {
        QString error;
        std::unique_ptr<Workspace> ws = Workspace::open(m_path, Workspace::Access::ReadOnly, &error);
        QVERIFY2(ws, qPrintable(error));
        const QList<PortfolioRow> rows = Portfolio::build(*ws, m_today, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), Count);
        const QDateTime finished = QDateTime::currentDateTimeUtc().addSecs(1);
        for (int n = 0; n < Count; ++n) {
            const Spec spec = specOf(n);
            const auto row = std::find_if(rows.begin(), rows.end(),
                                          [&](const PortfolioRow &r) { return r.declarationId == m_ids.at(n); });
            QVERIFY(row != rows.end());
            const PortfolioRow &r = *row;
            const QByteArray atText = QByteArray("declaration n=") + QByteArray::number(n);
            const char *at = atText.constData();
            QVERIFY2(r.organisation == QStringLiteral("Org %1").arg(QChar('A' + n / 4)), at);
            QVERIFY2(r.product == QStringLiteral("Product %1").arg(n), at);
            QVERIFY2(r.modelNumbers == (QStringList{QStringLiteral("M-%1").arg(n), QStringLiteral("M-%1-EU").arg(n)}), at);
            QVERIFY2(r.criteriaSetId == Star1 && r.route == Route::Standard, at);
            QVERIFY2(r.assessed == spec.nonConforming && r.total == 16, at);
            // Every item is either not assessed or non-conforming: one blocking problem each,
            // plus the firmware mismatch of the stale device test.
            QVERIFY2(r.blocking == 16 + (spec.staleTest ? 1 : 0), QByteArray(atText + " blocking " + QByteArray::number(r.blocking)).constData());
            const int warnings = (spec.supportDays < 0 ? 1 : 0)
                                 + (spec.review == Spec::Review::ApprovedThenChanged ? 1 : 0)
                                 + (spec.review == Spec::Review::OpenComment ? 1 : 0);
            QVERIFY2(r.warnings == warnings, QByteArray(atText + " warnings " + QByteArray::number(r.warnings)).constData());
            const ReviewState state = spec.review == Spec::Review::ChangesRequested ? ReviewState::ChangesRequested
                                      : (spec.review == Spec::Review::Approved
                                         || spec.review == Spec::Review::ApprovedThenChanged)
                                          ? ReviewState::Approved
                                          : ReviewState::Draft;
            QVERIFY2(r.reviewState == state, at);
            QVERIFY2(r.approvalStale == (spec.review == Spec::Review::ApprovedThenChanged), at);
            QVERIFY2(r.openComments == (spec.review == Spec::Review::OpenComment ? 1 : 0), at);
            const LabelStatus label = !spec.labelDays ? LabelStatus::None
                                      : spec.labelExpired ? LabelStatus::Expired : LabelStatus::Active;
            QVERIFY2(r.labelStatus == label, at);
            QVERIFY2(r.validUntil == (spec.labelDays ? m_today.addDays(*spec.labelDays) : QDate()), at);
            QVERIFY2(r.registrationNumber.isEmpty() == !spec.labelDays, at);
            QVERIFY2(r.daysUntilLabelEnds == (spec.labelDays && !spec.labelExpired ? spec.labelDays : std::nullopt), at);
            QVERIFY2(r.supportUntil == m_today.addDays(spec.supportDays), at);
            QVERIFY2(r.daysUntilSupportEnds == spec.supportDays, at);
            QVERIFY2(r.staleDeviceTests == (spec.staleTest ? 1 : 0), at);
            QVERIFY2(r.lastChange >= m_started && r.lastChange <= finished, at);
            if (spec.review == Spec::Review::ApprovedThenChanged)
                QVERIFY2(r.lastChange >= ws->currentApproval(r.declarationId)->at, at);
            QVERIFY2(PortfolioTable::text(r, PortfolioTable::Assessed)
                         == QStringLiteral("%1/16").arg(spec.nonConforming), at);
            QVERIFY2(PortfolioTable::text(r, PortfolioTable::Models) == QStringLiteral("M-%1, M-%1-EU").arg(n), at);
        }
        QList<int> order;
        for (const PortfolioRow &r : rows)
            order << int(m_ids.indexOf(r.declarationId));
        QCOMPARE(order, expectedOrder);
        QCOMPARE(rows.first().urgency, PortfolioRow::Urgency::Ended);
        QCOMPARE(rows.at(6).urgency, PortfolioRow::Urgency::StaleTests);
        QCOMPARE(rows.last().urgency, PortfolioRow::Urgency::Blocked);
    }

    void computeIsPureInToday()
    {
        // The same data seen a year later: everything has ended, ordered by how long ago.
        QString error;
        std::unique_ptr<Workspace> ws = Workspace::open(m_path, Workspace::Access::ReadOnly, &error);
        const QList<PortfolioInput> inputs = Portfolio::gather(*ws, &error);
        const QList<PortfolioRow> later = Portfolio::compute(inputs, m_today.addYears(3));
        for (const PortfolioRow &r : later)
            QCOMPARE(r.urgency, PortfolioRow::Urgency::Ended);
        QCOMPARE(later.first().declarationId, m_ids.at(0));
        QCOMPARE(Portfolio::compute(inputs, m_today).first().declarationId, m_ids.at(0));
    }

    void cliJsonInUrgencyOrder()
    {
        const exporttest::ToolRun run = exporttest::runTool(QStringLiteral(HOSHI_CLI_PATH),
                                                            {QStringLiteral("portfolio"), m_path, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("declarations")).toArray();
        QCOMPARE(list.size(), Count);
        QList<int> order;
        for (const QJsonValue &v : list)
            order << int(m_ids.indexOf(v[QStringLiteral("declaration")].toInteger()));
        QCOMPARE(order, expectedOrder);
        const QJsonObject first = list.first().toObject();
        QCOMPARE(first[QStringLiteral("urgency")].toString(), QStringLiteral("ended"));
        QCOMPARE(first[QStringLiteral("daysUntilSupportEnds")].toInt(), -5);
        QVERIFY(first[QStringLiteral("daysUntilLabelEnds")].isNull());
        QCOMPARE(list.at(4)[QStringLiteral("approvalStale")].toBool(), true);
        QCOMPARE(list.at(3)[QStringLiteral("reviewState")].toString(), QStringLiteral("changes-requested"));
    }

    void csvAndXlsx()
    {
        const QString csv = m_dir.filePath(QStringLiteral("p.csv"));
        const QString xlsx = m_dir.filePath(QStringLiteral("p.xlsx"));
        const exporttest::ToolRun run = exporttest::runTool(
            QStringLiteral(HOSHI_CLI_PATH), {QStringLiteral("portfolio"), m_path, QStringLiteral("--csv"), csv,
                                             QStringLiteral("--xlsx"), xlsx});
        QCOMPARE(run.exitCode, 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = bytes.mid(3).trimmed().split('\n');
        QCOMPARE(lines.size(), Count + 1);
        QVERIFY(lines.at(0).startsWith("Organisation,Product,Model numbers"));
        QVERIFY2(lines.at(1).startsWith("Org A,Product 0,\"M-0, M-0-EU\",JST-CR-01-01-2024R1"), lines.at(1).constData());
        QFile x(xlsx);
        QVERIFY(x.open(QIODevice::ReadOnly));
        QVERIFY(x.read(2) == "PK");
        // An unwritable target is an error and exit 2.
        const exporttest::ToolRun bad = exporttest::runTool(
            QStringLiteral(HOSHI_CLI_PATH), {QStringLiteral("portfolio"), m_path, QStringLiteral("--csv"),
                                             m_dir.filePath(QStringLiteral("missing/dir/p.csv"))});
        QCOMPARE(bad.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestPortfolio)
#include "testportfolio.moc"
