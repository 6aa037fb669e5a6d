// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/review.h"

#include <QHash>
#include <QList>
#include <QString>

namespace hoshi {

class Workspace;

// Review comments of one declaration counted per item ("" = general remarks), read once per
// refresh so that a checklist repaint asks nothing of the workspace.
struct CommentCount {
    int open = 0;
    int total = 0;
};

class CommentCounts
{
public:
    [[nodiscard]] static QHash<QString, CommentCount> perItem(const Workspace &workspace, qint64 declarationId);
    // The same from comments already read (Session::comments).
    [[nodiscard]] static QHash<QString, CommentCount> perItem(const QList<ReviewComment> &comments);
};

} // namespace hoshi
