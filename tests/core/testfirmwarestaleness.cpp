// SPDX-License-Identifier: Apache-2.0
// Stale device tests are decided once (FirmwareStaleness): after a firmware change the
// submission gate, the re-test plan, the reminders and the portfolio name the same items at
// every step — all of them before the re-test, the rest half-way, none after it — and so do
// `hoshi-cli validate`, `reminders --json` and `portfolio --json`.
#include "clirun.h"
#include "demo/demoworkspace.h"
#include "gate/firmwarestaleness.h"
#include "gate/submissiongate.h"
#include "lifecycle/reminders.h"
#include "lifecycle/retestplan.h"
#include "portfolio/portfolio.h"
#include "storage/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;

namespace {

const QString oldFirmware = QStringLiteral("1.4.2");
const QString newFirmware = QStringLiteral("1.5.0");

// What each user of the rule says about one declaration.
struct Views {
    QSet<QString> rule;      // FirmwareStaleness::staleItems
    QSet<QString> gate;      // items with a blocking "firmware-mismatch"
    QSet<QString> plan;      // RetestPlan::of
    QSet<QString> reminders; // the StaleEvidence reminder's items
    int portfolioStaleTests = -1;
    PortfolioRow::Urgency urgency = PortfolioRow::Urgency::Ready;
    int ruleStaleTests = -1;
    int blocking = -1;
};

Views look(const Workspace &ws, qint64 declarationId, const QDate &today)
{
    Views v;
    QString error;
    const std::optional<DeclarationSnapshot> s = ws.snapshot(declarationId, Workspace::ContentCheck::Skip, &error);
    if (!s)
        return v;
    const QStringList staleItems = FirmwareStaleness::staleItems(*s);
    v.rule = QSet<QString>(staleItems.cbegin(), staleItems.cend());
    v.ruleStaleTests = FirmwareStaleness::staleTestCount(*s);
    const QList<GateProblem> problems = SubmissionGate::check(*s, GateContext{today, QStringLiteral("en")});
    v.blocking = SubmissionGate::blockingCount(problems);
    for (const GateProblem &p : problems) {
        if (p.isBlocking() && p.code == QLatin1String("firmware-mismatch"))
            v.gate.insert(p.itemId);
    }
    for (const RetestItem &item : RetestPlan::of(*s, QStringLiteral("en")))
        v.plan.insert(item.itemId);
    for (const Reminder &r : Reminders::due(Reminders::subjects(ws, QStringLiteral("en"), &error), today)) {
        if (r.kind == ReminderKind::StaleEvidence && r.declarationId == declarationId)
            v.reminders = QSet<QString>(r.items.cbegin(), r.items.cend());
    }
    for (const PortfolioRow &row : Portfolio::build(ws, today, &error)) {
        if (row.declarationId == declarationId) {
            v.portfolioStaleTests = row.staleDeviceTests;
            v.urgency = row.urgency;
        }
    }
    return v;
}

QString describe(const QSet<QString> &items)
{
    QStringList list(items.cbegin(), items.cend());
    list.sort();
    return list.join(QLatin1Char(' '));
}

} // namespace

