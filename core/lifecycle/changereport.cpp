// SPDX-License-Identifier: Apache-2.0
#include "changereport.h"

#include "export/exportpdf.h"
#include "export/exporttext.h"
#include "util/atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hoshi {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br/>"));
}

bool firmwareChanged(const ChangeReportInput &input)
{
    for (const ChangeRow &c : input.changes) {
        if (c.area == QLatin1String("product") && c.field.contains(QLatin1String("firmwareVersion")))
            return true;
    }
    return false;
}

QJsonObject rowJson(const ChangeRow &c)
{
    return {{QStringLiteral("area"), c.area},         {QStringLiteral("kind"), c.kind},
            {QStringLiteral("itemId"), c.itemId},     {QStringLiteral("field"), c.field},
            {QStringLiteral("before"), c.before},     {QStringLiteral("after"), c.after},
            {QStringLiteral("affectedItems"), QJsonArray::fromStringList(c.affectedItems)}};
}

} // namespace

QString ChangeReport::notice()
{
    return QStringLiteral("この文書は変更届を準備するための下書きです。Hoshi は IPA の公式様式を記入しません。"
                          "届出には IPA の公式様式を使用してください。 / This is a draft to prepare the change "
                          "notification. Hoshi does not fill in IPA's official form; notify IPA on its official form.");
}

QList<QPair<QString, const Evidence *>> ChangeReport::newFirmwareTests(const ChangeReportInput &input)
{
    QList<QPair<QString, const Evidence *>> out;
    if (!firmwareChanged(input))
        return out;
    const QString firmware = input.current.product.firmwareVersion.trimmed();
    for (const CriteriaItem &item : input.current.criteria.items) {
        // By reference into the snapshot: the pointers must outlive this function.
        const auto it = input.current.evidence.constFind(item.id);
        if (it == input.current.evidence.constEnd())
            continue;
        for (const Evidence &e : *it) {
            if (e.kind == EvidenceKind::DeviceTest && e.firmwareVersion.trimmed() == firmware)
                out.append({item.id, &e});
        }
    }
    return out;
}

