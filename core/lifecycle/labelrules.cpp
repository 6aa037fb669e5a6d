// SPDX-License-Identifier: Apache-2.0
#include "labelrecord.h"

#include <QJsonObject>

namespace hoshi {

namespace {

QString dateKey(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QJsonObject LabelRecord::toJson() const
{
    return {
        {QStringLiteral("declarationId"), declarationId},
        {QStringLiteral("applicationNumber"), applicationNumber},
        {QStringLiteral("submittedOn"), dateKey(submittedOn)},
        {QStringLiteral("registrationNumber"), registrationNumber},
        {QStringLiteral("issuedOn"), dateKey(issuedOn)},
        {QStringLiteral("validUntil"), dateKey(validUntil)},
        {QStringLiteral("extendedOn"), dateKey(extendedOn)},
        {QStringLiteral("successor"), successor},
        {QStringLiteral("productPageUrl"), productPageUrl},
        {QStringLiteral("recordedStatus"), labelStatusKey(status)},
    };
}

bool LabelRules::isRegistrationNumber(const QString &text)
{
    if (text.size() != RegistrationDigits)
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

QList<LabelStatus> LabelRules::recordableStatuses()
{
    return {LabelStatus::None, LabelStatus::Active, LabelStatus::ExtensionInProgress, LabelStatus::Withdrawn,
            LabelStatus::Revoked};
}

QDate LabelRules::latestValidUntil(const LabelRecord &record)
{
    // An extension restarts the two years; without one they run from the issue.
    const QDate from = record.extendedOn.isValid() ? record.extendedOn : record.issuedOn;
    return from.isValid() ? from.addYears(MaxValidityYears) : QDate();
}

LabelRecord LabelRules::normalised(LabelRecord record)
{
    record.applicationNumber = record.applicationNumber.trimmed();
    record.registrationNumber = record.registrationNumber.trimmed();
    record.successor = record.successor.trimmed();
    record.productPageUrl = record.productPageUrl.trimmed();
    if (!record.validUntil.isValid())
        record.validUntil = latestValidUntil(record);
    if (record.status == LabelStatus::None && !record.registrationNumber.isEmpty() && record.issuedOn.isValid())
        record.status = LabelStatus::Active;
    return record;
}

QStringList LabelRules::problems(const LabelRecord &r)
{
    QStringList out;
    if (!r.registrationNumber.isEmpty() && !isRegistrationNumber(r.registrationNumber))
        out << tr("The registration number must be exactly %1 digits (for example 2025030500001527); \"%2\" has %3 "
                  "characters.")
                   .arg(RegistrationDigits)
                   .arg(r.registrationNumber)
                   .arg(r.registrationNumber.size());
    if (r.issuedOn.isValid() && r.submittedOn.isValid() && r.issuedOn < r.submittedOn)
        out << tr("The label cannot be issued (%1) before the application was submitted (%2).")
                   .arg(dateKey(r.issuedOn), dateKey(r.submittedOn));
    if (r.extendedOn.isValid() && (!r.issuedOn.isValid() || r.extendedOn < r.issuedOn))
        out << tr("An extension (%1) needs an issue date before it.").arg(dateKey(r.extendedOn));
    if (r.validUntil.isValid()) {
        if (!r.issuedOn.isValid())
            out << tr("A validity end needs the issue date.");
        else if (r.validUntil < r.issuedOn)
            out << tr("The validity end (%1) is before the issue date (%2).").arg(dateKey(r.validUntil), dateKey(r.issuedOn));
        else if (r.validUntil > latestValidUntil(r))
            out << tr("The validity end (%1) is more than %2 years after %3 (at most %4).")
                       .arg(dateKey(r.validUntil))
                       .arg(MaxValidityYears)
                       .arg(dateKey(r.extendedOn.isValid() ? r.extendedOn : r.issuedOn), dateKey(latestValidUntil(r)));
    }
    if (r.status == LabelStatus::Expired)
        out << tr("Expired is not recorded: it follows from the validity end. Set the validity end instead.");
    else if (r.status != LabelStatus::None && (r.registrationNumber.isEmpty() || !r.issuedOn.isValid()))
        out << tr("A label status needs the registration number and the issue date.");
    return out;
}

LabelStatus LabelRules::effectiveStatus(const LabelRecord &record, const QDate &today)
{
    if (record.status == LabelStatus::Active && record.validUntil.isValid() && today > record.validUntil)
        return LabelStatus::Expired;
    return record.status;
}

std::optional<qint64> LabelRules::daysLeft(const LabelRecord &record, const QDate &today)
{
    if (!record.validUntil.isValid())
        return std::nullopt;
    return today.daysTo(record.validUntil);
}

} // namespace hoshi
