// SPDX-License-Identifier: Apache-2.0
// Criteria format 2 (evaluation points, provenance), format-1 compatibility, and the facts the
// corrected built-in files must state.
#include "criteria/criteriaformat2.h"
#include "criteria/criteriaregistry.h"

#include <QFile>
#include <QTest>

using namespace hoshi;

namespace {

QByteArray readFixture(const QString &relative)
{
    QFile f(QStringLiteral(HOSHI_TEST_DATA "/criteria/") + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const CriteriaSet &builtin(const QString &id)
{
    static const CriteriaRegistry registry = CriteriaRegistry::withBuiltins();
    // "ID@REV" names one data revision; a plain id the first one (Hoshi's original data).
    const qsizetype at = id.indexOf(QLatin1Char('@'));
    const CriteriaSet *set = at > 0 ? registry.find(id.left(at), id.mid(at + 1).toInt()) : registry.find(id, 1);
    if (!set)
        qFatal("missing built-in set %s", qPrintable(id));
    return *set;
}

const QString Star1 = QStringLiteral("JST-CR-01-01-2024R1@2");

} // namespace

class TestCriteriaFormat2 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format1StillLoads()
    {
        const CriteriaLoadResult result = CriteriaLoader::loadData(readFixture(QStringLiteral("good/minimal.json")), QStringLiteral("minimal"));
        QVERIFY(result.set);
        QCOMPARE(result.set->formatVersion, 1);
        QVERIFY(result.set->items.first().points.isEmpty());
        QVERIFY(result.set->items.first().provenance.isEmpty());
        // The first built-in ★1 file is format 1 and keeps loading for the declarations made with it.
        QCOMPARE(builtin(QStringLiteral("JST-CR-01-01-2024R1")).formatVersion, 1);
    }

    void format2Loads()
    {
        const CriteriaLoadResult result = CriteriaLoader::loadData(readFixture(QStringLiteral("good/format2.json")), QStringLiteral("format2"));
        QVERIFY2(result.set, qPrintable(result.problems.value(0).toString()));
        const CriteriaItem &alternatives = result.set->items.at(0);
        QCOMPARE(alternatives.pointMode, PointMode::Alternatives);
        QCOMPARE(alternatives.points.size(), 2);
        QCOMPARE(alternatives.points.at(0).source->document, QStringLiteral("A"));
        QCOMPARE(alternatives.provenance.value(QStringLiteral("methods")).confidence, Confidence::Secondary);
        QCOMPARE(alternatives.provenance.value(QStringLiteral("notApplicable")).confidence, Confidence::Ours);
        QCOMPARE(result.set->document(QStringLiteral("A"))->publisher, QStringLiteral("Hoshi tests"));
        const CriteriaItem &all = result.set->items.at(1);
        QCOMPARE(all.pointMode, PointMode::All);
        QCOMPARE(all.points.at(1).methods, QList<Method>{Method::DeviceTest});
    }

    void pointErrorNamesItsJsonPointer()
    {
        const CriteriaLoadResult result = CriteriaLoader::loadData(
            readFixture(QStringLiteral("bad/point-unknown-method.json")), QStringLiteral("point-unknown-method.json"));
        QVERIFY(!result.set);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().pointer, QStringLiteral("/items/0/evaluationPoints/points/1/methods/0"));
        QVERIFY(result.problems.first().toString().contains(QLatin1String("point-unknown-method.json")));
    }

    void migrationKeepsContentHashes()
    {
        const QByteArray format1 = readFixture(QStringLiteral("good/minimal.json"));
        QString error;
        const QByteArray format2 = CriteriaFormat2::migrateToFormat2(format1, &error);
        QVERIFY2(!format2.isEmpty(), qPrintable(error));
        const CriteriaLoadResult before = CriteriaLoader::loadData(format1, QStringLiteral("1"));
        const CriteriaLoadResult after = CriteriaLoader::loadData(format2, QStringLiteral("2"));
        QVERIFY(after.set);
        QCOMPARE(after.set->formatVersion, 2);
        for (int i = 0; i < before.set->items.size(); ++i)
            QCOMPARE(after.set->items.at(i).contentHash, before.set->items.at(i).contentHash);
        QVERIFY(CriteriaFormat2::migrateToFormat2(format2, &error).isEmpty()); // already format 2
        QVERIFY(error.contains(QLatin1String("format-1")));
    }

