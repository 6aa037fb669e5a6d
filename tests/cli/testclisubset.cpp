// SPDX-License-Identifier: Apache-2.0
// hoshi-cli export --items: the evidence-request subset archive. It must be a valid, signed
// BagIt bag on its own (hoshi-cli verify, sha256sum -c, openssl cms -verify), name the full
// export it belongs to, and hold nothing but the requested items' evidence, the declaration and
// the index.
#include "demo/demoworkspace.h"
#include "clirun.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
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

class TestCliSubset : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    DemoIds m_ids;

    QString freshDir(const QString &name)
    {
        const QString dir = m_dir.filePath(name);
        QDir(dir).removeRecursively();
        QDir().mkpath(dir);
        return dir;
    }
    ToolRun exportItems(const QString &items, const QString &out, const QStringList &more = {})
    {
        return cli(QStringList{QStringLiteral("export"), m_ws, QStringLiteral("--declaration"),
                               QString::number(m_ids.completeDeclaration), QStringLiteral("--items"), items,
                               QStringLiteral("--out"), out}
                   + more);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = m_dir.filePath(QStringLiteral("demo.hoshi"));
        QString error;
        QVERIFY2(DemoWorkspace::create(m_ws, &m_ids, &error), qPrintable(error));
    }

    void needsAFullExportFirst()
    {
        const QString out = freshDir(QStringLiteral("early"));
        const ToolRun run = exportItems(QStringLiteral("S1.1-04"), out);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("never been exported"), run.err.constData());
        QVERIFY(QDir(out).isEmpty());
    }

    void unknownItemsAreRefused()
    {
        const QString full = freshDir(QStringLiteral("full"));
        const ToolRun exported = cli({QStringLiteral("export"), m_ws, QStringLiteral("--declaration"),
                                      QString::number(m_ids.completeDeclaration), QStringLiteral("--out"), full});
        QVERIFY2(exported.exitCode == 0, qPrintable(describe(exported)));
        const QString out = freshDir(QStringLiteral("unknown"));
        const ToolRun run = exportItems(QStringLiteral("S1.1-04,S9.9-99"), out);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("S9.9-99"));
        QVERIFY(QDir(out).isEmpty());
    }

    void signedSubsetVerifiesAndHoldsOnlyTheItems()
    {
        const QString keys = freshDir(QStringLiteral("keys"));
        const ToolRun keygen = cli({QStringLiteral("keygen"), QStringLiteral("--out"), keys});
        QVERIFY2(keygen.exitCode == 0, qPrintable(describe(keygen)));
        const QStringList keyFiles = QString::fromUtf8(keygen.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QString out = freshDir(QStringLiteral("request"));
        const ToolRun run = exportItems(QStringLiteral("S1.1-13,S1.1-04"), out,
                                        {QStringLiteral("--sign"), keyFiles.at(0), QStringLiteral("--cert"), keyFiles.at(1)});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QStringList written = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(written.size(), 1); // no application package
        const QString archive = written.first();
        QVERIFY(archive.endsWith(QLatin1String("-evidence-items.zip")));

        const ToolRun verify = cli({QStringLiteral("verify"), archive});
        QVERIFY2(verify.exitCode == 0, qPrintable(describe(verify)));
        QVERIFY(verify.out.contains("subset: items S1.1-04, S1.1-13 of export "));

        const QString unpacked = freshDir(QStringLiteral("unpacked"));
        QCOMPARE(runTool(QStringLiteral("unzip"), {QStringLiteral("-q"), archive, QStringLiteral("-d"), unpacked}).exitCode, 0);
        const QString bag = QDir(unpacked).filePath(QFileInfo(archive).completeBaseName());
        for (const char *manifest : {"manifest-sha256.txt", "manifest-sha512.txt", "tagmanifest-sha256.txt"}) {
            const QString tool = QLatin1String(manifest).contains(QLatin1String("512")) ? QStringLiteral("sha512sum")
                                                                                     : QStringLiteral("sha256sum");
            QCOMPARE(runTool(tool, {QStringLiteral("-c"), QLatin1String(manifest)}, bag).exitCode, 0);
        }
        const ToolRun cms = runTool(QStringLiteral("openssl"),
                                    {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
                                     QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                                     QStringLiteral("signatures/tagmanifest-sha256.txt.p7s"), QStringLiteral("-content"),
                                     QStringLiteral("tagmanifest-sha256.txt"), QStringLiteral("-CAfile"),
                                     QStringLiteral("signatures/signer-cert.pem"), QStringLiteral("-out"),
                                     QStringLiteral("/dev/null")},
                                    bag);
        QVERIFY2(cms.exitCode == 0, cms.err.constData());

        // The manifest lists the declaration, the index and these two items' files, nothing else.
        QFile manifest(QDir(bag).filePath(QStringLiteral("manifest-sha256.txt")));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QStringList paths;
        for (const QByteArray &line : manifest.readAll().split('\n')) {
            if (!line.isEmpty())
                paths << QString::fromUtf8(line.mid(line.indexOf("  ") + 2));
        }
        QVERIFY(paths.contains(QLatin1String("data/declaration.json")));
        QVERIFY(paths.contains(QLatin1String("data/evidence-index.csv")));
        int evidence = 0;
        for (const QString &path : std::as_const(paths)) {
            if (path.startsWith(QLatin1String("data/evidence/"))) {
                ++evidence;
                QVERIFY2(path.startsWith(QLatin1String("data/evidence/S1.1-04/"))
                             || path.startsWith(QLatin1String("data/evidence/S1.1-13/")),
                         qPrintable(path));
            }
        }
        QCOMPARE(paths.size(), evidence + 2);
        QVERIFY(evidence >= 2);
        QFile info(QDir(bag).filePath(QStringLiteral("bag-info.txt")));
        QVERIFY(info.open(QIODevice::ReadOnly));
        const QByteArray bagInfo = info.readAll();
        QVERIFY(bagInfo.contains("Hoshi-Subset-Items: S1.1-04, S1.1-13\n"));
        QVERIFY(bagInfo.contains("Hoshi-Subset-Of: "));
    }
};

QTEST_MAIN(TestCliSubset)
#include "testclisubset.moc"
