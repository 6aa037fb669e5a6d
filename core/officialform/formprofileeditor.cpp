// SPDX-License-Identifier: Apache-2.0
// The editing operations of the form dialog: list the cells with their roles, give a cell,
// a column or a row a role.
#include "formdetector.h"

#include <algorithm>
#include <tuple>

namespace hoshi::officialform {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool cellInSheet(const Workbook &workbook, const CellRef &cell, QString *error)
{
    if (!cell.isValid())
        return fail(error, FormProfileEditor::tr("The cell reference is not valid."));
    if (!workbook.sheet(cell.sheet))
        return fail(error, FormProfileEditor::tr("The sheet \"%1\" is not in the workbook.").arg(cell.sheet));
    const WorkbookLimits limits;
    if (cell.row > limits.maxRows || cell.column > limits.maxColumns)
        return fail(error, FormProfileEditor::tr("The cell %1 lies beyond the sheet.").arg(cell.toString()));
    return true;
}

CellRef *itemCell(FormItem *item, CellRole role)
{
    switch (role) {
    case CellRole::ItemId: return &item->idCell;
    case CellRole::Verdict: return &item->verdictCell;
    case CellRole::Evidence: return &item->evidenceCell;
    case CellRole::Reason: return &item->reasonCell;
    case CellRole::Remarks: return &item->remarksCell;
    default: return nullptr;
    }
}

// Removes `cell` from every role it has (a cell has one role).
void clearCell(FormProfile *profile, const CellRef &cell)
{
    for (FormItem &item : profile->items) {
        for (CellRole role : {CellRole::ItemId, CellRole::Verdict, CellRole::Evidence, CellRole::Reason, CellRole::Remarks}) {
            if (*itemCell(&item, role) == cell)
                *itemCell(&item, role) = {};
        }
        for (FormPoint &p : item.points) {
            if (p.verdictCell == cell)
                p.verdictCell = {};
        }
    }
    profile->fields.erase(std::remove_if(profile->fields.begin(), profile->fields.end(),
                                         [&](const FormField &f) { return f.valueCell == cell; }),
                          profile->fields.end());
}

void renumber(FormItem *item)
{
    std::sort(item->points.begin(), item->points.end(),
              [](const FormPoint &a, const FormPoint &b) { return a.textCell.row < b.textCell.row; });
    for (int i = 0; i < item->points.size(); ++i)
        item->points[i].number = i + 1;
}

} // namespace

QList<RoleCell> FormProfileEditor::roleCells(const FormProfile &profile)
{
    QList<RoleCell> cells;
    auto add = [&](const CellRef &cell, CellRole role, const QString &key, int point, Origin origin) {
        if (cell.isValid())
            cells.append({cell, role, key, point, origin});
    };
    for (const FormItem &item : profile.items) {
        for (CellRole role : {CellRole::ItemId, CellRole::Verdict, CellRole::Evidence, CellRole::Reason, CellRole::Remarks})
            add(item.cell(role), role, item.itemId, 0, item.origin);
        for (const FormPoint &p : item.points) {
            if (p.textCell != item.idCell)
                add(p.textCell, CellRole::Point, item.itemId, p.number, p.origin);
            if (p.verdictCell != item.verdictCell)
                add(p.verdictCell, CellRole::Verdict, item.itemId, p.number, p.origin);
        }
    }
    for (const FormField &f : profile.fields)
        add(f.valueCell, CellRole::Field, f.key, 0, f.origin);
    std::sort(cells.begin(), cells.end(), [](const RoleCell &a, const RoleCell &b) {
        return std::tie(a.cell.sheet, a.cell.row, a.cell.column) < std::tie(b.cell.sheet, b.cell.row, b.cell.column);
    });
    // Points sharing one text cell (several lines in one cell) are listed once.
    cells.erase(std::unique(cells.begin(), cells.end(),
                            [](const RoleCell &a, const RoleCell &b) { return a.cell == b.cell && a.role == b.role; }),
                cells.end());
    return cells;
}

RoleCell FormProfileEditor::roleOf(const FormProfile &profile, const CellRef &cell)
{
    for (const RoleCell &r : roleCells(profile)) {
        if (r.cell == cell)
            return r;
    }
    return {cell, CellRole::None, {}, 0, Origin::Detected};
}

bool FormProfileEditor::assignCell(FormProfile *profile, const Workbook &workbook, const CellRef &cell, CellRole role,
                                   const QString &key, int point, QString *error)
{
    if (!cellInSheet(workbook, cell, error))
        return false;
    if (role == CellRole::Field) {
        if (!FieldKey::all().contains(key))
            return fail(error, tr("\"%1\" is not a known field.").arg(key));
        clearCell(profile, cell);
        profile->fields.erase(std::remove_if(profile->fields.begin(), profile->fields.end(),
                                             [&](const FormField &f) { return f.key == key; }),
                              profile->fields.end());
        profile->fields.append({key, {}, cell, FieldKey::name(key), Origin::User});
        return true;
    }
    if (role == CellRole::None) {
        clearCell(profile, cell);
        return true;
    }
    FormItem *item = profile->item(key);
    if (!item)
        return fail(error, tr("The profile has no item %1; give its id cell first.").arg(key));
    if (point > 0 || role == CellRole::Point) {
        auto it = std::find_if(item->points.begin(), item->points.end(), [&](const FormPoint &p) { return p.number == point; });
        if (it == item->points.end()) {
            if (role != CellRole::Point)
                return fail(error, tr("The item %1 has no evaluation point %2.").arg(key).arg(point));
            FormPoint p;
            p.textCell = cell;
            p.text = workbook.sheet(cell.sheet)->text(cell.row, cell.column);
            p.origin = Origin::User;
            item->points.append(p);
            renumber(item);
            return true;
        }
        clearCell(profile, cell);
        it->origin = Origin::User;
        if (role == CellRole::Point)
            it->textCell = cell;
        else if (role == CellRole::Verdict)
            it->verdictCell = cell;
        else
            return fail(error, tr("Only verdicts are given per evaluation point."));
        return true;
    }
    CellRef *target = itemCell(item, role);
    if (!target)
        return fail(error, tr("The role can not be given to a cell of an item."));
    clearCell(profile, cell);
    *target = cell;
    item->origin = Origin::User;
    return true;
}

