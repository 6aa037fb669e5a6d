// SPDX-License-Identifier: Apache-2.0
// Adding, removing, linking and unlinking evidence as undo steps, and the ids of records that
// undo and redo brought back.
#include "session.h"

#include "recordcommands.h"

#include <QUndoStack>

namespace hoshi {

namespace {

// The evidence as it is now in the current declaration, to bring it back later.
EvidenceState stateOf(const Session &session, qint64 evidenceId)
{
    EvidenceState state;
    state.declarationId = session.currentDeclarationId();
    if (const std::optional<Evidence> e = session.evidence(evidenceId))
        state.evidence = *e;
    if (const DeclarationSnapshot *s = session.snapshot()) {
        for (const QString &itemId : state.evidence.itemIds) {
            const QStringList points = s->evidencePoints.value(itemId).value(evidenceId);
            if (!points.isEmpty())
                state.pointsByItem.insert(itemId, points);
        }
    }
    return state;
}

} // namespace

qint64 Session::liveId(RecordKind kind, qint64 id) const
{
    // Each time a record comes back it gets a new id: follow the chain to the latest.
    for (int hops = 0; hops < 1000; ++hops) {
        const auto next = m_recreated.constFind({int(kind), id});
        if (next == m_recreated.cend())
            break;
        id = *next;
    }
    return id;
}

void Session::noteRecreated(RecordKind kind, qint64 oldId, qint64 newId)
{
    if (oldId != newId)
        m_recreated.insert({int(kind), oldId}, newId);
}

bool Session::finishStep(bool ok, const QString &error, bool catalog)
{
    if (!ok) {
        fail(error);
        refresh();
        return false;
    }
    if (catalog)
        Q_EMIT catalogChanged();
    refresh();
    return true;
}

qint64 Session::addEvidence(const QStringList &itemIds, EvidenceKind kind)
{
    if (!writable() || m_declarationId < 0)
        return -1;
    Evidence e;
    e.kind = kind;
    if (kind == EvidenceKind::DeviceTest && m_snapshot) {
        // A test is normally run on the firmware being declared; start from that.
        e.firmwareVersion = m_snapshot->product.firmwareVersion;
        e.testedOn = QDate::currentDate();
    }
    QString error;
    const qint64 id = m_workspace->addEvidence(m_declarationId, itemIds, e, &error);
    if (id < 0) {
        fail(error);
        refresh();
        return -1;
    }
    refresh();
    push(new EvidencePresenceCommand(this, stateOf(*this, id), true));
    Q_EMIT evidenceAdded(id);
    return id;
}

bool Session::linkEvidence(qint64 evidenceId, const QString &itemId)
{
    if (!writable())
        return false;
    QString error;
    const bool ok = m_workspace->linkEvidence(evidenceId, m_declarationId, itemId, &error);
    if (!ok)
        fail(error);
    refresh();
    if (ok)
        push(new EvidenceLinkCommand(this, m_declarationId, evidenceId, itemId, true, {}));
    return ok;
}

bool Session::unlinkEvidence(qint64 evidenceId, const QString &itemId)
{
    if (!writable())
        return false;
    const QStringList points
        = m_snapshot ? m_snapshot->evidencePoints.value(itemId).value(evidenceId) : QStringList();
    QString error;
    const bool ok = m_workspace->unlinkEvidence(evidenceId, m_declarationId, itemId, &error);
    if (!ok)
        fail(error);
    refresh();
    if (ok)
        push(new EvidenceLinkCommand(this, m_declarationId, evidenceId, itemId, false, points));
    return ok;
}

bool Session::canUndoEvidenceRemoval(qint64 evidenceId) const
{
    const std::optional<Evidence> e = evidence(evidenceId);
    return e && e->files.isEmpty();
}

bool Session::removeEvidence(qint64 evidenceId)
{
    if (!writable())
        return false;
    const bool undoable = canUndoEvidenceRemoval(evidenceId);
    const EvidenceState state = stateOf(*this, evidenceId);
    QString error;
    const bool ok = m_workspace->removeEvidence(evidenceId, &error);
    if (!ok)
        fail(error);
    refresh();
    // With its files the content is gone; the user was told it can not be undone.
    if (ok && undoable) {
        push(new EvidencePresenceCommand(this, state, false));
        Q_EMIT statusMessage(tr("Evidence removed. Undo (Ctrl+Z) brings it back."));
    }
    return ok;
}

bool Session::discardEvidence(qint64 evidenceId)
{
    if (!writable())
        return false;
    const auto *latest = m_undo->index() > 0
                             ? dynamic_cast<const EvidencePresenceCommand *>(m_undo->command(m_undo->index() - 1))
                             : nullptr;
    bool ok = false;
    if (latest && latest->isAdd() && liveId(RecordKind::Evidence, latest->originalId()) == evidenceId) {
        m_undo->undo();
        ok = !m_workspace->evidence(evidenceId).has_value();
    } else {
        ok = removeEvidence(evidenceId);
    }
    if (ok)
        Q_EMIT statusMessage(tr("The new evidence record was not kept."));
    return ok;
}

} // namespace hoshi
