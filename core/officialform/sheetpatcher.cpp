// SPDX-License-Identifier: Apache-2.0
#include "sheetpatcher.h"

#include "formfiller.h"

#include <QList>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>

namespace hoshi::officialform::patch {

namespace {

struct Edit {
    qsizetype at = 0;
    qsizetype remove = 0;
    QString insert;
};

struct CellSpan {
    int column = 0;
    qsizetype start = 0; // '<' of <c>
    qsizetype end = 0;   // after </c> or />
    QString style;
};

struct RowSpan {
    int row = 0;
    qsizetype start = 0;    // '<' of <row>
    qsizetype tagEnd = 0;   // after the start tag
    qsizetype closeStart = -1; // '<' of </row>; -1 for <row/>
    QString style;
    bool customFormat = false;
    QList<CellSpan> cells;
};

struct ColumnStyle {
    int min = 0, max = 0;
    QString style;
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString attr(const QXmlStreamReader &r, const char *name)
{
    return r.attributes().value(QLatin1String(name)).toString();
}

// Decodes a part, keeping a UTF-8 byte order mark aside; refuses anything that would not encode
// back to the same bytes.
bool decode(const QByteArray &data, QByteArray *bom, QString *text, QString *error)
{
    const bool hasBom = data.startsWith("\xEF\xBB\xBF");
    *bom = hasBom ? data.left(3) : QByteArray();
    const QByteArray body = hasBom ? data.mid(3) : data;
    *text = QString::fromUtf8(body);
    if (text->toUtf8() != body)
        return fail(error, FormFiller::tr("The part is not UTF-8; it is left untouched and the form can not be filled."));
    return true;
}

// The start of the tag that ends just before `end` (attribute values can not hold '<').
qsizetype tagStart(const QString &text, qsizetype end)
{
    return text.lastIndexOf(QLatin1Char('<'), end - 1);
}

struct SheetMap {
    QString prefix; // "" or "x:" as the worksheet writes its elements
    qsizetype sheetDataTagEnd = -1;
    qsizetype sheetDataClose = -1; // -1 for <sheetData/>
    QList<RowSpan> rows;
    QList<ColumnStyle> columns;
};

bool mapSheet(const QString &text, SheetMap *map, QString *error)
{
    QXmlStreamReader r(text);
    int impliedRow = 0;
    int impliedColumn = 0;
    bool inSheetData = false;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        const qsizetype offset = qsizetype(r.characterOffset());
        if (token == QXmlStreamReader::DTD)
            return fail(error, FormFiller::tr("A worksheet holds a document type declaration."));
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = r.name();
            if (name == QLatin1String("worksheet"))
                map->prefix = r.prefix().isEmpty() ? QString() : r.prefix().toString() + QLatin1Char(':');
            if (name == QLatin1String("col")) {
                map->columns.append({attr(r, "min").toInt(), attr(r, "max").toInt(), attr(r, "style")});
            } else if (name == QLatin1String("sheetData")) {
                inSheetData = true;
                map->sheetDataTagEnd = offset;
            } else if (inSheetData && name == QLatin1String("row")) {
                RowSpan row;
                const QString number = attr(r, "r");
                row.row = number.isEmpty() ? impliedRow + 1 : number.toInt();
                impliedRow = row.row;
                impliedColumn = 0;
                row.start = tagStart(text, offset);
                row.tagEnd = offset;
                row.style = attr(r, "s");
                row.customFormat = attr(r, "customFormat") == QLatin1String("1") || attr(r, "customFormat") == QLatin1String("true");
                map->rows.append(row);
            } else if (inSheetData && name == QLatin1String("c") && !map->rows.isEmpty()) {
                CellSpan cell;
                const QString ref = attr(r, "r");
                int row = 0;
                if (ref.isEmpty())
                    cell.column = impliedColumn + 1;
                else if (!CellRef::parseA1(ref, &row, &cell.column))
                    return fail(error, FormFiller::tr("A cell has the reference \"%1\".").arg(ref));
                impliedColumn = cell.column;
                cell.start = tagStart(text, offset);
                cell.style = attr(r, "s");
                map->rows.last().cells.append(cell);
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const QStringView name = r.name();
            if (name == QLatin1String("sheetData")) {
                inSheetData = false;
                map->sheetDataClose = offset == map->sheetDataTagEnd ? -1 : tagStart(text, offset);
            } else if (inSheetData && name == QLatin1String("row")) {
                RowSpan &row = map->rows.last();
                row.closeStart = offset == row.tagEnd ? -1 : tagStart(text, offset);
            } else if (inSheetData && name == QLatin1String("c") && !map->rows.isEmpty()) {
                map->rows.last().cells.last().end = offset;
            }
        }
    }
    if (r.hasError())
        return fail(error, FormFiller::tr("A worksheet is not well-formed XML: %1").arg(r.errorString()));
    if (map->sheetDataTagEnd < 0)
        return fail(error, FormFiller::tr("A worksheet has no cell data (sheetData)."));
    return true;
}

QString cellXml(const QString &prefix, int row, int column, const QString &style, const QString &value)
{
    QString xml = QStringLiteral("<%1c r=\"%2\"").arg(prefix, CellRef::columnName(column) + QString::number(row));
    if (!style.isEmpty())
        xml += QStringLiteral(" s=\"%1\"").arg(style.toHtmlEscaped());
    xml += QStringLiteral(" t=\"inlineStr\"><%1is><%1t xml:space=\"preserve\">%2</%1t></%1is></%1c>").arg(prefix, escapeCellText(value));
    return xml;
}

QString newCellStyle(const SheetMap &map, const RowSpan *row, int column)
{
    if (row && row->customFormat && !row->style.isEmpty())
        return row->style;
    for (const ColumnStyle &c : map.columns) {
        if (column >= c.min && column <= c.max)
            return c.style;
    }
    return {};
}

// The edits for the cells of one existing row.
void patchRow(const SheetMap &map, const RowSpan &row, const QMap<int, QString> &values, QList<Edit> *edits)
{
    QMap<qsizetype, QString> inserts; // position -> new cells, in column order
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const int column = it.key();
        const auto existing = std::find_if(row.cells.begin(), row.cells.end(), [&](const CellSpan &c) { return c.column == column; });
        if (existing != row.cells.end()) {
            edits->append({existing->start, existing->end - existing->start, cellXml(map.prefix, row.row, column, existing->style, *it)});
            continue;
        }
        const auto after = std::find_if(row.cells.begin(), row.cells.end(), [&](const CellSpan &c) { return c.column > column; });
        const qsizetype at = after != row.cells.end() ? after->start : row.closeStart >= 0 ? row.closeStart : row.tagEnd - 2;
        inserts[at] += cellXml(map.prefix, row.row, column, newCellStyle(map, &row, column), *it);
    }
    for (auto it = inserts.constBegin(); it != inserts.constEnd(); ++it) {
        if (row.closeStart < 0 && it.key() == row.tagEnd - 2) // <row .../> becomes <row ...>cells</row>
            edits->append({it.key(), 2, QStringLiteral(">") + *it + QStringLiteral("</%1row>").arg(map.prefix)});
        else
            edits->append({it.key(), 0, *it});
    }
}

} // namespace

