// SPDX-License-Identifier: Apache-2.0
#include "ukrecord.h"

#include "export/exportpdf.h"
#include "export/exporttext.h"
#include "util/atomicfile.h"
#include "util/errors.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace hoshi::markets {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &caption, const QString &value)
{
    return QStringLiteral("<tr><td width=\"34%\" style=\"color:#404040\">%1</td><td>%2</td></tr>")
        .arg(esc(caption), value.isEmpty() ? QStringLiteral("—") : esc(value));
}

QString table(const QString &rows)
{
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">") + rows
           + QStringLiteral("</table>");
}

} // namespace

UkComplianceRecord UkRecord::of(const DeclarationSnapshot &s, const LabelRecord &label, const QDate &today)
{
    UkComplianceRecord r;
    r.preparedOn = today;
    r.manufacturer = s.organisation.nameEn.isEmpty() ? s.organisation.name : s.organisation.nameEn;
    r.manufacturerAddress = s.organisation.address;
    r.manufacturerWebsite = s.organisation.website;
    r.productName = s.product.name;
    r.models = s.product.modelNumbers;
    r.firmware = QStringLiteral("%1 %2").arg(s.product.firmwareName, s.product.firmwareVersion).trimmed();
    r.supportUntil = s.product.supportUntil;
    r.registrationNumber = label.registrationNumber;
    r.level = s.criteria.level;
    r.criteriaId = s.criteria.id;
    r.issuedOn = label.issuedOn;
    r.validUntil = label.validUntil;
    r.productPageUrl = label.productPageUrl;
    r.status = Recognition::uk({s.criteria.id, s.criteria.level, label}, today);
    return r;
}

QString UkRecord::deemedLine(const UkComplianceRecord &r)
{
    return QStringLiteral("Deemed to meet the UK PSTI security requirements and the statement-of-compliance duty "
                          "under Condition B of UK SI 2025/1267 until %1 (the end of the JC-STAR label's validity).")
        .arg(ExportText::dateText(r.validUntil));
}

QString UkRecord::whatItIs()
{
    return QStringLiteral("A summary, prepared with Hoshi from the manufacturer's own records on its preparation date, of "
                          "the JC-STAR \u26051 label on which the product's deemed compliance in the UK rests, for an "
                          "importer or distributor to keep. The recognition lasts only while the label is valid: "
                          "check the label's status on IPA's public product page.");
}

QString UkRecord::requirementsDeemedMet()
{
    return QStringLiteral("The Product Security and Telecommunications Infrastructure (Security Requirements for Relevant "
                          "Connectable Products) Regulations 2023 (SI 2023/1007), Schedule 1: passwords; information on "
                          "how to report security issues; information on minimum security update periods.");
}

QStringList UkRecord::whatItIsNot()
{
    return {QStringLiteral("Not issued or endorsed by IPA, METI, DSIT or any UK authority."),
            QStringLiteral("Not the JC-STAR label, and not a statement of compliance under the PSTI regime."),
            QStringLiteral("Not valid after the label's validity end, nor if the label is withdrawn or revoked before it."),
            QStringLiteral("Not a statement about other UK or EU law (for example the radio equipment rules)."),
            QStringLiteral("Hoshi prepares; the manufacturer declares and is responsible for what it states.")};
}

QJsonObject UkComplianceRecord::toJson() const
{
    return {
        {QStringLiteral("format"), QStringLiteral("hoshi-uk-compliance-record")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("preparedOn"), ExportText::dateText(preparedOn)},
        {QStringLiteral("manufacturer"),
         QJsonObject{{QStringLiteral("name"), manufacturer},
                     {QStringLiteral("address"), manufacturerAddress},
                     {QStringLiteral("website"), manufacturerWebsite}}},
        {QStringLiteral("product"),
         QJsonObject{{QStringLiteral("name"), productName},
                     {QStringLiteral("models"), QJsonArray::fromStringList(models)},
                     {QStringLiteral("firmware"), firmware},
                     {QStringLiteral("supportUntil"), ExportText::dateText(supportUntil)}}},
        {QStringLiteral("label"),
         QJsonObject{{QStringLiteral("scheme"), QStringLiteral("JC-STAR")},
                     {QStringLiteral("registrationNumber"), registrationNumber},
                     {QStringLiteral("level"), level},
                     {QStringLiteral("criteriaId"), criteriaId},
                     {QStringLiteral("issuedOn"), ExportText::dateText(issuedOn)},
                     {QStringLiteral("validUntil"), ExportText::dateText(validUntil)},
                     {QStringLiteral("productPageUrl"), productPageUrl}}},
        {QStringLiteral("legalBasis"), status.legalBasis},
        {QStringLiteral("source"), status.source},
        {QStringLiteral("requirementsDeemedMet"), UkRecord::requirementsDeemedMet()},
        {QStringLiteral("deemedCompliant"), status.recognised},
        {QStringLiteral("deemedCompliantUntil"), ExportText::dateText(status.until)},
        {QStringLiteral("statement"), UkRecord::deemedLine(*this)},
        {QStringLiteral("whatThisIs"), UkRecord::whatItIs()},
        {QStringLiteral("whatThisIsNot"), QJsonArray::fromStringList(UkRecord::whatItIsNot())},
    };
}

