// SPDX-License-Identifier: Apache-2.0
// The CRA readiness page: reached from the declaration page and from Item ▸ CRA readiness.
#include "mainwindow.h"
#include "mainwindow_actions.h"

#include "cra/crareadinesspage.h"
#include "declaration/declarationeditor.h"
#include "session/session.h"

#include <QAction>
#include <QMenu>
#include <QStackedWidget>

namespace hoshi {

void MainWindow::buildCra()
{
    m_craPage = new CraReadinessPage(m_session, m_pages);
    m_pages->addWidget(m_craPage);
    Q_ASSERT(m_pages->indexOf(m_craPage) == int(Page::Cra));
    connect(m_craPage, &CraReadinessPage::backRequested, this, &MainWindow::showDeclarationDetails);
    connect(m_declarationEditor, &DeclarationEditor::craReadinessRequested, this, &MainWindow::showCraReadiness);

    m_craAction = new QAction(this);
    m_craAction->setObjectName(QStringLiteral("actionCraReadiness"));
    connect(m_craAction, &QAction::triggered, this, &MainWindow::showCraReadiness);
    QMenu *item = m_actions->itemMenu;
    const QList<QAction *> actions = item->actions();
    const qsizetype details = actions.indexOf(m_actions->declarationDetails);
    item->insertAction(actions.value(details + 1), m_craAction);
    auto enable = [this] { m_craAction->setEnabled(m_session->snapshot() != nullptr); };
    connect(m_session, &Session::workspaceChanged, this, enable);
    connect(m_session, &Session::currentDeclarationChanged, this, enable);
    connect(m_session, &Session::declarationRefreshed, this, enable);
    enable();
    retranslateCra();
}

void MainWindow::retranslateCra()
{
    if (m_craAction)
        m_craAction->setText(tr("EU &CRA readiness"));
}

void MainWindow::showCraReadiness()
{
    if (!m_session->snapshot())
        return;
    setPage(Page::Cra);
}

} // namespace hoshi
