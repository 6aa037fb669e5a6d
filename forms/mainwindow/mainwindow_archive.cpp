// SPDX-License-Identifier: Apache-2.0
// The main window's part in exporting: the export dialog and the auditor mode.
#include "mainwindow.h"

#include "mainwindow_actions.h"

#include "auditor/auditorpage.h"
#include "common/filedialog.h"
#include "export/exportdialog.h"
#include "review/reviewdock.h"
#include "session/session.h"

#include <QAction>
#include <QDockWidget>
#include <QStackedWidget>

namespace hoshi {

ExportDialog *MainWindow::exportDialog() const
{
    return m_exportDialog.data();
}

void MainWindow::exportDeclaration()
{
    if (m_auditing || !m_session->snapshot())
        return;
    if (m_exportDialog) {
        m_exportDialog->raise();
        m_exportDialog->activateWindow();
        return;
    }
    // Text still being typed counts: the gate must judge what the user sees.
    commitPendingEdits();
    auto *dialog = new ExportDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::problemActivated, this, &MainWindow::openProblem);
    m_exportDialog = dialog;
    // Window-modal and not exec(): the export runs in the background and the event loop stays ours.
    dialog->open();
}

void MainWindow::openArchiveWithDialog()
{
    const QString path =
        FileDialog::getOpenFileName(this, tr("Open evidence archive"), tr("Evidence archives (*.zip);;All files (*)"));
    if (!path.isEmpty())
        openArchive(path);
}

bool MainWindow::openArchive(const QString &path)
{
    if (path.isEmpty())
        return false;
    commitPendingEdits();
    if (!m_auditing) {
        // The docks belong to the workspace; hide them and remember how they were. isHidden()
        // rather than isVisible(): the window may not be shown yet (hoshi ARCHIVE.zip).
        m_navigatorBeforeAudit = !m_navigatorDock->isHidden();
        m_problemsBeforeAudit = !m_problemsDock->isHidden();
        m_reviewBeforeAudit = !m_reviewDock->isHidden();
        m_reviewDock->hide();
        m_readOnlyBeforeAudit = m_readOnlyView;
        m_navigatorDock->hide();
        m_problemsDock->hide();
        setPage(Page::Auditor);
        m_auditing = true;
        setReadOnlyView(true);
    }
    // Verification reports unreadable files in the banner; there is no error dialog here.
    m_auditor->openArchive(path);
    updateTitle();
    updateActions();
    return true;
}

void MainWindow::closeArchive()
{
    if (!m_auditing)
        return;
    leaveAuditorView();
    if (!m_session->hasWorkspace())
        setPage(Page::Welcome);
    else if (m_session->snapshot())
        showChecklist();
    else
        setPage(Page::Checklist);
}

void MainWindow::leaveAuditorView()
{
    if (!m_auditing)
        return;
    m_auditing = false;
    m_auditor->clear();
    m_navigatorDock->setVisible(m_navigatorBeforeAudit);
    m_problemsDock->setVisible(m_problemsBeforeAudit);
    m_reviewDock->setVisible(m_reviewBeforeAudit);
    setReadOnlyView(m_readOnlyBeforeAudit);
    updateTitle();
}

} // namespace hoshi
