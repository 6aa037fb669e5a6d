// SPDX-License-Identifier: Apache-2.0
// Synchronising a desk copy with the team server: pull, work on both, sync; conflicts write
// nothing on either side; a user who may not write with original authors is refused.
#include "clirun.h"
#include "exportzipedit.h"
#include "syncdump.h"
#include "testserver.h"

#include "storage/workspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;
using exporttest::cliInEnglish;
using exporttest::describe;
using exporttest::ToolRun;

namespace {

constexpr qint64 DeclarationId = 2;

bool assess(const QString &location, const QString &item, const QString &text, QString *error)
{
    std::unique_ptr<Workspace> ws = Workspace::open(location, Workspace::Access::ReadWrite, error);
    return ws && ws->setAssessment(DeclarationId, item, Verdict::Conforming, text, {}, error);
}

QString justification(const QString &location, const QString &item)
{
    QString error;
    const std::unique_ptr<Workspace> ws = Workspace::open(location, Workspace::Access::ReadOnly, &error);
    return ws ? ws->assessment(DeclarationId, item).justification : QStringLiteral("ERROR ") + error;
}

} // namespace

class TestSyncServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deskAndServerMerge();
    void conflictWritesNothingOnTheServer();
    void newDeclarationWithEvidenceReachesTheServer();
    void exportsFromEitherSideMatch();
    void preparerIsRefusedAndNothingChanges();

private:
    QTemporaryDir m_dir;
    QString m_server;
    QString m_laptop;
};

void TestSyncServer::initTestCase()
{
    if (!testserver::enabled())
        QSKIP("needs the private PostgreSQL cluster (HOSHI_TEST_SERVER)");
    const QString demo = m_dir.filePath(QStringLiteral("demo.hoshi"));
    const ToolRun made = cliInEnglish({QStringLiteral("demo"), demo});
    QVERIFY2(made.exitCode == 0, qPrintable(describe(made)));
    QString error;
    m_server = testserver::createDatabase(&error);
    QVERIFY2(!m_server.isEmpty(), qPrintable(error));
    const ToolRun push = cliInEnglish({QStringLiteral("push"), demo, m_server});
    QVERIFY2(push.exitCode == 0, qPrintable(describe(push)));
    m_laptop = m_dir.filePath(QStringLiteral("laptop.hoshi"));
    const ToolRun pull = cliInEnglish({QStringLiteral("pull"), m_server, QStringLiteral("--organisation"),
                                       QStringLiteral("1"), m_laptop});
    QVERIFY2(pull.exitCode == 0, qPrintable(describe(pull)));
    const auto laptop = syncdump::dump(m_laptop), server = syncdump::dump(m_server);
    QVERIFY2(laptop == server, qPrintable(syncdump::firstDifference(laptop, server)));
}

void TestSyncServer::deskAndServerMerge()
{
    QString error;
    QVERIFY2(assess(m_laptop, QStringLiteral("S1.1-02"), QStringLiteral("on site"), &error), qPrintable(error));
    QVERIFY2(assess(m_server, QStringLiteral("S1.1-03"), QStringLiteral("in the office"), &error), qPrintable(error));
    const ToolRun run = cliInEnglish({QStringLiteral("sync"), m_laptop, m_server});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(justification(m_server, QStringLiteral("S1.1-02")), QStringLiteral("on site"));
    QCOMPARE(justification(m_laptop, QStringLiteral("S1.1-03")), QStringLiteral("in the office"));
    const auto laptop = syncdump::dump(m_laptop), server = syncdump::dump(m_server);
    QVERIFY2(laptop == server, qPrintable(syncdump::firstDifference(laptop, server)));
    const ToolRun again = cliInEnglish({QStringLiteral("sync"), m_laptop, m_server});
    QVERIFY2(again.exitCode == 0 && again.out.contains("nothing to do"), qPrintable(describe(again)));
}

