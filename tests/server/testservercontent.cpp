// SPDX-License-Identifier: Apache-2.0
// The server's fast paths: evidence content travels in binary beside Qt's driver
// (storage/servercontent.h), and an edit writes its answer and history in one statement.
//
// Content: every byte value, an empty file, a file ending on a chunk boundary and one just
// past it come back exactly as imported (readContent, verifyContent, the chunks' sizes), also
// through attachData. Edits: the history entries of a verdict, justification and notes change
// are the ones the file writes, a vendor-scope answer is recorded against the organisation,
// a refused history entry leaves the answer unchanged, and an edit takes at most five round
// trips on a server. Without the test cluster the same runs on a file workspace.
#include "storage/statementcache.h"
#include "storage/workspace.h"
#include "testserver.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace hoshi;

namespace {

QByteArray everyByte(qint64 size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (qint64 i = 0; i < size; ++i)
        data[i] = char(i < 512 ? i % 256 : random.bounded(256)); // 0x00 and 0xff, '\\' and '\'' included
    return data;
}

struct Fixture {
    std::unique_ptr<Workspace> ws;
    qint64 declaration = -1;
    qint64 organisation = -1;
    qint64 evidence = -1;
};

Fixture makeWorkspace(const QString &location)
{
    Fixture f;
    QString error;
    f.ws = Workspace::create(location, &error);
    if (!f.ws) {
        qWarning("%s", qPrintable(error));
        return f;
    }
    Organisation organisation;
    organisation.name = QStringLiteral("Content Co.");
    f.organisation = f.ws->addOrganisation(organisation, &error);
    Product product;
    product.organisationId = f.organisation;
    product.name = QStringLiteral("Camera");
    const qint64 productId = f.ws->addProduct(product, &error);
    f.declaration = f.ws->addDeclaration(productId, QStringLiteral("JST-CR-01-01-2024R1"), Route::Standard, &error);
    Evidence e;
    e.kind = EvidenceKind::DeviceTest;
    e.summary = QStringLiteral("content");
    f.evidence = f.ws->addEvidence(f.declaration, {QStringLiteral("S1.1-04")}, e, &error);
    if (f.evidence < 0)
        qWarning("%s", qPrintable(error));
    return f;
}

QStringList historySummaries(const Workspace &ws, qint64 declarationId, const QString &itemId)
{
    QStringList summaries;
    for (const HistoryEntry &h : ws.history(declarationId, itemId))
        summaries << h.action + QLatin1Char(':') + h.summary;
    return summaries;
}

} // namespace

