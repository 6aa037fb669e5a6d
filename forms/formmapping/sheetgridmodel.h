// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "officialform/formdetector.h"
#include "officialform/workbookreader.h"

#include <QAbstractTableModel>
#include <QHash>

namespace hoshi {

// One sheet of an official form as a read-only grid: the cell texts as read, each cell that
// the form profile gives a role coloured by that role (roleTone) and named in its tool tip.
class SheetGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Rows and columns shown at most: an official checklist fits far inside; a larger sheet is
    // cut there (its size is said in the dialog) rather than building a grid of millions of cells.
    static constexpr int MaxRows = 2000;
    static constexpr int MaxColumns = 80;

    explicit SheetGridModel(const officialform::WorkbookSheet &sheet, QObject *parent = nullptr);

    // The roles of the profile's cells on this sheet (all other cells have none).
    void setRoles(const QList<officialform::RoleCell> &roles);
    [[nodiscard]] officialform::RoleCell roleAt(int row, int column) const; // 0-based model indexes
    [[nodiscard]] const QString &sheetName() const { return m_sheet.name; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    officialform::WorkbookSheet m_sheet;
    QHash<quint64, officialform::RoleCell> m_roles; // WorkbookSheet::key(row, column), 1-based
};

} // namespace hoshi
