// SPDX-License-Identifier: Apache-2.0
#include "shelfliferules.h"

#include "submissiongate.h"

#include "util/displaydate.h"

namespace hoshi {

QList<GateProblem> ShelfLifeRules::check(const QString &itemId, const QList<Evidence> &evidence,
                                         const ReviewPeriods &periods, const QDate &today)
{
    QList<GateProblem> problems;
    for (const Evidence &e : evidence) {
        if (!ShelfLife::isOverdue(e, periods, today))
            continue;
        const QDate due = ShelfLife::reviewDate(e, periods);
        const QString message =
            e.reviewBy.isValid()
                ? tr("%1: the evidence \"%2\" was to be reviewed by %3; check that it still holds, or replace it.")
                      .arg(itemId, e.reference(), DisplayDate::date(due))
                : tr("%1: the evidence \"%2\" (effective %3) is past the workspace's review period for its kind "
                     "(due %4); check that it still holds, or replace it.")
                      .arg(itemId, e.reference(), DisplayDate::date(ShelfLife::effectiveDate(e)), DisplayDate::date(due));
        problems.append({GateProblem::Severity::Warning, QStringLiteral("evidence-review-due"), itemId,
                         QStringLiteral("evidence"), e.id, message});
    }
    return problems;
}

QList<EvidenceReview> ShelfLifeRules::reviews(const DeclarationSnapshot &s)
{
    QList<EvidenceReview> list;
    QHash<qint64, qsizetype> indexOf;
    for (const CriteriaItem &item : s.criteria.items) {
        if (SubmissionGate::isExemptOnRoute(item, s.declaration.route))
            continue;
        for (const Evidence &e : s.evidence.value(item.id)) {
            const QDate due = ShelfLife::reviewDate(e, s.reviewPeriods);
            if (e.supersededBy >= 0 || !due.isValid())
                continue;
            const auto found = indexOf.constFind(e.id);
            if (found != indexOf.constEnd()) {
                list[*found].items << item.id;
                continue;
            }
            indexOf.insert(e.id, list.size());
            list.append({e, due, {item.id}});
        }
    }
    return list;
}

QList<EvidenceReview> ShelfLifeRules::overdue(const DeclarationSnapshot &s, const QDate &today)
{
    QList<EvidenceReview> list = reviews(s);
    list.removeIf([&](const EvidenceReview &r) { return !ShelfLife::isOverdue(r.evidence, s.reviewPeriods, today); });
    return list;
}

} // namespace hoshi
