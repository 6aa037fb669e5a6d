// SPDX-License-Identifier: Apache-2.0
// The label lifecycle in the core: every rule of the label record (good and bad values), its
// storage and history, the re-test plan after a firmware change, reminders and their
// iCalendar file, the label page.
#include "demo/demoworkspace.h"
#include "lifecycle/changereport.h"
#include "lifecycle/labelchanges.h"
#include "lifecycle/labelpage.h"
#include "lifecycle/labelrecord.h"
#include "lifecycle/reminders.h"
#include "lifecycle/retestplan.h"
#include "storage/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;

namespace {

LabelRecord issued(const QDate &on)
{
    LabelRecord r;
    r.declarationId = 1;
    r.applicationNumber = QStringLiteral("A-2026-0042");
    r.submittedOn = on.addDays(-20);
    r.registrationNumber = QStringLiteral("2025030500001527");
    r.issuedOn = on;
    return r;
}

} // namespace

class TestLabelLifecycle : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    DemoIds m_ids;

private Q_SLOTS:
    void init()
    {
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("%1.hoshi").arg(QTest::currentTestFunction()));
        QFile::remove(path);
        QVERIFY2(DemoWorkspace::create(path, &m_ids, &error), qPrintable(error));
        m_ws = Workspace::open(path, Workspace::Access::ReadWrite, &error);
        QVERIFY2(m_ws, qPrintable(error));
    }
    void cleanup() { m_ws.reset(); }

    void registrationNumberHasSixteenDigits_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("valid");
        QTest::newRow("16 digits") << QStringLiteral("2025030500001527") << true;
        QTest::newRow("15 digits") << QStringLiteral("202503050000152") << false;
        QTest::newRow("17 digits") << QStringLiteral("20250305000015270") << false;
        QTest::newRow("letter") << QStringLiteral("202503050000152X") << false;
        QTest::newRow("full-width digits") << QStringLiteral("２０２５０３０５００００１５２７") << false;
    }
    void registrationNumberHasSixteenDigits()
    {
        QFETCH(QString, number);
        QFETCH(bool, valid);
        LabelRecord r = issued(QDate(2026, 3, 1));
        r.registrationNumber = number;
        QCOMPARE(LabelRules::isRegistrationNumber(number), valid);
        QCOMPARE(LabelRules::problems(LabelRules::normalised(r)).isEmpty(), valid);
    }

    void validityDefaultsToTwoYearsAndNeverExceedsThem()
    {
        const LabelRecord r = LabelRules::normalised(issued(QDate(2026, 3, 1)));
        QCOMPARE(r.validUntil, QDate(2028, 3, 1));
        QCOMPARE(r.status, LabelStatus::Active); // an issued label is active unless told otherwise
        QVERIFY(LabelRules::problems(r).isEmpty());
        LabelRecord longer = r;
        longer.validUntil = QDate(2028, 3, 2);
        const QStringList problems = LabelRules::problems(longer);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QLatin1String("2028-03-01")), qPrintable(problems.first()));
        LabelRecord before = r;
        before.validUntil = QDate(2026, 2, 28);
        QCOMPARE(LabelRules::problems(before).size(), 1);
    }

    void extensionRestartsTheTwoYears()
    {
        LabelRecord r = LabelRules::normalised(issued(QDate(2026, 3, 1)));
        r.extendedOn = QDate(2028, 1, 15);
        r.validUntil = QDate(2030, 1, 15);
        QVERIFY(LabelRules::problems(r).isEmpty());
        r.validUntil = QDate(2030, 1, 16);
        QCOMPARE(LabelRules::problems(r).size(), 1);
        r.validUntil = QDate(2030, 1, 15);
        r.extendedOn = QDate(2026, 2, 1); // before the issue
        QVERIFY(!LabelRules::problems(r).isEmpty());
    }

    void issueNotBeforeSubmission()
    {
        LabelRecord r = issued(QDate(2026, 3, 1));
        r.submittedOn = QDate(2026, 3, 2);
        const QStringList problems = LabelRules::problems(LabelRules::normalised(r));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QLatin1String("2026-03-02")));
        r.submittedOn = QDate(2026, 3, 1); // same day is fine
        QVERIFY(LabelRules::problems(LabelRules::normalised(r)).isEmpty());
    }

    void statusRules()
    {
        LabelRecord r = LabelRules::normalised(issued(QDate(2026, 3, 1)));
        r.status = LabelStatus::Expired;
        QCOMPARE(LabelRules::problems(r).size(), 1); // derived, never recorded
        LabelRecord bare;
        bare.status = LabelStatus::Withdrawn;
        QCOMPARE(LabelRules::problems(bare).size(), 1); // a status needs a label
        QCOMPARE(LabelRules::recordableStatuses().contains(LabelStatus::Expired), false);
    }

    void expiredFollowsFromTheDate()
    {
        LabelRecord r = LabelRules::normalised(issued(QDate(2026, 3, 1)));
        QCOMPARE(LabelRules::effectiveStatus(r, QDate(2028, 3, 1)), LabelStatus::Active);
        QCOMPARE(LabelRules::effectiveStatus(r, QDate(2028, 3, 2)), LabelStatus::Expired);
        QCOMPARE(*LabelRules::daysLeft(r, QDate(2028, 2, 1)), qint64(29));
        r.status = LabelStatus::ExtensionInProgress; // grace while IPA decides
        QCOMPARE(LabelRules::effectiveStatus(r, QDate(2028, 6, 1)), LabelStatus::ExtensionInProgress);
        r.status = LabelStatus::Revoked;
        QCOMPARE(LabelRules::effectiveStatus(r, QDate(2026, 4, 1)), LabelStatus::Revoked);
    }

    void storedWithStatusChangesInTheHistory()
    {
        const qint64 id = m_ids.completeDeclaration;
        LabelRecord r = issued(QDate(2026, 3, 1));
        r.declarationId = id;
        QString error;
        QVERIFY2(m_ws->setLabelRecord(r, &error), qPrintable(error));
        const LabelRecord stored = *m_ws->labelRecord(id);
        QCOMPARE(stored.validUntil, QDate(2028, 3, 1));
        QCOMPARE(stored.status, LabelStatus::Active);
        QCOMPARE(m_ws->declaration(id)->registrationNumber, r.registrationNumber);
        LabelRecord withdrawn = stored;
        withdrawn.status = LabelStatus::Withdrawn;
        QVERIFY2(m_ws->setLabelRecord(withdrawn, &error), qPrintable(error));
        QStringList statusChanges;
        for (const HistoryEntry &h : m_ws->labelHistory(id)) {
            if (h.action == QLatin1String("label-status"))
                statusChanges << h.summary;
        }
        QCOMPARE(statusChanges.size(), 2); // newest first
        QVERIFY2(statusChanges.first().contains(QLatin1String("Withdrawn")), qPrintable(statusChanges.first()));
        QVERIFY2(statusChanges.last().contains(QLatin1String("Active")), qPrintable(statusChanges.last()));
    }

    void badValuesChangeNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("15 digits") << QStringLiteral("registration");
        QTest::newRow("validity past two years") << QStringLiteral("validity");
        QTest::newRow("issue before submission") << QStringLiteral("submission");
        QTest::newRow("expired recorded") << QStringLiteral("expired");
    }
    void badValuesChangeNothing()
    {
        QFETCH(QString, field);
        const qint64 id = m_ids.completeDeclaration;
        LabelRecord good = issued(QDate(2026, 3, 1));
        good.declarationId = id;
        QString error;
        QVERIFY(m_ws->setLabelRecord(good, &error));
        const LabelRecord before = *m_ws->labelRecord(id);
        const int historyBefore = int(m_ws->history(id).size());
        LabelRecord bad = before;
        if (field == QLatin1String("registration"))
            bad.registrationNumber.chop(1);
        else if (field == QLatin1String("validity"))
            bad.validUntil = QDate(2028, 3, 2);
        else if (field == QLatin1String("submission"))
            bad.submittedOn = QDate(2026, 3, 5);
        else
            bad.status = LabelStatus::Expired;
        QVERIFY(!m_ws->setLabelRecord(bad, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(*m_ws->labelRecord(id), before);
        QCOMPARE(int(m_ws->history(id).size()), historyBefore);
        // The declaration editor's path obeys the same rules.
        Declaration d = *m_ws->declaration(id);
        d.registrationNumber = QStringLiteral("123");
        QVERIFY(!m_ws->updateDeclaration(d, &error));
        QCOMPARE(m_ws->declaration(id)->registrationNumber, before.registrationNumber);
    }

    void firmwareChangeListsDeviceTestsToRunAgain()
    {
        const qint64 id = m_ids.completeDeclaration;
        QString error;
        std::optional<DeclarationSnapshot> s = m_ws->snapshot(id, Workspace::ContentCheck::Skip, &error);
        QVERIFY(s);
        QVERIFY(RetestPlan::of(*s, QStringLiteral("en")).isEmpty());
        Product p = s->product;
        p.firmwareVersion = QStringLiteral("1.5.0");
        QVERIFY(m_ws->updateProduct(p, &error));
        s = m_ws->snapshot(id, Workspace::ContentCheck::Skip, &error);
        const QList<RetestItem> plan = RetestPlan::of(*s, QStringLiteral("en"));
        QStringList items;
        for (const RetestItem &r : plan) {
            items << r.itemId;
            QCOMPARE(r.testedFirmware, QStringList{QStringLiteral("1.4.2")});
            QVERIFY(s->criteria.item(r.itemId)->hasMethod(Method::DeviceTest));
        }
        QVERIFY2(items.contains(QLatin1String("S1.1-04")) && items.contains(QLatin1String("S1.1-06")),
                 qPrintable(items.join(QLatin1Char(','))));
        QVERIFY(!items.contains(QLatin1String("S1.1-05"))); // a document item
        // A device test on 1.5.0 takes the item off the plan.
        Evidence e;
        e.kind = EvidenceKind::DeviceTest;
        e.summary = QStringLiteral("lockout after 5 attempts");
        e.testedOn = QDate(2026, 11, 20);
        e.firmwareVersion = QStringLiteral("1.5.0");
        QVERIFY(m_ws->addEvidence(id, {QStringLiteral("S1.1-04")}, e, &error) > 0);
        s = m_ws->snapshot(id, Workspace::ContentCheck::Skip, &error);
        const QList<RetestItem> after = RetestPlan::of(*s, QStringLiteral("en"));
        QCOMPARE(after.size(), plan.size() - 1);
        for (const RetestItem &r : after)
            QVERIFY(r.itemId != QLatin1String("S1.1-04"));
    }

    void changeReportAfterAFirmwareUpdate()
    {
        const qint64 id = m_ids.completeDeclaration;
        QString error;
        LabelRecord label = issued(QDate(2026, 3, 1));
        label.declarationId = id;
        QVERIFY2(m_ws->setLabelRecord(label, &error), qPrintable(error));
        QCOMPARE(m_ws->baselines(id).size(), 1); // the Label baseline
        QVERIFY(LabelChanges::since(*m_ws, id, &error).changes.isEmpty());
        Product p = m_ws->snapshot(id, Workspace::ContentCheck::Skip, &error)->product;
        p.firmwareVersion = QStringLiteral("1.5.0");
        QVERIFY(m_ws->updateProduct(p, &error));
        Evidence e;
        e.kind = EvidenceKind::DeviceTest;
        e.summary = QStringLiteral("lockout after 5 attempts on 1.5.0");
        e.testedOn = QDate(2026, 11, 20);
        e.firmwareVersion = QStringLiteral("1.5.0");
        const qint64 evidenceId = m_ws->addEvidence(id, {QStringLiteral("S1.1-04")}, e, &error);
        QVERIFY(evidenceId > 0);

        const LabelChanges changes = LabelChanges::since(*m_ws, id, &error);
        QVERIFY2(changes.hasBaseline, qPrintable(error));
        bool firmware = false;
        for (const ChangeRow &row : changes.rows())
            firmware |= row.area == QLatin1String("product") && row.before == QLatin1String("1.4.2")
                        && row.after == QLatin1String("1.5.0");
        QVERIFY2(firmware, qPrintable(changes.lines().join(QLatin1Char('\n'))));

        ChangeReportInput input;
        input.current = *m_ws->snapshot(id, Workspace::ContentCheck::Skip, &error);
        input.label = *m_ws->labelRecord(id);
        input.changes = changes.rows();
        input.retest = RetestPlan::of(input.current, QStringLiteral("en"));
        input.now = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        const QJsonObject report = QJsonDocument::fromJson(ChangeReport::json(input)).object();
        QVERIFY(report.value(QStringLiteral("notice")).toString().contains(QLatin1String("official form")));
        const QJsonArray tests = report.value(QStringLiteral("newFirmwareDeviceTests")).toArray();
        QCOMPARE(tests.size(), 1); // only the test run on 1.5.0, not the older ones
        QCOMPARE(tests.first()[QStringLiteral("evidenceId")].toInteger(), evidenceId);
        QVERIFY(tests.first()[QStringLiteral("reference")].toString().contains(QLatin1String("1.5.0")));
        for (const QJsonValue &r : report.value(QStringLiteral("retestPlan")).toArray())
            QVERIFY(r[QStringLiteral("itemId")].toString() != QLatin1String("S1.1-04")); // re-tested

        const QString dir = m_dir.filePath(QStringLiteral("report"));
        QStringList written;
        QVERIFY2(ChangeReport::write(input, dir, &written, &error), qPrintable(error));
        QCOMPARE(written.size(), 2);
        QVERIFY(!ChangeReport::write(input, dir, &written, &error)); // never replaces a draft
    }

    void remindersWithinNinetyDays()
    {
        ReminderSubject s;
        s.declarationId = 7;
        s.product = QStringLiteral("SR-200");
        s.label = LabelRules::normalised(issued(QDate(2026, 3, 1))); // valid until 2028-03-01
        s.supportUntil = QDate(2030, 12, 31);
        QVERIFY(Reminders::due({s}, QDate(2027, 12, 1)).isEmpty()); // 91 days ahead
        QList<Reminder> due = Reminders::due({s}, QDate(2027, 12, 2));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().kind, ReminderKind::LabelExpiring);
        QCOMPARE(due.first().daysLeft, qint64(90));
        due = Reminders::due({s}, QDate(2028, 3, 2));
        QCOMPARE(due.first().kind, ReminderKind::LabelExpired);
        s.label.status = LabelStatus::Withdrawn; // a withdrawn label needs no reminder
        QVERIFY(Reminders::due({s}, QDate(2028, 1, 1)).isEmpty());
        s.supportUntil = QDate(2028, 2, 1);
        due = Reminders::due({s}, QDate(2028, 1, 1));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().kind, ReminderKind::SupportEnding);
        s.retest = {RetestItem{QStringLiteral("S1.1-04"), QString(), {QStringLiteral("1.4.2")}, QDate()}};
        due = Reminders::due({s}, QDate(2026, 5, 1));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().kind, ReminderKind::StaleEvidence);
        QCOMPARE(due.first().items, QStringList{QStringLiteral("S1.1-04")});
    }

    void icalendarLinesAreFoldedAndEscaped()
    {
        const QByteArray folded = Reminders::foldLine("SUMMARY:" + QString(60, QChar(0x65E5)).toUtf8());
        for (const QByteArray &line : folded.split('\n')) {
            QVERIFY(line.size() <= 76); // 75 octets + the CR
            QVERIFY(QString::fromUtf8(line).toUtf8() == line); // never cut inside a character
        }
        QVERIFY(folded.endsWith("\r\n"));
        QCOMPARE(Reminders::escapeText(QStringLiteral("a,b;c\\d\ne")), QStringLiteral("a\\,b\\;c\\\\d\\ne"));
        ReminderSubject s;
        s.declarationId = 3;
        s.product = QStringLiteral("SR-200");
        s.label = LabelRules::normalised(issued(QDate(2026, 3, 1)));
        s.supportUntil = QDate(2030, 12, 31);
        const QByteArray ics = Reminders::icalendar({s}, QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
        QCOMPARE(ics.count("BEGIN:VEVENT"), 4); // -90, -30, end, support end
        QVERIFY(ics.contains("DTSTART;VALUE=DATE:20271202\r\n")); // 2028-03-01 - 90 days
        QVERIFY(ics.contains("DTSTART;VALUE=DATE:20280131\r\n")); // - 30 days
        QVERIFY(ics.contains("DTSTAMP:20261201T090000Z\r\n"));
        QCOMPARE(ics.count("\n"), ics.count("\r\n"));
    }

    void labelPageShowsMissingAndDrawsTheQrCode()
    {
        const qint64 id = m_ids.completeDeclaration;
        QString error;
        const std::optional<DeclarationSnapshot> s = m_ws->snapshot(id, Workspace::ContentCheck::Skip, &error);
        LabelRecord r = *m_ws->labelRecord(id);
        LabelPageView view = LabelPage::of(*s, r, QDate(2026, 12, 1));
        int missing = 0;
        for (const LabelPageField &f : view.label)
            missing += f.value.isEmpty();
        QVERIFY(missing >= 4); // no registration number, dates, status: shown as missing, not made up
        QVERIFY(LabelPage::html(view).contains(LabelPage::missingText().toHtmlEscaped()));
        QVERIFY(LabelPage::qrCode(QString(), 4).isNull());
        const QImage qr = LabelPage::qrCode(QStringLiteral("https://www.ipa.go.jp/jc-star/products/2025030500001527"), 4);
        QVERIFY(!qr.isNull());
        QCOMPARE(qr.width(), qr.height());
        QCOMPARE(qr.pixelIndex(0, 0), 0); // quiet zone
        QCOMPARE(qr.pixelIndex(4 * 4, 4 * 4), 1); // finder pattern corner

        r = issued(QDate(2026, 3, 1));
        r.declarationId = id;
        r.productPageUrl = QStringLiteral("https://www.ipa.go.jp/jc-star/products/2025030500001527");
        view = LabelPage::of(*s, LabelRules::normalised(r), QDate(2026, 12, 1));
        const QString pdf = m_dir.filePath(QStringLiteral("label.pdf"));
        QVERIFY2(LabelPage::writePdf(view, pdf, &error), qPrintable(error));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString shown = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(shown.contains(QLatin1String("2025030500001527")), qPrintable(shown));
        QVERIFY(shown.contains(QLatin1String("2028-03-01")));
        QVERIFY(shown.contains(QStringLiteral("★1")));
        QVERIFY(shown.contains(s->product.name));
    }
};

QTEST_MAIN(TestLabelLifecycle)
#include "testlabellifecycle.moc"
