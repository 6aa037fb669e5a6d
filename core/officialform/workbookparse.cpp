// SPDX-License-Identifier: Apache-2.0
// Parsers of the single parts of a workbook, each over XmlGuard (no DTD, bounded depth).
#include "workbookparse.h"

#include "xmlguard.h"

#include <QDir>

namespace hoshi::officialform::parse {

QString resolveTarget(const QString &sourcePart, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target.mid(1));
    const qsizetype slash = sourcePart.lastIndexOf(QLatin1Char('/'));
    const QString folder = slash < 0 ? QString() : sourcePart.left(slash + 1);
    QString path = QDir::cleanPath(folder + target);
    return path;
}

bool relationships(const QByteArray &data, const QString &relsPath, const QString &sourcePart, int maxDepth,
                   QList<Relationship> *out, QString *error)
{
    XmlGuard xml(data, relsPath, maxDepth);
    while (xml.next()) {
        if (!xml.isStart("Relationship"))
            continue;
        Relationship r;
        r.id = xml.attribute("Id");
        r.type = xml.attribute("Type");
        r.external = xml.attribute("TargetMode").compare(QLatin1String("External"), Qt::CaseInsensitive) == 0;
        const QString target = xml.attribute("Target");
        r.target = r.external ? target : resolveTarget(sourcePart, target);
        out->append(r);
    }
    if (xml.failed()) {
        *error = xml.error();
        return false;
    }
    return true;
}

bool contentTypes(const QByteArray &data, int maxDepth, QString *error)
{
    XmlGuard xml(data, QStringLiteral("[Content_Types].xml"), maxDepth);
    bool types = false;
    while (xml.next()) {
        if (xml.isStart("Types"))
            types = true;
    }
    if (xml.failed()) {
        *error = xml.error();
        return false;
    }
    if (!types) {
        *error = WorkbookReader::tr("[Content_Types].xml lists no content types.");
        return false;
    }
    return true;
}

bool workbook(const QByteArray &data, const QString &partPath, int maxDepth, QList<SheetEntry> *sheets,
              QHash<QString, QString> *definedNames, QString *error)
{
    XmlGuard xml(data, partPath, maxDepth);
    while (xml.next()) {
        if (xml.isStart("sheet")) {
            SheetEntry entry;
            entry.name = xml.attribute("name");
            entry.relationshipId = xml.attribute("id");
            const QString state = xml.attribute("state");
            entry.state = state == QLatin1String("hidden") ? 1 : state == QLatin1String("veryHidden") ? 2 : 0;
            if (entry.name.isEmpty()) {
                xml.fail(WorkbookReader::tr("%1 lists a sheet without a name.").arg(partPath));
                break;
            }
            sheets->append(entry);
        } else if (xml.isStart("definedName")) {
            const QString name = xml.attribute("name");
            const QString scope = xml.attribute("localSheetId");
            const QString text = xml.elementText();
            if (scope.isEmpty())
                definedNames->insert(name, text);
        }
    }
    if (xml.failed()) {
        *error = xml.error();
        return false;
    }
    return true;
}

bool sharedStrings(const QByteArray &data, const QString &partPath, const WorkbookLimits &limits, QStringList *out,
                   QString *error)
{
    XmlGuard xml(data, partPath, limits.maxXmlDepth);
    while (xml.next()) {
        if (!xml.isStart("si"))
            continue;
        if (out->size() >= limits.maxSharedStrings) {
            xml.fail(WorkbookReader::tr("%1 holds more than %2 strings, the limit.").arg(partPath).arg(limits.maxSharedStrings));
            break;
        }
        out->append(xml.elementText());
    }
    if (xml.failed()) {
        *error = xml.error();
        return false;
    }
    return true;
}

namespace {

class SheetParser
{
public:
    SheetParser(const QByteArray &data, const QStringList &strings, const WorkbookLimits &limits, qint64 *budget,
                WorkbookSheet *sheet)
        : m_xml(data, sheet->partPath, limits.maxXmlDepth), m_strings(strings), m_limits(limits), m_budget(budget),
          m_sheet(sheet)
    {
    }

    bool run(bool *hasFormulas, QString *error)
    {
        while (m_xml.next()) {
            if (m_xml.isStart("row"))
                startRow();
            else if (m_xml.isStart("c"))
                readCell();
            else if (m_xml.isStart("mergeCell"))
                readMerge();
            else if (m_xml.isStart("dataValidation"))
                readValidation();
            else if (m_xml.isStart("sheetProtection"))
                m_sheet->protectedSheet = isTrue(m_xml.attribute("sheet"));
        }
        *hasFormulas = m_formulas;
        if (m_xml.failed()) {
            *error = m_xml.error();
            return false;
        }
        return true;
    }

private:
    static bool isTrue(const QString &v) { return v == QLatin1String("1") || v == QLatin1String("true"); }

