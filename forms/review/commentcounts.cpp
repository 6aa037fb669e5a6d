// SPDX-License-Identifier: Apache-2.0
#include "commentcounts.h"

#include "storage/workspace.h"

namespace hoshi {

QHash<QString, CommentCount> CommentCounts::perItem(const Workspace &workspace, qint64 declarationId)
{
    QHash<QString, CommentCount> counts;
    if (declarationId < 0)
        return counts;
    for (const ReviewComment &c : workspace.comments(declarationId)) {
        CommentCount &count = counts[c.itemId];
        ++count.total;
        if (!c.resolved)
            ++count.open;
    }
    return counts;
}

} // namespace hoshi
