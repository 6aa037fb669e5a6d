// SPDX-License-Identifier: Apache-2.0
// Mapping sets as data: the shipped files validate and say what they should (the ETSI pairs are
// the ones the ★1 criteria data cites; the UK pairs are official and name their instrument; every
// CRA Annex I point is listed), and broken files are refused with the file and a JSON pointer,
// changing nothing. A text overlay from a user's own copy fills in a standard's text.
#include "criteria/criteriaregistry.h"
#include "markets/mappinglibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;
using namespace hoshi::markets;

namespace {

const QString Star1 = QStringLiteral("JST-CR-01-01-2024R1");

QString sourceFile(const QString &name)
{
    return QStringLiteral(HOSHI_SOURCE_DIR "/criteria/mappings/") + name;
}

QJsonObject readObject(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QStringList pairsOf(const MappingSet &set)
{
    QStringList pairs;
    for (const MappingEntry &e : set.entries)
        pairs << e.sourceItemId + QLatin1Char('~') + e.targetId;
    pairs.sort();
    return pairs;
}

} // namespace

class TestMappings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Writes `json` and loads it into a copy of the shipped library; returns the error text.
    QString refusal(const QByteArray &json, const QString &name, int *setsAfter = nullptr)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(json) != json.size())
            return QStringLiteral("cannot write test file");
        f.close();
        MappingLibrary library = MappingLibrary::shipped();
        QString error;
        const bool loaded = library.loadFile(path, &error);
        if (setsAfter)
            *setsAfter = int(library.all().size());
        return loaded ? QString() : error;
    }

    QByteArray mutatedPsti(const std::function<void(QJsonObject &)> &change)
    {
        QJsonObject root = readObject(sourceFile(QStringLiteral("jcstar1-uk-psti.json")));
        root.insert(QStringLiteral("id"), QStringLiteral("test-broken")); // not a clash with the shipped one
        change(root);
        return QJsonDocument(root).toJson();
    }

