// SPDX-License-Identifier: Apache-2.0
// hoshi-cli cra, run as a user would run it: every Annex I point of the Cyber Resilience Act with
// its coverage; the CRA fields set and recorded in the history (bad values refused, nothing
// changed); the two drafts, in English and marked DRAFT, whose evidence references resolve to
// files with the same SHA-256 in the evidence archive exported from the same declaration.
#include "demo/demoworkspace.h"
#include "clirun.h"
#include "util/hashstream.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
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
    return exporttest::cliInEnglish(args);
}

QStringList annexLabels()
{
    QStringList labels{QStringLiteral("Part I (1)")};
    for (char c = 'a'; c <= 'm'; ++c)
        labels << QStringLiteral("Part I (2)(%1)").arg(QLatin1Char(c));
    for (int i = 1; i <= 8; ++i)
        labels << QStringLiteral("Part II (%1)").arg(i);
    return labels;
}

} // namespace

class TestCliCra : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    DemoIds m_ids;

    QStringList cra(const QStringList &more, qint64 declaration = -1) const
    {
        return QStringList{QStringLiteral("cra"), m_ws, QStringLiteral("--declaration"),
                           QString::number(declaration < 0 ? m_ids.completeDeclaration : declaration)}
               + more;
    }
    QJsonObject json(qint64 declaration = -1) const
    {
        const ToolRun run = cli(cra({QStringLiteral("--json")}, declaration));
        return QJsonDocument::fromJson(run.out).object();
    }
    int historyCount() const
    {
        const ToolRun run = cli({QStringLiteral("history"), m_ws, QStringLiteral("--declaration"),
                                 QString::number(m_ids.completeDeclaration)});
        return int(QString::fromUtf8(run.out).count(QLatin1String("CRA:")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = m_dir.filePath(QStringLiteral("demo.hoshi"));
        QString error;
        QVERIFY2(DemoWorkspace::create(m_ws, &m_ids, &error), qPrintable(error));
    }

    void listsEveryAnnexPoint()
    {
        const ToolRun run = cli(cra({}));
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'));
        const QStringList coverages{QStringLiteral("Covered by ★1 evidence"), QStringLiteral("Partly covered"),
                                    QStringLiteral("Not covered by ★1")};
        for (const QString &label : annexLabels()) {
            bool found = false;
            for (const QString &line : lines) {
                if (!line.startsWith(label + QLatin1Char(' ')))
                    continue;
                for (const QString &c : coverages)
                    found = found || line.contains(c);
            }
            QVERIFY2(found, qPrintable(label + QStringLiteral(" missing or without coverage:\n") + QString::fromUtf8(run.out)));
        }
        QVERIFY(run.out.contains("Software bill of materials"));

        const QJsonObject o = json();
        const QJsonArray requirements = o.value(QStringLiteral("requirements")).toArray();
        QCOMPARE(requirements.size(), 22);
        QStringList points;
        for (const QJsonValue &v : requirements) {
            points << v.toObject().value(QStringLiteral("point")).toString();
            QVERIFY(QStringList({QStringLiteral("covered"), QStringLiteral("partly"), QStringLiteral("not-covered")})
                        .contains(v.toObject().value(QStringLiteral("coverage")).toString()));
        }
        QCOMPARE(points, annexLabels());
        const QJsonObject summary = o.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("covered")).toInt() + summary.value(QStringLiteral("partly")).toInt()
                     + summary.value(QStringLiteral("notCovered")).toInt(),
                 22);
    }

    void fieldsAreSetAndRecorded()
    {
        const int before = historyCount();
        const ToolRun set = cli(cra({QStringLiteral("--set"), QStringLiteral("sbom-reference=sbom/cam.cdx.json"),
                                     QStringLiteral("--set"), QStringLiteral("support-period-end=2032-12-31"),
                                     QStringLiteral("--set"), QStringLiteral("conformity-module=A")}));
        QVERIFY2(set.exitCode == 0, qPrintable(describe(set)));
        const QJsonObject fields = json().value(QStringLiteral("craFields")).toObject();
        QCOMPARE(fields.value(QStringLiteral("sbom-reference")).toString(), QStringLiteral("sbom/cam.cdx.json"));
        QCOMPARE(fields.value(QStringLiteral("support-period-end")).toString(), QStringLiteral("2032-12-31"));
        QCOMPARE(fields.value(QStringLiteral("conformity-module")).toString(), QStringLiteral("A"));
        QCOMPARE(historyCount(), before + 1);
        bool sbomRecorded = false;
        for (const QJsonValue &r : json().value(QStringLiteral("requirements")).toArray()) {
            for (const QJsonValue &g : r.toObject().value(QStringLiteral("notCoveredByStar1")).toArray()) {
                if (g.toObject().value(QStringLiteral("id")).toString() == QLatin1String("sbom"))
                    sbomRecorded = g.toObject().value(QStringLiteral("addressed")).toBool();
            }
        }
        QVERIFY(sbomRecorded);
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown field") << QStringList{QStringLiteral("--set"), QStringLiteral("colour=blue")};
        QTest::newRow("no value") << QStringList{QStringLiteral("--set"), QStringLiteral("sbom-reference")};
        QTest::newRow("bad date") << QStringList{QStringLiteral("--set"), QStringLiteral("support-period-end=31.12.2032")};
        QTest::newRow("bad web address") << QStringList{QStringLiteral("--set"), QStringLiteral("cvd-policy-url=not a url")};
        QTest::newRow("good then bad") << QStringList{QStringLiteral("--set"), QStringLiteral("sbom-reference=other"),
                                                      QStringLiteral("--set"), QStringLiteral("notified-body=NB 1")};
    }

    void badInputChangesNothing()
    {
        QFETCH(QStringList, args);
        const QJsonObject before = json().value(QStringLiteral("craFields")).toObject();
        const int history = historyCount();
        const ToolRun run = cli(cra(args));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("error:"), qPrintable(describe(run)));
        QCOMPARE(json().value(QStringLiteral("craFields")).toObject(), before);
        QCOMPARE(historyCount(), history);
    }

    void refusesWhatItCannotJudge()
    {
        const ToolRun star3 = cli(cra({}, m_ids.star3Declaration));
        QCOMPARE(star3.exitCode, 2);
        QVERIFY2(star3.err.contains("JST-CR-01-01-2024R1"), qPrintable(describe(star3)));
        QCOMPARE(cli(cra({}, 424242)).exitCode, 2);
    }

    void draftsPointIntoTheArchive()
    {
        // The evidence archive of the same declaration, exported by the existing command.
        const QString exportDir = m_dir.filePath(QStringLiteral("export"));
        const ToolRun exported = cli({QStringLiteral("export"), m_ws, QStringLiteral("--declaration"),
                                      QString::number(m_ids.completeDeclaration), QStringLiteral("--out"), exportDir});
        QVERIFY2(exported.exitCode == 0, qPrintable(describe(exported)));
        const QString archive = QString::fromUtf8(exported.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).last();
        QVERIFY2(archive.endsWith(QLatin1String("-evidence.zip")), qPrintable(archive));
        const QString unpacked = m_dir.filePath(QStringLiteral("unpacked"));
        QCOMPARE(runTool(QStringLiteral("unzip"), {QStringLiteral("-q"), archive, QStringLiteral("-d"), unpacked}).exitCode, 0);
        const QDir bag(QDir(unpacked).filePath(QFileInfo(archive).completeBaseName()));
        QVERIFY(bag.exists(QStringLiteral("manifest-sha256.txt")));

        const QString drafts = m_dir.filePath(QStringLiteral("drafts"));
        const ToolRun run = cli(cra({QStringLiteral("--out"), drafts}));
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 4);
        QFile file(QDir(drafts).filePath(QStringLiteral("cra-technical-documentation-draft.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(doc.value(QStringLiteral("draft")).toBool(), true);
        const QJsonArray references = doc.value(QStringLiteral("references")).toArray();
        QVERIFY(!references.isEmpty());
        for (const QJsonValue &v : references) {
            const QJsonObject ref = v.toObject();
            const QString path = bag.filePath(ref.value(QStringLiteral("archivePath")).toString());
            QVERIFY2(QFileInfo(path).isFile(), qPrintable(path));
            QString error;
            QCOMPARE(HashStream::hexOfFile(path, HashStream::Algorithm::Sha256, &error),
                     ref.value(QStringLiteral("sha256")).toString());
            // The same line is in the archive's own manifest.
            QFile manifest(bag.filePath(QStringLiteral("manifest-sha256.txt")));
            QVERIFY(manifest.open(QIODevice::ReadOnly));
            QVERIFY(manifest.readAll().contains(QStringLiteral("%1  %2").arg(ref.value(QStringLiteral("sha256")).toString(),
                                                                             ref.value(QStringLiteral("archivePath")).toString())
                                                    .toUtf8()));
        }
        // Written again into the same folder: refused, the drafts stay as they were.
        const auto bytes = [&drafts] {
            QFile f(QDir(drafts).filePath(QStringLiteral("cra-eu-declaration-of-conformity-draft.json")));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray first = bytes();
        QVERIFY(!first.isEmpty());
        const ToolRun again = cli(cra({QStringLiteral("--out"), drafts}));
        QCOMPARE(again.exitCode, 2);
        QCOMPARE(bytes(), first);
        QVERIFY(again.err.contains("already exists"));
    }

    void draftsSayDraftInEnglish()
    {
        const QString drafts = m_dir.filePath(QStringLiteral("drafts-ja"));
        // The reader's language is Japanese; the drafts stay English.
        const ToolRun run = runTool(QStringLiteral(HOSHI_CLI_PATH), cra({QStringLiteral("--out"), drafts, QStringLiteral("--lang"),
                                                                         QStringLiteral("ja")}));
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        for (const char *name : {"cra-technical-documentation-draft.pdf", "cra-eu-declaration-of-conformity-draft.pdf"}) {
            const ToolRun text = runTool(QStringLiteral("pdftotext"), {QDir(drafts).filePath(QLatin1String(name)), QStringLiteral("-")});
            QVERIFY2(text.exitCode == 0, qPrintable(describe(text)));
            QVERIFY2(text.out.contains("DRAFT"), text.out.constData());
            QVERIFY2(text.out.contains("Regulation (EU) 2024/2847"), text.out.constData());
            QVERIFY2(text.out.contains("the manufacturer"), text.out.constData());
        }
        const ToolRun tech = runTool(QStringLiteral("pdftotext"),
                                     {QDir(drafts).filePath(QStringLiteral("cra-technical-documentation-draft.pdf")), QStringLiteral("-")});
        QVERIFY(tech.out.contains("Annex VII"));
        QVERIFY(tech.out.contains("data/evidence/"));
        QVERIFY(tech.out.contains("Part II (8)"));
    }
};

QTEST_MAIN(TestCliCra)
#include "testclicra.moc"
