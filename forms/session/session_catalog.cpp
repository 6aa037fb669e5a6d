// Renaming and removing organisations, products and declarations, and who is recorded as
// making the changes. Like adding, these are committed at once and are not undo steps.
#include "session.h"

#include "gate/gateprogress.h"

#include <QUndoStack>

namespace hoshi {

void Session::setActor(const QString &actor)
{
    m_actor = actor.trimmed();
    // On a server the history records the signed-in user, whatever name is set here.
    if (m_workspace && !m_actor.isEmpty() && !m_workspace->isServer())
        m_workspace->setActor(m_actor);
}

bool Session::renameRecord(CatalogKind kind, qint64 id, const QString &name)
{
    if (!writable())
        return false;
    QString error;
    const bool ok = kind == CatalogKind::Organisation ? m_workspace->renameOrganisation(id, name, &error)
                    : kind == CatalogKind::Product    ? m_workspace->renameProduct(id, name, &error)
                                                      : m_workspace->renameDeclaration(id, name, &error);
    if (!ok) {
        fail(error);
        return false;
    }
    // Undo steps hold whole copies of the records; a rename under them would be undone too.
    m_undo->clear();
    Q_EMIT catalogChanged();
    refresh();
    return true;
}

bool Session::removeRecord(CatalogKind kind, qint64 id)
{
    if (!writable())
        return false;
    QString error;
    const bool ok = kind == CatalogKind::Organisation ? m_workspace->removeOrganisation(id, &error)
                    : kind == CatalogKind::Product    ? m_workspace->removeProduct(id, &error)
                                                      : m_workspace->removeDeclaration(id, &error);
    if (!ok) {
        fail(error);
        return false;
    }
    m_undo->clear();
    if (kind == CatalogKind::Declaration && id == m_declarationId)
        setCurrentDeclaration(-1);
    Q_EMIT catalogChanged();
    refresh();
    return true;
}

QStringList Session::dependantsOf(CatalogKind kind, qint64 id) const
{
    if (!m_workspace)
        return {};
    switch (kind) {
    case CatalogKind::Organisation:
        return m_workspace->dependantsOf(QStringLiteral("organisation"), id, {QStringLiteral("assessment")});
    case CatalogKind::Product:
        return m_workspace->dependantsOf(QStringLiteral("product"), id, {});
    case CatalogKind::Declaration:
        return m_workspace->dependantsOf(QStringLiteral("declaration"), id,
                                         {QStringLiteral("assessment"), QStringLiteral("declaration_name")});
    }
    return {};
}

GateProgress Session::progress() const
{
    return m_snapshot ? GateProgress::of(*m_snapshot, m_problems) : GateProgress{};
}

} // namespace hoshi
