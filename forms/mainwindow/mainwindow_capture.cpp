// SPDX-License-Identifier: Apache-2.0
// Device-test evidence from a tool's output: File ▸ Capture test result…, dropping a tool output
// file on the item page or a checklist row, and showing the new evidence once it is stored.
#include "mainwindow.h"
#include "mainwindow_actions.h"

#include "capture/capturedialog.h"
#include "capture/capturedroptarget.h"
#include "checklist/checklistmodel.h"
#include "checklist/checklistpage.h"
#include "itempage/capturefindingspanel.h"
#include "itempage/itempage.h"
#include "session/session.h"

#include <QAction>
#include <QMenu>
#include <QTableView>

namespace hoshi {

void MainWindow::buildCapture()
{
    m_captureAction = new QAction(this);
    m_captureAction->setObjectName(QStringLiteral("actionCaptureTestResult"));
    connect(m_captureAction, &QAction::triggered, this, [this] { captureTestResult(); });
    // Beside "Import findings…": both bring results from outside into the declaration.
    QMenu *file = m_actions->fileMenu;
    const int after = file->actions().indexOf(m_actions->importFindings);
    file->insertAction(file->actions().value(after + 1), m_captureAction);

    auto *onItemPage = new CaptureDropTarget(m_itemPage, [this](const QPoint &) { return m_itemPage->itemId(); }, this);
    connect(onItemPage, &CaptureDropTarget::fileDropped, this, &MainWindow::captureTestResult);
    QTableView *checklist = m_checklist->view();
    auto *onChecklist = new CaptureDropTarget(
        checklist->viewport(),
        [checklist](const QPoint &at) {
            return checklist->indexAt(at).data(ChecklistModel::ItemIdRole).toString();
        },
        this);
    connect(onChecklist, &CaptureDropTarget::fileDropped, this, &MainWindow::captureTestResult);
    // A capture run again: the item page shows the new evidence.
    connect(m_itemPage->captureFindings(), &CaptureFindingsPanel::rerunFinished, this,
            [this](qint64 evidenceId) { m_itemPage->selectEvidence(evidenceId); });
}

void MainWindow::retranslateCapture()
{
    if (!m_captureAction)
        return;
    m_captureAction->setText(tr("Capture tr("&Capture test result…")test result…"));
    m_captureAction->setStatusTip(
        tr("Store a tool's output (nmap, testssl.sh, ssh-audit, CycloneDX SBOM) as device-test evidence"));
}

void MainWindow::updateCaptureAction()
{
    if (!m_captureAction)
        return;
    const bool editable = m_session->hasWorkspace() && !m_session->isReadOnly() && !m_readOnlyView;
    m_captureAction->setEnabled(editable && !m_auditing && m_session->snapshot() != nullptr);
}

CaptureDialog *MainWindow::captureDialog() const
{
    return m_captureDialog.data();
}

void MainWindow::captureTestResult(const QString &path, const QString &itemId)
{
    if (m_auditing || !m_session->snapshot() || m_session->isReadOnly() || m_readOnlyView)
        return;
    commitPendingEdits();
    // The item the user is on, only when an item is shown: the dialog never guesses one.
    const QString item = !itemId.isEmpty() ? itemId : currentPage() == Page::Item ? currentItemId() : QString();
    if (m_captureDialog)
        m_captureDialog->close();
    auto *dialog = new CaptureDialog(m_session, item, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_captureDialog = dialog;
    connect(dialog, &CaptureDialog::captured, this, [this](qint64 evidenceId, const QString &capturedItem) {
        showItem(capturedItem);
        m_itemPage->selectEvidence(evidenceId);
    });
    dialog->open();
    if (!path.isEmpty())
        dialog->setFile(path);
}

} // namespace hoshi