QByteArray ChangeReport::json(const ChangeReportInput &in)
{
    QJsonArray changes;
    for (const ChangeRow &c : in.changes)
        changes.append(rowJson(c));
    QJsonArray tests;
    for (const auto &[itemId, e] : newFirmwareTests(in))
        tests.append(QJsonObject{{QStringLiteral("itemId"), itemId},
                                 {QStringLiteral("evidenceId"), e->id},
                                 {QStringLiteral("reference"), ExportText::evidenceLine(*e)}});
    const QJsonObject o{
        {QStringLiteral("format"), QStringLiteral("hoshi-change-report-draft")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("notice"), notice()},
        {QStringLiteral("createdAt"), ExportText::dateTimeText(in.now)},
        {QStringLiteral("declarationId"), in.current.declaration.id},
        {QStringLiteral("organisation"), in.current.organisation.name},
        {QStringLiteral("product"), in.current.product.name},
        {QStringLiteral("criteriaId"), in.current.criteria.id},
        {QStringLiteral("label"), in.label.toJson()},
        {QStringLiteral("baseline"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("label")},
                                                 {QStringLiteral("createdAt"), ExportText::dateTimeText(in.baselineAt)},
                                                 {QStringLiteral("exportId"), in.baselineExportId}}},
        {QStringLiteral("changes"), changes},
        {QStringLiteral("retestPlan"), RetestPlan::toJson(in.retest)},
        {QStringLiteral("newFirmwareDeviceTests"), tests},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString ChangeReport::html(const ChangeReportInput &in)
{
    const DeclarationSnapshot &s = in.current;
    QString html = QStringLiteral("<h1>JC-STAR 変更内容の下書き / Change report draft</h1><p><b>%1</b></p>").arg(esc(notice()));
    html += QStringLiteral("<table cellpadding=\"2\">"
                           "<tr><td>製造者 / Manufacturer</td><td>%1</td></tr>"
                           "<tr><td>製品名 / Product</td><td>%2</td></tr>"
                           "<tr><td>登録番号 / Registration number</td><td>%3</td></tr>"
                           "<tr><td>有効期限 / Valid until</td><td>%4</td></tr>"
                           "<tr><td>基準点 / Compared with</td><td>ラベル記録時の宣言 / the declaration when the label was "
                           "recorded (%5)</td></tr>"
                           "<tr><td>作成日 / Created</td><td>%6</td></tr></table>")
                .arg(esc(s.organisation.name), esc(s.product.name),
                     esc(in.label.registrationNumber.isEmpty() ? QStringLiteral("未登録 / not recorded")
                                                               : in.label.registrationNumber),
                     ExportText::dateText(in.label.validUntil), ExportText::dateTimeText(in.baselineAt),
                     ExportText::dateTimeText(in.now));
    html += QStringLiteral("<h2>変更一覧 / Changes (%1)</h2>").arg(in.changes.size());
    if (in.changes.isEmpty())
        html += QStringLiteral("<p>ラベル記録以降の変更はありません / Nothing changed since the label.</p>");
    else
        html += QStringLiteral("<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                               "<thead><tr><th width=\"12%\">区分 / Area</th><th width=\"18%\">項目・欄 / Field</th>"
                               "<th width=\"27%\">変更前 / Before</th><th width=\"27%\">変更後 / After</th>"
                               "<th width=\"16%\">影響する項目 / Affected items</th></tr></thead>");
    for (const ChangeRow &c : in.changes)
        html += QStringLiteral("<tr><td>%1 (%2)</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(esc(c.area), esc(c.kind),
                         esc(c.itemId.isEmpty() ? c.field : QStringLiteral("%1 %2").arg(c.itemId, c.field)),
                         esc(c.before), esc(c.after), esc(c.affectedItems.join(QStringLiteral(", "))));
    if (!in.changes.isEmpty())
        html += QStringLiteral("</table>");
    html += QStringLiteral("<h2>再テスト計画 / Re-test plan (firmware %1)</h2>").arg(esc(s.product.firmwareVersion));
    if (in.retest.isEmpty())
        html += QStringLiteral("<p>再テストが必要な実機テストはありません / No device test needs to run again.</p>");
    for (const RetestItem &r : in.retest)
        html += QStringLiteral("<p>%1: 実機テスト時のファームウェア / tested on firmware %2 → %3</p>")
                    .arg(esc(r.itemId), esc(r.testedFirmware.join(QStringLiteral(", "))), esc(s.product.firmwareVersion));
    const auto tests = newFirmwareTests(in);
    if (!tests.isEmpty()) {
        html += QStringLiteral("<h2>新しいファームウェアでの実機テスト / Device tests on the new firmware %1</h2>")
                    .arg(esc(s.product.firmwareVersion));
        for (const auto &[itemId, e] : tests)
            html += QStringLiteral("<p>%1: %2</p>").arg(esc(itemId), esc(ExportText::evidenceLine(*e)));
    }
    return html;
}

bool ChangeReport::write(const ChangeReportInput &input, const QString &outDir, QStringList *written, QString *error)
{
    const QDir dir(outDir);
    const QString pdfPath = dir.filePath(QLatin1String(PdfName));
    const QString jsonPath = dir.filePath(QLatin1String(JsonName));
    for (const QString &path : {pdfPath, jsonPath}) {
        if (QFileInfo::exists(path)) {
            if (error)
                *error = tr("%1 already exists; it is not replaced.").arg(path);
            return false;
        }
    }
    QByteArray pdf;
    if (!ExportPdf::document(html(input), QStringLiteral("JC-STAR change report draft %1").arg(input.current.product.name),
                             {}, {}, &pdf, error))
        return false;
    if (!dir.exists() && !QDir().mkpath(dir.absolutePath())) {
        if (error)
            *error = tr("The folder %1 does not exist and can not be created.").arg(outDir);
        return false;
    }
    if (!AtomicFile::write(pdfPath, pdf, error))
        return false;
    if (!AtomicFile::write(jsonPath, json(input), error)) {
        QFile::remove(pdfPath);
        return false;
    }
    if (written)
        *written = {pdfPath, jsonPath};
    return true;
}

} // namespace hoshi
