// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sync/syncengine.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace hoshi {

// The conflicts of a synchronisation preview, one row each: the record and field, the value
// both copies last agreed on (when known), this copy's value and the other's side by side, and
// the decision: keep this copy's, take the other's, or (for text fields) an edited value typed
// in the last column. Nothing is decided by default: the synchronisation waits until every row
// has a decision.
class SyncConflictView : public QWidget
{
    Q_OBJECT

public:
    enum Column { RecordColumn, FieldColumn, BaseColumn, ThisColumn, OtherColumn, ChoiceColumn, EditedColumn, ColumnCount };
    enum class Choice { Undecided, ThisCopy, OtherCopy, Edited };

    explicit SyncConflictView(QWidget *parent = nullptr);

    void setConflicts(const QList<sync::Conflict> &conflicts);
    [[nodiscard]] int conflictCount() const { return int(m_conflicts.size()); }
    [[nodiscard]] const QList<sync::Conflict> &conflicts() const { return m_conflicts; }
    // Whether the third choice is offered: text typed by people (a justification, a name), not
    // a verdict, a date, a reference or a record removed on one side.
    [[nodiscard]] static bool canEdit(const sync::Conflict &conflict);

    // What a user does, row by row or for all rows (also what the tests drive).
    void setChoice(int row, Choice choice, const QString &editedValue = {});
    void chooseAll(Choice choice);
    [[nodiscard]] Choice choice(int row) const;
    [[nodiscard]] bool allDecided() const;
    // Conflict id -> resolution, for every decided row.
    [[nodiscard]] QHash<QString, sync::Resolution> resolutions() const;

    void retranslate();

Q_SIGNALS:
    void decisionsChanged();

private:
    void fillRow(int row);
    void onChoiceChanged(int row);

    QList<sync::Conflict> m_conflicts;
    QLabel *m_heading;
    QTableWidget *m_table;
    QPushButton *m_allThis;
    QPushButton *m_allOther;
};

} // namespace hoshi
