// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/review.h"

#include <QHash>
#include <QList>
#include <QString>

namespace hoshi {

// Review comments of one declaration counted per item ("" = general remarks), from the comments
// the session read with the declaration, so that a checklist repaint asks nothing of the workspace.
struct CommentCount {
    int open = 0;
    int total = 0;
};

class CommentCounts
{
public:
    [[nodiscard]] static QHash<QString, CommentCount> perItem(const QList<ReviewComment> &comments);
};

} // namespace hoshi
