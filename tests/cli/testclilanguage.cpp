// SPDX-License-Identifier: Apache-2.0
// hoshi-cli speaks Japanese and English: the locale decides, --lang overrides, --json stays the
// same in both, and every --help is an answer (exit 0), not an error.
#include "exportzipedit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using exporttest::runTool;
using exporttest::ToolRun;

namespace {

// ctest runs with LC_ALL=C.UTF-8; these clear it so that LANG decides, as on a desktop.
const QStringList japaneseDesktop = {QStringLiteral("LC_ALL="), QStringLiteral("LC_MESSAGES="), QStringLiteral("LANGUAGE="),
                                     QStringLiteral("HOSHI_LANG="), QStringLiteral("LANG=ja_JP.UTF-8")};

ToolRun cli(const QStringList &args, const QStringList &environment = {})
{
    return runTool(QStringLiteral(HOSHI_CLI_PATH), args, {}, environment);
}

QString describe(const ToolRun &run)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(run.exitCode).arg(QString::fromUtf8(run.out), QString::fromUtf8(run.err));
}

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validateFollowsTheLocale();
    void langOptionOverrides();
    void jsonIsLanguageNeutral();
    void helpExitsZero_data();
    void helpExitsZero();
    void productHelpShowsJapaneseCorrectly();
    void badLanguageIsAUsageError();

private:
    QTemporaryDir m_dir;
    QString m_ws;
    QStringList m_blocked; // validate arguments for the demo's blocked declaration
};

void TestCliLanguage::initTestCase()
{
    m_ws = m_dir.filePath(QStringLiteral("demo.hoshi"));
    const ToolRun demo = cli({QStringLiteral("demo"), m_ws});
    QVERIFY2(demo.exitCode == 0, qPrintable(describe(demo)));
    // "in-progress declaration: N (blocked)"
    const QString id = QString::fromUtf8(demo.out).section(QStringLiteral("in-progress declaration: "), 1).section(QLatin1Char(' '), 0, 0);
    QVERIFY(!id.isEmpty());
    m_blocked = {QStringLiteral("validate"), m_ws, QStringLiteral("--declaration"), id};
}

void TestCliLanguage::validateFollowsTheLocale()
{
    const ToolRun ja = cli(m_blocked, japaneseDesktop);
    QVERIFY2(ja.exitCode == 1, qPrintable(describe(ja)));
    const QString text = QString::fromUtf8(ja.out);
    // The gate's problems (core) and the summary (CLI) are both Japanese; the leading
    // BLOCKING/warning tokens and codes stay as they are for scripts.
    QVERIFY2(text.contains(QStringLiteral("対象外とするには理由が必要です")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("申請不可: 申請を妨げる問題")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("BLOCKING\tS1.1-02\tna-without-justification\t")));
    QVERIFY(!text.contains(QStringLiteral("needs a justification")));

    const ToolRun c = cli(m_blocked); // C.UTF-8 from ctest: English
    QVERIFY(QString::fromUtf8(c.out).contains(QStringLiteral("blocked: ")));
    const ToolRun language = cli(m_blocked, {QStringLiteral("LC_ALL="), QStringLiteral("LANG=en_GB.UTF-8"), QStringLiteral("LANGUAGE=ja")});
    QVERIFY2(QString::fromUtf8(language.out).contains(QStringLiteral("申請不可")), "LANGUAGE refines a real locale");
}

void TestCliLanguage::langOptionOverrides()
{
    const ToolRun en = cli(m_blocked + QStringList{QStringLiteral("--lang"), QStringLiteral("en")}, japaneseDesktop);
    QVERIFY2(en.exitCode == 1, qPrintable(describe(en)));
    const QString text = QString::fromUtf8(en.out);
    QVERIFY2(text.contains(QStringLiteral("not applicable needs a justification")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("blocked: ")));
    QVERIFY(!text.contains(QStringLiteral("申請不可")));
    // Before the command works too, and ja overrides a C locale.
    const ToolRun ja = cli(QStringList{QStringLiteral("--lang=ja")} + m_blocked);
    QVERIFY2(QString::fromUtf8(ja.out).contains(QStringLiteral("申請不可")), qPrintable(describe(ja)));
}