class TestServerContent : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void contentComesBackExactly_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::newRow("empty") << qint64(0);
        QTest::newRow("one byte") << qint64(1);
        QTest::newRow("every byte value") << qint64(4096);
        QTest::newRow("one chunk exactly") << Workspace::ChunkSize;
        QTest::newRow("past a chunk") << Workspace::ChunkSize * 2 + 1;
    }

    void contentComesBackExactly()
    {
        QFETCH(qint64, size);
        const QString location =
            testserver::newWorkspaceLocation(m_dir, QStringLiteral("content-%1").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        Fixture f = makeWorkspace(location);
        QVERIFY(f.evidence > 0);
        const QByteArray data = everyByte(size, quint32(size) + 11);
        const QString path = m_dir.filePath(QStringLiteral("input-%1.bin").arg(size));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(data) == size);
        out.close();
        QString error;
        const qint64 fileId = f.ws->attachFile(f.evidence, path, &error);
        QVERIFY2(fileId > 0, qPrintable(error));
        const std::optional<EvidenceFile> stored = f.ws->file(fileId);
        QVERIFY(stored);
        QCOMPARE(stored->size, size);
        QBuffer back;
        QVERIFY(back.open(QIODevice::WriteOnly));
        QVERIFY2(f.ws->readContent(stored->sha256, &back, &error), qPrintable(error));
        QCOMPARE(back.data().size(), size);
        QVERIFY(back.data() == data);
        QVERIFY2(f.ws->verifyContent(stored->sha256, &error), qPrintable(error));
        QCOMPARE(f.ws->integrityCheck(), QStringLiteral("ok"));

        // The same bytes from memory are the same content (stored once).
        const qint64 copyId = f.ws->attachData(f.evidence, QStringLiteral("copy.bin"), data, &error);
        QVERIFY2(copyId > 0, qPrintable(error));
        QCOMPARE(f.ws->file(copyId)->sha256, stored->sha256);
        // Different bytes from memory, read back in chunks.
        QByteArray other = data + QByteArray("\0\\'x", 4);
        const qint64 otherId = f.ws->attachData(f.evidence, QStringLiteral("other.bin"), other, &error);
        QVERIFY2(otherId > 0, qPrintable(error));
        QByteArray joined;
        QVERIFY2(f.ws->forEachChunk(f.ws->file(otherId)->sha256, [&](const QByteArray &chunk) {
            joined += chunk;
            return true;
        }, &error), qPrintable(error));
        QVERIFY(joined == other);
    }

    // A content read stopped by its reader, and content that is not there, are errors.
    void readErrors()
    {
        Fixture f = makeWorkspace(testserver::newWorkspaceLocation(m_dir, QStringLiteral("read-errors")));
        QVERIFY(f.evidence > 0);
        QString error;
        const qint64 fileId = f.ws->attachData(f.evidence, QStringLiteral("a.bin"), everyByte(3 * Workspace::ChunkSize / 2, 3), &error);
        QVERIFY2(fileId > 0, qPrintable(error));
        const QString sha256 = f.ws->file(fileId)->sha256;
        int chunks = 0;
        QVERIFY(!f.ws->forEachChunk(sha256, [&](const QByteArray &) { return ++chunks < 1; }, &error));
        QCOMPARE(chunks, 1);
        QVERIFY(error.contains(QLatin1String("stopped")));
        error.clear();
        QVERIFY(!f.ws->forEachChunk(QString(64, QLatin1Char('0')), [](const QByteArray &) { return true; }, &error));
        QVERIFY(!error.isEmpty());
    }

    void editWritesItsHistory()
    {
        Fixture f = makeWorkspace(testserver::newWorkspaceLocation(m_dir, QStringLiteral("edits")));
        QVERIFY(f.declaration > 0);
        const QString item = QStringLiteral("S1.1-04");
        QString error;
        QVERIFY2(f.ws->setAssessment(f.declaration, item, Verdict::Conforming, QString(), QStringLiteral("first"), &error),
                 qPrintable(error));
        QVERIFY2(f.ws->setAssessment(f.declaration, item, Verdict::NotApplicable, QStringLiteral("No such port."),
                                     QStringLiteral("second"), &error),
                 qPrintable(error));
        const Assessment a = f.ws->assessment(f.declaration, item);
        QCOMPARE(a.verdict, Verdict::NotApplicable);
        QCOMPARE(a.justification, QStringLiteral("No such port."));
        QCOMPARE(a.notes, QStringLiteral("second"));
        QCOMPARE(a.rowVersion, qint64(2));
        const QStringList history = historySummaries(*f.ws, f.declaration, item);
        QVERIFY2(history.size() >= 5, qPrintable(history.join(QLatin1Char('\n'))));
        QVERIFY(history.contains(QStringLiteral("notes:Notes: second")));
        QVERIFY(history.contains(QStringLiteral("justification:Justification: No such port.")));
        QVERIFY(history.contains(QStringLiteral("notes:Notes: first")));
        QCOMPARE(history.filter(QStringLiteral("verdict:")).size(), 2);
        for (const HistoryEntry &h : f.ws->history(f.declaration, item))
            QVERIFY(!h.actor.isEmpty());

        // The same answer again changes nothing but the version, and writes no history.
        QVERIFY(f.ws->setAssessment(f.declaration, item, Verdict::NotApplicable, QStringLiteral("No such port."),
                                    QStringLiteral("second"), &error));
        QCOMPARE(historySummaries(*f.ws, f.declaration, item), history);
        QCOMPARE(f.ws->assessment(f.declaration, item).rowVersion, qint64(3));

        // A vendor-scope answer is recorded against the organisation.
        const QString vendorItem = QStringLiteral("S1.1-05");
        QVERIFY2(f.ws->setAssessment(f.declaration, vendorItem, Verdict::Conforming, QString(), QStringLiteral("policy"), &error),
                 qPrintable(error));
        QVERIFY(f.ws->assessment(f.declaration, vendorItem).vendorScope);
        QVERIFY(historySummaries(*f.ws, f.declaration, vendorItem).contains(QStringLiteral("notes:Notes: policy")));

        // A stale version is refused and changes nothing.
        bool conflict = false;
        QVERIFY(!f.ws->setAssessmentIfUnchanged(f.declaration, item, 1, Verdict::Conforming, QString(), QStringLiteral("stale"),
                                                &error, &conflict));
        QVERIFY(conflict);
        QCOMPARE(f.ws->assessment(f.declaration, item).notes, QStringLiteral("second"));
        // An item the criteria do not have is refused.
        error.clear();
        QVERIFY(!f.ws->setAssessment(f.declaration, QStringLiteral("S9.9-99"), Verdict::Conforming, QString(), QString(), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!f.ws->setAssessment(f.declaration + 1000, item, Verdict::Conforming, QString(), QString(), &error));
    }

    // On a server an edit of an answered item is BEGIN, the locked read, the update with its
    // history, COMMIT.
    void editRoundTrips()
    {
        if (!testserver::enabled())
            QSKIP("round trips are counted on a server");
        Fixture f = makeWorkspace(testserver::newWorkspaceLocation(m_dir, QStringLiteral("trips")));
        QVERIFY(f.declaration > 0);
        const QString item = QStringLiteral("S1.1-06");
        QString error;
        QVERIFY(f.ws->setAssessment(f.declaration, item, Verdict::Conforming, QString(), QStringLiteral("warm"), &error));
        for (int i = 0; i < 3; ++i) {
            storage::resetRoundTrips();
            QVERIFY2(f.ws->setAssessment(f.declaration, item, i % 2 ? Verdict::Conforming : Verdict::NonConforming, QString(),
                                         QStringLiteral("edit %1").arg(i), &error),
                     qPrintable(error));
            const storage::RoundTripCount trips = storage::roundTrips();
            QVERIFY2(trips.total() <= 5, qPrintable(QStringLiteral("%1 round trips").arg(trips.total())));
        }
    }

    // The answer and its history are one statement on a server: a refused entry keeps the old answer.
    void refusedHistoryKeepsTheAnswer()
    {
        const QString location = testserver::newWorkspaceLocation(m_dir, QStringLiteral("refused"));
        Fixture f = makeWorkspace(location);
        QVERIFY(f.declaration > 0);
        const QString item = QStringLiteral("S1.1-13");
        QString error;
        QVERIFY(f.ws->setAssessment(f.declaration, item, Verdict::Conforming, QString(), QStringLiteral("kept"), &error));
        f.ws.reset();
        const bool server = testserver::isServerLocation(location);
        const QStringList refuse = server
            ? QStringList{QStringLiteral("CREATE FUNCTION refuse_history() RETURNS trigger LANGUAGE plpgsql AS"
                                         " $$ BEGIN RAISE EXCEPTION 'history refused'; END $$"),
                          QStringLiteral("CREATE TRIGGER history_refused BEFORE INSERT ON history"
                                         " FOR EACH ROW EXECUTE FUNCTION refuse_history()")}
            : QStringList{QStringLiteral("CREATE TRIGGER history_refused BEFORE INSERT ON history"
                                         " BEGIN SELECT RAISE(ABORT, 'history refused'); END")};
        QVERIFY2(testserver::exec(location, refuse, &error), qPrintable(error));
        std::unique_ptr<Workspace> ws = Workspace::open(location, Workspace::Access::ReadWrite, &error);
        QVERIFY2(ws, qPrintable(error));
        error.clear();
        QVERIFY(!ws->setAssessment(f.declaration, item, Verdict::NonConforming, QString(), QStringLiteral("lost"), &error));
        QVERIFY2(error.contains(QLatin1String("history refused")), qPrintable(error));
        const Assessment a = ws->assessment(f.declaration, item);
        QCOMPARE(a.verdict, Verdict::Conforming);
        QCOMPARE(a.notes, QStringLiteral("kept"));
        QCOMPARE(a.rowVersion, qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestServerContent)
#include "testservercontent.moc"
