// SPDX-License-Identifier: Apache-2.0
// Storage edges: the id a change returns is the row that change inserted, and a change is
// never saved without its history entry.
//
// Two clients of one server workspace add comments to the same declaration at the same time;
// each must get back the id of its own comment (the id used to be read back as max(id), which
// on a server can be the other user's comment). Without the test cluster the same runs on a
// file workspace (two connections of one process).
#include "storage/workspace.h"
#include "testserver.h"

#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace hoshi;

namespace {

constexpr int CommentsPerClient = 60;

struct ClientRun {
    QList<qint64> ids;
    QStringList texts;
    QString error;
};

// One client: its own connection (in its own thread), adding comments as fast as it can once
// both clients are ready.
ClientRun addComments(const QString &location, bool secondary, qint64 declarationId, const QString &name,
                      std::atomic<int> *ready)
{
    ClientRun run;
    std::unique_ptr<Workspace> ws = secondary ? Workspace::openSecondary(location, &run.error)
                                              : Workspace::open(location, Workspace::Access::ReadWrite, &run.error);
    if (!ws)
        return run;
    ws->setActor(name);
    ready->fetch_add(1);
    while (ready->load() < 2)
        QThread::yieldCurrentThread();
    for (int n = 0; n < CommentsPerClient; ++n) {
        const QString text = QStringLiteral("%1 comment %2").arg(name).arg(n);
        const qint64 id = ws->addComment(declarationId, QString(), name, text, &run.error);
        if (id < 0)
            return run;
        run.ids << id;
        run.texts << text;
    }
    return run;
}

} // namespace

class TestServerCommentIds : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A workspace with one declaration; returns its id.
    qint64 makeWorkspace(const QString &location)
    {
        QString error;
        std::unique_ptr<Workspace> ws = Workspace::create(location, &error);
        if (!ws)
            qWarning("%s", qPrintable(error));
        if (!ws)
            return -1;
        Organisation organisation;
        organisation.name = QStringLiteral("Comment Co.");
        Product product;
        product.organisationId = ws->addOrganisation(organisation, &error);
        product.name = QStringLiteral("Camera");
        const qint64 productId = ws->addProduct(product, &error);
        return ws->addDeclaration(productId, QStringLiteral("JST-CR-01-01-2024R1"), Route::Standard, &error);
    }

private Q_SLOTS:
    void twoClientsGetTheirOwnIds()
    {
        const QString location = testserver::newWorkspaceLocation(m_dir, QStringLiteral("comments"));
        const bool server = testserver::isServerLocation(location);
        const qint64 declarationId = makeWorkspace(location);
        QVERIFY(declarationId > 0);
        // A file admits one writer process; its second connection is openSecondary's.
        std::unique_ptr<Workspace> holder;
        QString error;
        if (!server) {
            holder = Workspace::open(location, Workspace::Access::ReadWrite, &error);
            QVERIFY2(holder, qPrintable(error));
        }
        std::atomic<int> ready{0};
        ClientRun a;
        ClientRun b;
        std::unique_ptr<QThread> first(QThread::create([&] { a = addComments(location, !server, declarationId, QStringLiteral("alice"), &ready); }));
        std::unique_ptr<QThread> second(QThread::create([&] { b = addComments(location, !server, declarationId, QStringLiteral("bob"), &ready); }));
        first->start();
        second->start();
        QVERIFY(first->wait(120000) && second->wait(120000));
        QVERIFY2(a.error.isEmpty() && a.ids.size() == CommentsPerClient, qPrintable(a.error));
        QVERIFY2(b.error.isEmpty() && b.ids.size() == CommentsPerClient, qPrintable(b.error));

        std::unique_ptr<Workspace> ws = holder ? std::move(holder) : Workspace::open(location, Workspace::Access::ReadOnly, &error);
        QVERIFY2(ws, qPrintable(error));
        QSet<qint64> seen;
        for (const ClientRun *run : {&a, &b}) {
            for (int n = 0; n < run->ids.size(); ++n) {
                QVERIFY2(!seen.contains(run->ids[n]), "two clients were given the same comment id");
                seen.insert(run->ids[n]);
                const std::optional<ReviewComment> c = ws->comment(run->ids[n]);
                QVERIFY(c);
                QCOMPARE(c->text, run->texts[n]); // the id is that client's own comment
            }
        }
        QCOMPARE(ws->comments(declarationId).size(), 2 * CommentsPerClient);
    }

    // A change whose history entry cannot be written is not saved at all.
    void failedHistoryFailsTheChange()
    {
        const QString location = testserver::newWorkspaceLocation(m_dir, QStringLiteral("history"));
        QVERIFY(makeWorkspace(location) > 0);
        const bool server = testserver::isServerLocation(location);
        QString error;
        // Behind Hoshi's back: the history refuses new rows.
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
        const int organisationsBefore = int(ws->organisations().size());
        Organisation organisation;
        organisation.name = QStringLiteral("Not Saved Ltd.");
        error.clear();
        QCOMPARE(ws->addOrganisation(organisation, &error), qint64(-1));
        QVERIFY2(error.contains(QLatin1String("history refused")), qPrintable(error));
        QCOMPARE(int(ws->organisations().size()), organisationsBefore);
        // The next change fails the same way, and nothing is left over from the first one.
        QCOMPARE(ws->addOrganisation(organisation, nullptr), qint64(-1));
        QCOMPARE(int(ws->organisations().size()), organisationsBefore);
    }
};

QTEST_GUILESS_MAIN(TestServerCommentIds)
#include "testservercommentids.moc"