private Q_SLOTS:
    void shippedFilesValidate()
    {
        const QDir dir(QStringLiteral(HOSHI_SOURCE_DIR "/criteria/mappings"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
        int sets = 0;
        MappingLibrary library;
        for (const QString &name : files) {
            if (name.endsWith(QLatin1String("schema.json")))
                continue;
            QString error;
            QVERIFY2(library.loadFile(dir.filePath(name), &error), qPrintable(error));
            ++sets;
        }
        QCOMPARE(sets, 3);
        const MappingLibrary &shipped = MappingLibrary::shipped();
        QCOMPARE(shipped.all().size(), 3);
        for (const QString &id : {QStringLiteral("jcstar1-etsi303645"), QStringLiteral("jcstar1-uk-psti"),
                                  QStringLiteral("jcstar1-eu-cra-annex-i")}) {
            const MappingSet *set = shipped.find(id);
            QVERIFY2(set, qPrintable(id));
            QCOMPARE(set->sourceCriteriaId, Star1);
            QVERIFY(set->origin.startsWith(QLatin1String(":/mappings/sets/")));
            for (const MappingEntry &e : set->entries) {
                QVERIFY(!e.rationale.isEmpty());
                QVERIFY(e.provenance == Provenance::Ours || !e.instrument.isEmpty());
            }
        }
        QCOMPARE(shipped.forSource(Star1).size(), 3);
        QVERIFY(shipped.forSource(QStringLiteral("JST-CR-03-comm-equipment-draft")).isEmpty());
    }

    void etsiPairsAreTheCriteriaDataOnesWithoutText()
    {
        const CriteriaRegistry registry = CriteriaRegistry::withBuiltins();
        const CriteriaSet *star1 = registry.find(Star1);
        QVERIFY(star1);
        QStringList fromCriteria;
        for (const CriteriaItem &item : star1->items) {
            for (const QString &provision : item.etsiMappings)
                fromCriteria << item.id + QLatin1Char('~') + provision;
        }
        fromCriteria.sort();
        const MappingSet *etsi = MappingLibrary::shipped().find(QStringLiteral("jcstar1-etsi303645"));
        QVERIFY(etsi);
        QCOMPARE(pairsOf(*etsi), fromCriteria); // tools/make-etsi-mapping.py derives it from there
        QVERIFY(!etsi->targetTextQuotable);
        for (const TargetRequirement &t : etsi->targets) {
            QVERIFY2(t.text.isEmpty(), qPrintable(t.id)); // ETSI's text is copyrighted: ids and titles only
            QVERIFY(!t.title.isEmpty());
        }
        for (const MappingEntry &e : etsi->entries)
            QCOMPARE(e.provenance, Provenance::Ours);
    }

    void ukPairsAreOfficialForTheThreeRequirements()
    {
        const MappingSet *uk = MappingLibrary::shipped().find(QStringLiteral("jcstar1-uk-psti"));
        QVERIFY(uk);
        QCOMPARE(pairsOf(*uk), (QStringList{QStringLiteral("S1.1-02~1"), QStringLiteral("S1.1-05~2"),
                                            QStringLiteral("S1.1-16~3")}));
        for (const MappingEntry &e : uk->entries) {
            QCOMPARE(e.provenance, Provenance::Official);
            QVERIFY(e.instrument.contains(QLatin1String("SI 2025/1267")));
            QVERIFY(e.instrument.contains(QLatin1String("Condition B")));
        }
        // Paragraph 1 is quoted from the law; the others are marked as summaries.
        QVERIFY(uk->target(QStringLiteral("1"))->textIsQuote);
        QVERIFY(uk->target(QStringLiteral("1"))->text.contains(QLatin1String("unique per product")));
        QVERIFY(!uk->target(QStringLiteral("2"))->textIsQuote);
        QCOMPARE(uk->entriesForSource(QStringLiteral("S1.1-05")).size(), 1);
        QCOMPARE(uk->entriesForTarget(QStringLiteral("3")).first().sourceItemId, QStringLiteral("S1.1-16"));
    }

    void craListsEveryAnnexIPoint()
    {
        const MappingSet *cra = MappingLibrary::shipped().find(QStringLiteral("jcstar1-eu-cra-annex-i"));
        QVERIFY(cra);
        QStringList expected{QStringLiteral("I(1)")};
        for (char c = 'a'; c <= 'm'; ++c)
            expected << QStringLiteral("I(2)(%1)").arg(QLatin1Char(c));
        for (int i = 1; i <= 8; ++i)
            expected << QStringLiteral("II(%1)").arg(i);
        QStringList ids;
        for (const TargetRequirement &t : cra->targets) {
            ids << t.id;
            QVERIFY(!t.text.isEmpty());
            // A point ★1 does not reach says why, so "not covered" is never silent.
            if (cra->entriesForTarget(t.id).isEmpty())
                QVERIFY2(!t.note.isEmpty(), qPrintable(t.id));
        }
        QCOMPARE(ids, expected);
        QVERIFY(cra->entriesForTarget(QStringLiteral("II(1)")).isEmpty()); // no SBOM in ★1
        QVERIFY(!cra->entriesForTarget(QStringLiteral("I(2)(d)")).isEmpty());
        for (const MappingEntry &e : cra->entries)
            QCOMPARE(e.provenance, Provenance::Ours);
    }

    void brokenFilesAreRefusedWithFileAndPointer_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("words");
        QTest::newRow("unknown item") << mutatedPsti([](QJsonObject &r) {
            QJsonArray entries = r.value(QStringLiteral("entries")).toArray();
            QJsonObject e = entries.at(1).toObject();
            e.insert(QStringLiteral("source"), QStringLiteral("S1.1-99"));
            entries.replace(1, e);
            r.insert(QStringLiteral("entries"), entries);
        }) << QStringLiteral("/entries/1/source") << QStringLiteral("unknown item \"S1.1-99\"");
        QTest::newRow("unknown target") << mutatedPsti([](QJsonObject &r) {
            QJsonArray entries = r.value(QStringLiteral("entries")).toArray();
            QJsonObject e = entries.at(0).toObject();
            e.insert(QStringLiteral("target"), QStringLiteral("4"));
            entries.replace(0, e);
            r.insert(QStringLiteral("entries"), entries);
        }) << QStringLiteral("/entries/0/target") << QStringLiteral("unknown target \"4\"");
        QTest::newRow("unknown relationship") << mutatedPsti([](QJsonObject &r) {
            QJsonArray entries = r.value(QStringLiteral("entries")).toArray();
            QJsonObject e = entries.at(2).toObject();
            e.insert(QStringLiteral("relationship"), QStringLiteral("similar"));
            entries.replace(2, e);
            r.insert(QStringLiteral("entries"), entries);
        }) << QStringLiteral("/entries/2/relationship") << QStringLiteral("\"similar\"");
        QTest::newRow("duplicate pair") << mutatedPsti([](QJsonObject &r) {
            QJsonArray entries = r.value(QStringLiteral("entries")).toArray();
            QJsonObject again = entries.at(0).toObject();
            again.insert(QStringLiteral("relationship"), QStringLiteral("subset"));
            entries.append(again);
            r.insert(QStringLiteral("entries"), entries);
        }) << QStringLiteral("/entries/3") << QStringLiteral("duplicate entry");
        QTest::newRow("unknown criteria set") << mutatedPsti([](QJsonObject &r) {
            r.insert(QStringLiteral("source"), QJsonObject{{QStringLiteral("criteriaId"), QStringLiteral("JST-XX")}});
        }) << QStringLiteral("/source/criteriaId") << QStringLiteral("unknown criteria set");
        QTest::newRow("official without instrument") << mutatedPsti([](QJsonObject &r) {
            QJsonArray entries = r.value(QStringLiteral("entries")).toArray();
            QJsonObject e = entries.at(0).toObject();
            e.remove(QStringLiteral("instrument"));
            entries.replace(0, e);
            r.insert(QStringLiteral("entries"), entries);
        }) << QStringLiteral("/entries/0/instrument") << QStringLiteral("instrument");
        QTest::newRow("text of a copyrighted standard") << mutatedPsti([](QJsonObject &r) {
            QJsonObject target = r.value(QStringLiteral("target")).toObject();
            target.insert(QStringLiteral("textPolicy"), QStringLiteral("ids-and-titles-only"));
            r.insert(QStringLiteral("target"), target);
        }) << QStringLiteral("/target/requirements/0/text") << QStringLiteral("may not be copied");
        QByteArray twice = mutatedPsti([](QJsonObject &) {});
        twice.replace("\"formatVersion\": 1,", "\"formatVersion\": 1,\n    \"formatVersion\": 1,");
        QTest::newRow("duplicate JSON key") << twice << QStringLiteral("/formatVersion") << QStringLiteral("appears twice");
        QTest::newRow("shipped id again") << QJsonDocument(readObject(sourceFile(QStringLiteral("jcstar1-uk-psti.json")))).toJson()
                                          << QStringLiteral("/id") << QStringLiteral("already loaded");
    }

    void brokenFilesAreRefusedWithFileAndPointer()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, pointer);
        QFETCH(QString, words);
        int setsAfter = -1;
        const QString name = QStringLiteral("broken-%1.json").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        const QString error = refusal(json, name, &setsAfter);
        QVERIFY2(!error.isEmpty(), "the broken file was accepted");
        QVERIFY2(error.contains(m_dir.filePath(name) + QStringLiteral(": ") + pointer + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(error.contains(words), qPrintable(error));
        QCOMPARE(setsAfter, 3); // a refused file changes nothing
    }

    void overlayFillsTheTextFromTheUsersCopy()
    {
        MappingLibrary library = MappingLibrary::shipped();
        QJsonObject overlay{{QStringLiteral("formatVersion"), 1},
                            {QStringLiteral("kind"), QStringLiteral("hoshi-mapping-text-overlay")},
                            {QStringLiteral("targetSetId"), QStringLiteral("etsi-en-303-645")},
                            {QStringLiteral("copy"), QStringLiteral("our licensed copy, V2.1.1")},
                            {QStringLiteral("texts"),
                             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("5.1-1")},
                                                    {QStringLiteral("text"), QStringLiteral("Text from our copy.")}}}}};
        const QString bad = m_dir.filePath(QStringLiteral("overlay-bad.json"));
        QJsonObject wrong = overlay;
        wrong.insert(QStringLiteral("texts"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("9.9-9")},
                                                                      {QStringLiteral("text"), QStringLiteral("x")}}});
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(wrong).toJson());
        f.close();
        QString error;
        QVERIFY(!library.loadFile(bad, &error));
        QVERIFY2(error.contains(bad + QStringLiteral(": /texts/0/id: ")), qPrintable(error));
        QVERIFY(library.find(QStringLiteral("jcstar1-etsi303645"))->target(QStringLiteral("5.1-1"))->text.isEmpty());

        const QString good = m_dir.filePath(QStringLiteral("overlay.json"));
        QFile g(good);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(QJsonDocument(overlay).toJson());
        g.close();
        QVERIFY2(library.loadFile(good, &error), qPrintable(error));
        const TargetRequirement *t = library.find(QStringLiteral("jcstar1-etsi303645"))->target(QStringLiteral("5.1-1"));
        QCOMPARE(t->text, QStringLiteral("Text from our copy."));
        QCOMPARE(t->textOrigin, good);
        // The shipped library itself is untouched.
        QVERIFY(MappingLibrary::shipped().find(QStringLiteral("jcstar1-etsi303645"))->target(QStringLiteral("5.1-1"))->text.isEmpty());
    }

    void keysRoundTrip()
    {
        for (Relationship r : {Relationship::Equivalent, Relationship::Subset, Relationship::Superset, Relationship::Intersects})
            QCOMPARE(relationshipFromKey(relationshipKey(r)), std::optional<Relationship>(r));
        QVERIFY(!relationshipFromKey(QStringLiteral("similar")));
        QCOMPARE(provenanceFromKey(QStringLiteral("official")), std::optional<Provenance>(Provenance::Official));
        QVERIFY(!provenanceFromKey(QStringLiteral("theirs")));
    }
};

QTEST_MAIN(TestMappings)
#include "testmappings.moc"
