// SPDX-License-Identifier: Apache-2.0
// Runs the scripted session documented in docs/cli.md against the built hoshi-cli, so the
// documentation and the behaviour cannot drift apart.
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QProcessEnvironment environment()
    {
        // `hoshi-cli` on PATH is the binary just built.
        QFile::link(QStringLiteral(HOSHI_CLI_PATH), m_dir.filePath(QStringLiteral("hoshi-cli")));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), m_dir.path() + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        env.insert(QStringLiteral("TMPDIR"), m_dir.path());
        return env;
    }

private Q_SLOTS:
    void documentedSessionRuns()
    {
        QFile doc(QStringLiteral(HOSHI_SOURCE_DIR "/docs/cli.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QByteArray text = doc.readAll();
        const qsizetype begin = text.indexOf("<!-- session:begin -->");
        const qsizetype end = text.indexOf("<!-- session:end -->");
        QVERIFY(begin > 0 && end > begin);
        QByteArray script = text.mid(begin, end - begin);
        script = script.mid(script.indexOf("```sh") + 5);
        script = script.left(script.lastIndexOf("```"));
        QVERIFY(script.contains("expect_blocked S1.1-05"));
        // testclisession-server: the same session on a database of the test server.
        if (testserver::enabled()) {
            const QByteArray fileWorkspace = "ws=\"$work/acme.hoshi\"";
            QVERIFY(script.contains(fileWorkspace));
            const QByteArray serverWorkspace = "ws='" + testserver::newWorkspaceLocation(m_dir, {}).toUtf8() + "'";
            script.replace(fileWorkspace, serverWorkspace);
        }

        QProcess bash;
        bash.setProcessEnvironment(environment());
        bash.setProcessChannelMode(QProcess::MergedChannels);
        bash.start(QStringLiteral("bash"), {QStringLiteral("-c"), QString::fromUtf8(script)});
        QVERIFY(bash.waitForFinished(300000));
        const QByteArray output = bash.readAll();
        QVERIFY2(bash.exitStatus() == QProcess::NormalExit && bash.exitCode() == 0, output.constData());
        QVERIFY(output.contains("submittable: no blocking problems"));
        QVERIFY(output.contains("16/16 assessed, submittable"));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList();
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("missing workspace") << QStringList{QStringLiteral("status")};
        QTest::newRow("not a workspace") << QStringList{QStringLiteral("status"), QStringLiteral(HOSHI_SOURCE_DIR "/README.md")};
        QTest::newRow("bad verdict") << QStringList{QStringLiteral("assess"), QStringLiteral("x.hoshi"), QStringLiteral("--declaration"),
                                                    QStringLiteral("1"), QStringLiteral("--verdict"), QStringLiteral("maybe")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("criteria"), QStringLiteral("list"), QStringLiteral("--colour")};
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QProcess cli;
        cli.start(QStringLiteral(HOSHI_CLI_PATH), args);
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY(!cli.readAllStandardError().isEmpty());
    }

    void criteriaCheckReportsEachBadFile()
    {
        const QDir bad(QStringLiteral(HOSHI_TEST_DATA "/criteria/bad"));
        QStringList files;
        for (const QString &name : bad.entryList({QStringLiteral("*.json")}))
            files << bad.filePath(name);
        QProcess cli;
        cli.start(QStringLiteral(HOSHI_CLI_PATH), QStringList{QStringLiteral("criteria"), QStringLiteral("check")} + files);
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 1);
        const QString output = QString::fromUtf8(cli.readAllStandardOutput());
        for (const QString &file : files)
            QVERIFY2(output.contains(file + QStringLiteral(": ")), qPrintable(file));
    }

    void criteriaListJson()
    {
        QProcess cli;
        cli.start(QStringLiteral(HOSHI_CLI_PATH), {QStringLiteral("criteria"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        const QByteArray json = cli.readAllStandardOutput();
        QVERIFY(json.contains("\"id\": \"JST-CR-01-01-2024R1\""));
        QVERIFY(json.contains("\"itemCount\": 16"));
        QVERIFY(json.contains("\"assessment\": \"self-declaration\""));
        QVERIFY(json.contains("JST-CR-03-COMM-DRAFT") && json.contains("JST-CR-03-CAM-DRAFT"));
    }

    void demoHasOneSubmittableAndOneBlockedDeclaration()
    {
        const QString ws = m_dir.filePath(QStringLiteral("demo.hoshi"));
        QProcess cli;
        cli.start(QStringLiteral(HOSHI_CLI_PATH), {QStringLiteral("demo"), ws});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        cli.start(QStringLiteral(HOSHI_CLI_PATH), {QStringLiteral("validate"), ws, QStringLiteral("--declaration"), QStringLiteral("1")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        cli.start(QStringLiteral(HOSHI_CLI_PATH), {QStringLiteral("validate"), ws, QStringLiteral("--declaration"),
                                                   QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 1);
        const QByteArray json = cli.readAllStandardOutput();
        for (const char *code : {"not-assessed", "non-conforming", "na-without-justification", "document-incomplete",
                                 "firmware-mismatch", "product-field-missing"})
            QVERIFY2(json.contains(code), code);
    }

    void cliDoesNotLinkQtWidgets()
    {
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {QStringLiteral(HOSHI_CLI_PATH)});
        QVERIFY(ldd.waitForFinished(30000));
        const QByteArray libraries = ldd.readAllStandardOutput();
        QVERIFY(libraries.contains("libQt6Core"));
        QVERIFY2(!libraries.contains("Widgets"), libraries.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliSession)
#include "testclisession.moc"