void TestSyncServer::conflictWritesNothingOnTheServer()
{
    QString error;
    QVERIFY2(assess(m_laptop, QStringLiteral("S1.1-01"), QStringLiteral("desk"), &error), qPrintable(error));
    QVERIFY2(assess(m_server, QStringLiteral("S1.1-01"), QStringLiteral("server"), &error), qPrintable(error));
    const auto laptop = syncdump::dump(m_laptop), server = syncdump::dump(m_server);
    const ToolRun run = cliInEnglish({QStringLiteral("sync"), m_laptop, m_server, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 4, qPrintable(describe(run)));
    const QJsonArray conflicts = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("conflicts")).toArray();
    QCOMPARE(conflicts.size(), 1);
    QVERIFY(syncdump::dump(m_laptop) == laptop);
    QVERIFY(syncdump::dump(m_server) == server);
    const ToolRun resolved = cliInEnglish({QStringLiteral("sync"), m_laptop, m_server, QStringLiteral("--resolve"),
                                           conflicts.at(0).toObject().value(QStringLiteral("id")).toString()
                                               + QStringLiteral("=b")});
    QVERIFY2(resolved.exitCode == 0, qPrintable(describe(resolved)));
    QCOMPARE(justification(m_laptop, QStringLiteral("S1.1-01")), QStringLiteral("server"));
    const auto after = syncdump::dump(m_laptop), serverAfter = syncdump::dump(m_server);
    QVERIFY2(after == serverAfter, qPrintable(syncdump::firstDifference(after, serverAfter)));
}

void TestSyncServer::newDeclarationWithEvidenceReachesTheServer()
{
    QString error;
    QString sha;
    {
        std::unique_ptr<Workspace> ws = Workspace::open(m_laptop, Workspace::Access::ReadWrite, &error);
        QVERIFY2(ws, qPrintable(error));
        const std::optional<hoshi::Declaration> first = ws->declaration(1);
        QVERIFY(first);
        const qint64 decl = ws->addDeclaration(first->productId, first->criteriaSetId, Route::Standard, &error);
        QVERIFY2(decl > 0, qPrintable(error));
        Evidence ev;
        ev.kind = EvidenceKind::DeviceTest;
        ev.procedure = QStringLiteral("desk run");
        const qint64 evidence = ws->addEvidence(decl, {QStringLiteral("S1.1-04")}, ev, &error);
        QVERIFY2(evidence > 0, qPrintable(error));
        const qint64 file = ws->attachData(evidence, QStringLiteral("desk.log"), QByteArray(3 << 20, 'x') + "end", &error);
        QVERIFY2(file > 0, qPrintable(error));
        sha = ws->file(file)->sha256;
    }
    const ToolRun run = cliInEnglish({QStringLiteral("sync"), m_laptop, m_server});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const auto laptop = syncdump::dump(m_laptop), server = syncdump::dump(m_server);
    QVERIFY2(laptop == server, qPrintable(syncdump::firstDifference(laptop, server)));
    const std::unique_ptr<Workspace> ws = Workspace::open(m_server, Workspace::Access::ReadOnly, &error);
    QVERIFY2(ws && ws->verifyContent(sha, &error), qPrintable(error));
}

