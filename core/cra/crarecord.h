// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hoshi {

// What the EU Cyber Resilience Act (Regulation (EU) 2024/2847) asks of a product beyond what a
// ★1 declaration records: kept per declaration (schema step 17, table cra_record) and edited
// like any other declaration field (Workspace::setCraRecord: one transaction, history, row
// version). Free text is the manufacturer's own wording; Hoshi only checks its form.
enum class CraField {
    SbomReference,              // where the software bill of materials is kept (Annex I Part II (1))
    SupportPeriodEnd,           // end of the support period (Art. 13(8)), YYYY-MM-DD
    SupportPeriodJustification, // what the support period was determined from (Annex VII (4))
    CvdPolicyUrl,               // coordinated vulnerability disclosure policy (Annex I Part II (5))
    SinglePointOfContact,       // for vulnerability reports (Annex I Part II (6), Art. 13(17))
    CsirtReporting,             // arrangements for reporting to the CSIRT / ENISA (Art. 14)
    RiskAssessment,             // the cybersecurity risk assessment (Art. 13(2), Annex VII (3))
    ConformityModule,           // conformity assessment procedure (Art. 32): A, B+C, H or EUCC
    NotifiedBody,               // name and number, when the procedure involves one
    HarmonisedStandards,        // standards, common specifications or schemes applied, one a line
};

struct CraRecord {
    qint64 declarationId = -1;
    QString sbomReference;
    QDate supportPeriodEnd;
    QString supportPeriodJustification;
    QString cvdPolicyUrl;
    QString singlePointOfContact;
    QString csirtReporting;
    QString riskAssessment;
    QString conformityModule; // a key of CraFields::conformityModules(), "" = not chosen
    QString notifiedBody;
    QString harmonisedStandards;
    qint64 rowVersion = 0; // 0: never stored

    // The field as text (dates YYYY-MM-DD, "" when unset) and back; setValue() refuses a date
    // that is not YYYY-MM-DD.
    [[nodiscard]] QString value(CraField field) const;
    [[nodiscard]] bool setValue(CraField field, const QString &text, QString *error);
    // Same content (declaration and row version aside).
    [[nodiscard]] bool sameContent(const CraRecord &other) const;
    [[nodiscard]] bool isEmpty() const;
    // Stable keys (CraFields::key) for --json and the drafts.
    [[nodiscard]] QJsonObject toJson() const;
};

class CraFields
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::CraFields)

public:
    [[nodiscard]] static QList<CraField> all();
    // "sbom-reference"; the column is the key with underscores.
    [[nodiscard]] static QString key(CraField field);
    [[nodiscard]] static std::optional<CraField> fromKey(const QString &key);
    [[nodiscard]] static QString column(CraField field);
    // The field's name in the reader's language, and in English for the drafts.
    [[nodiscard]] static QString name(CraField field);
    [[nodiscard]] static QString englishName(CraField field);
    // What to write there, one sentence in the reader's language.
    [[nodiscard]] static QString hint(CraField field);
    [[nodiscard]] static bool isMultiLine(CraField field);
    // Conformity assessment procedures of Article 32: key and name ("A", "Module A: internal control").
    [[nodiscard]] static QStringList conformityModules();
    [[nodiscard]] static QString moduleName(const QString &key);
    [[nodiscard]] static QString englishModuleName(const QString &key);
    // Whether the procedure involves a notified body (B+C, H; EUCC through its certificate).
    [[nodiscard]] static bool moduleNeedsNotifiedBody(const QString &key);
};

class CraRules
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::CraRules)

public:
    // Trimmed text, standards one a line without empty lines.
    [[nodiscard]] static CraRecord normalised(CraRecord record);
    // Every rule the record breaks, translated; empty when it may be stored.
    [[nodiscard]] static QStringList problems(const CraRecord &record);
};

} // namespace hoshi
