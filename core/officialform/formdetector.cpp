// SPDX-License-Identifier: Apache-2.0
#include "formdetector.h"

#include "detectwords.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace hoshi::officialform {

namespace {

constexpr int HeaderSearchRows = 12; // how far above the first item the header row may be

struct IdHit {
    QString itemId;
    const WorkbookSheet *sheet = nullptr;
    int row = 0;
    int column = 0;
};

// The item id a cell names: its whole text, or its text up to a space/line break ("S1.1-01
// 認証..."), after normalisation.
QString idOfCell(const QString &text, const QHash<QString, QString> &ids)
{
    if (text.size() > 400)
        return {};
    const QString whole = FormDetector::normaliseId(text);
    if (ids.contains(whole))
        return ids.value(whole);
    const QString first = text.trimmed().section(QRegularExpression(QStringLiteral("[\\s\\x{3000}:：]")), 0, 0);
    return ids.value(FormDetector::normaliseId(first));
}

// The cell a value written at (row, column) shows in: the top-left of its merged range.
CellRef shownCell(const WorkbookSheet &sheet, int row, int column)
{
    if (const CellRange *m = sheet.mergedAt(row, column))
        return {sheet.name, m->firstRow, m->firstColumn};
    return {sheet.name, row, column};
}

// Per (sheet, column), how many distinct items are named there: the item id column is the one
// naming most; an id met elsewhere too (a summary sheet) is taken from there.
QList<IdHit> findItemCells(const Workbook &workbook, const CriteriaSet &criteria)
{
    QHash<QString, QString> ids;
    for (const CriteriaItem &item : criteria.items)
        ids.insert(FormDetector::normaliseId(item.id), item.id);
    QList<IdHit> hits;
    QMap<QPair<QString, int>, QSet<QString>> perColumn;
    for (const WorkbookSheet &sheet : workbook.sheets) {
        for (const WorkbookCell &cell : sheet.cells) {
            const QString id = idOfCell(cell.text, ids);
            if (id.isEmpty())
                continue;
            hits.append({id, &sheet, cell.row, cell.column});
            perColumn[{sheet.name, cell.column}].insert(id);
        }
    }
    QHash<QString, IdHit> best;
    for (const IdHit &hit : hits) {
        const auto it = best.constFind(hit.itemId);
        const int score = int(perColumn.value({hit.sheet->name, hit.column}).size());
        if (it == best.constEnd() || score > int(perColumn.value({it->sheet->name, it->column}).size()))
            best.insert(hit.itemId, hit);
    }
    QList<IdHit> result;
    for (const CriteriaItem &item : criteria.items) {
        if (best.contains(item.id))
            result.append(best.value(item.id));
    }
    return result;
}

struct Header {
    int row = 0;
    QHash<CellRole, int> columns;
};

// The row above the first item naming most answer roles. The id column is never an answer
// column, and a strong word beats a weak one for the same role.
Header findHeader(const WorkbookSheet &sheet, int firstItemRow, int idColumn)
{
    Header best;
    for (int row = firstItemRow - 1; row >= std::max(1, firstItemRow - HeaderSearchRows); --row) {
        QHash<CellRole, int> columns;
        QSet<CellRole> weakOnes;
        for (int column = 1; column <= sheet.maxColumn; ++column) {
            const WorkbookCell *cell = sheet.cell(row, column);
            if (!cell || column == idColumn)
                continue;
            bool weak = false;
            const CellRole role = words::headerRole(cell->text, &weak);
            if (role == CellRole::None || (columns.contains(role) && (weak || !weakOnes.contains(role))))
                continue;
            columns.insert(role, column);
            if (weak)
                weakOnes.insert(role);
            else
                weakOnes.remove(role);
        }
        if (columns.size() > best.columns.size())
            best = {row, columns};
    }
    return best;
}

// Points of a block: one per row with text in the point column; a one-row block whose point
// cell holds several lines gets one point per line (all in that cell).
QList<FormPoint> findPoints(const WorkbookSheet &sheet, const FormItem &item, int pointColumn, int verdictColumn,
                            bool perPointVerdicts)
{
    QList<FormPoint> points;
    if (pointColumn <= 0)
        return points;
    for (int row = item.firstRow; row <= item.lastRow; ++row) {
        const CellRef textCell = shownCell(sheet, row, pointColumn);
        if (textCell.row != row)
            continue; // a merged point cell counted once
        const QString text = sheet.text(row, pointColumn).trimmed();
        if (text.isEmpty())
            continue;
        const QStringList lines = item.firstRow == item.lastRow ? text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                                                : QStringList{text};
        for (const QString &line : lines) {
            FormPoint point;
            point.number = int(points.size()) + 1;
            point.textCell = textCell;
            point.text = line.trimmed();
            if (perPointVerdicts && verdictColumn > 0)
                point.verdictCell = shownCell(sheet, row, verdictColumn);
            points.append(point);
        }
    }
    return points;
}

void placeAnswers(const WorkbookSheet &sheet, const Header &header, FormItem *item)
{
    auto column = [&](CellRole role) { return header.columns.value(role, 0); };
    auto cellAt = [&](CellRole role) {
        return column(role) > 0 ? shownCell(sheet, item->firstRow, column(role)) : CellRef();
    };
    const int verdictColumn = column(CellRole::Verdict);
    // Per point when the block has several rows and the verdict cell is not merged over them.
    bool perPoint = false;
    if (verdictColumn > 0 && item->lastRow > item->firstRow) {
        const CellRange *m = sheet.mergedAt(item->firstRow, verdictColumn);
        perPoint = !m || m->lastRow < item->lastRow;
    }
    item->points = findPoints(sheet, *item, column(CellRole::Point), verdictColumn, perPoint);
    item->verdictCell = cellAt(CellRole::Verdict);
    if (perPoint && !item->points.isEmpty())
        item->verdictCell = item->points.first().verdictCell;
    item->evidenceCell = cellAt(CellRole::Evidence);
    item->reasonCell = cellAt(CellRole::Reason);
    item->remarksCell = cellAt(CellRole::Remarks);
}

void detectItems(const Workbook &workbook, const CriteriaSet &criteria, FormProfile *profile)
{
    const QList<IdHit> hits = findItemCells(workbook, criteria);
    QHash<QString, Header> headers; // per sheet
    for (int i = 0; i < hits.size(); ++i) {
        const IdHit &hit = hits.at(i);
        const WorkbookSheet &sheet = *hit.sheet;
        FormItem item;
        item.itemId = hit.itemId;
        item.sheet = sheet.name;
        item.idCell = {sheet.name, hit.row, hit.column};
        item.firstRow = hit.row;
        item.lastRow = hit.row;
        if (const CellRange *m = sheet.mergedAt(hit.row, hit.column)) {
            item.lastRow = m->lastRow;
        } else {
            // Down to the row before the next id in this column, or, for the last, over the
            // following rows whose id cell is empty but that still hold something.
            int next = 0;
            for (const IdHit &other : hits) {
                if (other.sheet == hit.sheet && other.column == hit.column && other.row > hit.row && (next == 0 || other.row < next))
                    next = other.row;
            }
            if (next > 0) {
                item.lastRow = next - 1;
            } else {
                int row = hit.row + 1;
                while (row <= sheet.maxRow && sheet.text(row, hit.column).isEmpty()
                       && std::any_of(sheet.cells.lowerBound(WorkbookSheet::key(row, 1)),
                                      sheet.cells.lowerBound(WorkbookSheet::key(row + 1, 0)),
                                      [](const WorkbookCell &c) { return !c.text.trimmed().isEmpty(); }))
                    item.lastRow = row++;
            }
        }
        if (!headers.contains(sheet.name)) {
            int firstRow = hit.row;
            for (const IdHit &other : hits) {
                if (other.sheet == hit.sheet)
                    firstRow = std::min(firstRow, other.row);
            }
            headers.insert(sheet.name, findHeader(sheet, firstRow, hit.column));
        }
        placeAnswers(sheet, headers.value(sheet.name), &item);
        profile->items.append(item);
    }
}

// The list validation on the verdict cells, its words mapped to verdicts.
void detectVocabulary(const Workbook &workbook, FormProfile *profile)
{
    for (const FormItem &item : std::as_const(profile->items)) {
        QList<CellRef> cells{item.verdictCell};
        for (const FormPoint &p : item.points)
            cells << p.verdictCell;
        for (const CellRef &cell : cells) {
            const WorkbookSheet *sheet = cell.isValid() ? workbook.sheet(cell.sheet) : nullptr;
            const DataValidation *v = sheet ? sheet->validationAt(cell.row, cell.column) : nullptr;
            if (!v || v->type != QLatin1String("list"))
                continue;
            FormVocabulary vocabulary;
            vocabulary.listValues = v->listValues;
            QStringList ranges;
            for (const CellRange &r : v->ranges)
                ranges << r.toString();
            vocabulary.source = CellRef::quotedSheet(sheet->name) + QLatin1Char('!') + ranges.join(QLatin1Char(' '));
            for (const QString &word : v->listValues) {
                const auto verdict = words::verdictOfWord(word);
                if (verdict && !vocabulary.wordFor(*verdict))
                    vocabulary.entries.append({*verdict, word});
            }
            profile->vocabulary = vocabulary;
            return;
        }
    }
}

} // namespace

QString FormDetector::normaliseId(const QString &text)
{
    return words::fold(text).toUpper();
}

void detectFields(const Workbook &workbook, FormProfile *profile); // formfields.cpp

FormProfile FormDetector::detect(const Workbook &workbook, const CriteriaSet &criteria)
{
    FormProfile profile;
    profile.templateName = workbook.fileName;
    profile.templateSha256 = workbook.sha256;
    profile.criteriaSetId = criteria.id;
    detectItems(workbook, criteria, &profile);
    detectVocabulary(workbook, &profile);
    detectFields(workbook, &profile);
    profile.problems = recheck(profile, workbook, criteria);
    return profile;
}

} // namespace hoshi::officialform
