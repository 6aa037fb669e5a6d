// SPDX-License-Identifier: Apache-2.0
// Runs the capture flow documented in docs/capture.md against the built hoshi-cli (capture on
// firmware 1.4.2, the gate, a firmware change, `evidence rerun` against a local service, the
// export), then checks the workspace it left behind through the core API.
#include "storage/workspace.h"
#include "util/hashstream.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;

class TestCaptureFlow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void documentedFlowRuns()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("nmap")).isEmpty())
            QSKIP("nmap is not installed (packaging/install-deps.sh installs it)");
        QFile doc(QStringLiteral(HOSHI_SOURCE_DIR "/docs/capture.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QByteArray text = doc.readAll();
        const qsizetype begin = text.indexOf("<!-- capture:begin -->");
        const qsizetype end = text.indexOf("<!-- capture:end -->");
        QVERIFY(begin > 0 && end > begin);
        QByteArray script = text.mid(begin, end - begin);
        script = script.mid(script.indexOf("```sh") + 5);
        script = script.left(script.lastIndexOf("```"));
        QVERIFY(script.contains("evidence rerun"));

        QVERIFY(QFile::link(QStringLiteral(HOSHI_CLI_PATH), m_dir.filePath(QStringLiteral("hoshi-cli"))));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), m_dir.path() + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        env.insert(QStringLiteral("TMPDIR"), m_dir.path());
        env.insert(QStringLiteral("HOSHI_LANG"), QStringLiteral("en"));
        QProcess bash;
        bash.setProcessEnvironment(env);
        bash.setProcessChannelMode(QProcess::MergedChannels);
        bash.start(QStringLiteral("bash"), {QStringLiteral("-c"), QString::fromUtf8(script)});
        QVERIFY(bash.waitForFinished(300000));
        const QString output = QString::fromUtf8(bash.readAll());
        QVERIFY2(bash.exitStatus() == QProcess::NormalExit && bash.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("capture flow: ok")), qPrintable(output));
        QVERIFY(output.contains(QStringLiteral("archive: 2 captured outputs")));

        // The workspace the script left: the old capture replaced by the new one, each with its
        // firmware version and image hash, the new one linked to the same item.
        const QRegularExpressionMatch ids = QRegularExpression(QStringLiteral("rerun: (\\d+) replaces (\\d+)")).match(output);
        const QRegularExpressionMatch path = QRegularExpression(QStringLiteral("workspace: (\\S+)")).match(output);
        QVERIFY(ids.hasMatch() && path.hasMatch());
        QString error;
        std::unique_ptr<Workspace> ws = Workspace::open(path.captured(1), Workspace::Access::ReadOnly, &error);
        QVERIFY2(ws, qPrintable(error));
        const std::optional<Evidence> now = ws->evidence(ids.captured(1).toLongLong());
        const std::optional<Evidence> before = ws->evidence(ids.captured(2).toLongLong());
        QVERIFY(now && before);
        QCOMPARE(before->supersededBy, now->id);
        QCOMPARE(now->supersededBy, qint64(-1));
        QCOMPARE(before->firmwareVersion, QStringLiteral("1.4.2"));
        QCOMPARE(now->firmwareVersion, QStringLiteral("1.5.0"));
        QCOMPARE(before->firmwareImageSha256, HashStream::hexOf("SR-200 firmware 1.4.2\n"));
        QCOMPARE(now->firmwareImageSha256, HashStream::hexOf("SR-200 firmware 1.5.0\n"));
        QCOMPARE(now->tool, QStringLiteral("nmap"));
        QCOMPARE(now->captureRecipe, before->captureRecipe);
        QCOMPARE(now->files.size(), 2);
        bool linked = false;
        for (const Evidence &e : ws->evidenceFor(1, QStringLiteral("S1.1-13")))
            linked = linked || e.id == now->id;
        QVERIFY(linked);
    }
};

QTEST_MAIN(TestCaptureFlow)
#include "testcaptureflow.moc"
