// SPDX-License-Identifier: Apache-2.0
#include "recordcommands.h"

namespace hoshi {

// ---- evidence added or removed ----

EvidencePresenceCommand::EvidencePresenceCommand(Session *session, const EvidenceState &state, bool added)
    : m_session(session), m_state(state), m_added(added)
{
    const QString reference = state.evidence.reference().isEmpty() ? evidenceKindName(state.evidence.kind)
                                                                    : state.evidence.reference();
    setText(added ? tr("Add evidence \"%1\"").arg(reference) : tr("Remove evidence \"%1\"").arg(reference));
}

bool EvidencePresenceCommand::bringBack()
{
    Workspace *ws = m_session->workspace();
    if (!ws)
        return false;
    QString error;
    const qint64 before = m_session->liveId(Session::RecordKind::Evidence, m_state.evidence.id);
    const qint64 id = ws->addEvidence(m_state.declarationId, m_state.evidence.itemIds, m_state.evidence, &error);
    if (id < 0)
        return m_session->finishStep(false, error);
    m_session->noteRecreated(Session::RecordKind::Evidence, before, id);
    for (auto it = m_state.pointsByItem.cbegin(); it != m_state.pointsByItem.cend(); ++it) {
        if (!it.value().isEmpty() && !ws->setEvidencePoints(id, m_state.declarationId, it.key(), it.value(), &error))
            return m_session->finishStep(false, error);
    }
    m_session->finishStep(true, QString());
    m_session->reveal(m_state.declarationId, m_state.evidence.itemIds.value(0), id);
    return true;
}

bool EvidencePresenceCommand::takeAway()
{
    Workspace *ws = m_session->workspace();
    if (!ws)
        return false;
    QString error;
    const bool ok = ws->removeEvidence(m_session->liveId(Session::RecordKind::Evidence, m_state.evidence.id), &error);
    if (m_session->finishStep(ok, error))
        m_session->reveal(m_state.declarationId, m_state.evidence.itemIds.value(0));
    return ok;
}

void EvidencePresenceCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    if (!(m_added ? bringBack() : takeAway()))
        setObsolete(true);
}

void EvidencePresenceCommand::undo()
{
    if (!(m_added ? takeAway() : bringBack()))
        setObsolete(true);
}

// ---- evidence linked or unlinked ----

EvidenceLinkCommand::EvidenceLinkCommand(Session *session, qint64 declarationId, qint64 evidenceId,
                                         const QString &itemId, bool linked, const QStringList &points)
    : m_session(session), m_declarationId(declarationId), m_evidenceId(evidenceId), m_itemId(itemId),
      m_linked(linked), m_points(points)
{
    setText(linked ? tr("%1: link evidence").arg(itemId) : tr("%1: unlink evidence").arg(itemId));
}

bool EvidenceLinkCommand::setLinked(bool linked)
{
    Workspace *ws = m_session->workspace();
    if (!ws)
        return false;
    const qint64 id = m_session->liveId(Session::RecordKind::Evidence, m_evidenceId);
    QString error;
    bool ok = linked ? ws->linkEvidence(id, m_declarationId, m_itemId, &error)
                     : ws->unlinkEvidence(id, m_declarationId, m_itemId, &error);
    // The points it backed for the item went with the link; they come back with it.
    if (ok && linked && !m_points.isEmpty())
        ok = ws->setEvidencePoints(id, m_declarationId, m_itemId, m_points, &error);
    if (m_session->finishStep(ok, error))
        m_session->reveal(m_declarationId, m_itemId, linked ? id : -1);
    return ok;
}

void EvidenceLinkCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    if (!setLinked(m_linked))
        setObsolete(true);
}

void EvidenceLinkCommand::undo()
{
    if (!setLinked(!m_linked))
        setObsolete(true);
}

// ---- renames ----

