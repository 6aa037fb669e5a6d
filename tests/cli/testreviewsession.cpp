// SPDX-License-Identifier: Apache-2.0
// Runs the scripted review documented in docs/review.md against the built hoshi-cli: comment,
// request, reject with a reason, fix, approval by a second name, a later change that makes the
// approval stale, "require approval" blocking the export, the changer refused as approver.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestReviewSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void documentedReviewRuns()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
            QSKIP("the documented script reads the archive with unzip");
        QFile doc(QStringLiteral(HOSHI_SOURCE_DIR "/docs/review.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QByteArray text = doc.readAll();
        const qsizetype begin = text.indexOf("<!-- review:begin -->");
        const qsizetype end = text.indexOf("<!-- review:end -->");
        QVERIFY(begin > 0 && end > begin);
        QByteArray script = text.mid(begin, end - begin);
        script = script.mid(script.indexOf("```sh") + 5);
        script = script.left(script.lastIndexOf("```"));
        QVERIFY(script.contains("--require-approval on"));

        QFile::link(QStringLiteral(HOSHI_CLI_PATH), m_dir.filePath(QStringLiteral("hoshi-cli")));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), m_dir.path() + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        env.insert(QStringLiteral("TMPDIR"), m_dir.path());
        env.insert(QStringLiteral("HOSHI_LANG"), QStringLiteral("en"));
        QProcess bash;
        bash.setProcessEnvironment(env);
        bash.setProcessChannelMode(QProcess::MergedChannels);
        bash.start(QStringLiteral("bash"), {QStringLiteral("-c"), QString::fromUtf8(script)});
        QVERIFY(bash.waitForFinished(300000));
        const QByteArray output = bash.readAll();
        QVERIFY2(bash.exitStatus() == QProcess::NormalExit && bash.exitCode() == 0, output.constData());
        // What a reader of the script is told happens, happens.
        QVERIFY2(output.contains("cannot approve"), output.constData());
        QVERIFY(output.contains("needs the reviewer's name and a reason"));
        QVERIFY(output.contains("BLOCKING\t-\tapproval-stale"));
        QVERIFY(output.contains("review session complete"));
    }
};

QTEST_GUILESS_MAIN(TestReviewSession)
#include "testreviewsession.moc"
