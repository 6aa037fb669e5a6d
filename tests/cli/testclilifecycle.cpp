// SPDX-License-Identifier: Apache-2.0
// Runs the scripted label lifecycle documented in docs/lifecycle.md against the built hoshi-cli,
// so the documentation and the behaviour cannot drift apart.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliLifecycle : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void documentedLifecycleRuns()
    {
        QFile doc(QStringLiteral(HOSHI_SOURCE_DIR "/docs/lifecycle.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QByteArray text = doc.readAll();
        const qsizetype begin = text.indexOf("<!-- lifecycle:begin -->");
        const qsizetype end = text.indexOf("<!-- lifecycle:end -->");
        QVERIFY(begin > 0 && end > begin);
        QByteArray script = text.mid(begin, end - begin);
        script = script.mid(script.indexOf("```sh") + 5);
        script = script.left(script.lastIndexOf("```"));
        QVERIFY(script.contains("--items S1.1-04,S1.1-13"));

        // `hoshi-cli` on PATH is the binary just built.
        QVERIFY(QFile::link(QStringLiteral(HOSHI_CLI_PATH), m_dir.filePath(QStringLiteral("hoshi-cli"))));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), m_dir.path() + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        env.insert(QStringLiteral("TMPDIR"), m_dir.path());
        env.insert(QStringLiteral("HOSHI_LANG"), QStringLiteral("en"));
        QProcess bash;
        bash.setProcessEnvironment(env);
        bash.setProcessChannelMode(QProcess::MergedChannels);
        bash.start(QStringLiteral("bash"), {QStringLiteral("-c"), QString::fromUtf8(script)});
        QVERIFY(bash.waitForFinished(600000));
        const QByteArray output = bash.readAll();
        QVERIFY2(bash.exitStatus() == QProcess::NormalExit && bash.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("lifecycle: ok"), output.constData());
        // What the issue asks the lifecycle to show, checked on the output as well.
        QVERIFY(output.contains("firmware: 1.4.2 → 1.5.0"));
        QVERIFY(output.contains("subset: items S1.1-04, S1.1-13"));
    }
};

QTEST_MAIN(TestCliLifecycle)
#include "testclilifecycle.moc"
