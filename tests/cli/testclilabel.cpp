// SPDX-License-Identifier: Apache-2.0
// hoshi-cli label / reminders / label page / subset export, run as a user would run them: exit
// codes, what is printed, and that bad values write nothing.
#include "demo/demoworkspace.h"
#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

using namespace hoshi;
using exporttest::runTool;
using exporttest::ToolRun;
using exporttest::describe;

namespace {

ToolRun cli(const QStringList &args)
{
    return exporttest::cliInEnglish(args);
}

} // namespace

class TestCliLabel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    DemoIds m_ids;

    QStringList labelSet(const QStringList &more) const
    {
        return QStringList{QStringLiteral("label"), QStringLiteral("set"), m_ws, QStringLiteral("--declaration"),
                           QString::number(m_ids.completeDeclaration)}
               + more;
    }
    QJsonObject show(const QString &today = QStringLiteral("2026-12-01")) const
    {
        const ToolRun run = cli({QStringLiteral("label"), QStringLiteral("show"), m_ws, QStringLiteral("--declaration"),
                                 QString::number(m_ids.completeDeclaration), QStringLiteral("--json"),
                                 QStringLiteral("--today"), today});
        return QJsonDocument::fromJson(run.out).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = m_dir.filePath(QStringLiteral("demo.hoshi"));
        QString error;
        QVERIFY2(DemoWorkspace::create(m_ws, &m_ids, &error), qPrintable(error));
    }

    void setAndShow()
    {
        const ToolRun set = cli(labelSet({QStringLiteral("--application-number"), QStringLiteral("A-2026-0042"),
                                          QStringLiteral("--submitted-on"), QStringLiteral("2026-02-10"),
                                          QStringLiteral("--registration-number"), QStringLiteral("2025030500001527"),
                                          QStringLiteral("--issued-on"), QStringLiteral("2026-03-01")}));
        QVERIFY2(set.exitCode == 0, qPrintable(describe(set)));
        const QJsonObject o = show();
        QCOMPARE(o.value(QStringLiteral("registrationNumber")).toString(), QStringLiteral("2025030500001527"));
        QCOMPARE(o.value(QStringLiteral("validUntil")).toString(), QStringLiteral("2028-03-01")); // issue + 2 years
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(o.value(QStringLiteral("daysLeft")).toInt(), 456);
        QCOMPARE(show(QStringLiteral("2028-03-02")).value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
        const ToolRun text = cli({QStringLiteral("label"), QStringLiteral("show"), m_ws, QStringLiteral("--declaration"),
                                  QString::number(m_ids.completeDeclaration)});
        QVERIFY(text.out.contains("registration number: 2025030500001527"));
        QVERIFY(text.out.contains("Label status: No label yet → Active"));
    }

    void statusChangeIsInTheHistory()
    {
        QCOMPARE(cli(labelSet({QStringLiteral("--status"), QStringLiteral("extension-in-progress")})).exitCode, 0);
        QCOMPARE(cli(labelSet({QStringLiteral("--status"), QStringLiteral("active"), QStringLiteral("--extended-on"),
                               QStringLiteral("2027-12-20"), QStringLiteral("--valid-until"), QStringLiteral("2029-12-20")}))
                     .exitCode,
                 0);
        const QJsonArray history = show().value(QStringLiteral("history")).toArray();
        QStringList statusChanges;
        for (const QJsonValue &h : history) {
            if (h[QStringLiteral("action")].toString() == QLatin1String("label-status"))
                statusChanges << h[QStringLiteral("summary")].toString();
        }
        QVERIFY2(statusChanges.size() >= 3, qPrintable(statusChanges.join(QLatin1Char('\n'))));
        QCOMPARE(statusChanges.at(0), QStringLiteral("Label status: Extension in progress → Active"));
        QCOMPARE(statusChanges.at(1), QStringLiteral("Label status: Active → Extension in progress"));
    }

    void badValuesExitTwoAndWriteNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("15 digits") << QStringList{QStringLiteral("--registration-number"), QStringLiteral("202503050000152")};
        QTest::newRow("validity past two years") << QStringList{QStringLiteral("--valid-until"), QStringLiteral("2031-01-01")};
        QTest::newRow("issue before submission") << QStringList{QStringLiteral("--submitted-on"), QStringLiteral("2026-03-02"),
                                                                 QStringLiteral("--extended-on"), QString(),
                                                                 QStringLiteral("--valid-until"), QString()};
        QTest::newRow("expired is derived") << QStringList{QStringLiteral("--status"), QStringLiteral("expired")};
        QTest::newRow("unknown status") << QStringList{QStringLiteral("--status"), QStringLiteral("paused")};
        QTest::newRow("not a date") << QStringList{QStringLiteral("--issued-on"), QStringLiteral("1 March 2026")};
    }
    void badValuesExitTwoAndWriteNothing()
    {
        QFETCH(QStringList, args);
        // What label show reports (the record, the status and the label history) is unchanged;
        // the file's bytes are not compared, SQLite may checkpoint its journal on any open.
        const QJsonObject shownBefore = show();
        const ToolRun run = cli(labelSet(args));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(run.out.isEmpty());
        QCOMPARE(show(), shownBefore);
    }

    void remindersIcsParsesWithAnIndependentParser()
    {
        const QString ics = m_dir.filePath(QStringLiteral("reminders.ics"));
        const ToolRun run = cli({QStringLiteral("reminders"), m_ws, QStringLiteral("--ics"), ics, QStringLiteral("--today"),
                                 QStringLiteral("2029-10-01"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QJsonArray due = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("reminders")).toArray();
        bool labelDue = false;
        for (const QJsonValue &r : due)
            labelDue |= r[QStringLiteral("kind")].toString() == QLatin1String("label-expiring");
        QVERIFY2(labelDue, run.out.constData());
        // python3-icalendar reads the file and lists every event; the script fails on anything
        // it can not parse.
        const QString script = QStringLiteral(
            "import sys, icalendar\n"
            "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
            "assert cal['VERSION'] == '2.0', cal['VERSION']\n"
            "for e in cal.walk('VEVENT'):\n"
            "    for key in ('UID', 'DTSTAMP', 'DTSTART', 'SUMMARY'):\n"
            "        assert key in e, key\n"
            "    print(e['DTSTART'].dt.isoformat(), e['UID'], e['SUMMARY'], sep='|')\n");
        // Debian's python3-icalendar belongs to the system interpreter.
        const QString python = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                                  : QStringLiteral("python3");
        const ToolRun parsed = runTool(python, {QStringLiteral("-c"), script, ics});
        QVERIFY2(parsed.exitCode == 0, qPrintable(describe(parsed)));
        const QString events = QString::fromUtf8(parsed.out);
        // Event UIDs start with the workspace id, so two workspaces never share one.
        const auto hasEvent = [&events](const QString &date, const QString &uidTail) {
            static const QRegularExpression uuid(QStringLiteral("[0-9a-f-]{36}"));
            const QRegularExpression line(QRegularExpression::escape(date + QLatin1Char('|')) + uuid.pattern() + QLatin1Char('-')
                                          + QRegularExpression::escape(uidTail + QLatin1Char('|')));
            return line.match(events).hasMatch();
        };
        QVERIFY2(hasEvent(QStringLiteral("2029-09-21"), QStringLiteral("2025030500001527-label-end-minus-90@hoshi")),
                 qPrintable(events));
        QVERIFY(hasEvent(QStringLiteral("2029-11-20"), QStringLiteral("2025030500001527-label-end-minus-30@hoshi")));
        QVERIFY(hasEvent(QStringLiteral("2029-12-20"), QStringLiteral("2025030500001527-label-end@hoshi")));
        QVERIFY(events.contains(QLatin1String("support-end@hoshi|")));
        QFile raw(ics);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QCOMPARE(bytes.count("\n"), bytes.count("\r\n"));
    }

    void labelPagePdf()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("label-page.pdf"));
        const ToolRun run = cli({QStringLiteral("label"), QStringLiteral("page"), m_ws, QStringLiteral("--declaration"),
                                 QString::number(m_ids.completeDeclaration), QStringLiteral("--out"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const ToolRun text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.out.contains("2025030500001527"));
        // No product page URL recorded yet: said so, no QR code made up.
        QVERIFY2(text.out.contains("product page URL not"), text.out.constData());
        const ToolRun missing = cli({QStringLiteral("label"), QStringLiteral("page"), m_ws, QStringLiteral("--declaration"),
                                     QStringLiteral("99"), QStringLiteral("--out"), pdf + QStringLiteral("2")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(!QFile::exists(pdf + QStringLiteral("2")));
    }
};

QTEST_MAIN(TestCliLabel)
#include "testclilabel.moc"
