// SPDX-License-Identifier: Apache-2.0
// Shelf life through hoshi-cli: a device test past its review date is a warning of `validate`,
// a count of `portfolio` and an event of `reminders --ics` (read back with Python's icalendar);
// `settings --review-period` changes the workspace's default; `evidence show --json` prints the
// dates; `evidence import` refuses a bad date and changes nothing; `product set
// --firmware-image` hashes the image, and a new image makes the captured test stale.
#include "clirun.h"
#include "demo/demoworkspace.h"
#include "storage/workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;
using exporttest::cliInEnglish;
using exporttest::describe;
using exporttest::ToolRun;

class TestCliShelfLife : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    DemoIds m_ids;
    QString m_item;
    QString m_firmware;
    qint64 m_productId = -1;
    const QDate m_today = QDate::currentDate();

    QJsonObject json(const QStringList &args)
    {
        const ToolRun run = cliInEnglish(args);
        if (run.exitCode != 0 && run.exitCode != 1)
            qWarning("%s", qPrintable(describe(run)));
        return QJsonDocument::fromJson(run.out).object();
    }

    QString declaration() const { return QString::number(m_ids.completeDeclaration); }

    QList<QJsonObject> problems(const QString &code)
    {
        QList<QJsonObject> found;
        const QJsonObject v = json({QStringLiteral("validate"), m_path, QStringLiteral("--declaration"), declaration(),
                                    QStringLiteral("--json")});
        for (const QJsonValue &p : v.value(QStringLiteral("problems")).toArray()) {
            if (p[QStringLiteral("code")].toString() == code)
                found << p.toObject();
        }
        return found;
    }

    qint64 addTest(const QStringList &extra)
    {
        const ToolRun run = cliInEnglish(QStringList{QStringLiteral("evidence"), QStringLiteral("add"), m_path,
                                                     QStringLiteral("--declaration"), declaration(), QStringLiteral("--item"),
                                                     m_item, QStringLiteral("--kind"), QStringLiteral("device-test"),
                                                     QStringLiteral("--procedure"), QStringLiteral("nmap -p- the device"),
                                                     QStringLiteral("--summary"), QStringLiteral("documented ports only"),
                                                     QStringLiteral("--tester"), QStringLiteral("lab"),
                                                     QStringLiteral("--firmware-version"), m_firmware}
                                         + extra);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(describe(run)));
        return run.exitCode == 0 ? QString::fromUtf8(run.out).trimmed().toLongLong() : -1;
    }

    int evidenceCount()
    {
        const ToolRun run = cliInEnglish({QStringLiteral("evidence"), QStringLiteral("list"), m_path,
                                          QStringLiteral("--declaration"), declaration(), QStringLiteral("--json")});
        return int(QJsonDocument::fromJson(run.out).array().size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("shelf.hoshi"));
        QString error;
        QVERIFY2(DemoWorkspace::create(m_path, &m_ids, &error), qPrintable(error));
        std::unique_ptr<Workspace> ws = Workspace::open(m_path, Workspace::Access::ReadOnly, &error);
        QVERIFY2(ws, qPrintable(error));
        const std::optional<DeclarationSnapshot> s = ws->snapshot(m_ids.completeDeclaration, Workspace::ContentCheck::Skip, &error);
        QVERIFY2(s, qPrintable(error));
        for (const CriteriaItem &item : s->criteria.items) {
            if (item.hasMethod(Method::DeviceTest) && m_item.isEmpty())
                m_item = item.id;
        }
        m_firmware = s->product.firmwareVersion;
        m_productId = s->product.id;
        QVERIFY(!m_item.isEmpty());
    }

    void pastReviewDateWarnsEverywhere()
    {
        const QDate tested = m_today.addDays(-200);
        const QDate reviewBy = m_today.addDays(-20);
        const qint64 id = addTest({QStringLiteral("--tested-on"), tested.toString(Qt::ISODate), QStringLiteral("--effective-on"),
                                   tested.toString(Qt::ISODate), QStringLiteral("--review-by"), reviewBy.toString(Qt::ISODate)});
        QVERIFY(id > 0);

        const QJsonObject shown = json({QStringLiteral("evidence"), QStringLiteral("show"), m_path, QStringLiteral("--evidence"),
                                        QString::number(id), QStringLiteral("--json")});
        QCOMPARE(shown[QStringLiteral("effectiveOn")].toString(), tested.toString(Qt::ISODate));
        QCOMPARE(shown[QStringLiteral("reviewBy")].toString(), reviewBy.toString(Qt::ISODate));
        QCOMPARE(shown[QStringLiteral("reviewDue")].toString(), reviewBy.toString(Qt::ISODate));
        for (const char *key : {"tool", "toolVersion", "target", "firmwareImageSha256"})
            QVERIFY2(shown.contains(QLatin1String(key)), key);

        // validate: a warning naming the evidence and the item; the declaration stays submittable.
        const QList<QJsonObject> due = problems(QStringLiteral("evidence-review-due"));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first()[QStringLiteral("severity")].toString(), QStringLiteral("warning"));
        QCOMPARE(due.first()[QStringLiteral("evidence")].toInteger(), id);
        QCOMPARE(due.first()[QStringLiteral("item")].toString(), m_item);

        // portfolio: the count.
        const ToolRun portfolio = cliInEnglish({QStringLiteral("portfolio"), m_path, QStringLiteral("--json")});
        const QJsonDocument doc = QJsonDocument::fromJson(portfolio.out);
        const QJsonArray rows = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("declarations")).toArray();
        bool seen = false;
        for (const QJsonValue &row : rows) {
            if (row[QStringLiteral("declaration")].toInteger() == m_ids.completeDeclaration) {
                seen = true;
                QCOMPARE(row[QStringLiteral("evidencePastReview")].toInt(), 1);
            }
        }
        QVERIFY2(seen, portfolio.out.constData());

        // reminders: listed, and an event on the review date in the calendar file.
        const QJsonObject reminders = json({QStringLiteral("reminders"), m_path, QStringLiteral("--json")});
        bool listed = false;
        for (const QJsonValue &r : reminders.value(QStringLiteral("reminders")).toArray())
            listed = listed || (r[QStringLiteral("kind")].toString() == QLatin1String("evidence-review")
                                && r[QStringLiteral("evidenceId")].toInteger() == id);
        QVERIFY(listed);
        const QString ics = m_dir.filePath(QStringLiteral("reminders.ics"));
        const ToolRun written = cliInEnglish({QStringLiteral("reminders"), m_path, QStringLiteral("--ics"), ics});
        QVERIFY2(written.exitCode == 0, qPrintable(describe(written)));
        QProcess python;
        python.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import sys, icalendar\n"
                                     "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                                     "for e in cal.walk('VEVENT'):\n"
                                     "    print(str(e['UID']), e.decoded('DTSTART').isoformat(), str(e['SUMMARY']))\n"),
                      ics});
        QVERIFY(python.waitForFinished(60000));
        const QString events = QString::fromUtf8(python.readAllStandardOutput());
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QString uid = QStringLiteral("evidence-%1-review@hoshi").arg(id);
        bool event = false;
        for (const QString &line : events.split(QLatin1Char('\n'))) {
            if (line.section(QLatin1Char(' '), 0, 0).endsWith(uid)) {
                event = true;
                QCOMPARE(line.section(QLatin1Char(' '), 1, 1), reviewBy.toString(Qt::ISODate));
                QVERIFY2(line.contains(QLatin1String("evidence review due")), qPrintable(line));
            }
        }
        QVERIFY2(event, qPrintable(events));

        // Cleared, the workspace default applies: 12 months after the effective date, not yet due.
        const ToolRun cleared = cliInEnglish({QStringLiteral("evidence"), QStringLiteral("set"), m_path, QStringLiteral("--evidence"),
                                              QString::number(id), QStringLiteral("--review-by"), QStringLiteral("none")});
        QVERIFY2(cleared.exitCode == 0, qPrintable(describe(cleared)));
        QVERIFY(problems(QStringLiteral("evidence-review-due")).isEmpty());
        const QJsonObject after = json({QStringLiteral("evidence"), QStringLiteral("show"), m_path, QStringLiteral("--evidence"),
                                        QString::number(id), QStringLiteral("--json")});
        QCOMPARE(after[QStringLiteral("reviewDue")].toString(), tested.addMonths(12).toString(Qt::ISODate));
        QVERIFY(after[QStringLiteral("reviewDueIsDefault")].toBool());

        // A shorter default makes it due.
        const ToolRun six = cliInEnglish({QStringLiteral("settings"), m_path, QStringLiteral("--review-period"),
                                          QStringLiteral("device-test=6")});
        QVERIFY2(six.exitCode == 0 && six.out.contains("review-period-months.device-test: 6"), qPrintable(describe(six)));
        QCOMPARE(problems(QStringLiteral("evidence-review-due")).size(), 1);
        // A bad value is refused and changes nothing, not even the valid one beside it.
        const ToolRun bad = cliInEnglish({QStringLiteral("settings"), m_path, QStringLiteral("--review-period"),
                                          QStringLiteral("document=24"), QStringLiteral("--review-period"),
                                          QStringLiteral("device-test=-3")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("device-test=-3"), qPrintable(describe(bad)));
        const ToolRun shownSettings = cliInEnglish({QStringLiteral("settings"), m_path});
        QVERIFY2(shownSettings.out.contains("review-period-months.device-test: 6")
                     && shownSettings.out.contains("review-period-months.document: 0"),
                 qPrintable(describe(shownSettings)));
        QVERIFY(cliInEnglish({QStringLiteral("settings"), m_path, QStringLiteral("--review-period"),
                              QStringLiteral("device-test=12")}).exitCode == 0);
        QVERIFY(cliInEnglish({QStringLiteral("evidence"), QStringLiteral("remove"), m_path, QStringLiteral("--evidence"),
                              QString::number(id)}).exitCode == 0);
    }

    void importRefusesBadDate()
    {
        const int before = evidenceCount();
        const QString file = m_dir.filePath(QStringLiteral("lab.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QStringLiteral(R"([{"kind": "device-test", "items": ["%1"], "procedure": "scan", "testedOn": "2026-11-02",)"
                                 R"( "effectiveOn": "2026-11-02", "reviewBy": "2027-13-01"}])")
                      .arg(m_item).toUtf8());
        out.close();
        const ToolRun run = cliInEnglish({QStringLiteral("evidence"), QStringLiteral("import"), m_path,
                                          QStringLiteral("--declaration"), declaration(), file});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("Record 1") && run.err.contains("\"reviewBy\" must be a date as YYYY-MM-DD")
                     && run.err.contains("Nothing was imported"),
                 qPrintable(describe(run)));
        QCOMPARE(evidenceCount(), before);
    }

    void firmwareImageMakesCaptureStale()
    {
        const QString image = m_dir.filePath(QStringLiteral("fw-1.bin"));
        QFile f(image);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, '\x5a'));
        f.close();
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(QByteArray(4096, '\x5a'), QCryptographicHash::Sha256).toHex());
        const ToolRun set = cliInEnglish({QStringLiteral("product"), QStringLiteral("set"), m_path, QStringLiteral("--product"),
                                          QString::number(m_productId), QStringLiteral("--firmware-image"), image});
        QVERIFY2(set.exitCode == 0, qPrintable(describe(set)));
        const QJsonObject product = json({QStringLiteral("product"), QStringLiteral("show"), m_path, QStringLiteral("--product"),
                                          QString::number(m_productId), QStringLiteral("--json")});
        QCOMPARE(product[QStringLiteral("firmwareImageSha256")].toString(), sha);
        const ToolRun missing = cliInEnglish({QStringLiteral("product"), QStringLiteral("set"), m_path, QStringLiteral("--product"),
                                              QString::number(m_productId), QStringLiteral("--firmware-image"),
                                              m_dir.filePath(QStringLiteral("absent.bin"))});
        QCOMPARE(missing.exitCode, 2);

        // A test captured on that image: nothing stale.
        const QString import = m_dir.filePath(QStringLiteral("capture.json"));
        QFile out(import);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QStringLiteral(R"([{"kind": "device-test", "items": ["%1"], "procedure": "nmap -p-", "summary": "ok",)"
                                 R"( "testedOn": "%2", "tester": "lab", "firmwareVersion": "%3", "tool": "nmap",)"
                                 R"( "toolVersion": "7.94", "target": "192.0.2.10", "firmwareImageSha256": "%4"}])")
                      .arg(m_item, m_today.toString(Qt::ISODate), m_firmware, sha).toUtf8());
        out.close();
        const ToolRun imported = cliInEnglish({QStringLiteral("evidence"), QStringLiteral("import"), m_path,
                                               QStringLiteral("--declaration"), declaration(), import});
        QVERIFY2(imported.exitCode == 0, qPrintable(describe(imported)));
        const qint64 id = QString::fromUtf8(imported.out).trimmed().toLongLong();
        QVERIFY(problems(QStringLiteral("firmware-mismatch")).isEmpty());

        // A new image under the same version: the capture is stale and blocks, as a version change would.
        const QString other = QString(64, QLatin1Char('c'));
        QVERIFY(cliInEnglish({QStringLiteral("product"), QStringLiteral("set"), m_path, QStringLiteral("--product"),
                              QString::number(m_productId), QStringLiteral("--firmware-image-sha256"), other}).exitCode == 0);
        const QList<QJsonObject> stale = problems(QStringLiteral("firmware-mismatch"));
        QCOMPARE(stale.size(), 1);
        QCOMPARE(stale.first()[QStringLiteral("evidence")].toInteger(), id);
        QCOMPARE(stale.first()[QStringLiteral("severity")].toString(), QStringLiteral("blocking"));
        const ToolRun validate = cliInEnglish({QStringLiteral("validate"), m_path, QStringLiteral("--declaration"), declaration()});
        QCOMPARE(validate.exitCode, 1);
        const ToolRun badHash = cliInEnglish({QStringLiteral("product"), QStringLiteral("set"), m_path, QStringLiteral("--product"),
                                              QString::number(m_productId), QStringLiteral("--firmware-image-sha256"),
                                              QStringLiteral("xyz")});
        QCOMPARE(badHash.exitCode, 2);
        QVERIFY2(badHash.err.contains("64 hexadecimal digits"), qPrintable(describe(badHash)));
    }
};

QTEST_MAIN(TestCliShelfLife)
#include "testclishelflife.moc"
