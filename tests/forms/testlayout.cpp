// SPDX-License-Identifier: Apache-2.0
// The main window's panes stay usable: the blocking problems are the visible tab, panels with
// nothing to say are hidden, a long page heading does not squeeze the navigator, and a saved
// layout that would leave the navigator unusable is not restored.
#include "formstest.h"

#include "common/elidedlabel.h"
#include "common/settings.h"
#include "evidence/evidenceeditor.h"
#include "mainwindow/mainwindow.h"
#include "session/session.h"
#include "storage/workspace.h"

#include <QDockWidget>
#include <QHelpEvent>
#include <QTemporaryDir>
#include <QToolTip>
#include <QTreeView>

using namespace hoshi;
using formstest::find;

namespace {

// A tabbed dock that is not the current tab keeps isHidden() false, but its content is not shown.
bool shownOnScreen(const QDockWidget *dock)
{
    return dock->isVisible() && dock->widget()->isVisible() && !dock->widget()->visibleRegion().isEmpty();
}

int navigatorWidth(const MainWindow &window)
{
    return window.navigatorView()->width();
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { formstest::initApplication(); }

    void init()
    {
        // Each test starts from the built-in layout.
        Settings::setWindowState({}, {});
    }

    void reviewDockHiddenWithoutADeclaration()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *review = find<QDockWidget>(&window, "reviewDock");
        auto *problems = find<QDockWidget>(&window, "problemsDock");
        QCOMPARE(window.currentPage(), MainWindow::Page::Welcome);
        QVERIFY(!review->isVisible());
        QVERIFY(!problems->isVisible());

        // An empty workspace: the guided start, and still no review of a declaration.
        QTemporaryDir dir;
        QVERIFY(window.createWorkspace(dir.filePath(QStringLiteral("empty.hoshi"))));
        QVERIFY(window.session()->snapshot() == nullptr);
        QVERIFY(!review->isVisible());
        QVERIFY(!problems->isVisible());

        // A declaration: both docks are there, and the blocking problems are the tab in front.
        QVERIFY(window.openDemo());
        QTRY_VERIFY(shownOnScreen(problems));
        QVERIFY(!shownOnScreen(review));
        QVERIFY(find<QWidget>(&window, "problemsList")->isVisible());
        // The review is there, one tab behind; chosen, it gets the height its buttons need.
        review->raise();
        QTRY_VERIFY(shownOnScreen(review));
        QTRY_VERIFY(find<QWidget>(review, "approveButton")->isVisible());
        const QWidget *approve = find<QWidget>(review, "approveButton");
        QVERIFY2(approve->mapTo(review, QPoint(0, approve->height())).y() <= review->height(),
                 "the review buttons are cut off");
        problems->raise();
        QTRY_VERIFY(shownOnScreen(problems));

        // Back to the welcome page and again to the workspace: still the problems in front.
        window.session()->closeWorkspace();
        QCOMPARE(window.currentPage(), MainWindow::Page::Welcome);
        QVERIFY(!review->isVisible());
        QVERIFY(window.openDemo());
        QTRY_VERIFY(shownOnScreen(problems));
        QVERIFY(!shownOnScreen(review));
    }

    void longHeadingLeavesTheNavigatorAlone()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDemo());
        QTRY_VERIFY(navigatorWidth(window) > 0);
        const int before = navigatorWidth(window);
        QVERIFY2(before >= 180, qPrintable(QString::number(before)));

        // One evidence record backs all 16 items of ★1: its heading names them all.
        Session *session = window.session();
        const DeclarationSnapshot *s = session->snapshot();
        QVERIFY(s);
        qint64 evidence = -1;
        for (const QList<Evidence> &list : s->evidence) {
            if (!list.isEmpty()) {
                evidence = list.constFirst().id;
                break;
            }
        }
        QVERIFY(evidence > 0);
        const qint64 declaration = session->currentDeclarationId();
        QStringList items;
        for (const CriteriaItem &item : s->criteria.items)
            items << item.id;
        QCOMPARE(items.size(), 16);
        QString error;
        for (const QString &item : items) {
            bool linked = false;
            for (const Evidence &e : s->evidence.value(item))
                linked = linked || e.id == evidence;
            if (!linked)
                QVERIFY2(session->workspace()->linkEvidence(evidence, declaration, item, &error), qPrintable(error));
        }
        session->refresh();
        window.showItem(items.constFirst());
        window.showEvidence(evidence);
        QCOMPARE(window.currentPage(), MainWindow::Page::Evidence);
        QTest::qWait(50);

        auto *heading = find<ElidedLabel>(window.evidenceEditor(), "headingLabel");
        QVERIFY(heading);
        for (const QString &item : items)
            QVERIFY2(heading->text().contains(item), qPrintable(heading->text()));
        QTRY_COMPARE(navigatorWidth(window), before);
        QVERIFY(heading->isElided());
        QVERIFY(heading->width() < heading->fontMetrics().horizontalAdvance(heading->text()));

        // The full text is the tooltip.
        QHelpEvent tip(QEvent::ToolTip, QPoint(5, 5), heading->mapToGlobal(QPoint(5, 5)));
        QCoreApplication::sendEvent(heading, &tip);
        QTRY_COMPARE(QToolTip::text(), heading->text());
        QToolTip::hideText();
    }

    void collapsedNavigatorIsNotRestored()
    {
        {
            // A layout saved with the navigator squeezed to a sliver (as an older version could).
            MainWindow window;
            window.resize(1280, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openDemo());
            auto *dock = find<QDockWidget>(&window, "navigatorDock");
            window.navigatorView()->setMinimumWidth(0);
            window.resizeDocks({dock}, {60}, Qt::Horizontal);
            QTRY_VERIFY(navigatorWidth(window) < 100);
            window.close();
            QVERIFY(!Settings::windowState().isEmpty());
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDemo());
        QTRY_VERIFY2(navigatorWidth(window) >= 180, qPrintable(QString::number(navigatorWidth(window))));
        QVERIFY(find<QDockWidget>(&window, "navigatorDock")->isVisible());
    }

    void cleanupTestCase() { Settings::setWindowState({}, {}); }
};

QTEST_MAIN(TestLayout)
#include "testlayout.moc"
