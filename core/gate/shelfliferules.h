// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/shelflife.h"
#include "domain/snapshot.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace hoshi {

struct GateProblem;

// One evidence record with a review date, and the items of the declaration it backs.
struct EvidenceReview {
    Evidence evidence;
    QDate due;
    QStringList items; // criteria order
};

// The submission gate's shelf-life rule: evidence past its review date (ShelfLife::reviewDate,
// the record's own or the workspace's default for its kind) is a warning naming the evidence
// and the item. It does not block: the fact may still hold, but someone has to look.
class ShelfLifeRules
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::ShelfLifeRules)

public:
    // Problems "evidence-review-due" (field "evidence") of the evidence backing one item.
    [[nodiscard]] static QList<GateProblem> check(const QString &itemId, const QList<Evidence> &evidence,
                                                  const ReviewPeriods &periods, const QDate &today);
    // Every current evidence record of a declaration with a review date, once each (items as the
    // gate checks them: route-exempt items left out; superseded captures left out); what the
    // reminders put in the calendar.
    [[nodiscard]] static QList<EvidenceReview> reviews(const DeclarationSnapshot &snapshot);
    // Those past their review date on `today`: what the gate warns of and the portfolio counts.
    [[nodiscard]] static QList<EvidenceReview> overdue(const DeclarationSnapshot &snapshot, const QDate &today);
};

} // namespace hoshi
