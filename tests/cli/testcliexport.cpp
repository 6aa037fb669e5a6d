// SPDX-License-Identifier: Apache-2.0
// hoshi-cli export / verify / keygen, run as a user would run them: exit codes, what is
// printed, and what is (not) written.
#include "demo/demoworkspace.h"
#include "exportzipcraft.h"
#include "clirun.h"
#include "exportzipedit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;
using exporttest::describe;
using exporttest::runTool;
using exporttest::ToolRun;

namespace {

ToolRun cli(const QStringList &args, const QStringList &environment = {})
{
    return runTool(QStringLiteral(HOSHI_CLI_PATH), args, {}, environment);
}


QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keygen();
    void exportSignedAndVerify();
    void exportBlockedWritesNothing();
    void exportUsageErrors();
    void exportPartsOnly();
    void verifyTampered_data();
    void verifyTampered();
    void verifyHostileAndMissing();
    void cLocale();

private:
    [[nodiscard]] QString freshDir(const QString &name);

    QTemporaryDir m_dir;
    QString m_ws;
    DemoIds m_ids;
    QString m_key;
    QString m_cert;
    QString m_archive;
};

QString TestCliExport::freshDir(const QString &name)
{
    const QString dir = m_dir.filePath(name);
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    return dir;
}

void TestCliExport::initTestCase()
{
    QVERIFY(QFileInfo(QStringLiteral(HOSHI_CLI_PATH)).isExecutable());
    m_ws = m_dir.filePath(QStringLiteral("demo.hoshi"));
    QString error;
    QVERIFY2(DemoWorkspace::create(m_ws, &m_ids, &error), qPrintable(error));
}

