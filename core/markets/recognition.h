// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "lifecycle/labelrecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace hoshi::markets {

// The markets a JC-STAR label is recognised in, and on what authority.
enum class Market { UkPsti, SingaporeCls };
// Official: a published instrument says so. Secondary: only reports by others (a test
// laboratory, a consultant) say so until an official source is added.
enum class SourceKind { Official, Secondary };

// Why a recognition holds or not: one stable key each (JSON, CLI, tests).
enum class RecognitionReason {
    Recognised,           // deemed compliant (UK) / simplified application possible (Singapore)
    NoLabel,              // no registration number and issue date recorded yet
    NotStar1,             // the label is not a ★1 label
    OtherCriteriaVersion, // ★1, but not the criteria version the instrument names
    NoValidityEnd,        // issued, but no validity end recorded: nothing to state "until"
    Expired,              // past the validity end
    Withdrawn,
    Revoked,
    NotYetInForce,        // before the instrument (or the reported arrangement) applies
};

// What a label gives in one market, as of one date.
struct MarketStatus {
    Market market = Market::UkPsti;
    bool recognised = false;
    RecognitionReason reason = RecognitionReason::NoLabel;
    QDate until;          // the label's validity end when recognised (the recognition ends with it)
    QString statement;    // one translated line: "UK PSTI: deemed compliant under Condition B until 2027-06-30"
    QString legalBasis;   // "UK SI 2025/1267, Condition B" (English: a citation)
    QString source;       // the source named, with its kind
    SourceKind sourceKind = SourceKind::Official;

    [[nodiscard]] QJsonObject toJson() const; // stable keys, dates as YYYY-MM-DD
};

// What the rules need to know about a declaration's label.
struct RecognitionInput {
    QString criteriaId; // the declaration's criteria set id
    int level = 0;      // the criteria set's level (★)
    LabelRecord label;
};

// The recognition rules as pure functions of the label and a date (never a clock), so tests
// can run them at any date. One place decides; the CLI, the label page, the reminders and the
// UK compliance record all ask here.
class Recognition
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::markets::Recognition)

public:
    // The criteria version UK SI 2025/1267 Condition B names.
    static inline const QString UkCriteriaId = QStringLiteral("JST-CR-01-01-2024R1");
    static inline const QDate UkInForce = QDate(2025, 12, 4);
    // Reported (secondary) start of the Japan–Singapore arrangement.
    static inline const QDate SingaporeReportedStart = QDate(2026, 6, 1);

    [[nodiscard]] static MarketStatus uk(const RecognitionInput &input, const QDate &today);
    [[nodiscard]] static MarketStatus singapore(const RecognitionInput &input, const QDate &today);
    [[nodiscard]] static QList<MarketStatus> all(const RecognitionInput &input, const QDate &today);

    [[nodiscard]] static QString marketKey(Market m);   // "uk-psti", "sg-cls"
    [[nodiscard]] static QString marketName(Market m);  // translated
    [[nodiscard]] static QString reasonKey(RecognitionReason r);
    [[nodiscard]] static QString sourceKindKey(SourceKind k); // "official", "secondary"
};

} // namespace hoshi::markets