QString escapeCellText(const QString &text)
{
    static const QRegularExpression literalEscape(QStringLiteral("_(x[0-9A-Fa-f]{4}_)"));
    QString escaped = QString(text).replace(literalEscape, QStringLiteral("_x005F_\\1"));
    QString out;
    out.reserve(escaped.size());
    for (const QChar ch : std::as_const(escaped)) {
        const char16_t c = ch.unicode();
        if (c == u'&')
            out += QStringLiteral("&amp;");
        else if (c == u'<')
            out += QStringLiteral("&lt;");
        else if (c == u'>')
            out += QStringLiteral("&gt;");
        else if (c == u'\r')
            out += QStringLiteral("_x000D_");
        else if ((c < 0x20 && c != u'\n' && c != u'\t') || c == 0xFFFE || c == 0xFFFF)
            out += QStringLiteral("_x%1_").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper().replace(QStringLiteral("_X"), QStringLiteral("_x"));
        else
            out += ch;
    }
    return out;
}

bool worksheet(const QByteArray &data, const CellValues &values, QByteArray *out, QString *error)
{
    QByteArray bom;
    QString text;
    SheetMap map;
    if (!decode(data, &bom, &text, error) || !mapSheet(text, &map, error))
        return false;
    QMap<int, QMap<int, QString>> byRow;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        byRow[int(it.key() >> 16)].insert(int(it.key() & 0xFFFF), *it);

    QList<Edit> edits;
    QMap<qsizetype, QString> newRows;
    for (auto it = byRow.constBegin(); it != byRow.constEnd(); ++it) {
        const auto row = std::find_if(map.rows.cbegin(), map.rows.cend(), [&](const RowSpan &r) { return r.row == it.key(); });
        if (row != map.rows.cend()) {
            patchRow(map, *row, *it, &edits);
            continue;
        }
        QString cells;
        for (auto c = it->constBegin(); c != it->constEnd(); ++c)
            cells += cellXml(map.prefix, it.key(), c.key(), newCellStyle(map, nullptr, c.key()), *c);
        const auto after = std::find_if(map.rows.cbegin(), map.rows.cend(), [&](const RowSpan &r) { return r.row > it.key(); });
        const qsizetype at = after != map.rows.cend() ? after->start : map.sheetDataClose >= 0 ? map.sheetDataClose : map.sheetDataTagEnd - 2;
        newRows[at] += QStringLiteral("<%1row r=\"%2\">%3</%1row>").arg(map.prefix).arg(it.key()).arg(cells);
    }
    for (auto it = newRows.constBegin(); it != newRows.constEnd(); ++it) {
        if (map.sheetDataClose < 0 && it.key() == map.sheetDataTagEnd - 2)
            edits.append({it.key(), 2, QStringLiteral(">") + *it + QStringLiteral("</%1sheetData>").arg(map.prefix)});
        else
            edits.append({it.key(), 0, *it});
    }
    std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.at > b.at; });
    for (const Edit &e : std::as_const(edits))
        text.replace(e.at, e.remove, e.insert);
    *out = bom + text.toUtf8();
    return true;
}

