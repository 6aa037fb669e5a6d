// SPDX-License-Identifier: Apache-2.0
// The portfolio page: reached from View ▸ Portfolio, rows of every declaration most urgent
// first, filters, sorting, double click opening the declaration, CSV/XLSX export.
#include "formstest.h"

#include "common/filedialog.h"
#include "mainwindow/mainwindow.h"
#include "portfolio/portfoliomodel.h"
#include "portfolio/portfoliopage.h"
#include "portfolio/portfoliotable.h"
#include "session/session.h"
#include "storage/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>

using namespace hoshi;

class TestPortfolioPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { formstest::initApplication(); }

    void showsFiltersAndOpens()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDemo());
        auto *action = formstest::find<QAction>(&window, "actionPortfolio");
        QVERIFY(action && action->isEnabled());
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        QElapsedTimer shown;
        shown.start();
        action->trigger();
        QCOMPARE(window.currentPage(), MainWindow::Page::Portfolio);
        qInfo("portfolio page shown in %lld ms", shown.elapsed());

        PortfolioPage *page = window.portfolioPage();
        auto *view = formstest::find<QTableView>(page, "portfolioView");
        const int declarations = int(window.session()->workspace()->declarations().size());
        QCOMPARE(view->model()->rowCount(), declarations);
        // Most urgent first: the same order as the core computes.
        const QList<PortfolioRow> rows = Portfolio::build(*window.session()->workspace(), QDate::currentDate(), nullptr);
        for (int r = 0; r < rows.size(); ++r)
            QCOMPARE(view->model()->index(r, 0).data(PortfolioModel::DeclarationIdRole).toLongLong(),
                     rows.at(r).declarationId);

        // Text filter, then the review-state filter.
        auto *find = formstest::find<QLineEdit>(page, "portfolioFind");
        formstest::keyText(find, rows.last().product.left(6));
        QVERIFY(view->model()->rowCount() >= 1);
        QVERIFY(view->model()->rowCount() < declarations || declarations == 1);
        find->clear();
        QCOMPARE(view->model()->rowCount(), declarations);
        auto *state = formstest::find<QComboBox>(page, "portfolioState");
        state->setCurrentIndex(state->findData(int(ReviewState::Approved)));
        QCOMPARE(view->model()->rowCount(), 0);
        state->setCurrentIndex(0);
        auto *organisation = formstest::find<QComboBox>(page, "portfolioOrganisation");
        QCOMPARE(organisation->count(), int(window.session()->workspace()->organisations().size()) + 1);

        // Sorting by the blocking column puts the submittable declaration first.
        view->sortByColumn(PortfolioTable::Blocking, Qt::AscendingOrder);
        QCOMPARE(view->model()->index(0, PortfolioTable::Blocking).data().toString(), QStringLiteral("0"));

        // Export of the shown rows.
        const QString csv = m_dir.filePath(QStringLiteral("portfolio.csv"));
        FileDialog::setNextFileName(csv);
        QTest::mouseClick(formstest::find<QAbstractButton>(page, "portfolioCsvButton"), Qt::LeftButton);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), declarations + 1);

        // A double click opens the declaration's checklist.
        const QModelIndex first = view->model()->index(0, PortfolioTable::Product);
        const qint64 id = first.data(PortfolioModel::DeclarationIdRole).toLongLong();
        view->scrollTo(first);
        const QPoint at = view->visualRect(first).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(window.currentPage(), MainWindow::Page::Checklist);
        QCOMPARE(window.session()->currentDeclarationId(), id);
    }
};

QTEST_MAIN(TestPortfolioPage)
#include "testportfoliopage.moc"
