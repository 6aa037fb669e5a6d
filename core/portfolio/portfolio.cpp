// SPDX-License-Identifier: Apache-2.0
#include "portfolio.h"

#include "lifecycle/labelrecord.h"

#include "gate/firmwarestaleness.h"
#include "gate/shelfliferules.h"
#include "gate/gateprogress.h"
#include "gate/submissiongate.h"
#include "storage/snapshotreader.h"
#include "storage/workspace.h"
#include "util/language.h"

#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace hoshi {

namespace {

using Urgency = PortfolioRow::Urgency;

Urgency urgencyOf(const PortfolioRow &r)
{
    const std::optional<int> days = r.daysUntilNearestEnd();
    if (days && *days < 0)
        return Urgency::Ended;
    if (days && *days <= ReminderHorizonDays)
        return Urgency::EndsSoon;
    if (r.reviewState == ReviewState::ChangesRequested || r.approvalStale || r.openComments > 0)
        return Urgency::ReviewAction;
    if (r.staleDeviceTests > 0)
        return Urgency::StaleTests;
    if (r.blocking > 0)
        return Urgency::Blocked;
    return Urgency::Ready;
}

bool moreUrgent(const PortfolioRow &a, const PortfolioRow &b)
{
    if (a.urgency != b.urgency)
        return a.urgency < b.urgency;
    const int daysA = a.daysUntilNearestEnd().value_or(std::numeric_limits<int>::max());
    const int daysB = b.daysUntilNearestEnd().value_or(std::numeric_limits<int>::max());
    if (daysA != daysB)
        return daysA < daysB;
    if (a.blocking != b.blocking)
        return a.blocking > b.blocking;
    return a.declarationId < b.declarationId;
}

QJsonValue optionalDays(const std::optional<int> &days)
{
    return days ? QJsonValue(*days) : QJsonValue();
}

} // namespace

std::optional<int> PortfolioRow::daysUntilNearestEnd() const
{
    if (daysUntilLabelEnds && daysUntilSupportEnds)
        return std::min(*daysUntilLabelEnds, *daysUntilSupportEnds);
    return daysUntilLabelEnds ? daysUntilLabelEnds : daysUntilSupportEnds;
}

PortfolioRow Portfolio::row(const PortfolioInput &input, const QDate &today)
{
    const DeclarationSnapshot &s = input.snapshot;
    PortfolioRow r;
    r.declarationId = s.declaration.id;
    r.productId = s.product.id;
    r.organisationId = s.organisation.id;
    r.organisation = s.organisation.name;
    r.product = s.product.name;
    r.modelNumbers = s.product.modelNumbers;
    r.criteriaSetId = s.declaration.criteriaSetId;
    r.route = s.declaration.route;
    r.state = s.declaration.state;
    const GateProgress progress = GateProgress::counts(s);
    r.total = progress.counted;
    r.assessed = progress.assessed;
    const QList<GateProblem> problems = SubmissionGate::check(s, GateContext{today, uiLanguage()});
    r.blocking = SubmissionGate::blockingCount(problems);
    r.warnings = int(problems.size()) - r.blocking;
    r.reviewState = s.review.state;
    r.approvalStale = s.review.approval && s.review.approvalStale;
    r.openComments = s.review.openComments;
    LabelRecord label;
    label.status = s.declaration.labelStatus;
    label.registrationNumber = s.declaration.registrationNumber;
    label.issuedOn = s.declaration.issuedOn;
    label.validUntil = s.declaration.validUntil;
    r.labelStatus = LabelRules::effectiveStatus(label, today); // Expired follows from the date

    r.registrationNumber = s.declaration.registrationNumber;
    r.validUntil = s.declaration.validUntil;
    r.supportUntil = s.product.supportUntil;
    // A label counts down only while it is in force (active or being extended).
    const bool labelInForce = r.labelStatus == LabelStatus::Active || r.labelStatus == LabelStatus::ExtensionInProgress;
    if (labelInForce && r.validUntil.isValid())
        r.daysUntilLabelEnds = int(today.daysTo(r.validUntil));
    if (r.supportUntil.isValid())
        r.daysUntilSupportEnds = int(today.daysTo(r.supportUntil));
    r.staleDeviceTests = FirmwareStaleness::staleTestCount(s); // what the gate blocks on
    r.evidencePastReview = int(ShelfLifeRules::overdue(s, today).size()); // what the gate warns of
    r.lastChange = input.lastChange;
    r.urgency = urgencyOf(r);
    return r;
}

