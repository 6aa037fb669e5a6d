// SPDX-License-Identifier: Apache-2.0
#include "exportpdf.h"

#include "review/signoffrecord.h"

#include "checklisttable.h"
#include "exporttext.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUrl>

#include <mutex>

namespace hoshi {

namespace {

QString esc(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    return html;
}

// A label/value row; `labelWidth` lines up the tables of the application data (45 %: the longest
// bilingual label fits on one line at 100 % in the proportional font; the values are short).
QString row(const QString &label, const QString &value, const QString &labelWidth = QStringLiteral("45%"))
{
    const QString width = labelWidth.isEmpty() ? QString() : QStringLiteral(" width=\"%1\"").arg(labelWidth);
    return QStringLiteral("<tr><td class=\"label\"%1>%2</td><td>%3</td></tr>").arg(width, esc(label), esc(value));
}

QString headerRow(const QString &label, const QString &value)
{
    return row(label, value, QString());
}

// Qt writes "/CreationDate (D:YYYYMMDDHHmmSSZ)" from the clock. Replacing the digits in place
// keeps every byte offset (and so the cross-reference table) valid.
void fixCreationDate(QByteArray *pdf, const QDateTime &when)
{
    static const QRegularExpression pattern(QStringLiteral("/CreationDate \\(D:(\\d{14})"));
    const QString text = QString::fromLatin1(pdf->left(4096));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return;
    const QByteArray digits = when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    if (digits.size() == 14)
        pdf->replace(m.capturedStart(1), 14, digits);
}

bool render(const QString &bodyHtml, const QString &title, bool landscape, const ExportPdf::Options &options,
            QByteArray *pdf, QString *error, const QHash<QString, QImage> &images = {})
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = ExportPdf::tr("Writing PDF files needs a QGuiApplication (hoshi-cli creates one for export).");
        return false;
    }
    const QString family = ExportPdf::fontFamily();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                         landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                         QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Hoshi %1").arg(QStringLiteral(HOSHI_VERSION)));
        writer.setResolution(300);

        QTextDocument document;
        QFont font(family);
        font.setPointSizeF(8);
        document.setDefaultFont(font);
        document.setDefaultStyleSheet(QStringLiteral(
            "h1 { font-size: 13pt; } h2 { font-size: 10pt; margin-top: 8px; }"
            "table.grid { border-collapse: collapse; } table.grid th { background-color: #e6e9ef; }"
            "td.label { color: #404040; } .small { color: #505050; font-size: 7pt; }"
            "td.conforming { color: #0b6b2b; } td.not-applicable { color: #6b5a0b; } td.exempt { color: #555555; }"
            "td.non-conforming, td.not-assessed { color: #a00000; }"));
        for (auto it = images.cbegin(); it != images.cend(); ++it)
            document.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
        document.setHtml(QStringLiteral("<html><body>%1</body></html>").arg(bodyHtml));
        // print() paginates, repeats <thead> rows on every page and numbers the pages.
        document.print(&writer);
    }
    *pdf = buffer.data();
    if (pdf->isEmpty() || !pdf->startsWith("%PDF")) {
        if (error)
            *error = ExportPdf::tr("The PDF \"%1\" could not be produced.").arg(title);
        return false;
    }
    if (options.fixedCreationDate.isValid())
        fixCreationDate(pdf, options.fixedCreationDate);
    return true;
}

QString headerHtml(const DeclarationSnapshot &s, const ExportPdf::Options &options)
{
    const QString &lang = options.language;
    const auto label = [&](const char *bilingual) { return ExportText::pick(QString::fromUtf8(bilingual), lang); };
    const QString criteriaTitle = lang == QLatin1String("en") ? s.criteria.title.en : s.criteria.title.ja;
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    html += headerRow(label("製造者 / Manufacturer"), lang == QLatin1String("en") && !s.organisation.nameEn.isEmpty()
                                                        ? s.organisation.nameEn : s.organisation.name);
    html += headerRow(label("製品名 / Product"), s.product.name);
    html += headerRow(label("型番 / Model numbers"), s.product.modelNumbers.join(QStringLiteral(", ")));
    html += headerRow(label("ファームウェア / Firmware"),
                QStringLiteral("%1 %2").arg(s.product.firmwareName, s.product.firmwareVersion).trimmed());
    html += headerRow(label("評価基準 / Criteria"), QStringLiteral("%1 (%2)").arg(s.criteria.id, criteriaTitle));
    html += headerRow(label("申請ルート / Route"), ExportText::pick(ExportText::route(s.declaration.route), lang));
    html += headerRow(label("評価完了日 / Evaluation completed"),
                ExportText::dateText(s.declaration.evaluationCompletedOn));
    if (options.printedOn.isValid())
        html += headerRow(label("作成日 / Created"), ExportText::dateText(options.printedOn));
    html += QStringLiteral("</table>");
    return html;
}

} // namespace

