// SPDX-License-Identifier: Apache-2.0
#include "checklistxlsx.h"

#include "checklisttable.h"
#include "exporttext.h"
#include "tablewriter.h"

#include <algorithm>

namespace hoshi {

namespace {

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

TableSheet productSheet(const DeclarationSnapshot &s, const QString &language)
{
    TableSheet sheet;
    sheet.name = QStringLiteral("Product");
    sheet.header = QStringList{ExportText::pick(QStringLiteral("項目 / Field"), language),
                               ExportText::pick(QStringLiteral("値 / Value"), language)};
    sheet.rows = productFields(s, language);
    for (QStringList &row : sheet.rows)
        row[0] = ExportText::pick(row.at(0), language);
    sheet.minimumWidths = {20, 30};
    sheet.maximumWidths = {52, 90};
    sheet.autofilter = false;
    return sheet;
}

TableSheet checklistSheet(const DeclarationSnapshot &s, const QString &language)
{
    TableSheet sheet;
    sheet.name = QStringLiteral("Checklist");
    for (const ChecklistRow &row : ChecklistTable::rows(s, language))
        sheet.rows << ChecklistTable::cells(row, language);
    // The table's nominal width is the middle of the range the content may take.
    for (const ChecklistColumn &column : ChecklistTable::columns(language)) {
        sheet.header << column.header;
        sheet.minimumWidths << std::max(8.0, column.width * 0.6);
        sheet.maximumWidths << std::max(9.0, column.width * 1.5);
    }
    sheet.frozenColumns = 1;
    return sheet;
}

} // namespace

bool ChecklistXlsx::write(const DeclarationSnapshot &s, const QString &path, QString *error, const QString &language)
{
    TableWriter::Properties properties;
    properties.title = QStringLiteral("JC-STAR checklist %1").arg(s.product.name);
    properties.author = s.organisation.name;
    properties.comments = QStringLiteral("Hoshi %1").arg(QStringLiteral(HOSHI_VERSION));
    return TableWriter::writeXlsx(path, {productSheet(s, language), checklistSheet(s, language)}, properties, error);
}

} // namespace hoshi
