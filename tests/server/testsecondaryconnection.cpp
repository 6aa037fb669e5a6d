// SPDX-License-Identifier: Apache-2.0
// A further connection to a server workspace (Workspace::openSecondary), as worker threads use
// for imports and exports: it opens, acts as the logged-in user, and several of them writing
// the same item at once each either save or are told of the conflict.
#include "testserver.h"

#include "storage/workspace.h"

#include <QThread>
#include <QtTest>

#include <atomic>

using namespace hoshi;

class TestSecondaryConnection : public QObject
{
    Q_OBJECT

private:
    QString m_url;
    qint64 m_declaration = -1;
    std::unique_ptr<Workspace> m_ws;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(testserver::enabled(), "needs the private test cluster (HOSHI_TEST_SERVER)");
        QString error;
        m_url = testserver::createDatabase(&error);
        QVERIFY2(!m_url.isEmpty(), qPrintable(error));
        m_ws = Workspace::create(m_url, &error);
        QVERIFY2(m_ws, qPrintable(error));
        Organisation o;
        o.name = QStringLiteral("Secondary KK");
        Product p;
        p.organisationId = m_ws->addOrganisation(o, &error);
        p.name = QStringLiteral("Camera");
        m_declaration = m_ws->addDeclaration(m_ws->addProduct(p, &error), QStringLiteral("JST-CR-01-01-2024R1"),
                                             Route::Standard, &error);
        QVERIFY2(m_declaration > 0, qPrintable(error));
    }

    void opensAndWritesAsTheServerUser()
    {
        QString error;
        std::unique_ptr<Workspace> second = Workspace::openSecondary(m_url, &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->actor(), QStringLiteral("hoshi"));
        QVERIFY2(second->setAssessment(m_declaration, QStringLiteral("S1.1-01"), Verdict::Conforming,
                                       QStringLiteral("Checked."), QStringLiteral("from a second connection"), &error),
                 qPrintable(error));
        QCOMPARE(m_ws->assessment(m_declaration, QStringLiteral("S1.1-01")).notes, QStringLiteral("from a second connection"));
    }

    void concurrentWritersOfOneItemSaveOrConflict()
    {
        const int writers = 4, edits = 5;
        std::atomic<int> saved = 0, conflicts = 0, failures = 0;
        QList<QThread *> threads;
        for (int w = 0; w < writers; ++w) {
            threads << QThread::create([&, w] {
                QString error;
                std::unique_ptr<Workspace> ws = Workspace::openSecondary(m_url, &error);
                for (int i = 0; ws && i < edits;) {
                    bool conflict = false;
                    const qint64 version = ws->assessment(m_declaration, QStringLiteral("S1.1-02")).rowVersion;
                    if (ws->setAssessmentIfUnchanged(m_declaration, QStringLiteral("S1.1-02"), version, Verdict::Conforming,
                                                     QStringLiteral("Checked."), QStringLiteral("%1/%2").arg(w).arg(i),
                                                     &error, &conflict)) {
                        ++saved;
                        ++i;
                    } else if (conflict) {
                        ++conflicts;
                    } else {
                        ++failures;
                        break;
                    }
                }
                if (!ws)
                    failures += edits;
            });
            threads.last()->start();
        }
        for (QThread *t : std::as_const(threads)) {
            QVERIFY(t->wait(120000));
            delete t;
        }
        QCOMPARE(failures.load(), 0);
        QCOMPARE(saved.load(), writers * edits);
        // Every saved edit counted once: the row's version is the number of updates.
        QCOMPARE(m_ws->assessment(m_declaration, QStringLiteral("S1.1-02")).rowVersion, qint64(writers * edits));
        qInfo("%d conflicts reported and retried", conflicts.load());
    }
};

QTEST_GUILESS_MAIN(TestSecondaryConnection)
#include "testsecondaryconnection.moc"
