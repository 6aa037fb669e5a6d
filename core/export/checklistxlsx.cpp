#include "checklistxlsx.h"

#include "checklisttable.h"
#include "exporttext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <cmath>

namespace hoshi {

namespace {

QByteArray text(const QString &s)
{
    return s.toUtf8();
}

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

// Column widths from the content: wide enough for the longest line, within [minimum, maximum]
// (longer text wraps).
QList<double> columnWidths(const QList<QStringList> &table, const QList<double> &minimum, const QList<double> &maximum)
{
    QList<double> widths = minimum;
    for (const QStringList &row : table) {
        for (int c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], std::min(maximum.at(c), longestLine(row.at(c)) + 1.5));
    }
    return widths;
}

// Writes a header row and the rows under it, with column widths and row heights that fit.
void writeTable(lxw_worksheet *sheet, const Formats &formats, const QStringList &header,
                const QList<QStringList> &rows, const QList<double> &minimum, const QList<double> &maximum)
{
    QList<QStringList> all = rows;
    all.prepend(header);
    const QList<double> widths = columnWidths(all, minimum, maximum);
    for (int c = 0; c < widths.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths.at(c), nullptr);
    for (int r = 0; r < all.size(); ++r) {
        const QStringList &values = all.at(r);
        for (int c = 0; c < values.size(); ++c)
            worksheet_write_string(sheet, lxw_row_t(r), lxw_col_t(c), text(values.at(c)).constData(),
                                   r == 0 ? formats.header : formats.cell);
        worksheet_set_row(sheet, lxw_row_t(r), rowHeight(values, widths), nullptr);
    }
}

QList<QStringList> productFields(const DeclarationSnapshot &s, const QString &language)
{
    const Product &p = s.product;
    const Declaration &d = s.declaration;
    return {
        {QStringLiteral("製造者 / Manufacturer"), s.organisation.name},
        {QStringLiteral("法人番号 / Corporate number"), s.organisation.corporateNumber},
        {QStringLiteral("製品類型 / Product category"), p.category},
        {QStringLiteral("製品名 / Product name"), p.name},
        {QStringLiteral("型番 / Model numbers"), p.modelNumbers.join(QLatin1Char('\n'))},
        {QStringLiteral("対象ファームウェア名 / Firmware name"), p.firmwareName},
        {QStringLiteral("適合ファームウェアバージョン / Conforming firmware version"), p.firmwareVersion},
        {QStringLiteral("バージョンに関する注記 / Notice about versions"), p.versionNotice},
        {QStringLiteral("サポート期間終了日 / Support period end"), ExportText::dateText(p.supportUntil)},
        {QStringLiteral("製品概要 / Summary"), p.summary},
        {QStringLiteral("製品ウェブページ / Product web page"), p.webPage},
        {QStringLiteral("構成図 / Configuration diagram"), p.configurationDiagram},
        {QStringLiteral("製品問合せ窓口 / Product inquiry contact"), p.productContact},
        {QStringLiteral("脆弱性報告窓口 / Vulnerability reporting contact"), p.vulnerabilityContact},
        {QStringLiteral("脆弱性開示ポリシー / Vulnerability disclosure policy"), p.vdpUrl},
        {QStringLiteral("技術基準適合認定番号 / Technical conformity number"), p.technicalConformityNumber},
        {QStringLiteral("その他の認証 / Other certifications"), p.otherCertifications},
        {QStringLiteral("その他のセキュリティ情報 / Other security information"), p.otherSecurityInfo},
        {QStringLiteral("評価基準 / Criteria"), s.criteria.id},
        {QStringLiteral("申請ルート / Route"), ExportText::pick(ExportText::route(d.route), language)},
        {QStringLiteral("評価完了日 / Evaluation completed"), ExportText::dateText(d.evaluationCompletedOn)},
        {QStringLiteral("登録番号 / Registration number"), d.registrationNumber},
        {QStringLiteral("有効期限 / Valid until"), ExportText::dateText(d.validUntil)},
    };
}

void writeProductSheet(lxw_workbook *book, const Formats &formats, const DeclarationSnapshot &s, const QString &language)
{
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Product");
    QList<QStringList> rows = productFields(s, language);
    for (QStringList &row : rows)
        row[0] = ExportText::pick(row.at(0), language);
    writeTable(sheet, formats,
               {ExportText::pick(QStringLiteral("項目 / Field"), language), ExportText::pick(QStringLiteral("値 / Value"), language)},
               rows, {20, 30}, {52, 90});
    setUpPrinting(sheet, 0);
}

void writeChecklistSheet(lxw_workbook *book, const Formats &formats, const DeclarationSnapshot &s, const QString &language)
{
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Checklist");
    QList<QStringList> rows;
    for (const ChecklistRow &row : ChecklistTable::rows(s, language))
        rows << ChecklistTable::cells(row, language);
    QStringList header;
    QList<double> minimum, maximum;
    // The table's nominal width is the middle of the range the content may take.
    for (const ChecklistColumn &column : ChecklistTable::columns(language)) {
        header << column.header;
        minimum << std::max(8.0, column.width * 0.6);
        maximum << std::max(9.0, column.width * 1.5);
    }
    writeTable(sheet, formats, header, rows, minimum, maximum);
    worksheet_autofilter(sheet, 0, 0, lxw_row_t(rows.size()), lxw_col_t(header.size() - 1));
    setUpPrinting(sheet, 1);
}

} // namespace

bool ChecklistXlsx::write(const DeclarationSnapshot &s, const QString &path, QString *error, const QString &language)
{
    // libxlsxwriter builds the workbook in temporary files next to the target, so that a full
    // disk shows up here and not in /tmp.
    QByteArray tmpdir = QFileInfo(path).absolutePath().toLocal8Bit();
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = tmpdir.data();
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook *book = workbook_new_opt(file.constData(), &options);
    if (!book) {
        if (error)
            *error = ChecklistXlsx::tr("Can not create %1.").arg(path);
        return false;
    }
    const QByteArray title = text(QStringLiteral("JC-STAR checklist %1").arg(s.product.name));
    const QByteArray author = text(s.organisation.name);
    const QByteArray creator = text(QStringLiteral("Hoshi %1").arg(QStringLiteral(HOSHI_VERSION)));
    lxw_doc_properties properties{};
    properties.title = const_cast<char *>(title.constData());
    properties.author = const_cast<char *>(author.constData());
    properties.company = const_cast<char *>(author.constData());
    properties.comments = const_cast<char *>(creator.constData());
    workbook_set_properties(book, &properties);

    const Formats formats = addFormats(book);
    writeProductSheet(book, formats, s, language);
    writeChecklistSheet(book, formats, s, language);

    const lxw_error result = workbook_close(book);
    if (result != LXW_NO_ERROR) {
        if (error)
            *error = ChecklistXlsx::tr("Can not write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    return true;
}

} // namespace hoshi
