// SPDX-License-Identifier: Apache-2.0
// The CLI can do what automation needs: list, show, change and remove what it added, read the
// history, carry a declaration over, and import many evidence records at once, all or nothing.
#include "exportzipedit.h"
#include "storage/workspace.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;
using exporttest::runTool;
using exporttest::ToolRun;

namespace {

ToolRun cli(const QStringList &args)
{
    return runTool(QStringLiteral(HOSHI_CLI_PATH), args);
}

QString describe(const ToolRun &run)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(run.exitCode).arg(QString::fromUtf8(run.out), QString::fromUtf8(run.err));
}

QJsonDocument jsonOf(const ToolRun &run)
{
    return QJsonDocument::fromJson(run.out);
}

// The 16 items of the ★1 set, to spread the imported results over.
const QStringList star1Items = {QStringLiteral("S1.1-01"), QStringLiteral("S1.1-02"), QStringLiteral("S1.1-03"),
                                QStringLiteral("S1.1-04"), QStringLiteral("S1.1-05"), QStringLiteral("S1.1-06"),
                                QStringLiteral("S1.1-07"), QStringLiteral("S1.1-08"), QStringLiteral("S1.1-09"),
                                QStringLiteral("S1.1-10"), QStringLiteral("S1.1-11"), QStringLiteral("S1.1-12"),
                                QStringLiteral("S1.1-13"), QStringLiteral("S1.1-14"), QStringLiteral("S1.1-15"),
                                QStringLiteral("S1.1-16")};

} // namespace

class TestCliParity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void organisationAndProductRoundTrip();
    void removalRefusedWhileOthersDepend();
    void importFiftyRecordsWithFiles();
    void badThirtySeventhRecordChangesNothing_data();
    void badThirtySeventhRecordChangesNothing();
    void evidenceSetShowRemoveAndFiles();
    void historyAndCarryOver();

private:
    [[nodiscard]] QString run(const QStringList &args); // stdout, trimmed; fails the test on a non-zero exit
    [[nodiscard]] QString writeImport(const QString &name, int count, const std::function<void(int, QJsonObject &)> &edit);

    QTemporaryDir m_dir;
    QString m_ws;
    QString m_declaration;
    QString m_product;
};

QString TestCliParity::run(const QStringList &args)
{
    const ToolRun r = cli(args);
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(describe(r)));
    return r.exitCode == 0 ? QString::fromUtf8(r.out).trimmed() : QString();
}

QString TestCliParity::writeImport(const QString &name, int count, const std::function<void(int, QJsonObject &)> &edit)
{
    QDir().mkpath(m_dir.filePath(name));
    QJsonArray records;
    for (int i = 1; i <= count; ++i) {
        const QString log = QStringLiteral("%1/result-%2.log").arg(name).arg(i);
        QFile f(m_dir.filePath(log));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QStringLiteral("firmware 2.1.%1 test %2: PASS\n").arg(i).arg(name).toUtf8());
        QJsonObject record{{QStringLiteral("kind"), QStringLiteral("device-test")},
                           {QStringLiteral("items"), QJsonArray{star1Items.at(i % star1Items.size())}},
                           {QStringLiteral("procedure"), QStringLiteral("Test plan TP-7 case %1").arg(i)},
                           {QStringLiteral("summary"), QStringLiteral("PASS")},
                           {QStringLiteral("testedOn"), QStringLiteral("2026-11-30")},
                           {QStringLiteral("tester"), QStringLiteral("rig-3")},
                           {QStringLiteral("firmwareVersion"), QStringLiteral("2.1.%1").arg(i)},
                           {QStringLiteral("environment"), QStringLiteral("lab bench B")},
                           // relative to the JSON file's folder
                           {QStringLiteral("files"), QJsonArray{QStringLiteral("result-%1.log").arg(i)}}};
        edit(i, record);
        records.append(record);
    }
    const QString path = m_dir.filePath(name + QStringLiteral("/results.json"));
    QFile json(path);
    if (!json.open(QIODevice::WriteOnly))
        return {};
    json.write(QJsonDocument(records).toJson());
    return path;
}

