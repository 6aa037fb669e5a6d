// SPDX-License-Identifier: Apache-2.0
#include "sheetgridmodel.h"

#include "formroles.h"

#include <QGuiApplication>
#include <QPalette>

namespace hoshi {

using officialform::CellRef;
using officialform::CellRole;
using officialform::RoleCell;
using officialform::WorkbookSheet;

SheetGridModel::SheetGridModel(const WorkbookSheet &sheet, QObject *parent)
    : QAbstractTableModel(parent), m_sheet(sheet)
{
}

void SheetGridModel::setRoles(const QList<RoleCell> &roles)
{
    beginResetModel();
    m_roles.clear();
    for (const RoleCell &r : roles) {
        if (r.cell.sheet == m_sheet.name)
            m_roles.insert(WorkbookSheet::key(r.cell.row, r.cell.column), r);
    }
    endResetModel();
}

RoleCell SheetGridModel::roleAt(int row, int column) const
{
    return m_roles.value(WorkbookSheet::key(row + 1, column + 1),
                         RoleCell{CellRef{m_sheet.name, row + 1, column + 1}, CellRole::None, {}, 0, {}});
}

int SheetGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : qBound(1, m_sheet.maxRow, MaxRows);
}

int SheetGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : qBound(1, m_sheet.maxColumn, MaxColumns);
}

QVariant SheetGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row() + 1;
    const int column = index.column() + 1;
    switch (role) {
    case Qt::DisplayRole: {
        QString text = m_sheet.text(row, column);
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return text.size() > 120 ? text.left(119) + QChar(0x2026) : text;
    }
    case Qt::BackgroundRole: {
        const auto it = m_roles.constFind(WorkbookSheet::key(row, column));
        if (it == m_roles.cend())
            return {};
        return StatusColours::background(roleTone(it->role), QGuiApplication::palette());
    }
    case Qt::ForegroundRole: {
        const auto it = m_roles.constFind(WorkbookSheet::key(row, column));
        if (it == m_roles.cend())
            return {};
        return StatusColours::onBackground(roleTone(it->role), QGuiApplication::palette());
    }
    case Qt::ToolTipRole: {
        const QString cell = CellRef{m_sheet.name, row, column}.toString();
        const auto it = m_roles.constFind(WorkbookSheet::key(row, column));
        if (it == m_roles.cend())
            return cell;
        QString what = officialform::cellRoleName(it->role);
        if (!it->key.isEmpty())
            what += QStringLiteral(" · ") + it->key;
        if (it->point > 0)
            what += QStringLiteral(" · ") + tr("point %1").arg(it->point);
        if (it->origin == officialform::Origin::User)
            what += QStringLiteral(" · ") + tr("set by you");
        return QStringLiteral("%1: %2").arg(cell, what);
    }
    case Qt::AccessibleTextRole:
        return data(index, Qt::ToolTipRole);
    default:
        return {};
    }
}

QVariant SheetGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return orientation == Qt::Horizontal ? CellRef::columnName(section + 1) : QString::number(section + 1);
}

} // namespace hoshi