bool fullCalcOnLoad(const QByteArray &data, QByteArray *out, QString *error)
{
    QByteArray bom;
    QString text;
    if (!decode(data, &bom, &text, error))
        return false;
    QXmlStreamReader r(text);
    QString prefix;
    qsizetype insertAt = -1;
    int depth = 0;
    static const QStringList before{QStringLiteral("fileVersion"), QStringLiteral("fileSharing"), QStringLiteral("workbookPr"),
                                    QStringLiteral("workbookProtection"), QStringLiteral("bookViews"), QStringLiteral("sheets"),
                                    QStringLiteral("functionGroups"), QStringLiteral("externalReferences"),
                                    QStringLiteral("definedNames")};
    while (!r.atEnd()) {
        const auto token = r.readNext();
        const qsizetype offset = qsizetype(r.characterOffset());
        if (token == QXmlStreamReader::DTD)
            return fail(error, FormFiller::tr("The workbook part holds a document type declaration."));
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (depth == 1)
                prefix = r.prefix().isEmpty() ? QString() : r.prefix().toString() + QLatin1Char(':');
            if (depth == 2 && r.name() == QLatin1String("calcPr")) {
                if (attr(r, "fullCalcOnLoad") == QLatin1String("1") || attr(r, "fullCalcOnLoad") == QLatin1String("true")) {
                    *out = data;
                    return true;
                }
                if (!r.attributes().value(QLatin1String("fullCalcOnLoad")).isNull()) {
                    *out = data; // the template turns it off on purpose: left as it is
                    return true;
                }
                const qsizetype end = text.at(offset - 2) == u'/' ? offset - 2 : offset - 1;
                text.insert(end, QStringLiteral(" fullCalcOnLoad=\"1\""));
                *out = bom + text.toUtf8();
                return true;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == 2 && before.contains(r.name().toString()))
                insertAt = offset;
            --depth;
        }
    }
    if (r.hasError() || insertAt < 0)
        return fail(error, FormFiller::tr("The workbook part can not be read: %1").arg(r.errorString()));
    text.insert(insertAt, QStringLiteral("<%1calcPr fullCalcOnLoad=\"1\"/>").arg(prefix));
    *out = bom + text.toUtf8();
    return true;
}

} // namespace hoshi::officialform::patch
