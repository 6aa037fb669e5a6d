// SPDX-License-Identifier: Apache-2.0
// The consultant's story in docs/sync.md, run as it is written there: against a workspace file,
// and against a database on the private PostgreSQL cluster when the tests have one.
#include "clirun.h"
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using exporttest::cliInEnglish;
using exporttest::describe;
using exporttest::ToolRun;

namespace {

// The shell block that follows the "<!-- story -->" marker.
QString storyScript(QString *error)
{
    QFile doc(QStringLiteral(HOSHI_SOURCE_DIR "/docs/sync.md"));
    if (!doc.open(QIODevice::ReadOnly)) {
        *error = doc.errorString();
        return {};
    }
    const QString text = QString::fromUtf8(doc.readAll());
    const qsizetype marker = text.indexOf(QLatin1String("<!-- story -->"));
    const qsizetype start = text.indexOf(QLatin1String("```sh\n"), marker);
    const qsizetype end = text.indexOf(QLatin1String("\n```"), start + 6);
    if (marker < 0 || start < 0 || end < 0) {
        *error = QStringLiteral("no story block in docs/sync.md");
        return {};
    }
    return text.mid(start + 6, end - start - 6);
}

} // namespace

class TestSyncStory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storyRunsAsWritten_data();
    void storyRunsAsWritten();
};

void TestSyncStory::storyRunsAsWritten_data()
{
    QTest::addColumn<bool>("onServer");
    QTest::newRow("file") << false;
    if (testserver::enabled())
        QTest::newRow("server") << true;
}

void TestSyncStory::storyRunsAsWritten()
{
    QFETCH(bool, onServer);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const QString script = storyScript(&error);
    QVERIFY2(!script.isEmpty(), qPrintable(error));
    // The team workspace: the demo, as a file or pushed to a fresh database.
    const QString demo = dir.filePath(QStringLiteral("team.hoshi"));
    const ToolRun made = cliInEnglish({QStringLiteral("demo"), demo});
    QVERIFY2(made.exitCode == 0, qPrintable(describe(made)));
    QString server = demo;
    if (onServer) {
        server = testserver::createDatabase(&error);
        QVERIFY2(!server.isEmpty(), qPrintable(error));
        const ToolRun push = cliInEnglish({QStringLiteral("push"), demo, server});
        QVERIFY2(push.exitCode == 0, qPrintable(describe(push)));
    }
    // `hoshi-cli` in the script is the one just built.
    const QString bin = dir.filePath(QStringLiteral("bin"));
    QVERIFY(QDir().mkpath(bin));
    QVERIFY(QFile::link(QStringLiteral(HOSHI_CLI_PATH), bin + QStringLiteral("/hoshi-cli")));
    QProcess bash;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PATH"), bin + QLatin1Char(':') + environment.value(QStringLiteral("PATH")));
    environment.insert(QStringLiteral("SERVER"), server);
    environment.insert(QStringLiteral("HOSHI_LANG"), QStringLiteral("en"));
    bash.setProcessEnvironment(environment);
    bash.setWorkingDirectory(dir.path());
    bash.start(QStringLiteral("bash"), {QStringLiteral("-euo"), QStringLiteral("pipefail"), QStringLiteral("-x"),
                                        QStringLiteral("-c"), script});
    QVERIFY(bash.waitForStarted());
    QVERIFY(bash.waitForFinished(120000));
    QVERIFY2(bash.exitStatus() == QProcess::NormalExit && bash.exitCode() == 0,
             qPrintable(QStringLiteral("exit %1\n%2\n%3") // the trace's end says which line failed
                            .arg(bash.exitCode())
                            .arg(QString::fromUtf8(bash.readAllStandardError()).right(1500),
                                 QString::fromUtf8(bash.readAllStandardOutput()).right(1000))));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral(".laptop.hoshi.pulling"))));
}

QTEST_GUILESS_MAIN(TestSyncStory)
#include "testsyncstory.moc"
