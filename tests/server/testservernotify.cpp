// SPDX-License-Identifier: Apache-2.0
// Change notifications of a server workspace: what one client commits reaches the others'
// ChangeFeed at once; a rollback announces nothing; a client's own changes are marked.
#include "clirun.h"
#include "storage/changefeed.h"
#include "storage/workspace.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace hoshi;

namespace {

const QString criteriaSet = QStringLiteral("JST-CR-01-01-2024R1");

struct Change {
    qint64 declarationId;
    qint64 organisationId;
    bool fromThisConnection;
};

Change changeAt(const QSignalSpy &spy, int index)
{
    const QList<QVariant> arguments = spy.at(index);
    return {arguments.at(0).toLongLong(), arguments.at(1).toLongLong(), arguments.at(2).toBool()};
}

} // namespace

class TestServerNotify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void payloadParsing();
    void fileWorkspaceHasNoFeed();
    void changeReachesTheOtherWorkspace();
    void rollbackAnnouncesNothing();
    void organisationWideAnswer();
    void changeByAnotherProcess();

private:
    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<Workspace> m_writer;
    std::unique_ptr<Workspace> m_reader;
    qint64 m_organisationId = -1;
    qint64 m_declarationId = -1;
    qint64 m_otherDeclarationId = -1;
    QString m_productItem;
    QString m_vendorItem;
};

void TestServerNotify::init()
{
    if (!testserver::enabled())
        QSKIP("needs the test cluster (HOSHI_TEST_SERVER)");
    QString error;
    m_location = testserver::newWorkspaceLocation(m_dir, QStringLiteral("notify.hoshi"));
    m_writer = Workspace::create(m_location, &error);
    QVERIFY2(m_writer, qPrintable(error));
    Organisation organisation;
    organisation.name = QStringLiteral("Notify Co.");
    m_organisationId = m_writer->addOrganisation(organisation, &error);
    Product product;
    product.organisationId = m_organisationId;
    product.name = QStringLiteral("Camera");
    const qint64 productId = m_writer->addProduct(product, &error);
    QVERIFY2(productId > 0, qPrintable(error));
    m_declarationId = m_writer->addDeclaration(productId, criteriaSet, Route::Standard, &error);
    m_otherDeclarationId = m_writer->addDeclaration(productId, criteriaSet, Route::Standard, &error);
    QVERIFY2(m_otherDeclarationId > 0, qPrintable(error));
    for (const Assessment &a : m_writer->assessments(m_declarationId)) {
        if (a.vendorScope && m_vendorItem.isEmpty())
            m_vendorItem = a.itemId;
        if (!a.vendorScope && m_productItem.isEmpty())
            m_productItem = a.itemId;
    }
    m_reader = Workspace::open(m_location, Workspace::Access::ReadWrite, &error);
    QVERIFY2(m_reader, qPrintable(error));
}

void TestServerNotify::cleanup()
{
    m_reader.reset();
    m_writer.reset();
}

void TestServerNotify::payloadParsing()
{
    QCOMPARE(ChangeFeed::parsePayload(QStringLiteral("12")), 12);
    QCOMPARE(ChangeFeed::parsePayload(QStringLiteral("0")), -1);
    QCOMPARE(ChangeFeed::parsePayload(QStringLiteral("-4")), -1);
    QCOMPARE(ChangeFeed::parsePayload(QStringLiteral("7:9")), -1); // the form of earlier versions
    QCOMPARE(ChangeFeed::parsePayload(QString()), -1);
}

void TestServerNotify::fileWorkspaceHasNoFeed()
{
    QString error;
    std::unique_ptr<Workspace> file = Workspace::create(m_dir.filePath(QStringLiteral("plain.hoshi")), &error);
    QVERIFY2(file, qPrintable(error));
    QVERIFY(!file->changeFeed());
    QVERIFY(m_reader->changeFeed());
}

