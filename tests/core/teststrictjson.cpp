// SPDX-License-Identifier: Apache-2.0
// Every JSON the product reads from outside goes through readStrictJson: a repeated key is
// refused (QJsonDocument alone keeps one of the values and says nothing), in findings files,
// evidence import lists, archived declarations and the baselines "changes since" compares.
// Also the one date format per language (DisplayDate) and the translated change lines.
#include "baseline/changedetector.h"
#include "demo/demoworkspace.h"
#include "domain/model.h"
#include "export/declarationjson.h"
#include "lifecycle/reminders.h"
#include "storage/evidenceimport.h"
#include "storage/workspace.h"
#include "util/displaydate.h"
#include "util/language.h"
#include "util/strictjson.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;

class TestStrictJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsPlainJson()
    {
        QString error;
        const std::optional<QJsonDocument> doc = readStrictJson(R"({"a": 1, "b": {"a": 2}, "c": [{"a": 3}, {"a": 4}]})", &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->object().value(QStringLiteral("b")).toObject().value(QStringLiteral("a")).toInt(), 2);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("top-level key") << QByteArray(R"({"verdict": "conforming", "verdict": "non-conforming"})")
                                       << QStringLiteral("the key \"verdict\" appears twice in one object (/verdict)");
        QTest::newRow("nested key") << QByteArray(R"({"findings": [{"itemId": "S1.1-01", "status": "a", "status": "b"}]})")
                                    << QStringLiteral("(/findings/0/status)");
        QTest::newRow("escaped spelling") << QByteArray(R"({"a": 1, "\u0061": 2})") << QStringLiteral("the key \"a\" appears twice");
        QTest::newRow("not json") << QByteArray("{\"a\": ") << QStringLiteral("not valid JSON (at byte");
        QTest::newRow("too deep") << QByteArray(600, '[') + QByteArray(600, ']') << QStringLiteral("nested more than");
    }

    void refuses()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!readStrictJson(json, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void evidenceImportRefusesARepeatedKey()
    {
        const QByteArray json = R"([{"kind": "document", "items": ["S1.1-01"], "title": "Manual", "title": "Other manual"}])";
        QList<EvidenceImportRecord> records;
        QString error;
        QVERIFY(!EvidenceImport::parse(json, QDir::tempPath(), &records, &error));
        QVERIFY2(error.contains(QStringLiteral("\"title\" appears twice")), qPrintable(error));
        QVERIFY(records.isEmpty());
        // The same list without the repeat is read.
        QVERIFY2(EvidenceImport::parse(R"([{"kind": "document", "items": ["S1.1-01"], "title": "Manual"}])", QDir::tempPath(),
                                       &records, &error),
                 qPrintable(error));
        QCOMPARE(records.size(), 1);
    }

    void archivedDeclarationAndBaselinesRefuseARepeatedKey()
    {
        QTemporaryDir dir;
        DemoIds ids;
        QString error;
        const QString path = dir.filePath(QStringLiteral("demo.hoshi"));
        QVERIFY2(DemoWorkspace::create(path, &ids, &error), qPrintable(error));
        std::unique_ptr<Workspace> ws = Workspace::open(path, Workspace::Access::ReadOnly, &error);
        QVERIFY2(ws, qPrintable(error));
        const std::optional<QByteArray> json = ws->declarationJson(ids.completeDeclaration, &error);
        QVERIFY2(json, qPrintable(error));
        QVERIFY2(DeclarationJson::fromBytes(*json, &error), qPrintable(error));
        QByteArray repeated = *json;
        const qsizetype brace = repeated.indexOf('{');
        repeated.insert(brace + 1, "\"software\": \"x\",");
        QVERIFY(!DeclarationJson::fromBytes(repeated, &error));
        QVERIFY2(error.contains(QStringLiteral("\"software\" appears twice")), qPrintable(error));
        QVERIFY(!ChangeDetector::compare(*json, repeated, &error));
        QVERIFY2(error.contains(QStringLiteral("appears twice")), qPrintable(error));
    }

    void oneDateFormatPerLanguage()
    {
        const QString before = uiLanguage();
        const QDateTime utc(QDate(2026, 12, 7), QTime(1, 59, 6), Qt::UTC);
        setUiLanguage(QStringLiteral("ja"));
        QCOMPARE(DisplayDate::date(QDate(2026, 12, 7)), QStringLiteral("2026/12/07"));
        // Local time, to the minute: never the UTC stamp, never seconds or a "T".
        QCOMPARE(DisplayDate::dateTime(utc), utc.toLocalTime().toString(QStringLiteral("yyyy/MM/dd HH:mm")));
        setUiLanguage(QStringLiteral("en"));
        QCOMPARE(DisplayDate::date(QDate(2026, 12, 7)), QStringLiteral("2026-12-07"));
        QCOMPARE(DisplayDate::dateTime(utc), utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        QCOMPARE(DisplayDate::date(QDate()), QString());
        QCOMPARE(DisplayDate::dateTime(QDateTime()), QString());
        setUiLanguage(before);
    }

    // "S1.1-04: verdict changed from “conforming” to “non-conforming”" showed the stored keys.
    void changeLinesNameVerdictsNotKeys()
    {
        DeclarationChange c;
        c.area = DeclarationChange::Area::Item;
        c.itemId = QStringLiteral("S1.1-04");
        c.field = QStringLiteral("verdict");
        c.before = verdictKey(Verdict::Conforming);
        c.after = verdictKey(Verdict::NonConforming);
        const QString line = c.describe();
        QVERIFY2(line.contains(verdictName(Verdict::Conforming)) && line.contains(verdictName(Verdict::NonConforming)),
                 qPrintable(line));
        QVERIFY2(!line.contains(QStringLiteral("\u201cnon-conforming\u201d")), qPrintable(line));
        c.field = QStringLiteral("supportUntil");
        c.before = QStringLiteral("2026-12-07");
        c.after = QString();
        QVERIFY2(c.describe().contains(DisplayDate::date(QDate(2026, 12, 7))), qPrintable(c.describe()));
    }

    // Two workspaces both have a declaration 1; a calendar that subscribes to both must keep
    // their events apart (RFC 5545: UIDs are globally unique).
    void icalendarUidsAreUniqueAcrossWorkspaces()
    {
        QTemporaryDir dir;
        QSet<QString> uids;
        int events = 0;
        for (const QString &name : {QStringLiteral("a.hoshi"), QStringLiteral("b.hoshi")}) {
            DemoIds ids;
            QString error;
            QVERIFY2(DemoWorkspace::create(dir.filePath(name), &ids, &error), qPrintable(error));
            std::unique_ptr<Workspace> ws = Workspace::open(dir.filePath(name), Workspace::Access::ReadOnly, &error);
            QVERIFY2(ws, qPrintable(error));
            const QList<ReminderSubject> subjects = Reminders::subjects(*ws, QStringLiteral("en"), &error);
            QVERIFY2(!subjects.isEmpty(), qPrintable(error));
            const QString ics = QString::fromUtf8(Reminders::icalendar(subjects, QDateTime::currentDateTimeUtc()))
                                    .replace(QStringLiteral("\r\n "), QString());
            static const QRegularExpression uid(QStringLiteral("^UID:(.*)\r$"), QRegularExpression::MultilineOption);
            for (auto it = uid.globalMatch(ics); it.hasNext();) {
                const QString value = it.next().captured(1);
                QVERIFY2(value.contains(ws->workspaceId()), qPrintable(value));
                uids.insert(value);
                ++events;
            }
        }
        QVERIFY(events >= 2);
        QCOMPARE(uids.size(), events);
    }
};

QTEST_GUILESS_MAIN(TestStrictJson)
#include "teststrictjson.moc"
