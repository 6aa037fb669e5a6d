// SPDX-License-Identifier: Apache-2.0
// The GUI thread never waits for a read of the workspace: with background reads (as the
// application runs) switching declarations, stepping through items and opening the portfolio run
// no query on the GUI thread (a hook in core counts every use of a workspace connection and on
// which thread), a late answer for a declaration no longer asked for is dropped, a read older
// than an edit made here is dropped, and a deliberately slowed read leaves the GUI thread's 5 ms
// timer ticking. Edits still run on the GUI thread (one short transaction and a read at once).
#include "formstest.h"

#include "itempage/itempage.h"
#include "portfolio/portfoliomodel.h"
#include "portfolio/portfoliopage.h"
#include "mainwindow/mainwindow.h"
#include "session/session.h"
#include "session/workspacereader.h"
#include "storage/connectionuse.h"
#include "storage/workspace.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <atomic>

using namespace hoshi;
using formstest::find;

namespace {

std::atomic<QThread *> s_guiThread{nullptr};
std::atomic<int> s_guiQueries{0};
std::atomic<int> s_workerQueries{0};

void countQuery()
{
    if (QThread::currentThread() == s_guiThread.load())
        ++s_guiQueries;
    else
        ++s_workerQueries;
}

void startCounting()
{
    s_guiQueries = 0;
    s_workerQueries = 0;
    storage::setConnectionUseObserver(&countQuery);
}

// The 5 ms timer of the GUI thread and the longest gap between two of its ticks.
struct TickMeter {
    QElapsedTimer clock;
    QTimer timer;
    qint64 last = 0;
    qint64 longestGap = 0;
    int ticks = 0;

    TickMeter()
    {
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(5);
        QObject::connect(&timer, &QTimer::timeout, &timer, [this] {
            longestGap = std::max(longestGap, clock.elapsed() - last);
            last = clock.elapsed();
            ++ticks;
        });
        clock.start();
        timer.start();
    }
};

} // namespace

class TestGuiThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        formstest::initApplication();
        s_guiThread = QThread::currentThread();
    }
    void cleanup() { storage::setConnectionUseObserver(nullptr); }

    // A scripted walk: every declaration of the demo in turn, every item of each stepped
    // through with "Next item", an answer edited, the portfolio opened and filtered; the
    // checklist, the item page with its
    // history and the navigator follow, and not one query runs on the GUI thread.
    void walkRunsNoQueryOnTheGuiThread()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDemo()); // opening itself runs on the GUI thread
        Session *session = window.session();
        session->setBackgroundReads(true);
        const QList<Declaration> declarations = session->workspace()->declarations();
        QVERIFY(declarations.size() >= 3);

        startCounting();
        int historyRows = 0;
        for (const Declaration &d : declarations) {
            window.showDeclaration(d.id);
            QTRY_COMPARE(session->currentDeclarationId(), d.id);
            QVERIFY(session->snapshot());
            QCOMPARE(session->snapshot()->declaration.id, d.id);
            const QList<CriteriaItem> items = session->snapshot()->criteria.items;
            window.showItem(items.constFirst().id);
            for (int i = 1; i < items.size(); ++i) {
                find<QAbstractButton>(window.itemPage(), "nextItemButton")->click();
                QCOMPARE(window.itemPage()->itemId(), items.at(i).id);
                historyRows += find<QTreeWidget>(window.itemPage(), "historyList")->topLevelItemCount();
            }
        }
        QVERIFY(historyRows > 0); // the history came with the declaration, it was not left out
        QCOMPARE(s_guiQueries.load(), 0);
        QVERIFY(s_workerQueries.load() > 0);

        // An edit runs on the GUI thread (one short transaction, then a read at once): it shows
        // at once, and stepping on afterwards asks nothing of the workspace again.
        const qint64 declaration = session->currentDeclarationId();
        const QList<CriteriaItem> items = session->snapshot()->criteria.items;
        const QString itemId = items.constFirst().id;
        window.showItem(itemId);
        const Verdict before = session->assessment(itemId).verdict;
        const Verdict after = before == Verdict::NonConforming ? Verdict::Conforming : Verdict::NonConforming;
        session->setVerdict(itemId, after);
        QCOMPARE(session->assessment(itemId).verdict, after);
        QCOMPARE(session->workspace()->assessment(declaration, itemId).verdict, after);
        startCounting();
        for (int i = 1; i < items.size(); ++i)
            find<QAbstractButton>(window.itemPage(), "nextItemButton")->click();
        QCOMPARE(window.itemPage()->itemId(), items.constLast().id);
        QCOMPARE(s_guiQueries.load(), 0);
        session->undoStack()->undo();
        QCOMPARE(session->assessment(itemId).verdict, before);
        startCounting();

        // The portfolio: its rows are computed on the reading thread, and filtering them is
        // the table's own business.
        window.showPortfolio();
        session->waitForReads();
        PortfolioPage *portfolio = window.findChild<PortfolioPage *>();
        QCOMPARE(portfolio->model()->rowCount(), int(declarations.size()));
        find<QLineEdit>(portfolio, "portfolioFind")->setText(session->snapshot()->product.name);
        QVERIFY(portfolio->filter()->rowCount() >= 1);
        QVERIFY(portfolio->filter()->rowCount() < int(declarations.size()));
        QCOMPARE(s_guiQueries.load(), 0);

        storage::setConnectionUseObserver(nullptr);
        // What the undo wrote is what a fresh read says.
        QCOMPARE(session->workspace()->assessment(declaration, itemId).verdict, before);
    }

    // Asking for declaration A and then B before A arrives: only B is ever shown, A's late
    // answer is dropped, and until B arrives the previous declaration stays on screen.
    void lateAnswerIsDropped()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDemo());
        Session *session = window.session();
        session->setBackgroundReads(true);
        const QList<Declaration> declarations = session->workspace()->declarations();
        const qint64 shown = session->currentDeclarationId();
        QList<qint64> others;
        for (const Declaration &d : declarations) {
            if (d.id != shown)
                others << d.id;
        }
        QVERIFY(others.size() >= 2);
        session->reader()->setBeforeReadHook([] { QThread::msleep(150); });
        QSignalSpy switched(session, &Session::currentDeclarationChanged);
        window.showDeclaration(others.at(0));
        window.showDeclaration(others.at(1));
        QCOMPARE(session->currentDeclarationId(), shown);
        QCOMPARE(session->snapshot()->declaration.id, shown);
        session->waitForReads();
        QCOMPARE(session->currentDeclarationId(), others.at(1));
        QCOMPARE(session->snapshot()->declaration.id, others.at(1));
        QCOMPARE(switched.count(), 1);
        QCOMPARE(switched.constFirst().constFirst().toLongLong(), others.at(1));
    }

    // A read of the declaration on screen that was done before an edit made here, and arrives
    // after it, is older than what the edit's own read shows: it is dropped.
    void readOlderThanAnEditIsDropped()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDemo());
        Session *session = window.session();
        session->setBackgroundReads(true);
        const qint64 shown = session->currentDeclarationId();
        qint64 other = -1;
        for (const Declaration &d : session->workspace()->declarations()) {
            if (d.id != shown)
                other = d.id;
        }
        const QString itemId = session->snapshot()->criteria.items.constFirst().id;
        const Verdict before = session->assessment(itemId).verdict;
        const Verdict after = before == Verdict::NonConforming ? Verdict::Conforming : Verdict::NonConforming;
        // Away and straight back: the declaration on screen is read again on the reading thread.
        window.showDeclaration(other);
        window.showDeclaration(shown);
        // Let that read finish (with the answer as it is now) without taking its answer yet.
        QThread::msleep(500);
        session->setVerdict(itemId, after);
        QCOMPARE(session->assessment(itemId).verdict, after);
        QSignalSpy switched(session, &Session::currentDeclarationChanged);
        session->waitForReads();
        QCOMPARE(session->currentDeclarationId(), shown);
        QCOMPARE(session->assessment(itemId).verdict, after); // the older read was not adopted
        QCOMPARE(switched.count(), 0);
        QCOMPARE(session->workspace()->assessment(shown, itemId).verdict, after);
    }

    // A read slowed to 600 ms runs on the reading thread: the GUI thread's 5 ms timer keeps
    // ticking meanwhile.
    void slowReadLeavesTheGuiThreadFree()
    {
        constexpr int SlowMs = 600;
        MainWindow window;
        window.show();
        QVERIFY(window.openDemo());
        Session *session = window.session();
        session->setBackgroundReads(true);
        qint64 other = -1;
        for (const Declaration &d : session->workspace()->declarations()) {
            if (d.id != session->currentDeclarationId())
                other = d.id;
        }
        std::atomic<QThread *> ranOn = nullptr;
        session->reader()->setBeforeReadHook([&ranOn] {
            ranOn = QThread::currentThread();
            QThread::msleep(SlowMs);
        });
        TickMeter meter;
        window.showDeclaration(other);
        QTRY_COMPARE_WITH_TIMEOUT(session->currentDeclarationId(), other, 10000);
        meter.timer.stop();
        QVERIFY(ranOn.load() && ranOn.load() != QThread::currentThread());
        QVERIFY2(meter.clock.elapsed() >= SlowMs, qPrintable(QString::number(meter.clock.elapsed())));
        // Had the read run on this thread, one gap would be at least SlowMs long.
        QVERIFY2(meter.longestGap < SlowMs, qPrintable(QStringLiteral("longest gap %1 ms").arg(meter.longestGap)));
        QVERIFY2(meter.ticks > 20, qPrintable(QString::number(meter.ticks)));
    }

    // Without background reads (the default of a bare Session) the same read runs at once.
    void synchronousReadsStayAvailable()
    {
        MainWindow window;
        QVERIFY(window.openDemo());
        Session *session = window.session();
        QVERIFY(!session->backgroundReads());
        for (const Declaration &d : session->workspace()->declarations()) {
            session->setCurrentDeclaration(d.id);
            QCOMPARE(session->currentDeclarationId(), d.id);
            QCOMPARE(session->snapshot()->declaration.id, d.id);
        }
        // Switching background reads on and off keeps what is shown.
        const qint64 shown = session->currentDeclarationId();
        session->setBackgroundReads(true);
        session->refresh();
        session->waitForReads();
        QCOMPARE(session->currentDeclarationId(), shown);
        session->setBackgroundReads(false);
        QCOMPARE(session->currentDeclarationId(), shown);
        QVERIFY(session->snapshot());
    }
};

QTEST_MAIN(TestGuiThread)
#include "testguithread.moc"
