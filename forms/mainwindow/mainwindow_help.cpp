// SPDX-License-Identifier: Apache-2.0
// Help ▸ Getting started: a short page for a first-time user, above the shortcut list.
#include "mainwindow.h"
#include "mainwindow_actions.h"

#include "helpdialog.h"

#include <QAction>
#include <QMenu>

namespace hoshi {

void MainWindow::buildHelp()
{
    m_gettingStartedAction = new QAction(this);
    m_gettingStartedAction->setObjectName(QStringLiteral("actionGettingStarted"));
    connect(m_gettingStartedAction, &QAction::triggered, this, &MainWindow::showGettingStarted);
    QMenu *help = m_actions->helpMenu;
    help->insertAction(help->actions().value(0), m_gettingStartedAction);
    retranslateHelp();
}

void MainWindow::retranslateHelp()
{
    if (m_gettingStartedAction)
        m_gettingStartedAction->setText(tr("&Getting started"));
}

void MainWindow::showGettingStarted()
{
    // Not modal: the page can stay open beside the window while one follows it.
    auto *dialog = new HelpDialog(tr("Getting started"), HelpDialog::gettingStartedHtml(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace hoshi
