// SPDX-License-Identifier: Apache-2.0
#include "tablewriter.h"

#include "util/atomicfile.h"
#include "util/errors.h"

#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

namespace hoshi {

namespace {

struct Formats {
    lxw_format *header = nullptr;
    lxw_format *cell = nullptr;
};

Formats addFormats(lxw_workbook *book)
{
    Formats f;
    f.header = workbook_add_format(book);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xE6E9EF);
    format_set_border(f.header, LXW_BORDER_THIN);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
    f.cell = workbook_add_format(book);
    format_set_text_wrap(f.cell);
    format_set_border(f.cell, LXW_BORDER_THIN);
    format_set_align(f.cell, LXW_ALIGN_VERTICAL_TOP);
    return f;
}

// Every sheet prints the same way: A4 landscape, one page wide (as many pages tall as it
// takes), the header row repeated on each page and frozen on screen, page numbers below.
void setUpPrinting(lxw_worksheet *sheet, lxw_col_t frozenColumns)
{
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9); // A4
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, 0, 0);
    worksheet_freeze_panes(sheet, 1, frozenColumns);
    worksheet_set_margins(sheet, 0.4, 0.4, 0.6, 0.6);
    worksheet_set_footer(sheet, "&L&A&R&P / &N");
}

// Width of text in Excel column units (the width of "0"): CJK and full-width characters take
// about two.
double displayWidth(const QString &line)
{
    double width = 0;
    for (const QChar c : line) {
        const QChar::Script script = c.script();
        const bool wide = script == QChar::Script_Han || script == QChar::Script_Hiragana
                          || script == QChar::Script_Katakana || (c.unicode() >= 0x3000 && c.unicode() <= 0x30ff)
                          || (c.unicode() >= 0xff00 && c.unicode() <= 0xffef) || c.isSurrogate();
        // Measured against LibreOffice's print of the demo: a CJK glyph is about 1.7 widths of
        // "0", Latin text about one.
        width += wide ? 1.7 : 1.0;
    }
    return width;
}

double longestLine(const QString &cellText)
{
    double widest = 0;
    for (const QString &line : cellText.split(QLatin1Char('\n')))
        widest = std::max(widest, displayWidth(line));
    return widest;
}

// Lines a wrapped cell takes in a column of this width (LibreOffice and Excel do not grow
// rows written with a fixed height, and libxlsxwriter can not measure, so it is estimated).
int wrappedLines(const QString &cellText, double columnWidth)
{
    int lines = 0;
    const double usable = std::max(1.0, columnWidth - 1.0);
    for (const QString &line : cellText.split(QLatin1Char('\n')))
        lines += std::max(1, int(std::ceil(displayWidth(line) / usable)));
    return lines;
}

double rowHeight(const QStringList &values, const QList<double> &widths)
{
    int lines = 1;
    for (int c = 0; c < values.size() && c < widths.size(); ++c)
        lines = std::max(lines, wrappedLines(values.at(c), widths.at(c)));
    constexpr double pointsPerLine = 15.0; // 11-point text with CJK glyphs
    return std::min(409.0, lines * pointsPerLine + 3.0); // 409 pt is the largest row Excel allows
}

// Column widths from the content: wide enough for the longest line, within [minimum, maximum].
QList<double> columnWidths(const TableSheet &sheet)
{
    QList<double> widths;
    for (int c = 0; c < sheet.header.size(); ++c) {
        const double minimum = sheet.minimumWidths.value(c, 8.0);
        const double maximum = std::max(minimum, sheet.maximumWidths.value(c, 60.0));
        double width = std::max(minimum, std::min(maximum, longestLine(sheet.header.at(c)) + 1.5));
        for (const QStringList &row : sheet.rows)
            width = std::max(width, std::min(maximum, longestLine(row.value(c)) + 1.5));
        widths << width;
    }
    return widths;
}