QString ExportPdf::fontFamily(QString *warning)
{
    static std::once_flag once;
    static QString family;
    static QString problem;
    std::call_once(once, [] {
        // Proportional first (IPAPGothic from fonts-ipafont-gothic, IPAexGothic from
        // fonts-ipaexfont-gothic), as in IPA's own documents; the fixed-width IPAGothic makes a
        // checklist look like a terminal dump and is only the last resort.
        const char *const candidates[] = {"/usr/share/fonts/opentype/ipafont-gothic/ipagp.ttf",
                                          "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
                                          "/usr/share/fonts/opentype/ipafont/ipagp.ttf",
                                          "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
                                          "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"};
        for (const char *path : candidates) {
            if (!QFile::exists(QLatin1String(path)))
                continue;
            const int id = QFontDatabase::addApplicationFont(QLatin1String(path));
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            if (!families.isEmpty()) {
                family = families.first();
                return;
            }
        }
        for (const char *name : {"IPAPGothic", "IPAexGothic", "IPAGothic", "Noto Sans CJK JP", "Noto Sans JP"}) {
            if (QFontDatabase::hasFamily(QLatin1String(name))) {
                family = QLatin1String(name);
                return;
            }
        }
        family = QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
        problem = ExportPdf::tr("No Japanese font (IPAPGothic, package fonts-ipafont-gothic) was found; Japanese text in "
                     "the PDFs will not be searchable.");
    });
    if (warning)
        *warning = problem;
    return family;
}

QDateTime ExportPdf::stableDate(const DeclarationSnapshot &s)
{
    if (s.declaration.evaluationCompletedOn.isValid())
        return QDateTime(s.declaration.evaluationCompletedOn, QTime(0, 0), Qt::UTC);
    if (s.declaration.createdAt.isValid())
        return s.declaration.createdAt.toUTC();
    return QDateTime(QDate(1980, 1, 1), QTime(0, 0), Qt::UTC);
}

bool ExportPdf::checklist(const DeclarationSnapshot &s, const Options &options, QByteArray *pdf, QString *error)
{
    const bool en = options.language == QLatin1String("en");
    const auto label = [&](const char *bilingual) { return ExportText::pick(QString::fromUtf8(bilingual), options.language); };
    QString html = en ? QStringLiteral("<h1>JC-STAR conformance checklist</h1>")
                      : QStringLiteral("<h1>JC-STAR 適合性チェックリスト / Conformance checklist</h1>");
    html += headerHtml(s, options);
    html += QStringLiteral(
        "<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
        // Widths checked by eye at 100 %: the verdict fits on one line in the proportional font,
        // the evidence (the longest text) gets the room the mostly empty notes column does not need.
        "<thead><tr><th width=\"7%\">ID</th><th width=\"24%\">%1</th><th width=\"13%\">%2</th>"
        "<th width=\"6%\">%3</th><th width=\"35%\">%4</th><th width=\"15%\">%5</th></tr></thead>")
                .arg(label("項目 / Item"), label("判定 / Verdict"), en ? QStringLiteral("Method") : QStringLiteral("方法<br/>Method"),
                     label("根拠 / Evidence"), label("非該当の理由・備考 / N/A justification, notes"));
    for (const ChecklistRow &r : ChecklistTable::rows(s, options.language)) {
        QString remarks = esc(r.justification);
        if (!r.notes.isEmpty())
            remarks += (remarks.isEmpty() ? QString() : QStringLiteral("<br/>"))
                       + QStringLiteral("<span class=\"small\">%1</span>").arg(esc(r.notes));
        // Titles, then the evaluation points under them.
        QString item = en ? esc(r.titleEn) : QStringLiteral("%1<br/><span class=\"small\">%2</span>").arg(esc(r.titleJa), esc(r.titleEn));
        for (const QString &point : r.points)
            item += QStringLiteral("<br/><span class=\"small\">・%1</span>").arg(esc(point));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"%3\">%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                    .arg(esc(r.itemId), item, r.verdictKey, esc(r.verdict), esc(r.methods),
                         esc(r.evidence.join(QLatin1Char('\n'))), remarks);
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p class=\"small\">%1 Hoshi %2</p>")
                .arg(en ? QStringLiteral("D = document review, T = device test.")
                        : QStringLiteral("D = 文書評価 / document review, T = 実機テスト / device test."),
                     QStringLiteral(HOSHI_VERSION));
    return render(html, QStringLiteral("JC-STAR checklist %1 %2").arg(s.product.name, s.criteria.id), true, options,
                  pdf, error);
}

