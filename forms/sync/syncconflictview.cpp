// SPDX-License-Identifier: Apache-2.0
#include "syncconflictview.h"

#include "syncnames.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hoshi {

namespace {

// Fields people write as prose; any of these can take a value edited from both versions.
const QSet<QString> &proseFields()
{
    static const QSet<QString> fields{
        QStringLiteral("justification"), QStringLiteral("notes"),       QStringLiteral("name"),
        QStringLiteral("name_en"),       QStringLiteral("title"),       QStringLiteral("summary"),
        QStringLiteral("description"),   QStringLiteral("reason"),      QStringLiteral("address"),
        QStringLiteral("procedure"),     QStringLiteral("environment"), QStringLiteral("excerpt"),
        QStringLiteral("text"),          QStringLiteral("body"),        QStringLiteral("contact_name"),
        QStringLiteral("psti_statement"), QStringLiteral("other_security_info"),
        QStringLiteral("other_certifications"), QStringLiteral("version_notice")};
    return fields;
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

SyncConflictView::SyncConflictView(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_table(new QTableWidget(0, ColumnCount, this)),
      m_allThis(new QPushButton(this)), m_allOther(new QPushButton(this))
{
    m_heading->setObjectName(QStringLiteral("syncConflictHeading"));
    m_heading->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("syncConflictTable"));
    m_table->verticalHeader()->hide();
    // The three values (this copy's, the other's, the edited one) share the room; the rest
    // keep a fixed width.
    QHeaderView *header = m_table->horizontalHeader();
    const QList<int> widths{150, 100, 130, 0, 0, 140, 0};
    for (int column = 0; column < ColumnCount; ++column) {
        if (widths.at(column) > 0) {
            header->setSectionResizeMode(column, QHeaderView::Interactive);
            m_table->setColumnWidth(column, widths.at(column));
        } else {
            header->setSectionResizeMode(column, QHeaderView::Stretch);
        }
    }
    m_table->setWordWrap(true);
    m_allThis->setObjectName(QStringLiteral("syncAllThis"));
    m_allOther->setObjectName(QStringLiteral("syncAllOther"));
    connect(m_allThis, &QPushButton::clicked, this, [this] { chooseAll(Choice::ThisCopy); });
    connect(m_allOther, &QPushButton::clicked, this, [this] { chooseAll(Choice::OtherCopy); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_heading, 1);
    buttons->addWidget(m_allThis);
    buttons->addWidget(m_allOther);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    retranslate();
}

bool SyncConflictView::canEdit(const sync::Conflict &conflict)
{
    return !conflict.field.isEmpty() && !conflict.aRemoved && !conflict.bRemoved
           && proseFields().contains(conflict.field);
}

void SyncConflictView::setConflicts(const QList<sync::Conflict> &conflicts)
{
    m_conflicts = conflicts;
    m_table->clearContents();
    m_table->setRowCount(int(conflicts.size()));
    for (int row = 0; row < m_table->rowCount(); ++row)
        fillRow(row);
    // Rows grow to show whole values (word-wrapped).
    m_table->resizeRowsToContents();
    retranslate();
    Q_EMIT decisionsChanged();
}

void SyncConflictView::fillRow(int row)
{
    const sync::Conflict &c = m_conflicts.at(row);
    // An empty value is a value (a justification not written yet), shown as such.
    const auto value = [](bool removed, const QString &text) {
        return removed ? tr("(removed)") : text.isEmpty() ? tr("(empty)") : text;
    };
    m_table->setItem(row, RecordColumn, readOnlyItem(c.description));
    m_table->setItem(row, FieldColumn, readOnlyItem(c.field.isEmpty() ? tr("the whole record") : SyncNames::field(c.field)));
    m_table->setItem(row, BaseColumn, readOnlyItem(c.base ? value(false, *c.base) : tr("(not known)")));
    m_table->setItem(row, ThisColumn, readOnlyItem(value(c.aRemoved, c.a)));
    m_table->setItem(row, OtherColumn, readOnlyItem(value(c.bRemoved, c.b)));

    auto *combo = new QComboBox(m_table);
    combo->setObjectName(QStringLiteral("syncChoice%1").arg(row));
    combo->addItem(tr("Decide…"), int(Choice::Undecided));
    combo->addItem(tr("This copy"), int(Choice::ThisCopy));
    combo->addItem(tr("The other copy"), int(Choice::OtherCopy));
    if (canEdit(c))
        combo->addItem(tr("Edited value"), int(Choice::Edited));
    m_table->setCellWidget(row, ChoiceColumn, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, row] { onChoiceChanged(row); });

    auto *edit = new QLineEdit(m_table);
    edit->setObjectName(QStringLiteral("syncEdited%1").arg(row));
    edit->setText(c.a);
    edit->setCursorPosition(0); // the start of the text, as the neighbouring cells show it
    edit->setEnabled(false);
    m_table->setCellWidget(row, EditedColumn, edit);
    connect(edit, &QLineEdit::textChanged, this, &SyncConflictView::decisionsChanged);
}

void SyncConflictView::onChoiceChanged(int row)
{
    if (auto *edit = qobject_cast<QLineEdit *>(m_table->cellWidget(row, EditedColumn)))
        edit->setEnabled(choice(row) == Choice::Edited);
    Q_EMIT decisionsChanged();
}

void SyncConflictView::setChoice(int row, Choice wanted, const QString &editedValue)
{
    auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, ChoiceColumn));
    if (!combo)
        return;
    const int index = combo->findData(int(wanted));
    if (index < 0)
        return; // an edited value for a field that does not take one
    if (wanted == Choice::Edited)
        if (auto *edit = qobject_cast<QLineEdit *>(m_table->cellWidget(row, EditedColumn)))
            edit->setText(editedValue);
    combo->setCurrentIndex(index);
}

void SyncConflictView::chooseAll(Choice wanted)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        setChoice(row, wanted);
}

SyncConflictView::Choice SyncConflictView::choice(int row) const
{
    const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, ChoiceColumn));
    return combo ? Choice(combo->currentData().toInt()) : Choice::Undecided;
}

bool SyncConflictView::allDecided() const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (choice(row) == Choice::Undecided)
            return false;
    return true;
}

QHash<QString, sync::Resolution> SyncConflictView::resolutions() const
{
    QHash<QString, sync::Resolution> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        sync::Resolution r;
        switch (choice(row)) {
        case Choice::Undecided:
            continue;
        case Choice::ThisCopy:
            r.choice = sync::Resolution::Choice::A;
            break;
        case Choice::OtherCopy:
            r.choice = sync::Resolution::Choice::B;
            break;
        case Choice::Edited:
            r.choice = sync::Resolution::Choice::Edited;
            if (const auto *edit = qobject_cast<QLineEdit *>(m_table->cellWidget(row, EditedColumn)))
                r.value = edit->text();
            break;
        }
        out.insert(m_conflicts.at(row).id, r);
    }
    return out;
}

void SyncConflictView::retranslate()
{
    m_heading->setText(tr("%n conflict(s): both copies changed the same thing. Decide each one; nothing is written "
                          "until every conflict is decided.", nullptr, int(m_conflicts.size())));
    m_allThis->setText(tr("All: this copy"));
    m_allOther->setText(tr("All: the other copy"));
    m_table->setHorizontalHeaderLabels({tr("Record"), tr("Field"), tr("Before (both agreed)"), tr("This copy"),
                                        tr("The other copy"), tr("Keep"), tr("Edited value")});
}

} // namespace hoshi
