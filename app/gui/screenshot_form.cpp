// SPDX-License-Identifier: Apache-2.0
// Screenshot pages of the form dialog (IPA's checklist workbook): a workbook detected in full
// ("form-mapping") and one with items not found ("form-mapping-unresolved"). The workbook is
// the user's file, never shipped: tools/screenshots.sh makes one with the test generator and
// names it in HOSHI_SCREENSHOT_FORM.
#include "screenshot.h"

#include "formmapping/formmappingdialog.h"
#include "mainwindow/mainwindow.h"
#include "session/session.h"

#include <QTableView>

#include <cstdio>

namespace hoshi {

bool Screenshot::prepareForm()
{
    const QString workbook = qEnvironmentVariable("HOSHI_SCREENSHOT_FORM");
    if (workbook.isEmpty()) {
        std::fprintf(stderr, "hoshi: the form pages need HOSHI_SCREENSHOT_FORM (a checklist workbook)\n");
        return false;
    }
    if (!showCompleteDeclaration())
        return false;
    officialform::AttachOutcome outcome;
    if (!m_window->session()->attachForm(workbook, QString(), &outcome))
        return false;
    m_window->showFormMapping();
    FormMappingDialog *dialog = m_window->formMappingDialog();
    const officialform::LoadedForm *form = dialog ? dialog->form() : nullptr;
    if (!form || form->profile.items.isEmpty())
        return false;
    // A verdict cell selected, as when the user is about to give it a role.
    const officialform::FormItem &item = form->profile.items.first();
    dialog->showSheet(item.sheet);
    if (auto *view = qobject_cast<QTableView *>(dialog->findChild<QTableView *>(QStringLiteral("sheetView-0")));
        view && item.verdictCell.isValid() && item.verdictCell.sheet == form->workbook.sheets.value(0).name)
        view->setCurrentIndex(view->model()->index(item.verdictCell.row - 1, item.verdictCell.column - 1));
    return true;
}

} // namespace hoshi
