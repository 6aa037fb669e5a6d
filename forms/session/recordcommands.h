// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "session.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace hoshi {

// Undo steps for changes of what exists: evidence added, removed, linked or unlinked,
// records renamed or removed, and the label record. Each is made by the Session after the
// change was committed, so its first redo() does nothing; later undos and redos write through
// the Session and, when that fails (someone removed the record meanwhile), the step is dropped
// and the Session has said why.

// Evidence as it was, to bring it back: the record, the items of the declaration it backed
// and the evaluation points it backed for each of them.
struct EvidenceState {
    qint64 declarationId = -1;
    Evidence evidence;                      // itemIds: the items it backed in the declaration
    QHash<QString, QStringList> pointsByItem;
};

// Adding (present after redo) or removing (absent after redo) one evidence record. The record
// comes back with a new id; Session::noteRecreated tells the earlier steps.
class EvidencePresenceCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::EvidencePresenceCommand)

public:
    EvidencePresenceCommand(Session *session, const EvidenceState &state, bool added);
    void redo() override;
    void undo() override;
    [[nodiscard]] qint64 originalId() const { return m_state.evidence.id; }
    [[nodiscard]] bool isAdd() const { return m_added; }

private:
    bool bringBack();
    bool takeAway();

    Session *m_session;
    EvidenceState m_state;
    bool m_added;
    bool m_first = true;
};

// Linking evidence to one more item, or unlinking it (the points it backed there come back).
class EvidenceLinkCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::EvidenceLinkCommand)

public:
    EvidenceLinkCommand(Session *session, qint64 declarationId, qint64 evidenceId, const QString &itemId,
                        bool linked, const QStringList &points);
    void redo() override;
    void undo() override;

private:
    bool setLinked(bool linked);

    Session *m_session;
    qint64 m_declarationId;
    qint64 m_evidenceId;
    QString m_itemId;
    bool m_linked;
    QStringList m_points;
    bool m_first = true;
};

// Renaming an organisation, product or declaration.
class RenameCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::RenameCommand)

public:
    RenameCommand(Session *session, Session::CatalogKind kind, qint64 id, const QString &before,
                  const QString &after);
    void redo() override;
    void undo() override;

private:
    Session *m_session;
    Session::CatalogKind m_kind;
    qint64 m_id;
    QString m_before;
    QString m_after;
    bool m_first = true;
};

// Removing an organisation (nothing depends on it) or a product (no declarations): undo adds
// it again with every field.
class RemoveCatalogCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::RemoveCatalogCommand)

public:
    RemoveCatalogCommand(Session *session, const Organisation &organisation);
    RemoveCatalogCommand(Session *session, const Product &product);
    void redo() override;
    void undo() override;

private:
    Session *m_session;
    bool m_isProduct;
    Organisation m_organisation;
    Product m_product;
    bool m_first = true;
};

// The label record of a declaration replaced by an edited one.
class LabelRecordCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::LabelRecordCommand)

public:
    LabelRecordCommand(Session *session, const LabelRecord &before, const LabelRecord &after);
    void redo() override;
    void undo() override;

private:
    Session *m_session;
    LabelRecord m_before;
    LabelRecord m_after;
    bool m_first = true;
};

} // namespace hoshi
