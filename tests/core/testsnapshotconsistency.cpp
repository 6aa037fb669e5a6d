// SPDX-License-Identifier: Apache-2.0
// Workspace::snapshot reads a declaration with several queries; a worker committing through a
// second connection in between must never give a snapshot that mixes two moments. The writer
// changes the declaration and its product in one transaction, the reader checks they agree.
#include "testserver.h"
#include "demo/demoworkspace.h"
#include "storage/workspace.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace hoshi;

class TestSnapshotConsistency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snapshotIsOneMoment()
    {
        QTemporaryDir dir;
        // A file, or a database on the test server (testsnapshotconsistency-server).
        const QString path = testserver::newWorkspaceLocation(dir, QStringLiteral("w.hoshi"));
        DemoIds ids;
        QString error;
        QVERIFY2(DemoWorkspace::create(path, &ids, &error), qPrintable(error));
        const std::unique_ptr<Workspace> ws = Workspace::open(path, Workspace::Access::ReadWrite, &error);
        QVERIFY2(ws, qPrintable(error));
        const qint64 productId = ws->declaration(ids.completeDeclaration)->productId;

        std::atomic<bool> stop = false;
        std::atomic<int> commits = 0;
        QString writerError;
        // A second connection (on either backend) commits both fields at once, again and again.
        QThread *writer = QThread::create([&] {
            std::unique_ptr<Workspace> second = Workspace::openSecondary(path, &writerError);
            if (!second)
                return;
            for (int n = 1; !stop; ++n) {
                const QString value = QStringLiteral("moment %1").arg(n);
                const bool ok = second->inOneTransaction([&](QString *error) {
                    std::optional<Declaration> d = second->declaration(ids.completeDeclaration);
                    std::optional<Product> p = second->product(productId);
                    if (!d || !p)
                        return false;
                    d->pstiStatement = value;
                    p->summary = value;
                    return second->updateDeclaration(*d, error) && second->updateProduct(*p, error);
                }, &writerError);
                if (!ok)
                    break;
                ++commits;
            }
        });
        writer->start();
        // Before the first commit the two fields differ anyway.
        QTRY_VERIFY_WITH_TIMEOUT(commits > 0 || !writerError.isEmpty(), 10000);
        int snapshots = 0;
        int mixed = 0;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 3000 && snapshots < 2000) {
            const auto s = ws->snapshot(ids.completeDeclaration, Workspace::ContentCheck::Skip, &error);
            QVERIFY2(s, qPrintable(error));
            if (s->declaration.pstiStatement != s->product.summary) {
                if (mixed == 0)
                    qWarning("mixed: declaration says \"%s\", product says \"%s\"", qPrintable(s->declaration.pstiStatement),
                             qPrintable(s->product.summary));
                ++mixed;
            }
            ++snapshots;
        }
        stop = true;
        writer->wait();
        delete writer;
        QVERIFY2(writerError.isEmpty(), qPrintable(writerError));
        qInfo("%d snapshots during %d commits", snapshots, commits.load());
        QVERIFY(commits > 10);
        QCOMPARE(mixed, 0);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotConsistency)
#include "testsnapshotconsistency.moc"
