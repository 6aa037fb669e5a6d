// SPDX-License-Identifier: Apache-2.0
#include "shelflife.h"

namespace hoshi {

QDate ShelfLife::effectiveDate(const Evidence &e)
{
    if (e.effectiveOn.isValid())
        return e.effectiveOn;
    return e.kind == EvidenceKind::DeviceTest ? e.testedOn : QDate();
}

QDate ShelfLife::defaultReviewDate(const Evidence &e, const ReviewPeriods &periods)
{
    const int months = periods.months(e.kind);
    const QDate from = effectiveDate(e);
    if (months <= 0 || !from.isValid())
        return {};
    return from.addMonths(months);
}

QDate ShelfLife::reviewDate(const Evidence &e, const ReviewPeriods &periods)
{
    return e.reviewBy.isValid() ? e.reviewBy : defaultReviewDate(e, periods);
}

bool ShelfLife::isOverdue(const Evidence &e, const ReviewPeriods &periods, const QDate &today)
{
    if (e.supersededBy >= 0 || !today.isValid())
        return false;
    const QDate due = reviewDate(e, periods);
    return due.isValid() && due < today;
}

bool ShelfLife::checkDates(const Evidence &e, QString *problem)
{
    const QDate from = effectiveDate(e);
    if (!e.reviewBy.isValid() || !from.isValid() || e.reviewBy >= from)
        return true;
    if (problem)
        *problem = tr("The review date %1 is before the evidence's effective date %2.")
                       .arg(e.reviewBy.toString(Qt::ISODate), from.toString(Qt::ISODate));
    return false;
}

QString ShelfLife::settingKey(EvidenceKind kind)
{
    return evidenceKindKey(kind);
}

} // namespace hoshi
