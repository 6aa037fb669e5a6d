// SPDX-License-Identifier: Apache-2.0
#include "gatecache.h"

#include "gate/firmwarestaleness.h"
#include "storage/snapshotreader.h"
#include "storage/workspace.h"

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
    QList<GateOutcome> list;
    list.reserve(ids.size());
    for (const qint64 id : ids)
        list << m_entries.value(id).outcome;
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
    m_lastJudged = 0;
}

} // namespace hoshi
