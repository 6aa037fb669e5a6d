// SPDX-License-Identifier: Apache-2.0
// Criteria files: the built-in sets, the schema validator, and a precise message for every
// malformed fixture in tests/data/criteria/bad (see expected.tsv there).
#include "criteria/criteriaregistry.h"
#include "criteria/jsonschemavalidator.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;

class TestCriteria : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtinStar1()
    {
        const CriteriaRegistry registry = CriteriaRegistry::withBuiltins();
        const CriteriaSet *set = registry.find(QStringLiteral("JST-CR-01-01-2024R1"));
        QVERIFY(set);
        QCOMPARE(set->level, 1);
        QCOMPARE(set->assessment, AssessmentKind::SelfDeclaration);
        QCOMPARE(set->items.size(), 16);
        for (int i = 0; i < 16; ++i) {
            const CriteriaItem &item = set->items.at(i);
            QCOMPARE(item.id, QStringLiteral("S1.1-%1").arg(i + 1, 2, 10, QLatin1Char('0')));
            QVERIFY(!item.title.ja.isEmpty() && !item.title.en.isEmpty());
            QVERIFY(!item.requirement.ja.isEmpty() && !item.requirement.en.isEmpty());
            QVERIFY(!item.methods.isEmpty());
            QCOMPARE(item.contentHash.size(), 64);
            if (item.notApplicableAllowed)
                QVERIFY2(!item.notApplicableCondition.ja.isEmpty(), qPrintable(item.id));
        }
        const QStringList vendor{QStringLiteral("S1.1-05"), QStringLiteral("S1.1-09"), QStringLiteral("S1.1-16")};
        for (const CriteriaItem &item : set->items) {
            QCOMPARE(item.scope == ItemScope::Vendor, vendor.contains(item.id));
            QCOMPARE(item.pstiExempt, item.id == QLatin1String("S1.1-02") || item.id == QLatin1String("S1.1-05")
                                          || item.id == QLatin1String("S1.1-16"));
        }
        QVERIFY(!set->item(QStringLiteral("S1.1-05"))->notApplicableAllowed);
        QCOMPARE(set->item(QStringLiteral("S1.1-13"))->methods, (QList<Method>{Method::Document, Method::DeviceTest}));
        QCOMPARE(set->item(QStringLiteral("S1.1-04"))->methods, QList<Method>{Method::DeviceTest});
    }

    void builtinStar3()
    {
        const CriteriaRegistry registry = CriteriaRegistry::withBuiltins();
        for (const QString &id : {QStringLiteral("JST-CR-03-COMM-DRAFT"), QStringLiteral("JST-CR-03-CAM-DRAFT")}) {
            const CriteriaSet *set = registry.find(id);
            QVERIFY2(set, qPrintable(id));
            QCOMPARE(set->level, 3);
            QCOMPARE(set->assessment, AssessmentKind::ThirdParty);
            QVERIFY(!set->productCategory.isEmpty());
            bool sbom = false, pt = false;
            for (const CriteriaItem &item : set->items) {
                sbom = sbom || item.hasMethod(Method::Sbom);
                pt = pt || item.hasMethod(Method::PenetrationTest);
            }
            QVERIFY(sbom && pt);
        }
    }

    void malformedFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("keyword");
        QFile tsv(QStringLiteral(HOSHI_TEST_DATA "/criteria/bad/expected.tsv"));
        QVERIFY(tsv.open(QIODevice::ReadOnly));
        int rows = 0;
        for (const QByteArray &line : tsv.readAll().split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const QList<QByteArray> cols = line.split('\t');
            QCOMPARE(cols.size(), 3);
            QTest::newRow(cols[0].constData()) << QString::fromUtf8(cols[0]) << QString::fromUtf8(cols[1])
                                               << QString::fromUtf8(cols[2]);
            ++rows;
        }
        QVERIFY(rows >= 10);
        // Every fixture in the folder must be listed, so none is silently untested.
        const QStringList files = QDir(QStringLiteral(HOSHI_TEST_DATA "/criteria/bad")).entryList({QStringLiteral("*.json")});
        QCOMPARE(files.size(), rows);
    }

    void malformedFixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, pointer);
        QFETCH(QString, keyword);
        const QString path = QStringLiteral(HOSHI_TEST_DATA "/criteria/bad/") + file;
        const CriteriaLoadResult result = CriteriaLoader::loadFile(path);
        QVERIFY(!result.set);
        QVERIFY(!result.problems.isEmpty());
        bool found = false;
        for (const CriteriaProblem &p : result.problems) {
            QCOMPARE(p.file, path);
            if (p.pointer == pointer && p.message.toLower().contains(keyword))
                found = true;
        }
        QVERIFY2(found, qPrintable(QStringLiteral("expected %1 at \"%2\", got: %3")
                                       .arg(keyword, pointer, result.problems.first().toString())));
    }

    void syntaxErrorNamesLineAndColumn()
    {
        const CriteriaLoadResult result = CriteriaLoader::loadData("{\n  \"id\": \"X\",\n  oops\n}", QStringLiteral("mem"));
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems.first().message.contains(QLatin1String("line 3")), qPrintable(result.problems.first().message));
    }

    void goodMinimal()
    {
        const CriteriaLoadResult result = CriteriaLoader::loadFile(QStringLiteral(HOSHI_TEST_DATA "/criteria/good/minimal.json"));
        QVERIFY2(result.set, qPrintable(result.problems.value(0).toString()));
        QCOMPARE(result.set->items.size(), 2);
    }

    void missingFileAndFolder()
    {
        QTemporaryDir dir;
        const CriteriaLoadResult missing = CriteriaLoader::loadFile(dir.filePath(QStringLiteral("nope.json")));
        QVERIFY(!missing.set);
        QVERIFY(missing.problems.first().message.contains(QLatin1String("cannot be read")));
        const CriteriaLoadResult folder = CriteriaLoader::loadFile(dir.path());
        QVERIFY(folder.problems.first().message.contains(QLatin1String("folder")));
    }

    void contentHashIgnoresTitleAndWhitespaceButNotRequirement()
    {
        const CriteriaSet base = *CriteriaRegistry::withBuiltins().find(QStringLiteral("JST-CR-01-01-2024R1"));
        CriteriaItem item = base.items.first();
        const QString hash = CriteriaLoader::itemContentHash(item);
        item.title.en = QStringLiteral("A new title");
        item.requirement.en = QStringLiteral("  ") + item.requirement.en + QStringLiteral("\n");
        QCOMPARE(CriteriaLoader::itemContentHash(item), hash);
        item.requirement.en += QStringLiteral(" And more.");
        QVERIFY(CriteriaLoader::itemContentHash(item) != hash);
        item = base.items.first();
        item.notApplicableAllowed = !item.notApplicableAllowed;
        QVERIFY(CriteriaLoader::itemContentHash(item) != hash);
    }

    void userFolderReportsEveryBadFileAndKeepsGoodOnes()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(QStringLiteral(HOSHI_TEST_DATA "/criteria/good/minimal.json"), dir.filePath(QStringLiteral("a.json"))));
        QVERIFY(QFile::copy(QStringLiteral(HOSHI_TEST_DATA "/criteria/bad/bad-scope.json"), dir.filePath(QStringLiteral("b.json"))));
        QVERIFY(QFile::copy(QStringLiteral(HOSHI_TEST_DATA "/criteria/bad/not-json.json"), dir.filePath(QStringLiteral("c.json"))));
        CriteriaRegistry registry = CriteriaRegistry::withBuiltins();
        const int before = int(registry.sets().size());
        const QList<CriteriaProblem> problems = registry.loadFolder(dir.path());
        QCOMPARE(registry.sets().size(), before + 1);
        QSet<QString> files;
        for (const CriteriaProblem &p : problems)
            files.insert(QFileInfo(p.file).fileName());
        QCOMPARE(files, (QSet<QString>{QStringLiteral("b.json"), QStringLiteral("c.json")}));
    }

    void conflictingIdIsRefused()
    {
        CriteriaRegistry registry = CriteriaRegistry::withBuiltins();
        CriteriaSet changed = *registry.find(QStringLiteral("JST-CR-01-01-2024R1"));
        changed.json += ' ';
        changed.origin = QStringLiteral("user.json");
        CriteriaProblem problem;
        QVERIFY(!registry.add(changed, &problem));
        // Same official id and data revision, other bytes: the file needs the next data revision.
        QCOMPARE(problem.pointer, QStringLiteral("/dataRevision"));
        QVERIFY(problem.message.contains(QLatin1String("already defined")));
    }

    void validatorReportsUnsupportedKeywords()
    {
        const JsonSchemaValidator validator(QJsonDocument::fromJson(R"({"type":"object","oneOf":[]})").object());
        const QList<SchemaError> errors = validator.validate(QJsonObject());
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().message.contains(QLatin1String("unsupported keyword")));
    }

    void validatorEscapesPointers()
    {
        const JsonSchemaValidator validator(QJsonDocument::fromJson(R"({"type":"object","additionalProperties":false})").object());
        const QList<SchemaError> errors = validator.validate(QJsonDocument::fromJson(R"({"a/b~c":1})").object());
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().pointer, QStringLiteral("/a~1b~0c"));
    }
};

QTEST_GUILESS_MAIN(TestCriteria)
#include "testcriteria.moc"
