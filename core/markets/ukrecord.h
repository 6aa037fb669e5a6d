// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "recognition.h"

#include "domain/snapshot.h"
#include "lifecycle/labelrecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace hoshi::markets {

// The one-page UK compliance record: what a UK importer or distributor keeps to show that the
// product is deemed to meet the PSTI security requirements because it carries a valid JC-STAR
// ★1 label (UK SI 2025/1267, Condition B). Always in English, whatever the UI language: it is
// read in the UK. Hoshi prepares it from the manufacturer's records; the manufacturer declares.
struct UkComplianceRecord {
    QDate preparedOn;
    QString manufacturer;        // English name when recorded, else the registered name
    QString manufacturerAddress;
    QString manufacturerWebsite;
    QString productName;
    QStringList models;
    QString firmware;            // name and conforming version
    QDate supportUntil;
    QString registrationNumber;
    int level = 0;
    QString criteriaId;
    QDate issuedOn;
    QDate validUntil;            // the label's validity end, which is also the recognition's end
    QString productPageUrl;      // IPA's public product page, where the label's status can be checked
    MarketStatus status;         // Recognition::uk on preparedOn

    [[nodiscard]] QJsonObject toJson() const; // stable keys, dates YYYY-MM-DD, English texts
};

class UkRecord
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::markets::UkRecord)

public:
    [[nodiscard]] static UkComplianceRecord of(const DeclarationSnapshot &snapshot, const LabelRecord &label,
                                               const QDate &today);
    // The English sentences the PDF and the JSON share.
    [[nodiscard]] static QString deemedLine(const UkComplianceRecord &record);
    [[nodiscard]] static QString whatItIs();
    [[nodiscard]] static QStringList whatItIsNot();
    [[nodiscard]] static QString html(const UkComplianceRecord &record);
    // The JSON's path beside the PDF: FILE.pdf -> FILE.json (other names get ".json" added).
    [[nodiscard]] static QString jsonPathFor(const QString &pdfPath);
    // Writes the PDF and the JSON beside it. Refused, writing nothing, while the product is not
    // deemed compliant (the record would claim what does not hold); *error says why not.
    [[nodiscard]] static bool write(const UkComplianceRecord &record, const QString &pdfPath, QString *error);
};

} // namespace hoshi::markets