void TestCliLanguage::jsonIsLanguageNeutral()
{
    const QStringList json = m_blocked + QStringList{QStringLiteral("--json")};
    const QJsonObject ja = QJsonDocument::fromJson(cli(json, japaneseDesktop).out).object();
    const QJsonObject en = QJsonDocument::fromJson(cli(json + QStringList{QStringLiteral("--lang"), QStringLiteral("en")}).out).object();
    QVERIFY(!ja.isEmpty());
    QCOMPARE(ja.keys(), en.keys());
    QCOMPARE(ja.value(QStringLiteral("blocking")), en.value(QStringLiteral("blocking")));
    const QJsonArray a = ja.value(QStringLiteral("problems")).toArray();
    const QJsonArray b = en.value(QStringLiteral("problems")).toArray();
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        for (const QString &key : {QStringLiteral("severity"), QStringLiteral("code"), QStringLiteral("item")})
            QCOMPARE(a.at(i)[key], b.at(i)[key]);
    }
}

void TestCliLanguage::helpExitsZero_data()
{
    QTest::addColumn<QStringList>("args");
    const QStringList commands[] = {
        {QStringLiteral("--help")}, {QStringLiteral("init")}, {QStringLiteral("demo")}, {QStringLiteral("status")},
        {QStringLiteral("validate")}, {QStringLiteral("assess")}, {QStringLiteral("compact")}, {QStringLiteral("history")},
        {QStringLiteral("criteria"), QStringLiteral("list")}, {QStringLiteral("organisation")},
        {QStringLiteral("organisation"), QStringLiteral("add")}, {QStringLiteral("organisation"), QStringLiteral("set")},
        {QStringLiteral("product"), QStringLiteral("add")}, {QStringLiteral("product"), QStringLiteral("list")},
        {QStringLiteral("declaration"), QStringLiteral("new")}, {QStringLiteral("declaration"), QStringLiteral("carry-over")},
        {QStringLiteral("declaration"), QStringLiteral("show")}, {QStringLiteral("evidence"), QStringLiteral("add")},
        {QStringLiteral("evidence"), QStringLiteral("import")}, {QStringLiteral("evidence"), QStringLiteral("set")},
        {QStringLiteral("file")}, {QStringLiteral("file"), QStringLiteral("extract")}, {QStringLiteral("export")},
        {QStringLiteral("verify")}, {QStringLiteral("keygen")},
    };
    for (const QStringList &c : commands)
        QTest::newRow(qPrintable(c.join(QLatin1Char(' ')))) << c;
}

void TestCliLanguage::helpExitsZero()
{
    QFETCH(QStringList, args);
    const ToolRun run = cli(args.size() == 1 && args.first() == QLatin1String("--help") ? args : args + QStringList{QStringLiteral("--help")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(!run.out.isEmpty(), "help goes to standard output");
    QVERIFY2(!run.out.contains("/hoshi-cli "), "the help names the command, not the build path");
}

void TestCliLanguage::productHelpShowsJapaneseCorrectly()
{
    const ToolRun en = cli({QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--help")});
    QVERIFY2(QString::fromUtf8(en.out).contains(QStringLiteral("Product category (製品類型).")), en.out.constData());
    const ToolRun ja = cli({QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--help")}, japaneseDesktop);
    const QString text = QString::fromUtf8(ja.out);
    QVERIFY2(text.contains(QStringLiteral("製品類型。")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("サポート期間の終了日")));
    QVERIFY(!text.contains(QStringLiteral("è£½")));
}

void TestCliLanguage::badLanguageIsAUsageError()
{
    const ToolRun run = cli({QStringLiteral("status"), m_ws, QStringLiteral("--lang"), QStringLiteral("fr")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--lang"));
}

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "testclilanguage.moc"