// New evidence with a file on the desk, synchronised: the evidence archive of the declaration has
// the same payload manifests whichever side exports it.
void TestSyncServer::exportsFromEitherSideMatch()
{
    QString error;
    {
        std::unique_ptr<Workspace> ws = Workspace::open(m_laptop, Workspace::Access::ReadWrite, &error);
        QVERIFY2(ws, qPrintable(error));
        Evidence ev;
        ev.kind = EvidenceKind::DeviceTest;
        ev.procedure = QStringLiteral("re-test on site");
        const qint64 evidence = ws->addEvidence(1, {QStringLiteral("S1.1-04")}, ev, &error);
        QVERIFY2(evidence > 0 && ws->attachData(evidence, QStringLiteral("site.log"), "re-test passed\n", &error) > 0,
                 qPrintable(error));
    }
    const ToolRun run = cliInEnglish({QStringLiteral("sync"), m_laptop, m_server});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QList<QMap<QString, QByteArray>> manifests;
    int n = 0;
    for (const QString &location : {m_laptop, m_server}) {
        const QString out = m_dir.filePath(QStringLiteral("export%1").arg(++n));
        const ToolRun exported = cliInEnglish({QStringLiteral("export"), location, QStringLiteral("--declaration"),
                                               QStringLiteral("1"), QStringLiteral("--out"), out});
        QVERIFY2(exported.exitCode == 0, qPrintable(describe(exported)));
        QMap<QString, QByteArray> parts;
        for (const QString &zip : QDir(out).entryList({QStringLiteral("*-evidence.zip")})) {
            const QMap<QString, QByteArray> entries = exporttest::readZip(QDir(out).filePath(zip), &error);
            for (auto it = entries.begin(); it != entries.end(); ++it) {
                if (it.key().contains(QLatin1String("/manifest-sha")))
                    parts.insert(it.key().section(QLatin1Char('/'), 1), it.value());
            }
        }
        QVERIFY2(parts.contains(QStringLiteral("manifest-sha256.txt")), qPrintable(parts.keys().join(u' ') + error));
        QVERIFY(parts.value(QStringLiteral("manifest-sha256.txt")).contains("site.log"));
        manifests << parts;
    }
    QCOMPARE(manifests.at(1), manifests.at(0));
}

void TestSyncServer::preparerIsRefusedAndNothingChanges()
{
    QString error;
    QVERIFY2(testserver::exec(m_server, {QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname ="
                                                        " 'syncalice') THEN CREATE ROLE syncalice LOGIN; END IF; END $$")},
                              &error),
             qPrintable(error));
    const ToolRun init = cliInEnglish({QStringLiteral("server"), QStringLiteral("init"), m_server});
    QVERIFY2(init.exitCode == 0, qPrintable(describe(init)));
    const ToolRun grant = cliInEnglish({QStringLiteral("server"), QStringLiteral("grant"), m_server, QStringLiteral("--user"),
                                        QStringLiteral("syncalice"), QStringLiteral("--organisation"), QStringLiteral("1"),
                                        QStringLiteral("--role"), QStringLiteral("preparer")});
    QVERIFY2(grant.exitCode == 0, qPrintable(describe(grant)));
    QVERIFY2(assess(m_laptop, QStringLiteral("S1.1-08"), QStringLiteral("alice's desk"), &error), qPrintable(error));
    const auto laptop = syncdump::dump(m_laptop), server = syncdump::dump(m_server);
    const QString asAlice = m_server.section(QLatin1Char('&'), 0, 0) + QStringLiteral("&user=syncalice");
    const ToolRun run = cliInEnglish({QStringLiteral("sync"), m_laptop, asAlice});
    QVERIFY2(run.exitCode == 2 && run.err.contains("owner"), qPrintable(describe(run)));
    QVERIFY(syncdump::dump(m_laptop) == laptop);
    QVERIFY(syncdump::dump(m_server) == server);
    // Her own copy of her organisation takes what changed on the server: that needs no more than
    // reading it (and keeping the base of her organisation's records there).
    const QString own = m_dir.filePath(QStringLiteral("alice.hoshi"));
    const ToolRun pull = cliInEnglish({QStringLiteral("pull"), asAlice, QStringLiteral("--organisation"), QStringLiteral("1"), own});
    QVERIFY2(pull.exitCode == 0, qPrintable(describe(pull)));
    QVERIFY2(assess(m_server, QStringLiteral("S1.1-09"), QStringLiteral("office"), &error), qPrintable(error));
    const ToolRun fetch = cliInEnglish({QStringLiteral("sync"), own, asAlice, QStringLiteral("--organisation"), QStringLiteral("1")});
    QVERIFY2(fetch.exitCode == 0, qPrintable(describe(fetch)));
    QCOMPARE(justification(own, QStringLiteral("S1.1-09")), QStringLiteral("office"));
}

QTEST_GUILESS_MAIN(TestSyncServer)
#include "testsyncserver.moc"