    void checkRow(int row)
    {
        if (row > m_limits.maxRows)
            m_xml.fail(WorkbookReader::tr("it has more than %1 rows, the limit for a form.").arg(m_limits.maxRows));
    }

    void startRow()
    {
        const QString r = m_xml.attribute("r");
        bool ok = false;
        const qint64 number = r.isEmpty() ? m_row + 1 : r.toLongLong(&ok);
        if (!r.isEmpty() && (!ok || number < 1)) {
            m_xml.fail(WorkbookReader::tr("a row has the number \"%1\".").arg(r));
            return;
        }
        if (number > m_limits.maxRows) {
            checkRow(int(std::min<qint64>(number, m_limits.maxRows + 1)));
            return;
        }
        m_row = int(number);
        m_column = 0;
        checkRow(m_row);
    }

    void readCell()
    {
        if (--*m_budget < 0) {
            m_xml.fail(WorkbookReader::tr("the workbook has more than %1 cells, the limit for a form.").arg(m_limits.maxCells));
            return;
        }
        WorkbookCell cell;
        const QString ref = m_xml.attribute("r");
        if (ref.isEmpty()) {
            cell.row = m_row;
            cell.column = m_column + 1;
        } else if (!CellRef::parseA1(ref, &cell.row, &cell.column)) {
            m_xml.fail(WorkbookReader::tr("a cell has the reference \"%1\".").arg(ref));
            return;
        }
        if (cell.row < 1 || cell.row > m_limits.maxRows) {
            checkRow(std::max(cell.row, m_limits.maxRows + 1));
            return;
        }
        if (cell.column > m_limits.maxColumns) {
            m_xml.fail(WorkbookReader::tr("a cell lies beyond column %1, the limit.").arg(m_limits.maxColumns));
            return;
        }
        m_column = cell.column;
        cell.type = m_xml.attribute("t");
        QString value, inlineText;
        const int depth = m_xml.depth();
        while (m_xml.next()) {
            if (m_xml.isStart("f")) {
                cell.hasFormula = true;
                m_formulas = true;
            } else if (m_xml.isStart("v")) {
                value = m_xml.elementText();
            } else if (m_xml.isStart("is")) {
                inlineText = m_xml.elementText();
            } else if (m_xml.reader().isEndElement() && m_xml.depth() < depth) {
                break;
            }
        }
        if (cell.type == QLatin1String("s")) {
            bool ok = false;
            const int index = value.toInt(&ok);
            if (!ok || index < 0 || index >= m_strings.size()) {
                m_xml.fail(WorkbookReader::tr("the cell %1 refers to a shared string that does not exist.")
                               .arg(CellRef::columnName(cell.column) + QString::number(cell.row)));
                return;
            }
            cell.text = m_strings.at(index);
        } else if (cell.type == QLatin1String("inlineStr")) {
            cell.text = inlineText;
        } else {
            cell.text = value;
        }
        m_sheet->maxRow = std::max(m_sheet->maxRow, cell.row);
        m_sheet->maxColumn = std::max(m_sheet->maxColumn, cell.column);
        m_sheet->cells.insert(WorkbookSheet::key(cell.row, cell.column), cell);
    }

    bool range(const QString &text, CellRange *r)
    {
        if (!CellRange::parse(text, r)) {
            m_xml.fail(WorkbookReader::tr("the range \"%1\" is not a range of cells.").arg(text.left(64)));
            return false;
        }
        if (r->lastRow > m_limits.maxRows || r->lastColumn > m_limits.maxColumns) {
            m_xml.fail(WorkbookReader::tr("the range %1 lies beyond the sheet limits (%2 rows, %3 columns).")
                           .arg(text.left(64))
                           .arg(m_limits.maxRows)
                           .arg(m_limits.maxColumns));
            return false;
        }
        return true;
    }

    void readMerge()
    {
        if (m_sheet->merged.size() >= m_limits.maxMergedRanges) {
            m_xml.fail(WorkbookReader::tr("it has more than %1 merged ranges, the limit.").arg(m_limits.maxMergedRanges));
            return;
        }
        CellRange r;
        const QString ref = m_xml.attribute("ref");
        if (!ref.contains(QLatin1Char(':'))) {
            m_xml.fail(WorkbookReader::tr("the merged range \"%1\" is not a range of cells.").arg(ref.left(64)));
            return;
        }
        if (range(ref, &r))
            m_sheet->merged.append(r);
    }