    void star1CorrectedFacts()
    {
        const CriteriaSet &set = builtin(Star1);
        QCOMPARE(set.formatVersion, 2);
        // A data revision of IPA's set, not a set of its own: it supersedes nothing.
        QCOMPARE(set.id, QStringLiteral("JST-CR-01-01-2024R1"));
        QCOMPARE(set.dataRevision, 2);
        QVERIFY(set.supersedes.isEmpty());
        QCOMPARE(set.items.size(), 16);
        const CriteriaItem *updates = set.item(QStringLiteral("S1.1-07"));
        QCOMPARE(updates->pointMode, PointMode::Alternatives);
        QStringList texts;
        for (const EvaluationPoint &p : updates->points)
            texts << p.text.en.toLower();
        const QString all = texts.join(QLatin1Char('|'));
        QCOMPARE(updates->points.size(), 4);
        for (const char *word : {"app", "user interface", "website", "automatically"})
            QVERIFY2(all.contains(QLatin1String(word)), word);
        const CriteriaItem *model = set.item(QStringLiteral("S1.1-10"));
        QCOMPARE(model->pointMode, PointMode::Alternatives);
        QCOMPARE(model->points.size(), 2);
        QVERIFY(model->points.at(0).text.en.contains(QLatin1String("product body")));
        QVERIFY(model->points.at(1).text.en.contains(QLatin1String("GUI")));
        for (const CriteriaItem &item : set.items)
            QVERIFY2(!item.points.isEmpty(), qPrintable(item.id));

        const CriteriaItem *resilience = set.item(QStringLiteral("S1.1-14"));
        QVERIFY(resilience->requirement.en.contains(QLatin1String("updates already applied")));
        QVERIFY(resilience->requirement.ja.contains(QStringLiteral("適用済みのアップデート")));
        const CriteriaItem *stored = set.item(QStringLiteral("S1.1-11"));
        QVERIFY(stored->requirement.en.contains(QLatin1String("anonymisation")));
        QVERIFY(stored->requirement.ja.contains(QStringLiteral("匿名化")));
        QVERIFY(!set.item(QStringLiteral("S1.1-03"))->requirement.en.contains(QLatin1String("manual")));
        for (const char *id : {"S1.1-02", "S1.1-03", "S1.1-04"})
            QVERIFY2(set.item(QLatin1String(id))->requirement.en.contains(QLatin1String("over the network")), id);
        // Provenance: methods and N/A conditions are only as good as their secondary source.
        for (const CriteriaItem &item : set.items) {
            QCOMPARE(item.provenance.value(QStringLiteral("methods")).confidence, Confidence::Secondary);
            QCOMPARE(item.provenance.value(QStringLiteral("notApplicable")).confidence, Confidence::Secondary);
            QVERIFY(set.document(item.provenance.value(QStringLiteral("methods")).document));
        }
        // Evaluation points change the content hash, so carried-over answers get reviewed.
        QVERIFY(updates->contentHash != builtin(QStringLiteral("JST-CR-01-01-2024R1")).item(QStringLiteral("S1.1-07"))->contentHash);
    }

    void star3CorrectedFacts()
    {
        for (const QString &id : {QStringLiteral("JST-CR-03-COMM-DRAFT@2"), QStringLiteral("JST-CR-03-CAM-DRAFT@2")}) {
            const CriteriaSet &set = builtin(id);
            QCOMPARE(set.status, QStringLiteral("draft"));
            QCOMPARE(set.publicCommentFrom, QStringLiteral("2025-11-27"));
            QCOMPARE(set.publicCommentTo, QStringLiteral("2025-12-12"));
            QVERIFY(!set.source.contains(QLatin1String("published 2026")));
            const CriteriaItem *info = set.item(QStringLiteral("C3-17"));
            QVERIFY(!info->star1Mappings.contains(QStringLiteral("S1.1-10")));
            QVERIFY(!info->hasMethod(Method::DeviceTest));
            QStringList exempt;
            for (const CriteriaItem &item : set.items) {
                if (item.pstiExempt) {
                    exempt << item.id;
                    // Provisional: our judgement, and said so.
                    QCOMPARE(item.provenance.value(QStringLiteral("pstiExempt")).confidence, Confidence::Ours);
                }
            }
            QCOMPARE(exempt, (QStringList{QStringLiteral("C3-01"), QStringLiteral("C3-02"), QStringLiteral("C3-17")}));
        }
    }

    void sourcesAreCitedNotPointedAt()
    {
        // The documentation stands alone: it names its sources instead of pointing at notes
        // outside the repository.
        QFile readme(QStringLiteral(HOSHI_SOURCE_DIR "/criteria/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(readme.readAll());
        QVERIFY(!text.contains(QLatin1String("../")) && !text.contains(QLatin1String("reference/jcstar.md")));
        QVERIFY(text.contains(QStringLiteral("IoT製品に対するセキュリティ適合性評価制度について")));
        // Every document a format-2 set cites is named by title, publisher and date.
        const CriteriaSet &set = builtin(Star1);
        QVERIFY(set.documents.size() >= 5);
        for (const SourceDocument &d : set.documents)
            QVERIFY2(!d.title.isEmpty() && !d.publisher.isEmpty() && !d.date.isEmpty(), qPrintable(d.id));
    }
};

QTEST_GUILESS_MAIN(TestCriteriaFormat2)
#include "testcriteriaformat2.moc"
