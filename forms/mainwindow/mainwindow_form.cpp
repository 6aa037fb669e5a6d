// SPDX-License-Identifier: Apache-2.0
// The main window's part in official forms: the form dialog of the current declaration.
#include "mainwindow.h"

#include "formmapping/formmappingdialog.h"
#include "session/session.h"

namespace hoshi {

FormMappingDialog *MainWindow::formMappingDialog() const
{
    return m_formDialog.data();
}

void MainWindow::showFormMapping()
{
    if (m_auditing || !m_session->snapshot())
        return;
    if (m_formDialog) {
        m_formDialog->raise();
        m_formDialog->activateWindow();
        return;
    }
    commitPendingEdits();
    auto *dialog = new FormMappingDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(1180, 720);
    m_formDialog = dialog;
    dialog->open();
}

} // namespace hoshi
