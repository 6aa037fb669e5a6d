// SPDX-License-Identifier: Apache-2.0
#include "historylines.h"

namespace hoshi {

namespace {

bool sameRun(const HistoryEntry &a, const HistoryEntry &b, int minutes)
{
    return a.action == QLatin1String("evidence-edited") && b.action == a.action && a.actor == b.actor
           && a.itemId == b.itemId && std::abs(a.at.secsTo(b.at)) <= qint64(minutes) * 60;
}

} // namespace

QString HistoryLines::Line::summary() const
{
    return count > 1 ? tr("%1 (%n edit(s))", nullptr, count).arg(entry.summary) : entry.summary;
}

QList<HistoryLines::Line> HistoryLines::coalesce(const QList<HistoryEntry> &entries, int minutes)
{
    QList<Line> lines;
    for (const HistoryEntry &e : entries) {
        if (!lines.isEmpty() && sameRun(lines.last().entry, e, minutes)) {
            Line &run = lines.last();
            ++run.count;
            if (e.at > run.entry.at)
                run.entry = e; // the latest summary names the record as it ended up
            continue;
        }
        lines.append(Line{e, 1});
    }
    return lines;
}

} // namespace hoshi
