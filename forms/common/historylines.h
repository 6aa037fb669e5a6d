// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/model.h"

#include <QCoreApplication>
#include <QList>

namespace hoshi {

// The history of an item as lines for people: consecutive "evidence edited" entries by the same
// person within a few minutes (each field committed while a new record is filled in) become one
// line that says how many edits it stands for. The stored history keeps every entry.
class HistoryLines
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::HistoryLines)

public:
    struct Line {
        HistoryEntry entry; // the latest of the run
        int count = 1;      // entries it stands for
        [[nodiscard]] QString summary() const;
    };

    // `entries` in the order they are shown (either order works: runs are consecutive).
    [[nodiscard]] static QList<Line> coalesce(const QList<HistoryEntry> &entries, int minutes = 10);
};

} // namespace hoshi
