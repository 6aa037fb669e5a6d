// SPDX-License-Identifier: Apache-2.0
#include "gatecache.h"

#include "gate/firmwarestaleness.h"
#include "storage/snapshotreader.h"
#include "storage/workspace.h"

#include <algorithm>

namespace hoshi {

std::optional<QList<GateOutcome>> GateCache::outcomes(const Workspace &workspace, const QList<qint64> &ids,
                                                      const GateContext &context, QString *error)
{
    const QString owner = workspace.path() + QLatin1Char('\n') + workspace.workspaceId();
    if (owner != m_owner) {
        clear();
        m_owner = owner;
    }
    const QByteArray contextKey = context.today.toString(Qt::ISODate).toUtf8() + '\n' + context.language.toUtf8();
    // Read before the keys: a change made after this point moves the stamp of the next call.
    const QByteArray stamp = storage::SnapshotReader::changeStamp(workspace);
    const bool unchanged = !stamp.isEmpty() && stamp == m_stamp && contextKey == m_contextKey;
    if (unchanged && std::all_of(ids.cbegin(), ids.cend(), [this](qint64 id) { return m_checked.contains(id); })) {
        m_lastJudged = 0;
        return remembered(ids);
    }
    const QHash<qint64, QByteArray> keys = storage::SnapshotReader::inputKeys(workspace, ids);
    QList<qint64> stale;
    for (const qint64 id : ids) {
        const auto entry = m_entries.constFind(id);
        const QByteArray key = keys.value(id);
        // A declaration without a key is read (and so reported) like any other: never served from memory.
        if (key.isEmpty() || entry == m_entries.constEnd() || entry->key != key + contextKey)
            stale << id;
    }
    m_lastJudged = int(stale.size());
    if (!stale.isEmpty()) {
        const std::optional<QList<DeclarationSnapshot>> snapshots = storage::SnapshotReader::read(workspace, stale, error);
        if (!snapshots)
            return std::nullopt;
        for (const DeclarationSnapshot &s : *snapshots)
            m_entries.insert(s.declaration.id, {keys.value(s.declaration.id) + contextKey, judge(s, context)});
    }
    // The entries of `ids` are now current as of `stamp`; those checked at an earlier stamp are not.
    if (!unchanged)
        m_checked.clear();
    for (const qint64 id : ids)
        m_checked.insert(id);
    m_stamp = stamp;
    m_contextKey = contextKey;
    return remembered(ids);
}

std::optional<QList<GateOutcome>> GateCache::remembered(const QList<qint64> &ids) const
{
    QList<GateOutcome> list;
    list.reserve(ids.size());
    for (const qint64 id : ids) {
        const auto entry = m_entries.constFind(id);
        if (entry == m_entries.constEnd())
            return std::nullopt;
        list << entry->outcome;
    }
    return list;
}

GateOutcome GateCache::judge(const DeclarationSnapshot &snapshot, const GateContext &context)
{
    GateOutcome o;
    o.declarationId = snapshot.declaration.id;
    o.problems = SubmissionGate::check(snapshot, context);
    o.progress = GateProgress::of(snapshot, o.problems);
    o.blocking = SubmissionGate::blockingCount(o.problems);
    o.warnings = int(o.problems.size()) - o.blocking;
    o.staleDeviceTests = FirmwareStaleness::staleTestCount(snapshot);
    return o;
}

void GateCache::clear()
{
    m_entries.clear();
    m_owner.clear();
    m_stamp.clear();
    m_contextKey.clear();
    m_checked.clear();
    m_lastJudged = 0;
}

} // namespace hoshi