void TestCliParity::initTestCase()
{
    m_ws = m_dir.filePath(QStringLiteral("rig.hoshi"));
    QCOMPARE(run({QStringLiteral("init"), m_ws, QStringLiteral("--organisation"), QStringLiteral("ACME IoT株式会社")}), QStringLiteral("1"));
    m_product = run({QStringLiteral("product"), QStringLiteral("add"), m_ws, QStringLiteral("--name"), QStringLiteral("ACME Cam"),
                     QStringLiteral("--model"), QStringLiteral("AC-1"), QStringLiteral("--category"), QStringLiteral("カメラ"),
                     QStringLiteral("--firmware"), QStringLiteral("FW"), QStringLiteral("--firmware-version"), QStringLiteral("2.1"),
                     QStringLiteral("--support-until"), QStringLiteral("2031-03-31")});
    QVERIFY(!m_product.isEmpty());
    m_declaration = run({QStringLiteral("declaration"), QStringLiteral("new"), m_ws, QStringLiteral("--product"), m_product,
                         QStringLiteral("--criteria"), QStringLiteral("JST-CR-01-01-2024R1")});
    QVERIFY(!m_declaration.isEmpty());
}

void TestCliParity::organisationAndProductRoundTrip()
{
    QVERIFY(run({QStringLiteral("organisation"), QStringLiteral("set"), m_ws, QStringLiteral("--organisation"), QStringLiteral("1"),
                 QStringLiteral("--website"), QStringLiteral("https://acme.example")}).isEmpty());
    const QJsonArray organisations = jsonOf(cli({QStringLiteral("organisation"), QStringLiteral("list"), m_ws, QStringLiteral("--json")})).array();
    QCOMPARE(organisations.size(), 1);
    QCOMPARE(organisations.at(0)[QStringLiteral("name")].toString(), QStringLiteral("ACME IoT株式会社")); // unchanged
    QCOMPARE(organisations.at(0)[QStringLiteral("website")].toString(), QStringLiteral("https://acme.example"));

    QVERIFY(run({QStringLiteral("product"), QStringLiteral("set"), m_ws, QStringLiteral("--product"), m_product,
                 QStringLiteral("--firmware-version"), QStringLiteral("2.2"), QStringLiteral("--model"), QStringLiteral("AC-1"),
                 QStringLiteral("--model"), QStringLiteral("AC-1W")}).isEmpty());
    const QJsonObject product = jsonOf(cli({QStringLiteral("product"), QStringLiteral("show"), m_ws, QStringLiteral("--product"),
                                            m_product, QStringLiteral("--json")})).object();
    QCOMPARE(product[QStringLiteral("firmwareVersion")].toString(), QStringLiteral("2.2"));
    QCOMPARE(product[QStringLiteral("category")].toString(), QStringLiteral("カメラ"));
    QCOMPARE(product[QStringLiteral("model")].toArray().size(), 2);
    QCOMPARE(product[QStringLiteral("supportUntil")].toString(), QStringLiteral("2031-03-31"));
    const QString text = run({QStringLiteral("product"), QStringLiteral("show"), m_ws, QStringLiteral("--product"), m_product});
    QVERIFY2(text.contains(QStringLiteral("model: AC-1, AC-1W")), qPrintable(text));
    QCOMPARE(jsonOf(cli({QStringLiteral("declaration"), QStringLiteral("list"), m_ws, QStringLiteral("--json")})).array().size(), 1);
}

void TestCliParity::removalRefusedWhileOthersDepend()
{
    // A product with a declaration, an organisation with a product: refused, named, unchanged.
    ToolRun r = cli({QStringLiteral("product"), QStringLiteral("remove"), m_ws, QStringLiteral("--product"), m_product});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("1 declaration"), r.err.constData());
    r = cli({QStringLiteral("organisation"), QStringLiteral("remove"), m_ws, QStringLiteral("--organisation"), QStringLiteral("1")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("1 product"), r.err.constData());

    // An empty declaration and an unused product can go.
    const QString spare = run({QStringLiteral("product"), QStringLiteral("add"), m_ws, QStringLiteral("--name"), QStringLiteral("Spare")});
    const QString draft = run({QStringLiteral("declaration"), QStringLiteral("new"), m_ws, QStringLiteral("--product"), spare,
                               QStringLiteral("--criteria"), QStringLiteral("JST-CR-01-01-2024R1")});
    QVERIFY(run({QStringLiteral("assess"), m_ws, QStringLiteral("--declaration"), draft, QStringLiteral("--item"), QStringLiteral("S1.1-01"),
                 QStringLiteral("--verdict"), QStringLiteral("conforming")}).isEmpty());
    r = cli({QStringLiteral("declaration"), QStringLiteral("remove"), m_ws, QStringLiteral("--declaration"), draft});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("hold a verdict"), r.err.constData());
    QVERIFY(run({QStringLiteral("assess"), m_ws, QStringLiteral("--declaration"), draft, QStringLiteral("--item"), QStringLiteral("S1.1-01"),
                 QStringLiteral("--verdict"), QStringLiteral("not-assessed")}).isEmpty());
    QCOMPARE(cli({QStringLiteral("declaration"), QStringLiteral("remove"), m_ws, QStringLiteral("--declaration"), draft}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("product"), QStringLiteral("remove"), m_ws, QStringLiteral("--product"), spare}).exitCode, 0);
    QCOMPARE(jsonOf(cli({QStringLiteral("product"), QStringLiteral("list"), m_ws, QStringLiteral("--json")})).array().size(), 1);
}

