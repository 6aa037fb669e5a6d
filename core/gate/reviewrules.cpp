// SPDX-License-Identifier: Apache-2.0
#include "reviewrules.h"

#include "submissiongate.h"
#include "util/displaydate.h"

namespace hoshi {

namespace {

GateProblem problem(bool blocking, const char *code, const QString &message)
{
    GateProblem p;
    p.severity = blocking ? GateProblem::Severity::Blocking : GateProblem::Severity::Warning;
    p.code = QLatin1String(code);
    p.field = QStringLiteral("review");
    p.message = message;
    return p;
}

QString changesText(const ReviewSummary &review)
{
    QStringList lines = review.changesSinceApproval.mid(0, ReviewRules::MaxChangesNamed);
    const int more = int(review.changesSinceApproval.size()) - int(lines.size());
    if (more > 0)
        lines << ReviewRules::tr("and %n more change(s)", nullptr, more);
    if (lines.isEmpty())
        return ReviewRules::tr("the declaration's content differs from what was approved");
    return lines.join(QLatin1String("; "));
}

} // namespace

QList<GateProblem> ReviewRules::check(const ReviewSummary &review)
{
    QList<GateProblem> problems;
    if (review.approval && review.approvalStale) {
        const QString items = review.changedItems.isEmpty() ? QString() : review.changedItems.join(QLatin1String(", "));
        const QString message =
            items.isEmpty()
                ? tr("The approval by %1 on %2 is out of date; changed since: %3.")
                      .arg(review.approval->author, DisplayDate::dateTime(review.approval->at),
                           changesText(review))
                : tr("The approval by %1 on %2 is out of date: %3 changed since (%4).")
                      .arg(review.approval->author, DisplayDate::dateTime(review.approval->at), items,
                           changesText(review));
        problems << problem(review.requireApproval, "approval-stale", message);
    } else if (!review.approval && review.requireApproval) {
        problems << problem(true, "approval-missing",
                            tr("This workspace requires an approval before export, and the declaration is %1.")
                                .arg(reviewStateName(review.state).toLower()));
    }
    if (review.openComments > 0)
        problems << problem(false, "open-comments",
                            tr("%n review comment(s) are still open.", nullptr, review.openComments));
    return problems;
}

} // namespace hoshi
