// SPDX-License-Identifier: Apache-2.0
#include "labelpage.h"

#include "export/exportpdf.h"
#include "export/exporttext.h"
#include "util/atomicfile.h"

#include <QPainter>

#include <qrencode.h>

namespace hoshi {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br/>"));
}

QString date(const QDate &d)
{
    return ExportText::dateText(d);
}

QList<LabelPageField> productFields(const DeclarationSnapshot &s)
{
    const Product &p = s.product;
    const Declaration &d = s.declaration;
    return {
        {QStringLiteral("製造者 / Manufacturer"), s.organisation.name},
        {QStringLiteral("製品類型 / Product category"), p.category},
        {QStringLiteral("製品名 / Product name"), p.name},
        {QStringLiteral("型番 / Model numbers"), p.modelNumbers.join(QLatin1Char('\n'))},
        {QStringLiteral("対象ファームウェア名 / Firmware name"), p.firmwareName},
        {QStringLiteral("適合ファームウェアバージョン / Conforming firmware version"), p.firmwareVersion},
        {QStringLiteral("バージョンに関する注記 / Notice about versions"), p.versionNotice, true},
        {QStringLiteral("サポート期間終了日 / Support period end"), date(p.supportUntil)},
        {QStringLiteral("製品概要 / Product summary"), p.summary, true},
        {QStringLiteral("製品ウェブページ / Product web page"), p.webPage, true},
        {QStringLiteral("構成図 / Configuration diagram"), p.configurationDiagram, true},
        {QStringLiteral("製品問合せ窓口 / Product inquiry contact"), p.productContact},
        {QStringLiteral("脆弱性・不具合報告窓口 / Vulnerability reporting contact"), p.vulnerabilityContact},
        {QStringLiteral("技術基準適合認定番号 / Technical conformity number"), p.technicalConformityNumber, true},
        {QStringLiteral("その他の認証番号 / Other certification numbers"), p.otherCertifications, true},
        {QStringLiteral("評価方法 / Evaluation method"),
         s.criteria.assessment == AssessmentKind::ThirdParty ? QStringLiteral("第三者評価 / Third-party evaluation")
                                                             : QStringLiteral("自己評価 / Self-assessment")},
        {QStringLiteral("評価完了日 / Evaluation completed"), date(d.evaluationCompletedOn)},
        {QStringLiteral("PSTI相互承認 / PSTI mutual recognition"),
         d.route == Route::Psti ? QStringLiteral("申請 / Applied") : QStringLiteral("申請なし / Not applied")},
        {QStringLiteral("脆弱性開示ポリシー / Vulnerability disclosure policy"), p.vdpUrl, true},
        {QStringLiteral("その他のセキュリティ情報 / Other security information"), p.otherSecurityInfo, true},
    };
}

QString fieldRows(const QList<LabelPageField> &fields)
{
    QString html;
    for (const LabelPageField &f : fields) {
        // An optional field left empty is not a gap: a dash, not the red "not recorded".
        const bool empty = f.value.trimmed().isEmpty();
        const QString value = !empty     ? esc(f.value)
                              : f.optional ? QStringLiteral("<span style=\"color:#808080\">—</span>")
                                           : QStringLiteral("<span style=\"color:#a00000\">%1</span>").arg(esc(LabelPage::missingText()));
        html += QStringLiteral("<tr><td width=\"40%\" style=\"color:#404040\">%1</td><td>%2</td></tr>").arg(esc(f.caption), value);
    }
    return html;
}

} // namespace

QString LabelPage::missingText()
{
    return QStringLiteral("未登録 / not recorded");
}

