// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/snapshot.h"
#include "lifecycle/horizon.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace hoshi {

class Workspace;

// One declaration as a consultant's overview shows it.
struct PortfolioRow {
    // Why a row is as urgent as it is; rows sort by this first (lower is more urgent).
    enum class Urgency { Ended, EndsSoon, ReviewAction, StaleTests, Blocked, Ready };

    qint64 declarationId = -1;
    qint64 productId = -1;
    qint64 organisationId = -1;
    QString organisation;
    QString product;
    QStringList modelNumbers;
    QString criteriaSetId;
    Route route = Route::Standard;
    DeclarationState state = DeclarationState::Draft;
    int assessed = 0; // items with a verdict, out of...
    int total = 0;    // ...the items that apply on the route
    int blocking = 0;
    int warnings = 0;
    ReviewState reviewState = ReviewState::Draft;
    bool approvalStale = false;
    int openComments = 0;
    LabelStatus labelStatus = LabelStatus::None;
    QString registrationNumber;
    QDate validUntil;
    QDate supportUntil;
    std::optional<int> daysUntilLabelEnds;   // label validity end minus today (negative: ended)
    std::optional<int> daysUntilSupportEnds; // support period end minus today
    int staleDeviceTests = 0; // device tests the gate blocks on: other firmware, item not re-tested
    int evidencePastReview = 0; // evidence records past their review date (ShelfLife)
    QDateTime lastChange;     // newest history entry of the declaration
    Urgency urgency = Urgency::Ready;

    // The nearer of the two ends, if any.
    [[nodiscard]] std::optional<int> daysUntilNearestEnd() const;
};

// What the portfolio is computed from: a declaration's snapshot and the time of its last change.
struct PortfolioInput {
    DeclarationSnapshot snapshot;
    QDateTime lastChange;
};

// The portfolio: one row per declaration across every organisation of a workspace, most urgent
// first. compute() is a pure function of the data and today's date; build() reads the workspace.
//
// Urgency, in order: a label or support period that has ended; one that ends within
// ReminderHorizonDays; a review that needs action (changes requested, stale approval, open comments);
// device tests to re-run on the declared firmware; other blocking problems; the rest. Within a group the nearer end
// comes first, then more blocking problems, then the declaration id.
class Portfolio
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::Portfolio)

public:
    [[nodiscard]] static QList<PortfolioRow> compute(const QList<PortfolioInput> &inputs, const QDate &today);
    [[nodiscard]] static PortfolioRow row(const PortfolioInput &input, const QDate &today);
    [[nodiscard]] static QList<PortfolioInput> gather(const Workspace &workspace, QString *error);
    [[nodiscard]] static QList<PortfolioRow> build(const Workspace &workspace, const QDate &today, QString *error);

    [[nodiscard]] static QString urgencyKey(PortfolioRow::Urgency urgency);
    [[nodiscard]] static QString urgencyName(PortfolioRow::Urgency urgency); // translated
    // Language-neutral JSON (stable keys), in the rows' order.
    [[nodiscard]] static QJsonArray toJson(const QList<PortfolioRow> &rows);
};

} // namespace hoshi
