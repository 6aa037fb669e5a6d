// Workspace::snapshot reads a declaration with several queries; a worker committing through a
// second connection in between must never give a snapshot that mixes two moments. The writer
// changes the declaration and its product in one transaction, the reader checks they agree.
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
        const QString path = dir.filePath(QStringLiteral("w.hoshi"));
        DemoIds ids;
        QString error;
        QVERIFY2(DemoWorkspace::create(path, &ids, &error), qPrintable(error));
        const std::unique_ptr<Workspace> ws = Workspace::open(path, Workspace::Access::ReadWrite, &error);
        QVERIFY2(ws, qPrintable(error));
        const qint64 productId = ws->declaration(ids.completeDeclaration)->productId;

        std::atomic<bool> stop = false;
        std::atomic<int> commits = 0;
        QString writerError;
        QThread *writer = QThread::create([&] {
            const QString name = QStringLiteral("writer");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
                if (!db.open()) {
                    writerError = db.lastError().text();
                    return;
                }
                QSqlQuery q(db);
                for (int n = 1; !stop; ++n) {
                    const QString value = QStringLiteral("moment %1").arg(n);
                    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))
                        || !q.exec(QStringLiteral("UPDATE declaration SET psti_statement = '%1' WHERE id = %2").arg(value).arg(ids.completeDeclaration))
                        || !q.exec(QStringLiteral("UPDATE product SET summary = '%1' WHERE id = %2").arg(value).arg(productId))
                        || !q.exec(QStringLiteral("COMMIT"))) {
                        writerError = q.lastError().text();
                        break;
                    }
                    ++commits;
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
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