    // <dataValidation> in the sheet, and <x14:dataValidation> in its extension list (Excel
    // writes lists drawn from another sheet there), where sqref and the formulas are elements.
    void readValidation()
    {
        if (m_sheet->validations.size() >= m_limits.maxValidations) {
            m_xml.fail(WorkbookReader::tr("it has more than %1 data validations, the limit.").arg(m_limits.maxValidations));
            return;
        }
        DataValidation v;
        v.type = m_xml.attribute("type");
        v.operatorName = m_xml.attribute("operator");
        v.allowBlank = isTrue(m_xml.attribute("allowBlank"));
        QString sqref = m_xml.attribute("sqref");
        const int depth = m_xml.depth();
        while (m_xml.next()) {
            if (m_xml.isStart("formula1"))
                v.formula1 = m_xml.elementText().trimmed();
            else if (m_xml.isStart("formula2"))
                v.formula2 = m_xml.elementText().trimmed();
            else if (m_xml.isStart("sqref"))
                sqref = m_xml.elementText();
            else if (m_xml.reader().isEndElement() && m_xml.depth() < depth)
                break;
        }
        for (const QString &part : sqref.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            CellRange r;
            if (!range(part, &r))
                return;
            v.ranges.append(r);
        }
        m_sheet->validations.append(v);
    }

    XmlGuard m_xml;
    const QStringList &m_strings;
    const WorkbookLimits &m_limits;
    qint64 *m_budget;
    WorkbookSheet *m_sheet;
    int m_row = 0;
    int m_column = 0;
    bool m_formulas = false;
};

// "Sheet!$A$1:$A$3", "'My sheet'!A1:A3", "$A$1:$A$3" (on `home`).
bool listRange(const QString &formula, const QString &home, QString *sheet, CellRange *range)
{
    QString text = formula.trimmed();
    if (text.startsWith(QLatin1Char('=')))
        text = text.mid(1);
    *sheet = home;
    const qsizetype bang = text.lastIndexOf(QLatin1Char('!'));
    if (bang > 0) {
        QString name = text.left(bang);
        if (name.size() >= 2 && name.startsWith(QLatin1Char('\'')) && name.endsWith(QLatin1Char('\'')))
            name = name.mid(1, name.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
        *sheet = name;
        text = text.mid(bang + 1);
    }
    return CellRange::parse(text, range);
}

QStringList valuesOfRange(const Workbook &workbook, const QString &sheetName, const CellRange &range)
{
    QStringList values;
    const WorkbookSheet *sheet = workbook.sheet(sheetName);
    if (!sheet)
        return values;
    constexpr qint64 MaxListCells = 1000;
    if (qint64(range.lastRow - range.firstRow + 1) * (range.lastColumn - range.firstColumn + 1) > MaxListCells)
        return values;
    for (int r = range.firstRow; r <= range.lastRow; ++r) {
        for (int c = range.firstColumn; c <= range.lastColumn; ++c) {
            const QString t = sheet->text(r, c);
            if (!t.isEmpty())
                values << t;
        }
    }
    return values;
}

} // namespace

bool worksheet(const QByteArray &data, const QStringList &strings, const WorkbookLimits &limits, qint64 *cellBudget,
               WorkbookSheet *sheet, bool *hasFormulas, QString *error)
{
    SheetParser parser(data, strings, limits, cellBudget, sheet);
    return parser.run(hasFormulas, error);
}

void resolveLists(Workbook *workbook)
{
    for (WorkbookSheet &sheet : workbook->sheets) {
        for (DataValidation &v : sheet.validations) {
            if (v.type != QLatin1String("list") || v.formula1.isEmpty())
                continue;
            if (v.formula1.startsWith(QLatin1Char('"'))) {
                QString literal = v.formula1.mid(1);
                if (literal.endsWith(QLatin1Char('"')))
                    literal.chop(1);
                literal.replace(QStringLiteral("\"\""), QStringLiteral("\""));
                for (const QString &word : literal.split(QLatin1Char(',')))
                    v.listValues << word.trimmed();
                continue;
            }
            QString formula = v.formula1;
            const auto named = workbook->definedNames.constFind(formula);
            if (named != workbook->definedNames.constEnd())
                formula = *named;
            QString target;
            CellRange range;
            if (listRange(formula, sheet.name, &target, &range))
                v.listValues = valuesOfRange(*workbook, target, range);
        }
    }
}

} // namespace hoshi::officialform::parse