void TestCliExport::keygen()
{
    const QString keys = freshDir(QStringLiteral("keys"));
    const ToolRun run = cli({QStringLiteral("keygen"), QStringLiteral("--out"), keys, QStringLiteral("--name"),
                             QStringLiteral("さくらデバイス 署名")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QStringList printed = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(printed.size(), 2);
    m_key = printed.at(0);
    m_cert = printed.at(1);
    QVERIFY(QFile::exists(m_key) && QFile::exists(m_cert));
    QVERIFY(run.err.contains("fingerprint"));
    const ToolRun info = runTool(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-in"), m_cert,
                                                             QStringLiteral("-noout"), QStringLiteral("-text")});
    QVERIFY(info.out.contains("prime256v1") || info.out.contains("P-256"));
    // Existing keys are never replaced.
    const ToolRun again = cli({QStringLiteral("keygen"), QStringLiteral("--out"), keys});
    QCOMPARE(again.exitCode, 2);
    QVERIFY(cli({QStringLiteral("keygen")}).exitCode == 2);
}

void TestCliExport::exportSignedAndVerify()
{
    QVERIFY(!m_key.isEmpty());
    const QString out = freshDir(QStringLiteral("signed"));
    const ToolRun run = cli({QStringLiteral("export"), m_ws, QStringLiteral("--declaration"),
                             QString::number(m_ids.completeDeclaration), QStringLiteral("--out"), out, QStringLiteral("--sign"),
                             m_key, QStringLiteral("--cert"), m_cert});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QStringList paths = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(paths.size(), 3);
    for (const QString &p : paths)
        QVERIFY2(QFileInfo::exists(p), qPrintable(p));
    m_archive = paths.last();
    QVERIFY(m_archive.endsWith(QLatin1String("-evidence.zip")));
    QCOMPARE(entries(out).size(), 3); // no partial files left

    QCOMPARE(runTool(QStringLiteral("unzip"), {QStringLiteral("-tq"), m_archive}).exitCode, 0);
    const ToolRun verify = cli({QStringLiteral("verify"), m_archive});
    QVERIFY2(verify.exitCode == 0, qPrintable(describe(verify)));
    QVERIFY(verify.out.contains("INTACT"));
    QVERIFY(verify.out.contains("signed by CN=さくらデバイス 署名"));
    QVERIFY(verify.out.contains("self-signed"));

    const ToolRun json = cli({QStringLiteral("verify"), m_archive, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("intact"));
    QCOMPARE(o.value(QStringLiteral("signature")).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("valid"));
    QVERIFY(o.value(QStringLiteral("files")).toArray().size() > 10);

    // The signature is checkable with plain OpenSSL after unzipping.
    const QString unpacked = freshDir(QStringLiteral("unpacked"));
    QCOMPARE(runTool(QStringLiteral("unzip"), {QStringLiteral("-q"), m_archive, QStringLiteral("-d"), unpacked}).exitCode, 0);
    const QString bag = QDir(unpacked).filePath(QFileInfo(m_archive).completeBaseName());
    const ToolRun cms = runTool(QStringLiteral("openssl"),
                                {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"), QStringLiteral("-inform"),
                                 QStringLiteral("DER"), QStringLiteral("-in"), QStringLiteral("signatures/tagmanifest-sha256.txt.p7s"),
                                 QStringLiteral("-content"), QStringLiteral("tagmanifest-sha256.txt"), QStringLiteral("-CAfile"),
                                 QStringLiteral("signatures/signer-cert.pem"), QStringLiteral("-out"), QStringLiteral("/dev/null")},
                                bag);
    QVERIFY2(cms.exitCode == 0, cms.err.constData());
    for (const char *manifest : {"manifest-sha256.txt", "tagmanifest-sha256.txt"})
        QCOMPARE(runTool(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QLatin1String(manifest)}, bag).exitCode, 0);
}

void TestCliExport::exportBlockedWritesNothing()
{
    const QString out = freshDir(QStringLiteral("blocked"));
    const ToolRun run = cli({QStringLiteral("export"), m_ws, QStringLiteral("--declaration"),
                             QString::number(m_ids.inProgressDeclaration), QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY(run.err.contains("BLOCKING"));
    QVERIFY(run.err.contains("not-assessed") || run.err.contains("non-conforming"));
    QVERIFY(run.err.contains("Nothing was written"));
    QVERIFY(run.out.isEmpty());
    QVERIFY(entries(out).isEmpty());
    // A missing output folder is created only for an export that goes ahead.
    const QString absent = m_dir.filePath(QStringLiteral("blocked-absent"));
    QCOMPARE(cli({QStringLiteral("export"), m_ws, QStringLiteral("--declaration"),
                  QString::number(m_ids.inProgressDeclaration), QStringLiteral("--out"), absent}).exitCode, 1);
    QVERIFY(!QFileInfo::exists(absent));
    const ToolRun created = cli({QStringLiteral("export"), m_ws, QStringLiteral("--declaration"),
                                 QString::number(m_ids.completeDeclaration), QStringLiteral("--out"), absent});
    QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));
    QCOMPARE(entries(absent).size(), 3);
}

void TestCliExport::exportUsageErrors()
{
    const QString out = freshDir(QStringLiteral("usage"));
    const QString decl = QString::number(m_ids.completeDeclaration);
    const QList<QStringList> cases = {
        {QStringLiteral("export"), m_ws, QStringLiteral("--declaration"), decl},                         // no --out
        {QStringLiteral("export"), m_ws, QStringLiteral("--declaration"), decl, QStringLiteral("--out"),
         m_ws + QStringLiteral("/cannot-be-created")},                                                    // under a file
        {QStringLiteral("export"), m_ws, QStringLiteral("--declaration"), QStringLiteral("999"), QStringLiteral("--out"), out},
        {QStringLiteral("export"), m_dir.filePath(QStringLiteral("none.hoshi")), QStringLiteral("--declaration"), decl,
         QStringLiteral("--out"), out},
        {QStringLiteral("export"), m_ws, QStringLiteral("--declaration"), decl, QStringLiteral("--out"), out,
         QStringLiteral("--sign"), m_key},                                                                // no --cert
        {QStringLiteral("export"), m_ws, QStringLiteral("--declaration"), decl, QStringLiteral("--out"), out,
         QStringLiteral("--sign"), m_cert, QStringLiteral("--cert"), m_cert},                              // not a key
    };
    for (const QStringList &args : cases) {
        const ToolRun run = cli(args);
        QVERIFY2(run.exitCode == 2, qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char('\n') + describe(run)));
        QVERIFY(!run.err.isEmpty());
        QVERIFY2(entries(out).isEmpty(), qPrintable(entries(out).join(QLatin1Char(' '))));
    }
}

