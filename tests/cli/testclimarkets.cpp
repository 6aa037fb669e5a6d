// SPDX-License-Identifier: Apache-2.0
// hoshi-cli markets on the demo: each market's status with its end date and source as JSON, the
// reason when there is no label, the UK record written beside its JSON, bad input refused.
#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace exporttest;

class TestCliMarkets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;

    QJsonObject marketsJson(const QStringList &extra, int expectedExit = 0)
    {
        const ToolRun run = cliInEnglish(QStringList{QStringLiteral("markets"), m_ws} + extra + QStringList{QStringLiteral("--json")});
        if (run.exitCode != expectedExit)
            qWarning("%s", qPrintable(describe(run)));
        return QJsonDocument::fromJson(run.out).object();
    }

    static QJsonObject market(const QJsonObject &json, const QString &key)
    {
        for (const QJsonValue &v : json.value(QStringLiteral("markets")).toArray()) {
            if (v.toObject().value(QStringLiteral("market")).toString() == key)
                return v.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = m_dir.filePath(QStringLiteral("demo.hoshi"));
        const ToolRun demo = cliInEnglish({QStringLiteral("demo"), m_ws});
        QVERIFY2(demo.exitCode == 0, qPrintable(describe(demo)));
        const ToolRun label = cliInEnglish({QStringLiteral("label"), QStringLiteral("set"), m_ws, QStringLiteral("--declaration"),
                                            QStringLiteral("1"), QStringLiteral("--registration-number"),
                                            QStringLiteral("2026011000000042"), QStringLiteral("--issued-on"),
                                            QStringLiteral("2026-01-10")});
        QVERIFY2(label.exitCode == 0, qPrintable(describe(label)));
    }

    void labelledDeclarationIsDeemedUntilTheLabelEnds()
    {
        const QJsonObject json = marketsJson({QStringLiteral("--declaration"), QStringLiteral("1"), QStringLiteral("--today"),
                                              QStringLiteral("2026-07-01")});
        QCOMPARE(json.value(QStringLiteral("validUntil")).toString(), QStringLiteral("2028-01-10"));
        const QJsonObject uk = market(json, QStringLiteral("uk-psti"));
        QVERIFY(uk.value(QStringLiteral("recognised")).toBool());
        QCOMPARE(uk.value(QStringLiteral("until")).toString(), QStringLiteral("2028-01-10"));
        QCOMPARE(uk.value(QStringLiteral("sourceKind")).toString(), QStringLiteral("official"));
        QVERIFY(uk.value(QStringLiteral("source")).toString().contains(QLatin1String("SI 2025/1267")));
        const QJsonObject sg = market(json, QStringLiteral("sg-cls"));
        QVERIFY(sg.value(QStringLiteral("recognised")).toBool());
        QCOMPARE(sg.value(QStringLiteral("sourceKind")).toString(), QStringLiteral("secondary"));

        const QJsonObject late = marketsJson({QStringLiteral("--declaration"), QStringLiteral("1"), QStringLiteral("--today"),
                                              QStringLiteral("2028-01-11")});
        QCOMPARE(market(late, QStringLiteral("uk-psti")).value(QStringLiteral("reason")).toString(), QStringLiteral("expired"));
        QCOMPARE(market(late, QStringLiteral("uk-psti")).value(QStringLiteral("until")).toString(), QString());
    }

    void noLabelSaysWhy()
    {
        const QJsonObject json = marketsJson({QStringLiteral("--declaration"), QStringLiteral("2")});
        const QJsonObject uk = market(json, QStringLiteral("uk-psti"));
        QVERIFY(!uk.value(QStringLiteral("recognised")).toBool());
        QCOMPARE(uk.value(QStringLiteral("reason")).toString(), QStringLiteral("no-label"));
        QVERIFY(uk.value(QStringLiteral("statement")).toString().contains(QLatin1String("no label")));
    }

    void mappingsShowTheirProvenance()
    {
        const QJsonObject json = marketsJson({QStringLiteral("--declaration"), QStringLiteral("1"), QStringLiteral("--mappings")});
        const QJsonArray sets = json.value(QStringLiteral("mappings")).toArray();
        QCOMPARE(sets.size(), 3);
        for (const QJsonValue &set : sets) {
            for (const QJsonValue &e : set.toObject().value(QStringLiteral("entries")).toArray())
                QVERIFY(!e.toObject().value(QStringLiteral("provenance")).toString().isEmpty());
        }
        const ToolRun text = cliInEnglish({QStringLiteral("markets"), m_ws, QStringLiteral("--declaration"), QStringLiteral("1"),
                                           QStringLiteral("--mappings"), QStringLiteral("--today"), QStringLiteral("2026-07-01")});
        QCOMPARE(text.exitCode, 0);
        const QString out = QString::fromUtf8(text.out);
        QVERIFY2(out.contains(QLatin1String("UK PSTI: deemed compliant under Condition B until 2028-01-10")), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("source (secondary)")));
        QVERIFY(out.contains(QLatin1String("S1.1-02 equivalent 1  [official: UK SI 2025/1267")));
        QVERIFY(out.contains(QLatin1String("ours (Hoshi's reading, not official)")));
    }

    void ukRecordIsWrittenBesideItsJson()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("record.pdf"));
        const ToolRun run = cliInEnglish({QStringLiteral("markets"), m_ws, QStringLiteral("--declaration"), QStringLiteral("1"),
                                          QStringLiteral("--today"), QStringLiteral("2026-07-01"), QStringLiteral("--uk-record"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(QFile::exists(pdf));
        QFile json(m_dir.filePath(QStringLiteral("record.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(json.readAll()).object().value(QStringLiteral("deemedCompliantUntil")).toString(),
                 QStringLiteral("2028-01-10"));
        // In Japanese the record is still English.
        const QString pdfJa = m_dir.filePath(QStringLiteral("record-ja.pdf"));
        const ToolRun ja = runTool(QStringLiteral(HOSHI_CLI_PATH),
                                   {QStringLiteral("markets"), m_ws, QStringLiteral("--declaration"), QStringLiteral("1"),
                                    QStringLiteral("--today"), QStringLiteral("2026-07-01"), QStringLiteral("--uk-record"), pdfJa,
                                    QStringLiteral("--lang"), QStringLiteral("ja")});
        QVERIFY2(ja.exitCode == 0, qPrintable(describe(ja)));
        QFile jaJson(m_dir.filePath(QStringLiteral("record-ja.json")));
        QVERIFY(jaJson.open(QIODevice::ReadOnly));
        QVERIFY(QJsonDocument::fromJson(jaJson.readAll()).object().value(QStringLiteral("statement")).toString().startsWith(
            QLatin1String("Deemed to meet the UK PSTI")));
    }

    void badInputIsRefused()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("none.pdf"));
        ToolRun run = cliInEnglish({QStringLiteral("markets"), m_ws, QStringLiteral("--declaration"), QStringLiteral("2"),
                                    QStringLiteral("--uk-record"), pdf});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(QString::fromUtf8(run.err).contains(QLatin1String("not deemed")));
        QVERIFY(!QFile::exists(pdf));
        run = cliInEnglish({QStringLiteral("markets"), m_ws, QStringLiteral("--declaration"), QStringLiteral("99")});
        QCOMPARE(run.exitCode, 2);
        run = cliInEnglish({QStringLiteral("markets"), m_ws, QStringLiteral("--declaration"), QStringLiteral("1"),
                            QStringLiteral("--today"), QStringLiteral("2026-13-01")});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_MAIN(TestCliMarkets)
#include "testclimarkets.moc"
