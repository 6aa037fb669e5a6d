// SPDX-License-Identifier: Apache-2.0
#include "commentcounts.h"

#include "storage/workspace.h"

namespace hoshi {

QHash<QString, CommentCount> CommentCounts::perItem(const Workspace &workspace, qint64 declarationId)
{
    if (declarationId < 0)
        return {};
    return perItem(workspace.comments(declarationId));
}

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
