// SPDX-License-Identifier: Apache-2.0
// The criteria library window, opened from View > Criteria library.
#include "mainwindow.h"

#include "criteria/criterialibrarypage.h"

#include <QDialog>
#include <QVBoxLayout>

namespace hoshi {

void MainWindow::showCriteriaLibrary()
{
    // One window, kept while the main window lives; it follows the session by itself.
    auto *dialog = findChild<QDialog *>(QStringLiteral("criteriaLibraryDialog"));
    if (!dialog) {
        dialog = new QDialog(this);
        dialog->setObjectName(QStringLiteral("criteriaLibraryDialog"));
        auto *layout = new QVBoxLayout(dialog);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(new CriteriaLibraryPage(m_session, dialog));
        dialog->resize(1200, 760);
    }
    dialog->setWindowTitle(tr("Criteria library"));
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace hoshi