LabelPageView LabelPage::of(const DeclarationSnapshot &s, const LabelRecord &r, const QDate &today)
{
    LabelPageView v;
    v.level = s.criteria.level;
    v.registrationNumber = r.registrationNumber;
    v.productPageUrl = r.productPageUrl;
    const LabelStatus status = LabelRules::effectiveStatus(r, today);
    v.label = {
        {QStringLiteral("登録番号 / Registration number"), r.registrationNumber},
        {QStringLiteral("レベル / Level"), s.criteria.level > 0 ? QStringLiteral("★%1").arg(s.criteria.level) : QString()},
        {QStringLiteral("適合基準 / Criteria version"), s.criteria.id},
        {QStringLiteral("初回発行日 / First issued"), date(r.issuedOn)},
        {QStringLiteral("有効期限 / Valid until"), date(r.validUntil)},
        {QStringLiteral("最終延長日 / Last extension"), date(r.extendedOn)},
        {QStringLiteral("後継製品・ラベル / Successor product or label"), r.successor},
        {QStringLiteral("状態 / Status"), status == LabelStatus::None ? QString() : ExportText::labelStatus(status)},
    };
    v.product = productFields(s);
    return v;
}

QString LabelPage::html(const LabelPageView &v)
{
    const QString stars = v.level > 0 ? QString(v.level, QChar(0x2605)) : QStringLiteral("☆");
    const QString qr = v.productPageUrl.isEmpty()
                           ? QStringLiteral("<p style=\"color:#a00000\">QR: 製品ページ URL 未登録 / product page URL not "
                                            "recorded</p>")
                           : QStringLiteral("<img src=\"%1\" width=\"110\" height=\"110\"/><br/><span style=\"font-size:7pt\">%2</span>")
                                 .arg(QLatin1String(QrResource), esc(v.productPageUrl));
    const QString number = v.registrationNumber.isEmpty() ? esc(missingText()) : esc(v.registrationNumber);
    QString html = QStringLiteral(
                       "<p style=\"font-size:8pt; color:#505050\">下書き: IPA が公開するラベルページのプレビュー（Hoshi が作成、IPA の公式ページではありません）/ "
                       "Draft preview of the public label page as IPA publishes it (made by Hoshi; not IPA's page)</p>"
                       "<table width=\"100%\" cellpadding=\"6\" border=\"1\" cellspacing=\"0\"><tr>"
                       "<td width=\"30%\" align=\"center\"><span style=\"font-size:28pt; color:#0b4f9c\">%1</span><br/>"
                       "<b>JC-STAR</b><br/><span style=\"font-size:9pt\">%2</span></td>"
                       "<td width=\"40%\"><h1>%3</h1></td><td width=\"30%\" align=\"center\">%4</td></tr></table>")
                       .arg(stars, number, QStringLiteral("JC-STAR ラベル<br/>JC-STAR label"), qr);
    html += QStringLiteral("<h2>ラベル情報 / Label</h2><table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">")
            + fieldRows(v.label) + QStringLiteral("</table>");
    html += QStringLiteral("<h2>製品情報 / Product</h2><table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">")
            + fieldRows(v.product) + QStringLiteral("</table>");
    return html;
}

QImage LabelPage::qrCode(const QString &text, int moduleSize)
{
    if (text.isEmpty() || moduleSize <= 0)
        return {};
    const QByteArray data = text.toUtf8();
    QRcode *code = QRcode_encodeData(int(data.size()), reinterpret_cast<const unsigned char *>(data.constData()), 0,
                                     QR_ECLEVEL_M);
    if (!code)
        return {};
    const int quiet = 4;
    const int side = (code->width + 2 * quiet) * moduleSize;
    QImage image(side, side, QImage::Format_Mono);
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    image.fill(0);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (!(code->data[y * code->width + x] & 1))
                continue;
            for (int dy = 0; dy < moduleSize; ++dy)
                for (int dx = 0; dx < moduleSize; ++dx)
                    image.setPixel((x + quiet) * moduleSize + dx, (y + quiet) * moduleSize + dy, 1);
        }
    }
    QRcode_free(code);
    return image;
}

bool LabelPage::writePdf(const LabelPageView &v, const QString &path, QString *error)
{
    QHash<QString, QImage> images;
    if (!v.productPageUrl.isEmpty())
        images.insert(QLatin1String(QrResource), qrCode(v.productPageUrl, 8));
    QByteArray pdf;
    if (!ExportPdf::document(html(v), QStringLiteral("JC-STAR label page %1").arg(v.registrationNumber), images, {},
                             &pdf, error))
        return false;
    return AtomicFile::write(path, pdf, error);
}

} // namespace hoshi