RenameCommand::RenameCommand(Session *session, Session::CatalogKind kind, qint64 id, const QString &before,
                             const QString &after)
    : m_session(session), m_kind(kind), m_id(id), m_before(before), m_after(after)
{
    setText(tr("Rename \"%1\" to \"%2\"").arg(before, after));
}

namespace {

bool rename(Session *session, Session::CatalogKind kind, qint64 id, const QString &name)
{
    Workspace *ws = session->workspace();
    if (!ws)
        return false;
    QString error;
    bool ok = false;
    switch (kind) {
    case Session::CatalogKind::Organisation:
        ok = ws->renameOrganisation(session->liveId(Session::RecordKind::Organisation, id), name, &error);
        break;
    case Session::CatalogKind::Product:
        ok = ws->renameProduct(session->liveId(Session::RecordKind::Product, id), name, &error);
        break;
    case Session::CatalogKind::Declaration:
        ok = ws->renameDeclaration(id, name, &error);
        break;
    }
    return session->finishStep(ok, error, true);
}

} // namespace

void RenameCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    if (!rename(m_session, m_kind, m_id, m_after))
        setObsolete(true);
}

void RenameCommand::undo()
{
    if (!rename(m_session, m_kind, m_id, m_before))
        setObsolete(true);
}

// ---- organisations and products removed ----

RemoveCatalogCommand::RemoveCatalogCommand(Session *session, const Organisation &organisation)
    : m_session(session), m_isProduct(false), m_organisation(organisation)
{
    setText(tr("Remove organisation \"%1\"").arg(organisation.name));
}

RemoveCatalogCommand::RemoveCatalogCommand(Session *session, const Product &product)
    : m_session(session), m_isProduct(true), m_product(product)
{
    setText(tr("Remove product \"%1\"").arg(product.name));
}

void RemoveCatalogCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    Workspace *ws = m_session->workspace();
    QString error;
    const bool ok = ws
                    && (m_isProduct
                            ? ws->removeProduct(m_session->liveId(Session::RecordKind::Product, m_product.id), &error)
                            : ws->removeOrganisation(
                                  m_session->liveId(Session::RecordKind::Organisation, m_organisation.id), &error));
    if (!m_session->finishStep(ok, error, true))
        setObsolete(true);
}

void RemoveCatalogCommand::undo()
{
    Workspace *ws = m_session->workspace();
    if (!ws) {
        setObsolete(true);
        return;
    }
    QString error;
    bool ok = false;
    // Added again, then every field written as it was (adding takes only some of them).
    if (m_isProduct) {
        Product p = m_product;
        p.organisationId = m_session->liveId(Session::RecordKind::Organisation, p.organisationId);
        const qint64 before = m_session->liveId(Session::RecordKind::Product, p.id);
        p.id = ws->addProduct(p, &error);
        ok = p.id > 0 && ws->updateProduct(p, &error);
        if (p.id > 0)
            m_session->noteRecreated(Session::RecordKind::Product, before, p.id);
    } else {
        Organisation o = m_organisation;
        const qint64 before = m_session->liveId(Session::RecordKind::Organisation, o.id);
        o.id = ws->addOrganisation(o, &error);
        ok = o.id > 0 && ws->updateOrganisation(o, &error);
        if (o.id > 0)
            m_session->noteRecreated(Session::RecordKind::Organisation, before, o.id);
    }
    if (!m_session->finishStep(ok, error, true))
        setObsolete(true);
}

// ---- label record ----

LabelRecordCommand::LabelRecordCommand(Session *session, const LabelRecord &before, const LabelRecord &after)
    : m_session(session), m_before(before), m_after(after)
{
    setText(tr("Edit the label record"));
}

void LabelRecordCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    if (!m_session->applyLabelRecord(m_after))
        setObsolete(true);
}

void LabelRecordCommand::undo()
{
    if (!m_session->applyLabelRecord(m_before))
        setObsolete(true);
}

} // namespace hoshi
