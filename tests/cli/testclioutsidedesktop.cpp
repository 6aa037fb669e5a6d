// SPDX-License-Identifier: Apache-2.0
// hoshi-cli where no desktop session set the environment (cron, CI, services): the history still
// names the account, calendars of two workspaces do not collide, and a batch line or import list
// that repeats a JSON key is refused.
#include "util/accountname.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs hoshi-cli in English with the given variables removed from the environment.
Run cli(const QStringList &args, const QStringList &unset = {}, const QByteArray &input = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : unset)
        env.remove(name);
    env.insert(QStringLiteral("HOSHI_LANG"), QStringLiteral("en"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HOSHI_CLI_PATH), args);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString describe(const Run &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

const QStringList noLogin{QStringLiteral("USER"), QStringLiteral("LOGNAME"), QStringLiteral("USERNAME"),
                          QStringLiteral("HOSHI_ACTOR")};

} // namespace

class TestCliOutsideDesktop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void historyNamesTheAccountWithoutUser()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("w.hoshi"));
        Run r = cli({QStringLiteral("init"), ws, QStringLiteral("--organisation"), QStringLiteral("Vendor")}, noLogin);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = cli({QStringLiteral("history"), ws, QStringLiteral("--json")}, noLogin);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonArray entries = QJsonDocument::fromJson(r.out).array();
        QVERIFY(!entries.isEmpty());
        for (const QJsonValue &e : entries) {
            const QString actor = e.toObject().value(QStringLiteral("actor")).toString();
            QVERIFY2(actor != QLatin1String("unknown"), qPrintable(describe(r)));
            QCOMPARE(actor, hoshi::AccountName::osAccount());
        }
    }

    void calendarUidsDifferBetweenWorkspaces()
    {
        QTemporaryDir dir;
        QSet<QString> uids;
        int events = 0;
        for (const QString &name : {QStringLiteral("a"), QStringLiteral("b")}) {
            const QString ws = dir.filePath(name + QStringLiteral(".hoshi"));
            Run r = cli({QStringLiteral("demo"), ws});
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
            const QString ics = dir.filePath(name + QStringLiteral(".ics"));
            r = cli({QStringLiteral("reminders"), ws, QStringLiteral("--ics"), ics});
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
            QFile file(ics);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll()).replace(QStringLiteral("\r\n "), QString());
            static const QRegularExpression uid(QStringLiteral("^UID:(.*)\r$"), QRegularExpression::MultilineOption);
            for (auto it = uid.globalMatch(text); it.hasNext();) {
                uids.insert(it.next().captured(1));
                ++events;
            }
        }
        QVERIFY(events >= 2);
        QCOMPARE(uids.size(), events); // every event of both files has its own UID
    }

    void repeatedJsonKeysAreRefused()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("w.hoshi"));
        Run r = cli({QStringLiteral("demo"), ws});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        // A batch line whose meaning depends on which value JSON keeps.
        r = cli({QStringLiteral("batch"), ws}, {}, R"({"0": "assess", "0": "assessment"})" "\n");
        const QJsonObject answer = QJsonDocument::fromJson(r.out.trimmed()).object();
        QCOMPARE(answer.value(QStringLiteral("exit")).toInt(), 2);
        QVERIFY2(answer.value(QStringLiteral("err")).toString().contains(QStringLiteral("appears twice")), qPrintable(describe(r)));
        // An evidence import list with a repeated key changes nothing.
        const QString list = dir.filePath(QStringLiteral("import.json"));
        QFile file(list);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"([{"kind": "document", "items": ["S1.1-01"], "title": "A", "title": "B"}])");
        file.close();
        const Run before = cli({QStringLiteral("history"), ws, QStringLiteral("--json")});
        r = cli({QStringLiteral("evidence"), QStringLiteral("import"), ws, QStringLiteral("--declaration"), QStringLiteral("1"),
                 list});
        QVERIFY2(r.exitCode != 0 && r.err.contains("appears twice"), qPrintable(describe(r)));
        QCOMPARE(cli({QStringLiteral("history"), ws, QStringLiteral("--json")}).out, before.out);
    }
};

QTEST_GUILESS_MAIN(TestCliOutsideDesktop)
#include "testclioutsidedesktop.moc"
