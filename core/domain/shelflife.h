// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model.h"

#include <QCoreApplication>
#include <QDate>

namespace hoshi {

// How long evidence of each kind stays good enough when the record itself names no review date:
// months after its effective date; 0 = no default (the evidence is looked at again only when
// its own review date says so). A workspace setting (Workspace::reviewPeriods).
struct ReviewPeriods {
    static constexpr int DefaultDeviceTestMonths = 12;
    static constexpr int MaxMonths = 240; // 20 years: more is a typing mistake, not a period

    int documentReviewMonths = 0;
    int deviceTestMonths = DefaultDeviceTestMonths;

    [[nodiscard]] int months(EvidenceKind kind) const
    {
        return kind == EvidenceKind::DeviceTest ? deviceTestMonths : documentReviewMonths;
    }
    void setMonths(EvidenceKind kind, int value)
    {
        (kind == EvidenceKind::DeviceTest ? deviceTestMonths : documentReviewMonths) = value;
    }
};

// The shelf life of evidence: the ONE place that says when a record must be looked at again.
// The gate, the portfolio, the reminders, the exports and the editors all ask here.
class ShelfLife
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::ShelfLife)

public:
    // When the fact was established: effectiveOn, else the test date of a device test;
    // invalid when neither is known.
    [[nodiscard]] static QDate effectiveDate(const Evidence &evidence);
    // The review date in force: the record's own reviewBy, else its effective date plus the
    // workspace's period for its kind; invalid when there is none.
    [[nodiscard]] static QDate reviewDate(const Evidence &evidence, const ReviewPeriods &periods);
    // The default a record without its own reviewBy would get (what editors show as a hint).
    [[nodiscard]] static QDate defaultReviewDate(const Evidence &evidence, const ReviewPeriods &periods);
    // Past its review date on `today` (the review date itself is still in time). Evidence a newer
    // capture has superseded is history and never overdue.
    [[nodiscard]] static bool isOverdue(const Evidence &evidence, const ReviewPeriods &periods, const QDate &today);
    // The dates must make sense together: a review date before the effective date does not.
    // False with a translated reason in *problem (when given).
    [[nodiscard]] static bool checkDates(const Evidence &evidence, QString *problem);
    // The stable key of a kind in settings ("document", "device-test").
    [[nodiscard]] static QString settingKey(EvidenceKind kind);
};

} // namespace hoshi
