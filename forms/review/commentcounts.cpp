// SPDX-License-Identifier: Apache-2.0
#include "commentcounts.h"

namespace hoshi {

QHash<QString, CommentCount> CommentCounts::perItem(const QList<ReviewComment> &comments)
{
    QHash<QString, CommentCount> counts;
    for (const ReviewComment &c : comments) {
        CommentCount &count = counts[c.itemId];
        ++count.total;
        if (!c.resolved)
            ++count.open;
    }
    return counts;
}

} // namespace hoshi