QString UkRecord::html(const UkComplianceRecord &r)
{
    QString html = QStringLiteral("<h1>UK compliance record: JC-STAR \u2605%1 label</h1>"
                                  "<p style=\"font-size:8pt; color:#505050\">Prepared on %2 with Hoshi. "
                                  "Legal basis: %3.</p>")
                       .arg(r.level)
                       .arg(ExportText::dateText(r.preparedOn), esc(r.status.legalBasis));
    html += QStringLiteral("<p><b>%1</b></p>").arg(esc(deemedLine(r)));
    html += QStringLiteral("<h2>Label</h2>")
            + table(row(QStringLiteral("Registration number"), r.registrationNumber)
                    + row(QStringLiteral("Level"), QStringLiteral("\u2605%1").arg(r.level))
                    + row(QStringLiteral("Criteria"), r.criteriaId) + row(QStringLiteral("Issued"), ExportText::dateText(r.issuedOn))
                    + row(QStringLiteral("Valid until"), ExportText::dateText(r.validUntil))
                    + row(QStringLiteral("Public product page (IPA)"), r.productPageUrl));
    html += QStringLiteral("<h2>Product and manufacturer</h2>")
            + table(row(QStringLiteral("Manufacturer"), r.manufacturer)
                    + row(QStringLiteral("Address"), r.manufacturerAddress)
                    + row(QStringLiteral("Website"), r.manufacturerWebsite)
                    + row(QStringLiteral("Product"), r.productName)
                    + row(QStringLiteral("Models"), r.models.join(QStringLiteral(", ")))
                    + row(QStringLiteral("Firmware"), r.firmware)
                    + row(QStringLiteral("Support period ends"), ExportText::dateText(r.supportUntil)));
    html += QStringLiteral("<h2>Legal basis</h2><p>%1</p><p>Requirements deemed met: %2</p>")
                .arg(esc(r.status.source), esc(requirementsDeemedMet()));
    html += QStringLiteral("<h2>What this record is</h2><p>%1</p>").arg(esc(whatItIs()));
    html += QStringLiteral("<h2>What this record is not</h2><ul>");
    for (const QString &line : whatItIsNot())
        html += QStringLiteral("<li>%1</li>").arg(esc(line));
    return html + QStringLiteral("</ul>");
}

QString UkRecord::jsonPathFor(const QString &pdfPath)
{
    if (pdfPath.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return pdfPath.left(pdfPath.size() - 4) + QStringLiteral(".json");
    return pdfPath + QStringLiteral(".json");
}

bool UkRecord::write(const UkComplianceRecord &r, const QString &pdfPath, QString *error)
{
    if (!r.status.recognised) {
        setError(error, tr("No UK compliance record is written while the product is not deemed compliant: %1")
                            .arg(r.status.statement));
        return false;
    }
    ExportPdf::Options options;
    options.language = QStringLiteral("en");
    // The same record gives the same bytes: the PDF's date is the preparation date.
    options.fixedCreationDate = QDateTime(r.preparedOn, QTime(0, 0), QTimeZone::utc());
    QByteArray pdf;
    if (!ExportPdf::document(html(r), QStringLiteral("UK compliance record %1").arg(r.registrationNumber), {}, options,
                             &pdf, error))
        return false;
    const QString jsonPath = jsonPathFor(pdfPath);
    const QByteArray json = QJsonDocument(r.toJson()).toJson(QJsonDocument::Indented);
    if (!AtomicFile::write(jsonPath, json, error))
        return false;
    if (!AtomicFile::write(pdfPath, pdf, error)) {
        QFile::remove(jsonPath); // both or neither
        return false;
    }
    return true;
}

} // namespace hoshi::markets