void TestCliExport::exportPartsOnly()
{
    const QString decl = QString::number(m_ids.completeDeclaration);
    const QString a = freshDir(QStringLiteral("archive-only"));
    ToolRun run = cli({QStringLiteral("export"), m_ws, QStringLiteral("--declaration"), decl, QStringLiteral("--out"), a,
                       QStringLiteral("--no-package")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(entries(a).size(), 1);
    QVERIFY(entries(a).first().endsWith(QLatin1String("-evidence.zip")));
    const QString p = freshDir(QStringLiteral("package-only"));
    run = cli({QStringLiteral("export"), m_ws, QStringLiteral("--declaration"), decl, QStringLiteral("--out"), p,
               QStringLiteral("--no-archive")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(entries(p).size(), 2);
    QCOMPARE(cli({QStringLiteral("export"), m_ws, QStringLiteral("--declaration"), decl, QStringLiteral("--out"), p,
                  QStringLiteral("--no-archive"), QStringLiteral("--no-package")})
                 .exitCode,
             2);
}

void TestCliExport::verifyTampered_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("problem"); // what the line naming the file says
    QTest::newRow("flip-one-byte") << "flip" << "modified";
    QTest::newRow("delete-file") << "delete" << "missing";
    QTest::newRow("add-file") << "add" << "unlisted";
    QTest::newRow("edit-bag-info") << "bag-info" << "modified";
}

void TestCliExport::verifyTampered()
{
    QFETCH(QString, change);
    QFETCH(QString, problem);
    QVERIFY(!m_archive.isEmpty());
    QString error;
    const QMap<QString, QByteArray> files = exporttest::readZip(m_archive, &error);
    const QString bag = files.firstKey().section(QLatin1Char('/'), 0, 0) + QLatin1Char('/');
    QString victim;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key().contains(QLatin1String("/data/evidence/")) && it.value().size() > 10) {
            victim = it.key();
            break;
        }
    }
    QVERIFY(!victim.isEmpty());
    exporttest::ZipEdit edit;
    if (change == QLatin1String("flip")) {
        QByteArray content = files.value(victim);
        content[3] = char(content.at(3) ^ 0x20);
        edit.replace.insert(victim, content);
    } else if (change == QLatin1String("delete")) {
        edit.remove << victim;
    } else if (change == QLatin1String("add")) {
        victim = bag + QStringLiteral("data/evidence/S1.1-04/999_planted.txt");
        edit.add.insert(victim, "planted");
    } else {
        victim = bag + QStringLiteral("bag-info.txt");
        QByteArray info = files.value(victim);
        info.replace("Hoshi-Route: standard", "Hoshi-Route: psti");
        QVERIFY(info != files.value(victim));
        edit.replace.insert(victim, info);
    }
    const QString tampered = m_dir.filePath(QStringLiteral("tampered-%1.zip").arg(change));
    QVERIFY2(exporttest::rewriteZip(m_archive, tampered, edit, &error), qPrintable(error));
    const ToolRun run = cli({QStringLiteral("verify"), tampered});
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY(run.out.contains("NOT INTACT"));
    const QString rel = victim.mid(bag.size());
    bool named = false;
    for (const QString &line : QString::fromUtf8(run.out).split(QLatin1Char('\n'))) {
        if (line.contains(rel) && line.trimmed().startsWith(problem))
            named = true;
    }
    QVERIFY2(named, qPrintable(describe(run)));
    const QJsonObject o = QJsonDocument::fromJson(cli({QStringLiteral("verify"), tampered, QStringLiteral("--json")}).out).object();
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("not-intact"));
    QStringList paths;
    for (const QJsonValue &p : o.value(QStringLiteral("problems")).toArray())
        paths << p.toObject().value(QStringLiteral("path")).toString();
    QVERIFY2(paths.contains(rel), qPrintable(paths.join(QLatin1Char(' '))));
}

void TestCliExport::verifyHostileAndMissing()
{
    exporttest::CraftedEntry bagit;
    bagit.name = "bag/bagit.txt";
    bagit.data = "BagIt-Version: 1.0\n";
    exporttest::CraftedEntry evil;
    evil.name = "bag/../../../evil.txt";
    evil.data = "x";
    const QString hostile = m_dir.filePath(QStringLiteral("hostile.zip"));
    QFile f(hostile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(exporttest::ZipCraft::build({bagit, evil}));
    f.close();
    const ToolRun run = cli({QStringLiteral("verify"), hostile});
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY(run.err.contains("UNREADABLE"));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("../evil.txt"))));
    QCOMPARE(cli({QStringLiteral("verify"), m_dir.filePath(QStringLiteral("missing.zip"))}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("verify")}).exitCode, 2);
}

void TestCliExport::cLocale()
{
    // Cron jobs and containers run in the C locale: Japanese data must survive anyway.
    const QStringList c = {QStringLiteral("LC_ALL=C"), QStringLiteral("LANG=C")};
    const QString out = freshDir(QStringLiteral("c-locale"));
    const ToolRun run = cli({QStringLiteral("export"), m_ws, QStringLiteral("--declaration"),
                             QString::number(m_ids.completeDeclaration), QStringLiteral("--out"), out},
                            c);
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QString archive = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).last();
    const ToolRun verify = cli({QStringLiteral("verify"), archive}, c);
    QVERIFY2(verify.exitCode == 0, qPrintable(describe(verify)));
    const ToolRun text = runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, QStringLiteral("*/data/checklist.csv")});
    QVERIFY(text.out.contains("総当たり攻撃への対策"));
}

QTEST_MAIN(TestCliExport) // a QGuiApplication: the demo draws its sample PDF and screenshot
#include "testcliexport.moc"