void TestCliParity::importFiftyRecordsWithFiles()
{
    const QString json = writeImport(QStringLiteral("good"), 50, [](int, QJsonObject &) {});
    const ToolRun r = cli({QStringLiteral("evidence"), QStringLiteral("import"), m_ws, QStringLiteral("--declaration"), m_declaration,
                           json, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonArray ids = jsonOf(r).object()[QStringLiteral("evidence")].toArray();
    QCOMPARE(ids.size(), 50);

    const QJsonArray listed = jsonOf(cli({QStringLiteral("evidence"), QStringLiteral("list"), m_ws, QStringLiteral("--declaration"),
                                          m_declaration, QStringLiteral("--json")})).array();
    QCOMPARE(listed.size(), 50);
    for (const QJsonValue &e : listed) {
        QCOMPARE(e[QStringLiteral("files")].toArray().size(), 1);
        QCOMPARE(e[QStringLiteral("kind")].toString(), QStringLiteral("device-test"));
        QCOMPARE(e[QStringLiteral("testedOn")].toString(), QStringLiteral("2026-11-30"));
    }
    // Record 37's file comes back byte for byte.
    const QString evidence37 = QString::number(ids.at(36).toInteger());
    const QJsonArray files = jsonOf(cli({QStringLiteral("file"), QStringLiteral("list"), m_ws, QStringLiteral("--evidence"), evidence37,
                                         QStringLiteral("--json")})).array();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.at(0)[QStringLiteral("name")].toString(), QStringLiteral("result-37.log"));
    const QString extracted = m_dir.filePath(QStringLiteral("extracted-37.log"));
    QVERIFY(run({QStringLiteral("file"), QStringLiteral("extract"), m_ws, QStringLiteral("--file"),
                 QString::number(files.at(0)[QStringLiteral("id")].toInteger()), QStringLiteral("--out"), extracted}).isEmpty());
    QFile f(extracted);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("firmware 2.1.37 test good: PASS\n"));
    // A second extract refuses to overwrite.
    QCOMPARE(cli({QStringLiteral("file"), QStringLiteral("extract"), m_ws, QStringLiteral("--file"),
                  QString::number(files.at(0)[QStringLiteral("id")].toInteger()), QStringLiteral("--out"), extracted}).exitCode, 2);
}

void TestCliParity::badThirtySeventhRecordChangesNothing_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QByteArray>("expected");
    // Found while reading the file:
    QTest::newRow("unknown kind") << QStringLiteral("kind") << QJsonValue(QStringLiteral("photo")) << QByteArray("\"kind\"");
    QTest::newRow("misspelt key") << QStringLiteral("testedon") << QJsonValue(QStringLiteral("2026-11-30")) << QByteArray("testedon");
    QTest::newRow("bad date") << QStringLiteral("testedOn") << QJsonValue(QStringLiteral("30.11.2026")) << QByteArray("testedOn");
    // Found only while storing, after 36 records went in (inside the one transaction):
    QTest::newRow("missing file") << QStringLiteral("files") << QJsonValue(QJsonArray{QStringLiteral("no-such.log")})
                                  << QByteArray("no-such.log");
    QTest::newRow("unknown item") << QStringLiteral("items") << QJsonValue(QJsonArray{QStringLiteral("S9.9-99")}) << QByteArray("S9.9-99");
}

void TestCliParity::badThirtySeventhRecordChangesNothing()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QByteArray, expected);
    qint64 blobsBefore = 0;
    qsizetype evidenceBefore = 0;
    {
        QString error;
        const auto ws = Workspace::open(m_ws, Workspace::Access::ReadOnly, &error);
        QVERIFY2(ws, qPrintable(error));
        blobsBefore = ws->storedBlobCount();
        evidenceBefore = ws->evidenceOfDeclaration(m_declaration.toLongLong()).size();
    }
    const QString json = writeImport(QStringLiteral("bad-") + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')),
                                     50, [&](int i, QJsonObject &record) {
                                         if (i == 37)
                                             record.insert(key, value);
                                     });
    const ToolRun r = cli({QStringLiteral("evidence"), QStringLiteral("import"), m_ws, QStringLiteral("--declaration"), m_declaration, json});
    QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
    QVERIFY2(r.err.contains("Record 37:"), r.err.constData());
    QVERIFY2(r.err.contains(expected), r.err.constData());
    QVERIFY2(r.err.contains("Nothing was imported."), r.err.constData());
    QVERIFY(r.out.isEmpty());

    QString error;
    const auto ws = Workspace::open(m_ws, Workspace::Access::ReadOnly, &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->evidenceOfDeclaration(m_declaration.toLongLong()).size(), evidenceBefore);
    QCOMPARE(ws->storedBlobCount(), blobsBefore);
}

