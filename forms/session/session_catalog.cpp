// SPDX-License-Identifier: Apache-2.0
// Renaming and removing organisations, products and declarations, and who is recorded as
// making the changes. They are committed at once and are undo steps, except the removal of a
// declaration (its answers and evidence files can not be brought back).
#include "session.h"

#include "recordcommands.h"

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
    const QString before = kind == CatalogKind::Organisation ? m_workspace->organisation(id).value_or(Organisation{}).name
                           : kind == CatalogKind::Product    ? m_workspace->product(id).value_or(Product{}).name
                                                             : m_workspace->declarationName(id);
    QString error;
    const bool ok = kind == CatalogKind::Organisation ? m_workspace->renameOrganisation(id, name, &error)
                    : kind == CatalogKind::Product    ? m_workspace->renameProduct(id, name, &error)
                                                      : m_workspace->renameDeclaration(id, name, &error);
    if (!ok) {
        fail(error);
        return false;
    }
    Q_EMIT catalogChanged();
    refresh();
    if (before != name.trimmed())
        push(new RenameCommand(this, kind, id, before, name.trimmed()));
    return true;
}

bool Session::canUndoRemoval(CatalogKind kind, qint64 id) const
{
    // An organisation's vendor-scope answers would not come back with it.
    return m_workspace && kind != CatalogKind::Declaration
           && (kind == CatalogKind::Product
               || m_workspace->dependantsOf(QStringLiteral("organisation"), id, {}).isEmpty());
}

bool Session::removeRecord(CatalogKind kind, qint64 id)
{
    if (!writable())
        return false;
    const bool undoable = canUndoRemoval(kind, id);
    const std::optional<Organisation> organisation
        = kind == CatalogKind::Organisation ? m_workspace->organisation(id) : std::nullopt;
    const std::optional<Product> product = kind == CatalogKind::Product ? m_workspace->product(id) : std::nullopt;
    QString error;
    const bool ok = kind == CatalogKind::Organisation ? m_workspace->removeOrganisation(id, &error)
                    : kind == CatalogKind::Product    ? m_workspace->removeProduct(id, &error)
                                                      : m_workspace->removeDeclaration(id, &error);
    if (!ok) {
        fail(error);
        return false;
    }
    if (kind == CatalogKind::Declaration && id == m_declarationId)
        setCurrentDeclaration(-1);
    Q_EMIT catalogChanged();
    refresh();
    // Steps recorded before stay: those about a removed declaration are dropped, with a word,
    // when undo reaches them.
    if (undoable && organisation)
        push(new RemoveCatalogCommand(this, *organisation));
    else if (undoable && product)
        push(new RemoveCatalogCommand(this, *product));
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