void writeSheet(lxw_workbook *book, const Formats &formats, const TableSheet &sheet)
{
    const QByteArray name = sheet.name.toUtf8();
    lxw_worksheet *ws = workbook_add_worksheet(book, name.isEmpty() ? nullptr : name.constData());
    const QList<double> widths = columnWidths(sheet);
    for (int c = 0; c < widths.size(); ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths.at(c), nullptr);
    QList<QStringList> all = sheet.rows;
    all.prepend(sheet.header);
    for (int r = 0; r < all.size(); ++r) {
        const QStringList &values = all.at(r);
        for (int c = 0; c < values.size(); ++c) {
            const QString &value = values.at(c);
            if (r > 0 && sheet.numericColumns.contains(c) && !value.isEmpty())
                worksheet_write_number(ws, lxw_row_t(r), lxw_col_t(c), value.toDouble(), formats.cell);
            else
                worksheet_write_string(ws, lxw_row_t(r), lxw_col_t(c), value.toUtf8().constData(),
                                       r == 0 ? formats.header : formats.cell);
        }
        worksheet_set_row(ws, lxw_row_t(r), rowHeight(values, widths), nullptr);
    }
    if (sheet.autofilter)
        worksheet_autofilter(ws, 0, 0, lxw_row_t(sheet.rows.size()), lxw_col_t(std::max<qsizetype>(1, sheet.header.size()) - 1));
    setUpPrinting(ws, lxw_col_t(sheet.frozenColumns));
}

// Writes the workbook to `file` (beside the target; AtomicFile renames it).
bool writeWorkbook(const QString &file, const QList<TableSheet> &sheets, const TableWriter::Properties &p,
                   QString *failure)
{
    // libxlsxwriter builds the workbook in temporary files next to the target, so that a full
    // disk shows up here and not in /tmp.
    QByteArray tmpdir = QFile::encodeName(QFileInfo(file).absolutePath());
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = tmpdir.data();
    const QByteArray name = QFile::encodeName(file);
    lxw_workbook *book = workbook_new_opt(name.constData(), &options);
    if (!book) {
        setError(failure, TableWriter::tr("the workbook cannot be created"));
        return false;
    }
    QByteArray title = p.title.toUtf8();
    QByteArray author = p.author.toUtf8();
    QByteArray comments = p.comments.toUtf8();
    lxw_doc_properties properties{};
    properties.title = title.data();
    properties.author = author.data();
    properties.company = author.data();
    properties.comments = comments.data();
    workbook_set_properties(book, &properties);
    const Formats formats = addFormats(book);
    for (const TableSheet &sheet : sheets)
        writeSheet(book, formats, sheet);
    const lxw_error result = workbook_close(book);
    if (result != LXW_NO_ERROR) {
        setError(failure, QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    return true;
}

} // namespace

QByteArray TableWriter::csvLine(const QStringList &fields)
{
    QStringList quoted;
    for (QString f : fields) {
        // Bare CR or LF inside a cell: keep the line break, normalised to CRLF as Excel writes it.
        f.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        f.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        f.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
        // A cell starting with = + - @ would run as a formula in a spreadsheet.
        if (!f.isEmpty() && QStringLiteral("=+-@").contains(f.front()))
            f.prepend(QLatin1Char('\''));
        if (f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n'))
            || f.startsWith(QLatin1Char(' ')) || f.endsWith(QLatin1Char(' '))) {
            f.replace(QLatin1Char('"'), QLatin1String("\"\""));
            f = QLatin1Char('"') + f + QLatin1Char('"');
        }
        quoted << f;
    }
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QByteArray TableWriter::csv(const TableSheet &sheet)
{
    QByteArray out = utf8Bom();
    out += csvLine(sheet.header);
    for (const QStringList &row : sheet.rows)
        out += csvLine(row);
    return out;
}

bool TableWriter::writeCsv(const QString &path, const TableSheet &sheet, QString *error)
{
    return AtomicFile::write(path, csv(sheet), error);
}

bool TableWriter::writeXlsx(const QString &path, const QList<TableSheet> &sheets, const Properties &properties,
                            QString *error)
{
    return AtomicFile::writeVia(path, [&](const QString &aside, QString *failure) {
        return writeWorkbook(aside, sheets, properties, failure);
    }, error);
}

} // namespace hoshi
