// SPDX-License-Identifier: Apache-2.0
// hoshi-cli criteria diff and criteria migrate against the built binary.
#include "criteriafixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run hoshiCli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8")); // English messages
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HOSHI_CLI_PATH), args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

} // namespace

class TestCliCriteria : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString editedCopy()
    {
        const QString path = m_dir.filePath(QStringLiteral("edited.json"));
        return hoshi::testsupport::writeEditedStar1Copy(QStringLiteral(HOSHI_SOURCE_DIR), path) ? path : QString();
    }

private Q_SLOTS:
    void diffListsExactlyTheChanges()
    {
        const QString copy = editedCopy();
        QVERIFY(!copy.isEmpty());
        const Run run = hoshiCli({QStringLiteral("criteria"), QStringLiteral("diff"), QStringLiteral("JST-CR-01-01-2024R1"),
                                  copy, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject diff = QJsonDocument::fromJson(run.out).object();
        QStringList seen;
        for (const QJsonValue &v : diff.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject c = v.toObject();
            seen << c.value(QStringLiteral("kind")).toString() + QLatin1Char(' ') + c.value(QStringLiteral("itemId")).toString();
        }
        // S1.1-09's title is Hoshi's text: reworded, its answers stay on a carry-over.
        QCOMPARE(seen, (QStringList{QStringLiteral("changed S1.1-03"), QStringLiteral("changed S1.1-08"),
                                    QStringLiteral("reworded S1.1-09"), QStringLiteral("added S1.1-17")}));
        const QJsonObject first = diff.value(QStringLiteral("changes")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("fields")).toArray(), QJsonArray{QStringLiteral("requirement")});
        QCOMPARE(first.value(QStringLiteral("after")).toObject().value(QStringLiteral("requirement")).toObject().value(QStringLiteral("en")).toString(),
                 QStringLiteral("Authentication values can be changed."));
        QVERIFY(first.value(QStringLiteral("before")).toObject().value(QStringLiteral("requirement")).toObject()
                    .value(QStringLiteral("en")).toString().contains(QLatin1String("over the network")));
        QCOMPARE(diff.value(QStringLiteral("counts")).toObject().value(QStringLiteral("changed")).toInt(), 2);

        const Run text = hoshiCli({QStringLiteral("criteria"), QStringLiteral("diff"), QStringLiteral("JST-CR-01-01-2024R1"), copy});
        QVERIFY(text.out.contains("1 added, 0 removed, 2 changed, 1 reworded"));
        QVERIFY(text.out.contains("+ Authentication values can be changed."));
        QVERIFY(text.out.contains("+ D+T"));
    }

    void diffRefusesUnknownSets()
    {
        const Run run = hoshiCli({QStringLiteral("criteria"), QStringLiteral("diff"), QStringLiteral("NO-SUCH-SET"), QStringLiteral("JST-CR-01-01-2024R1")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("NO-SUCH-SET"));
    }

    void migrateWritesFormat2()
    {
        const QString in = m_dir.filePath(QStringLiteral("minimal.json"));
        QVERIFY(QFile::copy(QStringLiteral(HOSHI_TEST_DATA "/criteria/good/minimal.json"), in));
        const QString out = m_dir.filePath(QStringLiteral("minimal2.json"));
        const Run run = hoshiCli({QStringLiteral("criteria"), QStringLiteral("migrate"), in, QStringLiteral("--output"), out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(readJson(out).value(QStringLiteral("formatVersion")).toInt(), 2);
        QCOMPARE(readJson(in).value(QStringLiteral("formatVersion")).toInt(), 1); // input untouched
        // Same items, same hashes: nothing to review between the two.
        const Run diff = hoshiCli({QStringLiteral("criteria"), QStringLiteral("diff"), in, out, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(diff.out).object().value(QStringLiteral("changes")).toArray().size(), 0);
        // A second migration is refused and changes nothing.
        const Run again = hoshiCli({QStringLiteral("criteria"), QStringLiteral("migrate"), out});
        QCOMPARE(again.exitCode, 2);
        QCOMPARE(readJson(out).value(QStringLiteral("formatVersion")).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliCriteria)
#include "testclicriteria.moc"
