// SPDX-License-Identifier: Apache-2.0
#include "criteriadataupdatedialog.h"

#include "criteria/criteriadiff.h"
#include "criteria/criterialibrary.h"
#include "util/language.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hoshi {

CriteriaDataUpdateDialog::CriteriaDataUpdateDialog(const CriteriaSet &current, const CriteriaSet &target, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("criteriaDataUpdateDialog"));
    setWindowTitle(tr("Update criteria data"));
    const QString lang = uiLanguage();
    const QList<CriteriaItemChange> changes = CriteriaDiff::compare(current, target);
    auto *intro = new QLabel(tr("%1 → %2. The official criteria set stays the same; these texts of Hoshi's data change. "
                                "Every verdict, justification, note, evidence link and point choice is kept.")
                                 .arg(CriteriaLibrary::displayName(current.id, current.dataRevision),
                                      CriteriaLibrary::displayName(target.id, target.dataRevision)),
                             this);
    intro->setWordWrap(true);
    auto *table = new QTableWidget(this);
    table->setObjectName(QStringLiteral("dataRevisionChanges"));
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({tr("Item"), tr("Field"), tr("Now"), tr("After the update")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (const CriteriaItemChange &c : changes) {
        const QStringList fields = c.fields.isEmpty() ? QStringList{QStringLiteral("requirement")} : c.fields;
        for (const QString &field : fields) {
            const auto [before, after] = CriteriaDiff::sides(c, field, lang);
            const int r = table->rowCount();
            table->insertRow(r);
            table->setItem(r, 0, new QTableWidgetItem(c.itemId));
            table->setItem(r, 1, new QTableWidgetItem(field));
            table->setItem(r, 2, new QTableWidgetItem(before));
            table->setItem(r, 3, new QTableWidgetItem(after));
        }
    }
    m_rows = table->rowCount();
    table->setColumnWidth(0, 80);
    table->setColumnWidth(1, 110);
    table->setColumnWidth(2, 330);
    table->resizeRowsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply to the declaration"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(1000, 640);
}

} // namespace hoshi