QList<PortfolioRow> Portfolio::compute(const QList<PortfolioInput> &inputs, const QDate &today)
{
    QList<PortfolioRow> rows;
    rows.reserve(inputs.size());
    for (const PortfolioInput &input : inputs)
        rows << row(input, today);
    std::stable_sort(rows.begin(), rows.end(), moreUrgent);
    return rows;
}

QList<PortfolioInput> Portfolio::gather(const Workspace &workspace, QString *error)
{
    QList<qint64> ids;
    for (const Declaration &d : workspace.declarations())
        ids << d.id;
    // One batch read for the whole workspace: a query per table, not several per declaration.
    std::optional<QList<DeclarationSnapshot>> snapshots = storage::SnapshotReader::read(workspace, ids, error);
    if (!snapshots)
        return {};
    const QHash<qint64, QDateTime> changes = storage::SnapshotReader::lastChanges(workspace, ids);
    QList<PortfolioInput> inputs;
    inputs.reserve(snapshots->size());
    for (DeclarationSnapshot &s : *snapshots) {
        const QDateTime changed = changes.value(s.declaration.id);
        const QDateTime lastChange = changed.isValid() ? changed : s.declaration.createdAt;
        inputs.append({std::move(s), lastChange});
    }
    return inputs;
}

QList<PortfolioRow> Portfolio::build(const Workspace &workspace, const QDate &today, QString *error)
{
    return compute(gather(workspace, error), today);
}

QString Portfolio::urgencyKey(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Ended:
        return QStringLiteral("ended");
    case Urgency::EndsSoon:
        return QStringLiteral("ends-soon");
    case Urgency::ReviewAction:
        return QStringLiteral("review");
    case Urgency::Blocked:
        return QStringLiteral("blocked");
    case Urgency::StaleTests:
        return QStringLiteral("stale-tests");
    case Urgency::Ready:
        return QStringLiteral("ready");
    }
    return {};
}

QString Portfolio::urgencyName(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Ended:
        return tr("Label or support ended");
    case Urgency::EndsSoon:
        return tr("Ends within %n day(s)", nullptr, ReminderHorizonDays);
    case Urgency::ReviewAction:
        return tr("Review needs action");
    case Urgency::Blocked:
        return tr("Blocking problems");
    case Urgency::StaleTests:
        return tr("Device tests on other firmware");
    case Urgency::Ready:
        return tr("In order");
    }
    return {};
}

QJsonArray Portfolio::toJson(const QList<PortfolioRow> &rows)
{
    QJsonArray list;
    for (const PortfolioRow &r : rows) {
        list.append(QJsonObject{
            {QStringLiteral("declaration"), r.declarationId},
            {QStringLiteral("organisationId"), r.organisationId},
            {QStringLiteral("organisation"), r.organisation},
            {QStringLiteral("productId"), r.productId},
            {QStringLiteral("product"), r.product},
            {QStringLiteral("models"), QJsonArray::fromStringList(r.modelNumbers)},
            {QStringLiteral("criteria"), r.criteriaSetId},
            {QStringLiteral("route"), routeKey(r.route)},
            {QStringLiteral("state"), stateKey(r.state)},
            {QStringLiteral("assessed"), r.assessed},
            {QStringLiteral("items"), r.total},
            {QStringLiteral("blocking"), r.blocking},
            {QStringLiteral("warnings"), r.warnings},
            {QStringLiteral("reviewState"), reviewStateKey(r.reviewState)},
            {QStringLiteral("approvalStale"), r.approvalStale},
            {QStringLiteral("openComments"), r.openComments},
            {QStringLiteral("labelStatus"), labelStatusKey(r.labelStatus)},
            {QStringLiteral("registrationNumber"), r.registrationNumber},
            {QStringLiteral("validUntil"), r.validUntil.toString(Qt::ISODate)},
            {QStringLiteral("supportUntil"), r.supportUntil.toString(Qt::ISODate)},
            {QStringLiteral("daysUntilLabelEnds"), optionalDays(r.daysUntilLabelEnds)},
            {QStringLiteral("daysUntilSupportEnds"), optionalDays(r.daysUntilSupportEnds)},
            {QStringLiteral("staleDeviceTests"), r.staleDeviceTests},
            {QStringLiteral("evidencePastReview"), r.evidencePastReview},
            {QStringLiteral("lastChange"), r.lastChange.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("urgency"), urgencyKey(r.urgency)},
        });
    }
    return list;
}

} // namespace hoshi
