// SPDX-License-Identifier: Apache-2.0
// Shelf life: the workspace's default review period per evidence kind.
#include "workspace.h"

#include "sqlquery.h"
#include "transaction.h"
#include "workspaceutil.h"

namespace hoshi {

using namespace detail;

namespace {

// Kept with the other workspace settings, so they travel when a workspace is copied or pushed.
QString periodKey(EvidenceKind kind)
{
    return QStringLiteral("review-period-months.") + ShelfLife::settingKey(kind);
}

} // namespace

ReviewPeriods Workspace::reviewPeriods() const
{
    ReviewPeriods periods;
    SqlQuery q(db(), QStringLiteral("SELECT value FROM workspace_setting WHERE key = ?"));
    for (EvidenceKind kind : {EvidenceKind::DocumentReview, EvidenceKind::DeviceTest}) {
        if (!q.exec({periodKey(kind)}) || !q.next())
            continue;
        bool ok = false;
        const int months = q.text(0).toInt(&ok);
        // A value outside the range was not written by Hoshi; the built-in default is safer than it.
        if (ok && months >= 0 && months <= ReviewPeriods::MaxMonths)
            periods.setMonths(kind, months);
    }
    return periods;
}

bool Workspace::setReviewPeriod(EvidenceKind kind, int months, QString *error)
{
    if (!ensureWritable(error))
        return false;
    if (months < 0 || months > ReviewPeriods::MaxMonths) {
        setError(error, tr("A review period is 0 (none) to %1 months, not %2.").arg(ReviewPeriods::MaxMonths).arg(months));
        return false;
    }
    Transaction transaction(db(), m_transactionDepth);
    SqlQuery q(db(), QStringLiteral("INSERT INTO workspace_setting(key, value) VALUES (?, ?)"
                                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (!q.exec({periodKey(kind), QString::number(months)})) {
        setError(error, tr("Cannot save the setting: %1").arg(q.errorText()));
        return false;
    }
    const QString summary = months == 0
                                ? tr("Setting: no default review period for %1").arg(evidenceKindName(kind))
                                : tr("Setting: default review period for %1: %n month(s)", nullptr, months)
                                      .arg(evidenceKindName(kind));
    if (recordAs(m_actor, -1, QString(), QStringLiteral("setting"), summary, error) < 0)
        return false;
    return commitChange(transaction, error);
}

} // namespace hoshi