bool FormProfileEditor::assignColumn(FormProfile *profile, const Workbook &workbook, const QString &sheet, int column,
                                     CellRole role, QString *error)
{
    if (!cellInSheet(workbook, {sheet, 1, column}, error))
        return false;
    if (role != CellRole::Verdict && role != CellRole::Point && role != CellRole::Evidence && role != CellRole::Reason
        && role != CellRole::Remarks)
        return fail(error, tr("Only item roles can be given to a column."));
    const WorkbookSheet *ws = workbook.sheet(sheet);
    int changed = 0;
    for (FormItem &item : profile->items) {
        if (item.sheet != sheet)
            continue;
        ++changed;
        item.origin = Origin::User;
        if (role == CellRole::Point) {
            item.points.clear();
            for (int row = item.firstRow; row <= item.lastRow; ++row) {
                const QString text = ws->text(row, column).trimmed();
                if (!text.isEmpty())
                    item.points.append({0, {sheet, row, column}, text, {}, Origin::User});
            }
            renumber(&item);
            continue;
        }
        if (role == CellRole::Verdict && item.points.size() > 1 && item.lastRow > item.firstRow) {
            for (FormPoint &p : item.points)
                p.verdictCell = {sheet, p.textCell.row, column};
            item.verdictCell = item.points.first().verdictCell;
            continue;
        }
        *itemCell(&item, role) = {sheet, item.firstRow, column};
    }
    if (changed == 0)
        return fail(error, tr("No item block lies on the sheet \"%1\".").arg(sheet));
    return true;
}

bool FormProfileEditor::assignRow(FormProfile *profile, const Workbook &workbook, const QString &sheet, int row,
                                  CellRole role, const QString &itemId, QString *error)
{
    if (!cellInSheet(workbook, {sheet, row, 1}, error))
        return false;
    if (role == CellRole::Point) {
        FormItem *item = profile->item(itemId);
        if (!item)
            return fail(error, tr("The profile has no item %1.").arg(itemId));
        const int column = item->points.isEmpty() ? item->idCell.column + 1 : item->points.first().textCell.column;
        return assignCell(profile, workbook, {sheet, row, column}, CellRole::Point, itemId, 0, error);
    }
    if (role != CellRole::ItemId)
        return fail(error, tr("A row can only be made an item's first row or an evaluation point row."));
    // The item takes the answer columns of a neighbour on the same sheet, if there is one.
    const FormItem *model = nullptr;
    for (const FormItem &other : profile->items) {
        if (other.sheet == sheet && other.itemId != itemId)
            model = &other;
    }
    FormItem item;
    if (const FormItem *existing = profile->item(itemId))
        item = *existing;
    item.itemId = itemId;
    item.sheet = sheet;
    item.firstRow = row;
    item.lastRow = row;
    item.origin = Origin::User;
    item.points.clear();
    auto moved = [&](const CellRef &ref) { return ref.isValid() ? CellRef{sheet, row, ref.column} : CellRef(); };
    if (model) {
        item.idCell = moved(model->idCell);
        item.verdictCell = moved(model->verdictCell);
        item.evidenceCell = moved(model->evidenceCell);
        item.reasonCell = moved(model->reasonCell);
        item.remarksCell = moved(model->remarksCell);
    } else {
        item.idCell = {sheet, row, 1};
    }
    if (FormItem *existing = profile->item(itemId))
        *existing = item;
    else
        profile->items.append(item);
    return true;
}

bool FormProfileEditor::assignWord(FormProfile *profile, Verdict verdict, const QString &word, QString *error)
{
    if (verdict == Verdict::NotAssessed)
        return fail(error, tr("\"Not assessed\" is never written into a form."));
    if (word.trimmed().isEmpty())
        return fail(error, tr("The word is empty."));
    if (!profile->vocabulary.listValues.isEmpty() && !profile->vocabulary.listValues.contains(word))
        return fail(error, tr("\"%1\" is not in the template's list (%2).")
                               .arg(word, profile->vocabulary.listValues.join(QStringLiteral(", "))));
    auto &entries = profile->vocabulary.entries;
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                 [&](const VocabularyEntry &e) { return e.verdict == verdict || e.word == word; }),
                  entries.end());
    entries.append({verdict, word});
    profile->vocabulary.origin = Origin::User;
    return true;
}

} // namespace hoshi::officialform
