// SPDX-License-Identifier: Apache-2.0
#include "gateprogress.h"

#include <QSet>

namespace hoshi {

namespace {

GateProgress count(const DeclarationSnapshot &snapshot, const QSet<QString> &blocked, bool countOk)
{
    GateProgress progress;
    for (const CriteriaItem &item : snapshot.criteria.items) {
        if (SubmissionGate::isExemptOnRoute(item, snapshot.declaration.route))
            continue;
        ++progress.counted;
        const Assessment *a = snapshot.assessmentOf(item.id);
        if (!a || a->verdict == Verdict::NotAssessed)
            continue;
        ++progress.assessed;
        if (countOk && !blocked.contains(item.id))
            ++progress.ok;
    }
    return progress;
}

} // namespace

GateProgress GateProgress::of(const DeclarationSnapshot &snapshot, const QList<GateProblem> &problems)
{
    QSet<QString> blocked;
    for (const GateProblem &p : problems) {
        if (p.isBlocking() && !p.itemId.isEmpty())
            blocked.insert(p.itemId);
    }
    return count(snapshot, blocked, true);
}

GateProgress GateProgress::counts(const DeclarationSnapshot &snapshot)
{
    return count(snapshot, {}, false);
}

} // namespace hoshi