class TestFirmwareStaleness : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    DemoIds m_ids;
    QDate m_today = QDate::currentDate();

    void expectAgreement(const Views &v, int staleItems)
    {
        QCOMPARE(v.rule.size(), staleItems);
        QVERIFY2(v.gate == v.rule, qPrintable(describe(v.gate) + QStringLiteral(" / ") + describe(v.rule)));
        QVERIFY2(v.plan == v.rule, qPrintable(describe(v.plan) + QStringLiteral(" / ") + describe(v.rule)));
        QVERIFY2(v.reminders == v.rule, qPrintable(describe(v.reminders) + QStringLiteral(" / ") + describe(v.rule)));
        QCOMPARE(v.portfolioStaleTests, v.ruleStaleTests);
        QCOMPARE(v.portfolioStaleTests > 0, staleItems > 0);
        if (staleItems == 0) {
            QVERIFY(v.urgency != PortfolioRow::Urgency::StaleTests);
            QCOMPARE(v.blocking, 0); // submittable again
        } else {
            QVERIFY(v.blocking > 0);
        }
    }

    // A complete device test of `itemId` on `firmware`, with its file.
    void retest(Workspace &ws, const QString &itemId)
    {
        Evidence e;
        e.kind = EvidenceKind::DeviceTest;
        e.title = QStringLiteral("Re-test of %1").arg(itemId);
        e.procedure = QStringLiteral("Same procedure as before, on the new firmware.");
        e.summary = QStringLiteral("Passed.");
        e.testedOn = m_today;
        e.tester = QStringLiteral("QA");
        e.firmwareVersion = newFirmware;
        QString error;
        const qint64 id = ws.addEvidence(m_ids.completeDeclaration, {itemId}, e, &error);
        QVERIFY2(id > 0, qPrintable(error));
        const QString log = m_dir.filePath(QStringLiteral("retest-%1.txt").arg(itemId));
        QFile file(log);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("test log for " + itemId.toUtf8() + " on " + newFirmware.toUtf8() + '\n');
        file.close();
        QVERIFY2(ws.attachFile(id, log, &error) > 0, qPrintable(error));
    }

    QJsonObject portfolioRowFromCli()
    {
        const exporttest::ToolRun run = exporttest::cliInEnglish({QStringLiteral("portfolio"), m_path, QStringLiteral("--json")});
        const QJsonValue doc = QJsonDocument::fromJson(run.out).isArray()
                                   ? QJsonValue(QJsonDocument::fromJson(run.out).array())
                                   : QJsonDocument::fromJson(run.out).object().value(QStringLiteral("declarations"));
        for (const QJsonValue &row : doc.toArray()) {
            if (row[QStringLiteral("declaration")].toInteger() == m_ids.completeDeclaration)
                return row.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("demo.hoshi"));
        QString error;
        QVERIFY2(DemoWorkspace::create(m_path, &m_ids, &error), qPrintable(error));
    }

    void retestScenario()
    {
        QString error;
        std::unique_ptr<Workspace> ws = Workspace::open(m_path, Workspace::Access::ReadWrite, &error);
        QVERIFY2(ws, qPrintable(error));
        std::optional<DeclarationSnapshot> s = ws->snapshot(m_ids.completeDeclaration, Workspace::ContentCheck::Skip, &error);
        QVERIFY2(s, qPrintable(error));

        // The demo's device tests, all on the declared firmware: nothing stale anywhere.
        Product product = s->product;
        QStringList tested;
        for (const CriteriaItem &item : s->criteria.items) {
            for (const Evidence &e : s->evidence.value(item.id)) {
                if (e.kind == EvidenceKind::DeviceTest && !tested.contains(item.id))
                    tested << item.id;
            }
        }
        QVERIFY(tested.size() >= 2);
        // Put the tests on 1.4.2 as the scenario has it.
        product.firmwareVersion = oldFirmware;
        QVERIFY2(ws->updateProduct(product, &error), qPrintable(error));
        for (const CriteriaItem &item : s->criteria.items) {
            for (Evidence e : s->evidence.value(item.id)) {
                if (e.kind != EvidenceKind::DeviceTest || e.firmwareVersion == oldFirmware)
                    continue;
                e.firmwareVersion = oldFirmware;
                QVERIFY2(ws->updateEvidence(e, &error), qPrintable(error));
            }
        }
        expectAgreement(look(*ws, m_ids.completeDeclaration, m_today), 0);

        // Firmware 1.4.2 -> 1.5.0: every device-tested item is stale, for all four.
        product = *ws->product(product.id);
        product.firmwareVersion = newFirmware;
        QVERIFY2(ws->updateProduct(product, &error), qPrintable(error));
        expectAgreement(look(*ws, m_ids.completeDeclaration, m_today), int(tested.size()));
        QVERIFY(portfolioRowFromCli()[QStringLiteral("staleDeviceTests")].toInt() > 0);

        // Half re-tested: the other half still stale, for all four.
        const int half = int(tested.size()) / 2;
        for (int i = 0; i < half; ++i)
            retest(*ws, tested.at(i));
        expectAgreement(look(*ws, m_ids.completeDeclaration, m_today), int(tested.size()) - half);

        // Every device-test item re-tested on 1.5.0: nothing stale anywhere, submittable.
        for (int i = half; i < tested.size(); ++i)
            retest(*ws, tested.at(i));
        expectAgreement(look(*ws, m_ids.completeDeclaration, m_today), 0);
        ws.reset();

        const QJsonObject row = portfolioRowFromCli();
        QCOMPARE(row[QStringLiteral("staleDeviceTests")].toInt(-1), 0);
        QVERIFY(row[QStringLiteral("urgency")].toString() != QLatin1String("stale-tests"));
        const exporttest::ToolRun validate = exporttest::cliInEnglish(
            {QStringLiteral("validate"), m_path, QStringLiteral("--declaration"), QString::number(m_ids.completeDeclaration)});
        QVERIFY2(validate.exitCode == 0, qPrintable(exporttest::describe(validate)));
        const exporttest::ToolRun reminders = exporttest::cliInEnglish({QStringLiteral("reminders"), m_path, QStringLiteral("--json")});
        QCOMPARE(reminders.exitCode, 0);
        for (const QJsonValue &r : QJsonDocument::fromJson(reminders.out).object().value(QStringLiteral("reminders")).toArray()) {
            QVERIFY2(r[QStringLiteral("declarationId")].toInteger() != m_ids.completeDeclaration
                         || r[QStringLiteral("kind")].toString() != QLatin1String("stale-evidence"),
                     reminders.out.constData());
        }
    }
};

QTEST_MAIN(TestFirmwareStaleness)
#include "testfirmwarestaleness.moc"