void TestServerNotify::changeReachesTheOtherWorkspace()
{
    QSignalSpy others(m_reader->changeFeed(), &ChangeFeed::changed);
    QSignalSpy own(m_writer->changeFeed(), &ChangeFeed::changed);
    QString error;
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(m_writer->setAssessment(m_declarationId, m_productItem, Verdict::Conforming, QString(),
                                     QStringLiteral("checked the manual"), &error),
             qPrintable(error));
    QVERIFY(others.wait(2000));
    const qint64 latency = clock.elapsed();
    qInfo("a committed change reached the other workspace after %lld ms (write included)", latency);
    QVERIFY2(latency < 1000, qPrintable(QStringLiteral("%1 ms").arg(latency)));
    const Change seen = changeAt(others, 0);
    QCOMPARE(seen.declarationId, m_declarationId);
    QCOMPARE(seen.organisationId, -1);
    QVERIFY(!seen.fromThisConnection);
    // The writer hears its own change too, marked as its own.
    QVERIFY(own.count() > 0 || own.wait(2000));
    QCOMPARE(changeAt(own, 0).declarationId, m_declarationId);
    QVERIFY(changeAt(own, 0).fromThisConnection);
    // One commit, one signal (the verdict and the notes are two history entries of the same
    // declaration, announced together and read with one query).
    QTest::qWait(200);
    QCOMPARE(others.count(), 1);
}

void TestServerNotify::rollbackAnnouncesNothing()
{
    QSignalSpy others(m_reader->changeFeed(), &ChangeFeed::changed);
    QString error;
    const bool kept = m_writer->inOneTransaction(
        [&](QString *workError) {
            if (!m_writer->setAssessment(m_declarationId, m_productItem, Verdict::NonConforming, QString(),
                                         QStringLiteral("never kept"), workError))
                return false;
            return false; // roll back what was written
        },
        &error);
    QVERIFY(!kept);
    QCOMPARE(m_reader->assessment(m_declarationId, m_productItem).notes, QString());
    // Announcements arrive in commit order: when the next change's announcement is the first
    // one to arrive, the rolled-back change announced nothing.
    QVERIFY2(m_writer->setAssessment(m_otherDeclarationId, m_productItem, Verdict::Conforming, QString(),
                                     QStringLiteral("kept"), &error),
             qPrintable(error));
    QVERIFY(others.wait(2000));
    QTest::qWait(200);
    QCOMPARE(others.count(), 1);
    QCOMPARE(changeAt(others, 0).declarationId, m_otherDeclarationId);
}

void TestServerNotify::organisationWideAnswer()
{
    QVERIFY(!m_vendorItem.isEmpty());
    QSignalSpy others(m_reader->changeFeed(), &ChangeFeed::changed);
    QString error;
    QVERIFY2(m_writer->setAssessment(m_declarationId, m_vendorItem, Verdict::Conforming, QString(),
                                     QStringLiteral("company-wide policy"), &error),
             qPrintable(error));
    QVERIFY(others.wait(2000));
    // Answered once for the organisation: every declaration of it is affected.
    QCOMPARE(changeAt(others, 0).declarationId, -1);
    QCOMPARE(changeAt(others, 0).organisationId, m_organisationId);
}

void TestServerNotify::changeByAnotherProcess()
{
    QSignalSpy others(m_reader->changeFeed(), &ChangeFeed::changed);
    QElapsedTimer clock;
    clock.start();
    const exporttest::ToolRun run = exporttest::cliInEnglish(
        {QStringLiteral("assess"), m_location, QStringLiteral("--declaration"), QString::number(m_declarationId),
         QStringLiteral("--item"), m_productItem, QStringLiteral("--verdict"), QStringLiteral("non-conforming")});
    QVERIFY2(run.exitCode == 0, qPrintable(exporttest::describe(run)));
    const qint64 processDone = clock.elapsed();
    QVERIFY(others.count() > 0 || others.wait(2000));
    qInfo("a hoshi-cli change reached this process %lld ms after the process ended",
          clock.elapsed() - processDone);
    QVERIFY(clock.elapsed() - processDone < 1000);
    QCOMPARE(changeAt(others, 0).declarationId, m_declarationId);
    QVERIFY(!changeAt(others, 0).fromThisConnection);
}

QTEST_GUILESS_MAIN(TestServerNotify)
#include "testservernotify.moc"
