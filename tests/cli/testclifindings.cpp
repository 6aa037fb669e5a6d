// SPDX-License-Identifier: Apache-2.0
// hoshi-cli review import, run as a user would: a reviewer's findings file on an exported
// archive becomes comments (exit 0, a summary or JSON); a file for another declaration than
// --declaration, a malformed one and a tampered one exit 2 with the reason and change nothing.
#include "demo/demoworkspace.h"
#include "export/cmssigner.h"
#include "export/keygenerator.h"
#include "clirun.h"
#include "exportzipedit.h"
#include "findings/findingsarchive.h"
#include "findings/findingsfile.h"
#include "storage/workspace.h"
#include "verify/archiveverifier.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;
using exporttest::describe;
using exporttest::runTool;
using exporttest::ToolRun;

namespace {

ToolRun cli(const QStringList &args)
{
    return runTool(QStringLiteral(HOSHI_CLI_PATH), args, {}, {});
}


} // namespace

class TestCliFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusedFilesChangeNothing_data();
    void refusedFilesChangeNothing();
    void importPrintsWhatArrived();

private:
    [[nodiscard]] int historyLength() const;

    QTemporaryDir m_dir;
    QString m_workspace;
    DemoIds m_ids;
    QString m_findings;
};

void TestCliFindings::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_workspace = m_dir.filePath(QStringLiteral("vendor.hoshi"));
    QVERIFY2(DemoWorkspace::create(m_workspace, &m_ids, &error), qPrintable(error));
    const QString out = m_dir.filePath(QStringLiteral("out"));
    const ToolRun exported = cli({QStringLiteral("export"), m_workspace, QStringLiteral("--declaration"),
                                  QString::number(m_ids.completeDeclaration), QStringLiteral("--out"), out,
                                  QStringLiteral("--no-package")});
    QVERIFY2(exported.exitCode == 0, qPrintable(describe(exported)));
    const QString archive = QString::fromUtf8(exported.out).trimmed().split(QLatin1Char('\n')).last();
    QVERIFY2(archive.endsWith(QStringLiteral("-evidence.zip")), qPrintable(archive));

    std::optional<FindingsDocument> doc = FindingsArchive::start(archive, ArchiveVerifier::verify(archive), &error);
    QVERIFY2(doc, qPrintable(error));
    doc->reviewer = QStringLiteral("IPA reviewer");
    doc->createdAt = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
    doc->setFinding(QStringLiteral("S1.1-03"), FindingStatus::Question, QStringLiteral("Which update channel?"));
    doc->setFinding(QStringLiteral("S1.1-05"), FindingStatus::Accepted, QString());
    KeyGenerator::Result key;
    QVERIFY2(KeyGenerator::generate(m_dir.filePath(QStringLiteral("keys")), QStringLiteral("IPA Test"),
                                    KeyGenerator::DefaultValidDays, &key, &error),
             qPrintable(error));
    std::unique_ptr<CmsSigner> signer = CmsSigner::load(key.keyPath, key.certificatePath, {}, &error);
    QVERIFY2(signer, qPrintable(error));
    m_findings = FindingsFile::pathForArchive(archive);
    QVERIFY2(FindingsFile::write(m_findings, *doc, signer.get(), &error), qPrintable(error));
}

int TestCliFindings::historyLength() const
{
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::open(m_workspace, Workspace::Access::ReadOnly, &error);
    int n = 0;
    for (const Declaration &d : ws->declarations())
        n += int(ws->history(d.id).size()) + int(ws->comments(d.id).size());
    return n;
}

void TestCliFindings::refusedFilesChangeNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("expected");
    QFile good(m_findings);
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray bytes = good.readAll();

    QTest::newRow("another declaration") << m_findings
                                         << QStringList{QStringLiteral("--declaration"),
                                                        QString::number(m_ids.inProgressDeclaration)}
                                         << QStringLiteral("another declaration");
    const QString malformed = m_dir.filePath(QStringLiteral("malformed-findings.json"));
    QFile m(malformed);
    QVERIFY(m.open(QIODevice::WriteOnly));
    m.write(QByteArray(bytes).replace("\"question\"", "\"maybe\""));
    m.close();
    QTest::newRow("malformed") << malformed << QStringList() << QStringLiteral("unknown status \"maybe\"");
    const QString tampered = m_dir.filePath(QStringLiteral("tampered-findings.json"));
    QFile t(tampered);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write(QByteArray(bytes).replace("Which update channel?", "All good."));
    t.close();
    QVERIFY(QFile::copy(FindingsFile::signaturePath(m_findings), FindingsFile::signaturePath(tampered)));
    QTest::newRow("tampered") << tampered << QStringList() << QStringLiteral("does not verify");
}

void TestCliFindings::refusedFilesChangeNothing()
{
    QFETCH(QString, file);
    QFETCH(QStringList, extra);
    QFETCH(QString, expected);
    const int before = historyLength();
    const ToolRun run = cli(QStringList{QStringLiteral("review"), QStringLiteral("import"), m_workspace, file} + extra);
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY2(QString::fromUtf8(run.err).contains(expected), qPrintable(describe(run)));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(historyLength(), before);
}

void TestCliFindings::importPrintsWhatArrived()
{
    const ToolRun run = cli({QStringLiteral("review"), QStringLiteral("import"), m_workspace, m_findings,
                             QStringLiteral("--declaration"), QString::number(m_ids.completeDeclaration),
                             QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(o.value(QStringLiteral("declaration")).toInteger(), m_ids.completeDeclaration);
    QCOMPARE(o.value(QStringLiteral("findings")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("questions")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("accepted")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("reviewer")).toString(), QStringLiteral("IPA reviewer"));
    QCOMPARE(o.value(QStringLiteral("signature")).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("valid"));

    QString error;
    std::unique_ptr<Workspace> ws = Workspace::open(m_workspace, Workspace::Access::ReadOnly, &error);
    QVERIFY2(ws, qPrintable(error));
    const QList<ReviewComment> comments = ws->comments(m_ids.completeDeclaration);
    QCOMPARE(comments.size(), 2);
    QCOMPARE(comments.at(0).itemId, QStringLiteral("S1.1-03"));
    QCOMPARE(comments.at(0).text, QStringLiteral("Which update channel?"));
    QCOMPARE(comments.at(0).author, QStringLiteral("IPA reviewer"));
    QVERIFY(!comments.at(0).resolved);
    QCOMPARE(comments.at(1).itemId, QStringLiteral("S1.1-05"));
    QVERIFY(comments.at(1).resolved);
    // Each comment is in the history under the reviewer's name.
    QCOMPARE(ws->history(m_ids.completeDeclaration, QStringLiteral("S1.1-03")).first().actor, QStringLiteral("IPA reviewer"));

    // Twice is refused.
    const ToolRun again = cli({QStringLiteral("review"), QStringLiteral("import"), m_workspace, m_findings});
    QVERIFY2(again.exitCode == 2 && QString::fromUtf8(again.err).contains(QStringLiteral("imported before")),
             qPrintable(describe(again)));
}

QTEST_MAIN(TestCliFindings)
#include "testclifindings.moc"
