// SPDX-License-Identifier: Apache-2.0
// A criteria file that repeats a key is refused with the JSON pointer of the repeat (the JSON
// parser alone would keep one value silently); the raw-text scanner behind it.
#include "criteria/criterialoader.h"
#include "util/jsonduplicatekeys.h"

#include <QFile>
#include <QTest>

using namespace hoshi;

class TestJsonDuplicateKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void criteriaFileWithRepeatedKeyIsRefused()
    {
        QFile file(QStringLiteral(HOSHI_TEST_DATA "/criteria/good/minimal.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray json = file.readAll();
        QVERIFY(CriteriaLoader::loadData(json, QStringLiteral("minimal.json")).set);
        // The second item's "notApplicable" object written twice: the last one would win.
        const qsizetype second = json.indexOf("\"id\": \"T-02\"");
        const qsizetype at = json.indexOf("\"notApplicable\"", second);
        QVERIFY(second > 0 && at > second);
        json.insert(at, "\"notApplicable\": { \"allowed\": false },\n      ");
        const CriteriaLoadResult result = CriteriaLoader::loadData(json, QStringLiteral("minimal.json"));
        QVERIFY(!result.set);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().pointer, QStringLiteral("/items/1/notApplicable"));
        QCOMPARE(result.problems.first().file, QStringLiteral("minimal.json"));
        QVERIFY(result.problems.first().message.contains(QLatin1String("notApplicable")));
    }

    void scanner_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("pointers");
        QTest::newRow("none") << QByteArray("{\"a\":1,\"b\":{\"a\":2},\"c\":[{\"a\":1},{\"a\":2}]}") << QStringList();
        QTest::newRow("top level") << QByteArray("{\"a\":1,\"a\":2}") << QStringList{QStringLiteral("/a")};
        QTest::newRow("in array") << QByteArray("{\"x\":[{},{\"k\":true,\"k\":null}]}") << QStringList{QStringLiteral("/x/1/k")};
        QTest::newRow("escaped spelling") << QByteArray("{\"ab\":1,\"a\\u0062\":2}") << QStringList{QStringLiteral("/ab")};
        QTest::newRow("pointer escapes") << QByteArray("{\"a/b~\":{}, \"a/b~\":[]}") << QStringList{QStringLiteral("/a~1b~0")};
        QTest::newRow("strings are not keys") << QByteArray("{\"a\":\"a\",\"b\":[\"a\",\"a\"]}") << QStringList();
        QTest::newRow("quote in key") << QByteArray("{\"a\\\"\":1,\"a\\\"\":2}") << QStringList{QStringLiteral("/a\"")};
        QTest::newRow("three times") << QByteArray("{\"a\":1,\"a\":2,\"a\":3}")
                                     << QStringList{QStringLiteral("/a"), QStringLiteral("/a")};
        QTest::newRow("not JSON") << QByteArray("{\"a\":1,\"a\":") << QStringList();
        QTest::newRow("too deep") << QByteArray(2000, '[') << QStringList();
    }

    void scanner()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, pointers);
        QStringList found;
        for (const JsonDuplicateKeys::Duplicate &d : JsonDuplicateKeys::find(json))
            found << d.pointer;
        QCOMPARE(found, pointers);
    }
};

QTEST_GUILESS_MAIN(TestJsonDuplicateKeys)
#include "testjsonduplicatekeys.moc"
