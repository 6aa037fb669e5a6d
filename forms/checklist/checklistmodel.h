// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "review/commentcounts.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace hoshi {

class Session;

// The current declaration's checklist: one row per criteria item with its verdict, method
// badge, scope, evidence count and open problems. Reads everything from the Session.
class ChecklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { VerdictColumn, IdColumn, TitleColumn, MethodsColumn, ScopeColumn, EvidenceColumn, ProblemsColumn,
                  CommentsColumn, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1, VerdictRole, BlockingRole, SearchTextRole };

    explicit ChecklistModel(Session *session, QObject *parent = nullptr);

    // Re-reads the session: a new declaration resets the model, a changed one only repaints.
    void reload();
    // The language changed: headers and texts are asked for again.
    void retranslate();
    [[nodiscard]] int rowOf(const QString &itemId) const { return int(m_itemIds.indexOf(itemId)); }
    [[nodiscard]] QString itemIdAt(int row) const { return m_itemIds.value(row); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Session *m_session;
    qint64 m_declarationId = -1;
    QStringList m_itemIds;
    QHash<QString, CommentCount> m_comments; // review comments per item
};

} // namespace hoshi
