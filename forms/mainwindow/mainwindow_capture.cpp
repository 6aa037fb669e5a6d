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

#include "capture/capturerecipe.h"
#include "capture/rerundialog.h"
#include "label/labellifecyclepage.h"

#include <QAction>
#include <QBoxLayout>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTableView>

namespace hoshi {

namespace {

// The newest current (not superseded) capture of an item that has a recipe to run again; -1: none.
qint64 runnableCaptureOf(const Session &session, const QString &itemId)
{
    qint64 newest = -1;
    QDate newestOn;
    for (const Evidence &e : session.evidenceFor(itemId)) {
        CaptureRecipe recipe;
        if (e.tool.isEmpty() || e.supersededBy >= 0 || !CaptureRecipe::fromJson(e.captureRecipe.toUtf8(), &recipe, nullptr))
            continue;
        if (newest < 0 || e.testedOn > newestOn) {
            newest = e.id;
            newestOn = e.testedOn;
        }
    }
    return newest;
}

} // namespace

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
    buildRetestRunAgain();
}

// The label page's re-test plan lists the device tests to run again after a firmware change:
// "Run again…" (or a double click) repeats a captured one; an item tested by hand opens instead.
void MainWindow::buildRetestRunAgain()
{
    auto *plan = m_labelPage->findChild<QListWidget *>(QStringLiteral("retestPlanList"));
    auto *layout = plan ? qobject_cast<QBoxLayout *>(plan->parentWidget()->layout()) : nullptr;
    if (!layout)
        return;
    m_retestRunAgain = new QPushButton(plan->parentWidget());
    m_retestRunAgain->setObjectName(QStringLiteral("retestRunAgainButton"));
    m_retestRunAgain->setEnabled(false);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_retestRunAgain);
    layout->insertLayout(layout->indexOf(plan) + 1, row);
    const auto selectedItem = [plan] {
        return plan->currentItem() ? plan->currentItem()->data(Qt::UserRole).toString() : QString();
    };
    const auto runAgain = [this, selectedItem] {
        const QString itemId = selectedItem();
        const qint64 capture = itemId.isEmpty() ? -1 : runnableCaptureOf(*m_session, itemId);
        if (capture < 0 || m_session->isReadOnly() || m_readOnlyView) {
            if (!itemId.isEmpty())
                showItem(itemId);
            return;
        }
        auto *dialog = new RerunDialog(m_session, capture, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    };
    connect(m_retestRunAgain, &QPushButton::clicked, this, runAgain);
    connect(plan, &QListWidget::itemActivated, this, runAgain);
    connect(plan, &QListWidget::currentItemChanged, this, [this, selectedItem] {
        const QString itemId = selectedItem();
        m_retestRunAgain->setEnabled(!itemId.isEmpty() && runnableCaptureOf(*m_session, itemId) >= 0
                                     && !m_session->isReadOnly() && !m_readOnlyView);
    });
}

void MainWindow::retranslateCapture()
{
    if (!m_captureAction)
        return;
    m_captureAction->setText(tr("Capture &test result…"));
    m_captureAction->setStatusTip(
        tr("Store a tool's output (nmap, testssl.sh, ssh-audit, CycloneDX SBOM) as device-test evidence"));
    if (m_retestRunAgain) {
        m_retestRunAgain->setText(tr("Run again…"));
        m_retestRunAgain->setToolTip(tr("Run the selected captured test again with its recipe"));
    }
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