void TestCliParity::evidenceSetShowRemoveAndFiles()
{
    const QString id = run({QStringLiteral("evidence"), QStringLiteral("add"), m_ws, QStringLiteral("--declaration"), m_declaration,
                            QStringLiteral("--item"), QStringLiteral("S1.1-01"), QStringLiteral("--kind"), QStringLiteral("document"),
                            QStringLiteral("--title"), QStringLiteral("Manual")});
    QVERIFY(run({QStringLiteral("evidence"), QStringLiteral("set"), m_ws, QStringLiteral("--evidence"), id, QStringLiteral("--page"),
                 QStringLiteral("12")}).isEmpty());
    const QJsonObject shown = jsonOf(cli({QStringLiteral("evidence"), QStringLiteral("show"), m_ws, QStringLiteral("--evidence"), id,
                                          QStringLiteral("--json")})).object();
    QCOMPARE(shown[QStringLiteral("title")].toString(), QStringLiteral("Manual"));
    QCOMPARE(shown[QStringLiteral("page")].toString(), QStringLiteral("12"));
    QCOMPARE(shown[QStringLiteral("links")].toArray().at(0)[QStringLiteral("item")].toString(), QStringLiteral("S1.1-01"));
    QCOMPARE(cli({QStringLiteral("evidence"), QStringLiteral("remove"), m_ws, QStringLiteral("--evidence"), id}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("evidence"), QStringLiteral("show"), m_ws, QStringLiteral("--evidence"), id}).exitCode, 2);

    const QJsonArray files = jsonOf(cli({QStringLiteral("file"), QStringLiteral("list"), m_ws, QStringLiteral("--evidence"),
                                         QStringLiteral("1"), QStringLiteral("--json")})).array();
    QCOMPARE(files.size(), 1);
    const QString fileId = QString::number(files.at(0)[QStringLiteral("id")].toInteger());
    QCOMPARE(cli({QStringLiteral("file"), QStringLiteral("remove"), m_ws, QStringLiteral("--file"), fileId}).exitCode, 0);
    QCOMPARE(jsonOf(cli({QStringLiteral("file"), QStringLiteral("list"), m_ws, QStringLiteral("--evidence"), QStringLiteral("1"),
                         QStringLiteral("--json")})).array().size(), 0);
}

void TestCliParity::historyAndCarryOver()
{
    const QJsonArray all = jsonOf(cli({QStringLiteral("history"), m_ws, QStringLiteral("--json")})).array();
    QVERIFY(!all.isEmpty());
    QStringList actions;
    for (const QJsonValue &h : all)
        actions << h[QStringLiteral("action")].toString();
    QVERIFY(actions.contains(QStringLiteral("product-removed")));
    QVERIFY(actions.contains(QStringLiteral("evidence-added")));
    const QJsonArray item = jsonOf(cli({QStringLiteral("history"), m_ws, QStringLiteral("--declaration"), m_declaration,
                                        QStringLiteral("--item"), QStringLiteral("S1.1-01"), QStringLiteral("--json")})).array();
    QVERIFY(!item.isEmpty());
    for (const QJsonValue &h : item)
        QCOMPARE(h[QStringLiteral("item")].toString(), QStringLiteral("S1.1-01"));

    const ToolRun r = cli({QStringLiteral("declaration"), QStringLiteral("carry-over"), m_ws, QStringLiteral("--declaration"),
                           m_declaration, QStringLiteral("--criteria"), QStringLiteral("JST-CR-03-CAM-DRAFT")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(r.err.contains("to assess again"));
    const QJsonObject carried = jsonOf(cli({QStringLiteral("declaration"), QStringLiteral("show"), m_ws, QStringLiteral("--declaration"),
                                            QString::fromUtf8(r.out).trimmed(), QStringLiteral("--json")})).object();
    QCOMPARE(carried[QStringLiteral("criteria")].toString(), QStringLiteral("JST-CR-03-CAM-DRAFT"));
    QCOMPARE(carried[QStringLiteral("product")].toInteger(), m_product.toLongLong());
}

QTEST_GUILESS_MAIN(TestCliParity)
#include "testcliparity.moc"
