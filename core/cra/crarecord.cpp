// SPDX-License-Identifier: Apache-2.0
#include "crarecord.h"

#include <QUrl>

namespace hoshi {

namespace {

struct FieldInfo {
    CraField field;
    const char *key;
    QString CraRecord::*text; // nullptr for the date
};

const FieldInfo fieldInfo[] = {
    {CraField::SbomReference, "sbom-reference", &CraRecord::sbomReference},
    {CraField::SupportPeriodEnd, "support-period-end", nullptr},
    {CraField::SupportPeriodJustification, "support-period-justification", &CraRecord::supportPeriodJustification},
    {CraField::CvdPolicyUrl, "cvd-policy-url", &CraRecord::cvdPolicyUrl},
    {CraField::SinglePointOfContact, "single-point-of-contact", &CraRecord::singlePointOfContact},
    {CraField::CsirtReporting, "csirt-reporting", &CraRecord::csirtReporting},
    {CraField::RiskAssessment, "risk-assessment", &CraRecord::riskAssessment},
    {CraField::ConformityModule, "conformity-module", &CraRecord::conformityModule},
    {CraField::NotifiedBody, "notified-body", &CraRecord::notifiedBody},
    {CraField::HarmonisedStandards, "harmonised-standards", &CraRecord::harmonisedStandards},
};

const FieldInfo &info(CraField field)
{
    for (const FieldInfo &i : fieldInfo) {
        if (i.field == field)
            return i;
    }
    return fieldInfo[0];
}

// English source texts, translated by name() and kept as they are by englishName().
const char *sourceName(CraField field)
{
    switch (field) {
    case CraField::SbomReference: return QT_TRANSLATE_NOOP("hoshi::CraFields", "Software bill of materials (SBOM)");
    case CraField::SupportPeriodEnd: return QT_TRANSLATE_NOOP("hoshi::CraFields", "End of the support period");
    case CraField::SupportPeriodJustification: return QT_TRANSLATE_NOOP("hoshi::CraFields", "How the support period was determined");
    case CraField::CvdPolicyUrl: return QT_TRANSLATE_NOOP("hoshi::CraFields", "Coordinated vulnerability disclosure policy");
    case CraField::SinglePointOfContact: return QT_TRANSLATE_NOOP("hoshi::CraFields", "Single point of contact for vulnerabilities");
    case CraField::CsirtReporting: return QT_TRANSLATE_NOOP("hoshi::CraFields", "Reporting to the CSIRT and ENISA");
    case CraField::RiskAssessment: return QT_TRANSLATE_NOOP("hoshi::CraFields", "Cybersecurity risk assessment");
    case CraField::ConformityModule: return QT_TRANSLATE_NOOP("hoshi::CraFields", "Conformity assessment procedure");
    case CraField::NotifiedBody: return QT_TRANSLATE_NOOP("hoshi::CraFields", "Notified body");
    case CraField::HarmonisedStandards: return QT_TRANSLATE_NOOP("hoshi::CraFields", "Harmonised standards and specifications applied");
    }
    return "";
}

const char *moduleSource(const QString &key)
{
    if (key == QLatin1String("A"))
        return QT_TRANSLATE_NOOP("hoshi::CraFields", "Module A: internal control");
    if (key == QLatin1String("B+C"))
        return QT_TRANSLATE_NOOP("hoshi::CraFields", "Modules B and C: EU-type examination and conformity to type");
    if (key == QLatin1String("H"))
        return QT_TRANSLATE_NOOP("hoshi::CraFields", "Module H: full quality assurance");
    if (key == QLatin1String("EUCC"))
        return QT_TRANSLATE_NOOP("hoshi::CraFields", "European cybersecurity certification scheme (EUCC)");
    return QT_TRANSLATE_NOOP("hoshi::CraFields", "Not chosen yet");
}

bool isWebAddress(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
           && !url.host().isEmpty();
}

} // namespace

QString CraRecord::value(CraField field) const
{
    const FieldInfo &i = info(field);
    if (!i.text)
        return supportPeriodEnd.isValid() ? supportPeriodEnd.toString(Qt::ISODate) : QString();
    return this->*(i.text);
}

bool CraRecord::setValue(CraField field, const QString &text, QString *error)
{
    const FieldInfo &i = info(field);
    if (i.text) {
        this->*(i.text) = text;
        return true;
    }
    const QString trimmed = text.trimmed();
    const QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (!trimmed.isEmpty() && !date.isValid()) {
        if (error)
            *error = CraRules::tr("%1: \"%2\" is not a date (YYYY-MM-DD).").arg(CraFields::name(field), trimmed);
        return false;
    }
    supportPeriodEnd = date;
    return true;
}

bool CraRecord::sameContent(const CraRecord &other) const
{
    for (CraField f : CraFields::all()) {
        if (value(f) != other.value(f))
            return false;
    }
    return true;
}

bool CraRecord::isEmpty() const
{
    return sameContent(CraRecord{});
}

QJsonObject CraRecord::toJson() const
{
    QJsonObject o;
    for (CraField f : CraFields::all())
        o.insert(CraFields::key(f), value(f));
    o.insert(QStringLiteral("rowVersion"), rowVersion);
    return o;
}

QList<CraField> CraFields::all()
{
    QList<CraField> fields;
    for (const FieldInfo &i : fieldInfo)
        fields << i.field;
    return fields;
}

QString CraFields::key(CraField field)
{
    return QString::fromLatin1(info(field).key);
}

std::optional<CraField> CraFields::fromKey(const QString &key)
{
    for (const FieldInfo &i : fieldInfo) {
        if (key == QLatin1String(i.key))
            return i.field;
    }
    return std::nullopt;
}

QString CraFields::column(CraField field)
{
    return key(field).replace(QLatin1Char('-'), QLatin1Char('_'));
}

QString CraFields::name(CraField field)
{
    return tr(sourceName(field));
}

QString CraFields::englishName(CraField field)
{
    return QString::fromLatin1(sourceName(field));
}

QString CraFields::hint(CraField field)
{
    switch (field) {
    case CraField::SbomReference:
        return tr("Where the SBOM of this firmware is kept (file, location or URL) and its format, e.g. CycloneDX.");
    case CraField::SupportPeriodEnd:
        return tr("The date until which security updates are provided (YYYY-MM-DD); at least five years unless the product is expected to be used for less.");
    case CraField::SupportPeriodJustification:
        return tr("What the support period was determined from: expected time of use, similar products, the support of third-party components.");
    case CraField::CvdPolicyUrl:
        return tr("Web address of the coordinated vulnerability disclosure policy.");
    case CraField::SinglePointOfContact:
        return tr("Address (e-mail or web form) where users and researchers report vulnerabilities.");
    case CraField::CsirtReporting:
        return tr("Who reports actively exploited vulnerabilities and severe incidents through the ENISA single reporting platform, and how (24 h early warning, 72 h notification, final report).");
    case CraField::RiskAssessment:
        return tr("Where the cybersecurity risk assessment of the product is kept (document and version).");
    case CraField::ConformityModule:
        return tr("The conformity assessment procedure of Article 32 that applies to the product's class.");
    case CraField::NotifiedBody:
        return tr("Name and identification number of the notified body, when the procedure involves one.");
    case CraField::HarmonisedStandards:
        return tr("One a line: harmonised standards, common specifications or certification schemes applied (ids and versions).");
    }
    return {};
}

bool CraFields::isMultiLine(CraField field)
{
    return field == CraField::SupportPeriodJustification || field == CraField::CsirtReporting
           || field == CraField::HarmonisedStandards;
}

QStringList CraFields::conformityModules()
{
    return {QStringLiteral("A"), QStringLiteral("B+C"), QStringLiteral("H"), QStringLiteral("EUCC")};
}

QString CraFields::moduleName(const QString &key)
{
    return tr(moduleSource(key));
}

QString CraFields::englishModuleName(const QString &key)
{
    return QString::fromLatin1(moduleSource(key));
}

bool CraFields::moduleNeedsNotifiedBody(const QString &key)
{
    return key == QLatin1String("B+C") || key == QLatin1String("H");
}

CraRecord CraRules::normalised(CraRecord record)
{
    for (const FieldInfo &i : fieldInfo) {
        if (i.text)
            record.*(i.text) = (record.*(i.text)).trimmed();
    }
    QStringList standards;
    for (const QString &line : record.harmonisedStandards.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            standards << line.trimmed();
    }
    record.harmonisedStandards = standards.join(QLatin1Char('\n'));
    return record;
}

QStringList CraRules::problems(const CraRecord &record)
{
    QStringList problems;
    if (!record.cvdPolicyUrl.isEmpty() && !isWebAddress(record.cvdPolicyUrl))
        problems << tr("%1: \"%2\" is not a web address (https://…).")
                        .arg(CraFields::name(CraField::CvdPolicyUrl), record.cvdPolicyUrl);
    if (!record.conformityModule.isEmpty() && !CraFields::conformityModules().contains(record.conformityModule))
        problems << tr("%1: \"%2\" is not one of %3.")
                        .arg(CraFields::name(CraField::ConformityModule), record.conformityModule,
                             CraFields::conformityModules().join(QLatin1String(", ")));
    if (record.conformityModule == QLatin1String("A") && !record.notifiedBody.isEmpty())
        problems << tr("Module A (internal control) involves no notified body; remove the notified body or choose another procedure.");
    for (const FieldInfo &i : fieldInfo) {
        if (i.text && (record.*(i.text)).size() > 20000)
            problems << tr("%1 is longer than 20000 characters.").arg(CraFields::name(i.field));
    }
    return problems;
}

} // namespace hoshi
