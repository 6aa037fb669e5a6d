// SPDX-License-Identifier: Apache-2.0
#include "criteriastatustext.h"

#include "criterialibrarypage.h"

namespace hoshi {

namespace {

// "2025-11-27", "2026-02" or "2024": the first day the text names.
QDate startOf(const QString &date)
{
    for (const QString &format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy-MM"), QStringLiteral("yyyy")}) {
        const QDate d = QDate::fromString(date, format);
        if (d.isValid())
            return d;
    }
    return {};
}

// The last day: a period "until 2026-01" runs to the end of January.
QDate endOf(const QString &date)
{
    if (QDate d = QDate::fromString(date, QStringLiteral("yyyy-MM-dd")); d.isValid())
        return d;
    if (QDate d = QDate::fromString(date, QStringLiteral("yyyy-MM")); d.isValid())
        return d.addMonths(1).addDays(-1);
    if (QDate d = QDate::fromString(date, QStringLiteral("yyyy")); d.isValid())
        return d.addYears(1).addDays(-1);
    return {};
}

QString commentPeriod(const CriteriaSet &set, const QDate &today)
{
    if (set.publicCommentFrom.isEmpty())
        return {};
    const QDate from = startOf(set.publicCommentFrom);
    const QDate to = endOf(set.publicCommentTo);
    if (to.isValid() && today.isValid() && today > to)
        return CriteriaLibraryPage::tr(" (public comment closed %1)").arg(set.publicCommentTo);
    if (from.isValid() && today.isValid() && today < from)
        return CriteriaLibraryPage::tr(" (public comment from %1 to %2)").arg(set.publicCommentFrom, set.publicCommentTo);
    return CriteriaLibraryPage::tr(" (public comment open until %1)").arg(set.publicCommentTo);
}

} // namespace

QString criteriaReplacement(const CriteriaLibraryEntry &entry, const QList<CriteriaLibraryEntry> &all)
{
    const QDate published = startOf(entry.set.published);
    for (const CriteriaLibraryEntry &other : all) {
        if (other.set.id == entry.set.id || !other.set.supersedes.contains(entry.set.id))
            continue;
        const QDate replacement = startOf(other.set.published);
        if (published.isValid() && replacement.isValid() && replacement < published)
            continue; // an older text does not replace a newer one
        return other.set.id;
    }
    return {};
}

QString criteriaStatusText(const CriteriaLibraryEntry &entry, const QList<CriteriaLibraryEntry> &all,
                           const QDate &today)
{
    if (const QString by = criteriaReplacement(entry, all); !by.isEmpty())
        return CriteriaLibraryPage::tr("superseded by %1").arg(by);
    const QString &status = entry.set.status;
    QString text = status == QLatin1String("published") ? CriteriaLibraryPage::tr("published")
                   : status == QLatin1String("draft")   ? CriteriaLibraryPage::tr("draft")
                                                        : CriteriaLibraryPage::tr("superseded");
    return text + commentPeriod(entry.set, today);
}

} // namespace hoshi
