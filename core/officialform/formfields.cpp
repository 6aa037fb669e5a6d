// SPDX-License-Identifier: Apache-2.0
// Field cells of key–value sheets, and the re-check of a profile against a workbook.
#include "detectwords.h"
#include "formdetector.h"

#include <QSet>

namespace hoshi::officialform {

namespace {

bool insideItemBlock(const FormProfile &profile, const QString &sheet, int row)
{
    for (const FormItem &item : profile.items) {
        if (item.sheet == sheet && row >= item.firstRow && row <= item.lastRow)
            return true;
    }
    return false;
}

CellRef topLeft(const WorkbookSheet &sheet, int row, int column)
{
    if (const CellRange *m = sheet.mergedAt(row, column))
        return {sheet.name, m->firstRow, m->firstColumn};
    return {sheet.name, row, column};
}

// The answer cell of a label: to its right (after its merged range), or below it when the
// cell to the right is itself a label.
CellRef valueCellOf(const WorkbookSheet &sheet, int row, int column)
{
    const CellRange *m = sheet.mergedAt(row, column);
    const int lastColumn = m ? m->lastColumn : column;
    const int lastRow = m ? m->lastRow : row;
    const CellRef right = topLeft(sheet, row, lastColumn + 1);
    const QString rightText = sheet.text(right.row, right.column);
    if (rightText.isEmpty() || words::fieldOfLabel(rightText).isEmpty())
        return right;
    return topLeft(sheet, lastRow + 1, column);
}

} // namespace

void detectFields(const Workbook &workbook, FormProfile *profile)
{
    QSet<QString> found;
    for (const WorkbookSheet &sheet : workbook.sheets) {
        const bool itemSheet = std::any_of(profile->items.cbegin(), profile->items.cend(),
                                           [&](const FormItem &item) { return item.sheet == sheet.name; });
        for (const WorkbookCell &cell : sheet.cells) {
            // On the checklist sheet a header cell ("適合基準項番") is no field label.
            if (insideItemBlock(*profile, sheet.name, cell.row) || (itemSheet && words::headerRole(cell.text) != CellRole::None))
                continue;
            const QString key = words::fieldOfLabel(cell.text);
            if (key.isEmpty() || found.contains(key))
                continue;
            FormField field;
            field.key = key;
            field.label = cell.text.trimmed();
            field.labelCell = {sheet.name, cell.row, cell.column};
            field.valueCell = valueCellOf(sheet, cell.row, cell.column);
            found.insert(key);
            profile->fields.append(field);
        }
    }
}

QStringList FormDetector::missingFields(const FormProfile &profile)
{
    QStringList missing;
    for (const QString &key : FieldKey::all()) {
        if (!profile.field(key))
            missing << key;
    }
    return missing;
}

namespace {

class Rechecker
{
public:
    Rechecker(const FormProfile &profile, const Workbook &workbook) : m_profile(profile), m_workbook(workbook) {}

    void add(const QString &code, const QString &key, const CellRef &cell, const QString &message)
    {
        m_problems.append({code, key, cell.isValid() ? cell.toString() : QString(), message});
    }

    // A cell the profile names must be on a sheet of the workbook, inside what the sheet holds
    // or could hold (an empty answer cell has no <c> yet, but its row must be a real row).
    void cell(const CellRef &ref, const QString &key)
    {
        if (!ref.isValid())
            return;
        const WorkbookSheet *sheet = m_workbook.sheet(ref.sheet);
        if (!sheet)
            add(QStringLiteral("cell-missing"), key, ref, FormDetector::tr("The sheet \"%1\" is not in the workbook.").arg(ref.sheet));
        else if (ref.row > WorkbookLimits().maxRows || ref.column > WorkbookLimits().maxColumns)
            add(QStringLiteral("cell-missing"), key, ref, FormDetector::tr("The cell %1 lies beyond the sheet.").arg(ref.toString()));
    }

    QList<FormProblem> run(const CriteriaSet &criteria)
    {
        if (!m_profile.templateSha256.isEmpty() && m_profile.templateSha256 != m_workbook.sha256)
            add(QStringLiteral("template-changed"), QString(), {},
                FormDetector::tr("The workbook is not the template the profile was made for (its SHA-256 differs)."));
        for (const CriteriaItem &ci : criteria.items) {
            const FormItem *item = m_profile.item(ci.id);
            if (!item) {
                add(QStringLiteral("item-missing"), ci.id, {}, FormDetector::tr("No cell names the item %1.").arg(ci.id));
                continue;
            }
            if (!item->verdictCell.isValid())
                add(QStringLiteral("verdict-cell-missing"), ci.id, item->idCell,
                    FormDetector::tr("The item %1 has no verdict cell.").arg(ci.id));
        }
        for (const FormItem &item : m_profile.items) {
            for (const CellRef &ref : {item.idCell, item.verdictCell, item.evidenceCell, item.reasonCell, item.remarksCell})
                cell(ref, item.itemId);
            for (const FormPoint &p : item.points) {
                cell(p.textCell, item.itemId);
                cell(p.verdictCell, item.itemId);
            }
        }
        for (const FormField &f : m_profile.fields)
            cell(f.valueCell, f.key);
        vocabulary();
        return m_problems;
    }

private:
    void vocabulary()
    {
        const FormVocabulary &v = m_profile.vocabulary;
        if (v.listValues.isEmpty() && v.entries.isEmpty()) {
            add(QStringLiteral("vocabulary-missing"), QString(), {},
                FormDetector::tr("The verdict cells carry no list of allowed words; choose the word for each verdict."));
            return;
        }
        for (Verdict verdict : {Verdict::Conforming, Verdict::NonConforming, Verdict::NotApplicable}) {
            if (!v.wordFor(verdict))
                add(QStringLiteral("vocabulary-unmapped"), verdictKey(verdict), {},
                    FormDetector::tr("No word of the template's list (%1) stands for \"%2\".")
                        .arg(v.listValues.join(QStringLiteral(", ")), verdictName(verdict)));
            else if (!v.listValues.isEmpty() && !v.listValues.contains(*v.wordFor(verdict)))
                add(QStringLiteral("vocabulary-unmapped"), verdictKey(verdict), {},
                    FormDetector::tr("The word \"%1\" is not in the template's list (%2).")
                        .arg(*v.wordFor(verdict), v.listValues.join(QStringLiteral(", "))));
        }
    }

    const FormProfile &m_profile;
    const Workbook &m_workbook;
    QList<FormProblem> m_problems;
};

} // namespace

QList<FormProblem> FormDetector::recheck(const FormProfile &profile, const Workbook &workbook, const CriteriaSet &criteria)
{
    return Rechecker(profile, workbook).run(criteria);
}

} // namespace hoshi::officialform
