#include "checklistxlsx.h"

#include "checklisttable.h"
#include "exporttext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

namespace hoshi {

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
    auto text = [](const QString &s) { return s.toUtf8(); };

    const QByteArray title = text(QStringLiteral("JC-STAR checklist %1").arg(s.product.name));
    const QByteArray author = text(s.organisation.name);
    const QByteArray creator = text(QStringLiteral("Hoshi %1").arg(QStringLiteral(HOSHI_VERSION)));
    lxw_doc_properties properties{};
    properties.title = const_cast<char *>(title.constData());
    properties.author = const_cast<char *>(author.constData());
    properties.company = const_cast<char *>(author.constData());
    properties.comments = const_cast<char *>(creator.constData());
    workbook_set_properties(book, &properties);

    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bg_color(header, 0xE6E9EF);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *cell = workbook_add_format(book);
    format_set_text_wrap(cell);
    format_set_border(cell, LXW_BORDER_THIN);
    format_set_align(cell, LXW_ALIGN_VERTICAL_TOP);

    // Product sheet: field / value.
    lxw_worksheet *product = workbook_add_worksheet(book, "Product");
    worksheet_set_column(product, 0, 0, 42, nullptr);
    worksheet_set_column(product, 1, 1, 70, nullptr);
    const Product &p = s.product;
    const Declaration &d = s.declaration;
    const QList<QPair<QString, QString>> fields = {
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
    worksheet_write_string(product, 0, 0, text(ExportText::pick(QStringLiteral("項目 / Field"), language)).constData(), header);
    worksheet_write_string(product, 0, 1, text(ExportText::pick(QStringLiteral("値 / Value"), language)).constData(), header);
    lxw_row_t r = 1;
    for (const auto &[label, value] : fields) {
        worksheet_write_string(product, r, 0, text(ExportText::pick(label, language)).constData(), cell);
        worksheet_write_string(product, r, 1, text(value).constData(), cell);
        ++r;
    }

    // Checklist sheet: one header row, then one row per item.
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Checklist");
    const QList<ChecklistColumn> columns = ChecklistTable::columns(language);
    for (int c = 0; c < columns.size(); ++c) {
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), columns.at(c).width, nullptr);
        worksheet_write_string(sheet, 0, lxw_col_t(c), text(columns.at(c).header).constData(), header);
    }
    worksheet_freeze_panes(sheet, 1, 1);
    r = 1;
    const QList<ChecklistRow> rows = ChecklistTable::rows(s, language);
    for (const ChecklistRow &row : rows) {
        const QStringList values = ChecklistTable::cells(row, language);
        for (int c = 0; c < values.size(); ++c)
            worksheet_write_string(sheet, r, lxw_col_t(c), text(values.at(c)).constData(), cell);
        ++r;
    }
    worksheet_autofilter(sheet, 0, 0, lxw_row_t(rows.size()), lxw_col_t(columns.size() - 1));

    const lxw_error result = workbook_close(book);
    if (result != LXW_NO_ERROR) {
        if (error)
            *error = ChecklistXlsx::tr("Can not write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    return true;
}

} // namespace hoshi