bool ExportPdf::applicationData(const DeclarationSnapshot &s, const Options &options, QByteArray *pdf, QString *error)
{
    const Organisation &o = s.organisation;
    const Product &p = s.product;
    const Declaration &d = s.declaration;
    QString html = QStringLiteral("<h1>JC-STAR 申請情報 / Application data</h1>");
    html += QStringLiteral("<h2>製造者 / Manufacturer</h2><table class=\"grid\" border=\"1\" cellspacing=\"0\" "
                           "cellpadding=\"3\" width=\"100%\">");
    html += row(QStringLiteral("製造者名 / Name"), o.name);
    html += row(QStringLiteral("英語名 / Name (English)"), o.nameEn);
    html += row(QStringLiteral("法人番号 / Corporate number"), o.corporateNumber);
    html += row(QStringLiteral("所在地 / Address"), o.address);
    html += row(QStringLiteral("担当者 / Contact"), QStringLiteral("%1 %2").arg(o.contactName, o.contactEmail).trimmed());
    html += row(QStringLiteral("ウェブサイト / Website"), o.website);
    html += QStringLiteral("</table><h2>製品 / Product (ラベル公開ページ / public label page)</h2>"
                           "<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
    html += row(QStringLiteral("製品類型 / Product category"), p.category);
    html += row(QStringLiteral("製品名 / Product name"), p.name);
    html += row(QStringLiteral("型番 / Model numbers"), p.modelNumbers.join(QLatin1Char('\n')));
    html += row(QStringLiteral("対象ファームウェア名 / Firmware name"), p.firmwareName);
    html += row(QStringLiteral("適合ファームウェアバージョン / Conforming firmware version"), p.firmwareVersion);
    html += row(QStringLiteral("バージョンに関する注記 / Notice about versions"), p.versionNotice);
    html += row(QStringLiteral("サポート期間終了日 / Support period end"), ExportText::dateText(p.supportUntil));
    html += row(QStringLiteral("製品概要 / Summary"), p.summary);
    html += row(QStringLiteral("製品ウェブページ / Product web page"), p.webPage);
    html += row(QStringLiteral("構成図 / Configuration diagram"), p.configurationDiagram);
    html += row(QStringLiteral("製品問合せ窓口 / Product inquiry contact"), p.productContact);
    html += row(QStringLiteral("脆弱性報告窓口 / Vulnerability reporting contact"), p.vulnerabilityContact);
    html += row(QStringLiteral("脆弱性開示ポリシー / Vulnerability disclosure policy"), p.vdpUrl);
    html += row(QStringLiteral("技術基準適合認定番号 / Technical conformity number"), p.technicalConformityNumber);
    html += row(QStringLiteral("その他の認証 / Other certifications"), p.otherCertifications);
    html += row(QStringLiteral("その他のセキュリティ情報 / Other security information"), p.otherSecurityInfo);
    html += QStringLiteral("</table><h2>適合評価 / Conformity assessment</h2>"
                           "<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
    html += row(QStringLiteral("評価基準 / Criteria"), QStringLiteral("%1 (%2)").arg(s.criteria.id, s.criteria.title.ja));
    html += row(QStringLiteral("評価方法 / Evaluation method"),
                s.criteria.assessment == AssessmentKind::ThirdParty ? QStringLiteral("第三者評価 / Third-party evaluation")
                                                                    : QStringLiteral("自己評価 / Self-assessment"));
    html += row(QStringLiteral("評価完了日 / Evaluation completed"), ExportText::dateText(d.evaluationCompletedOn));
    html += row(QStringLiteral("PSTI相互承認 / PSTI mutual recognition"),
                d.route == Route::Psti ? QStringLiteral("申請する / Applied") : QStringLiteral("申請しない / Not applied"));
    if (d.route == Route::Psti)
        html += row(QStringLiteral("PSTI適合宣言 / PSTI statement of compliance"), d.pstiStatement);
    html += QStringLiteral("</table><h2>ラベル / Label</h2>"
                           "<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
    html += row(QStringLiteral("登録番号 / Registration number"), d.registrationNumber);
    html += row(QStringLiteral("レベル / Level"), QStringLiteral("★%1").arg(s.criteria.level));
    html += row(QStringLiteral("発行日 / Issued on"), ExportText::dateText(d.issuedOn));
    html += row(QStringLiteral("有効期限 / Valid until"), ExportText::dateText(d.validUntil));
    html += row(QStringLiteral("状態 / Status"), ExportText::labelStatus(d.labelStatus));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h2>レビュー・承認 / Review and sign-off</h2>"
                           "<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
    for (const auto &[label, value] : SignOffRecord::pdfRows(s.review))
        html += row(label, value);
    html += QStringLiteral("</table>");
    if (options.printedOn.isValid())
        html += QStringLiteral("<p class=\"small\">作成日 / Created: %1 — Hoshi %2</p>")
                    .arg(ExportText::dateText(options.printedOn), QStringLiteral(HOSHI_VERSION));
    return render(html, QStringLiteral("JC-STAR application data %1").arg(p.name), false, options, pdf, error);
}

bool ExportPdf::document(const QString &bodyHtml, const QString &title, const QHash<QString, QImage> &images,
                         const Options &options, QByteArray *pdf, QString *error)
{
    return render(bodyHtml, title, false, options, pdf, error, images);
}

} // namespace hoshi
