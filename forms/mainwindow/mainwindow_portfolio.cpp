// SPDX-License-Identifier: Apache-2.0
// The portfolio page: every declaration of the workspace, reachable from View ▸ Portfolio.
#include "mainwindow.h"
#include "mainwindow_actions.h"

#include "portfolio/portfoliopage.h"
#include "session/session.h"

#include <QAction>
#include <QMenu>
#include <QStackedWidget>

namespace hoshi {

void MainWindow::buildPortfolio()
{
    m_portfolio = new PortfolioPage(m_session, m_pages);
    m_pages->addWidget(m_portfolio);
    Q_ASSERT(m_pages->indexOf(m_portfolio) == int(Page::Portfolio));
    connect(m_portfolio, &PortfolioPage::declarationActivated, this, &MainWindow::showDeclaration);

    m_portfolioAction = new QAction(this);
    m_portfolioAction->setObjectName(QStringLiteral("actionPortfolio"));
    m_portfolioAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_portfolioAction, &QAction::triggered, this, &MainWindow::showPortfolio);
    QMenu *view = m_actions->viewMenu;
    view->insertAction(view->actions().value(0), m_portfolioAction);
    view->insertSeparator(view->actions().value(1));
    auto enable = [this] { m_portfolioAction->setEnabled(m_session->hasWorkspace()); };
    connect(m_session, &Session::workspaceChanged, this, enable);
    enable();
}

void MainWindow::retranslatePortfolio()
{
    if (m_portfolioAction)
        m_portfolioAction->setText(tr("&Portfolio"));
}

void MainWindow::showPortfolio()
{
    if (!m_session->hasWorkspace())
        return;
    setPage(Page::Portfolio);
}

} // namespace hoshi
