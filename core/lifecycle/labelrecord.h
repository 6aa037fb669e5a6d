// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/model.h"
#include "horizon.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace hoshi {

// A declaration's label, from the application to IPA until the label ends. Stored on the
// declaration row; the status recorded here is what the vendor last told Hoshi. Expired is
// never recorded: LabelRules::effectiveStatus() derives it from the validity end and a date.
struct LabelRecord {
    qint64 declarationId = -1;
    QString applicationNumber; // given by IPA before the application is sent
    QDate submittedOn;         // application sent to IPA
    QString registrationNumber; // 16 digits, printed on the label
    QDate issuedOn;
    QDate validUntil;  // at most two years after the issue (or the last extension)
    QDate extendedOn;  // last extension of the validity
    QString successor; // successor product or label (registration number or name)
    QString productPageUrl; // IPA's public product page, once published (the QR code encodes it)
    LabelStatus status = LabelStatus::None;

    [[nodiscard]] bool operator==(const LabelRecord &other) const = default;
    // Stable keys for --json and the change report; dates as YYYY-MM-DD, empty when unset.
    [[nodiscard]] QJsonObject toJson() const;
};

// The rules of a label record as pure functions: they take today's date where it matters and
// never read a clock, so tests can run them at any date.
class LabelRules
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::LabelRules)

public:
    static constexpr int RegistrationDigits = 16;
    static constexpr int MaxValidityYears = 2;

    // The record as it will be stored: trimmed text, validity end defaulting to two years after
    // the issue (or the last extension), an issued label with no status becoming Active.
    [[nodiscard]] static LabelRecord normalised(LabelRecord record);
    // Every rule the record breaks, translated; empty when it may be stored.
    [[nodiscard]] static QStringList problems(const LabelRecord &record);
    // The latest validity end the rules allow: issue (or last extension) + 2 years.
    [[nodiscard]] static QDate latestValidUntil(const LabelRecord &record);
    // Recorded status, except that a label past its validity end is Expired (an extension in
    // progress keeps its grace status until IPA decides).
    [[nodiscard]] static LabelStatus effectiveStatus(const LabelRecord &record, const QDate &today);
    // Days from today to the validity end (negative once past); nullopt without an end date.
    [[nodiscard]] static std::optional<qint64> daysLeft(const LabelRecord &record, const QDate &today);
    [[nodiscard]] static bool isRegistrationNumber(const QString &text);
    // Statuses a user may record (Expired is derived, None means no label).
    [[nodiscard]] static QList<LabelStatus> recordableStatuses();
};

} // namespace hoshi
