// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gate/gatecache.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>

namespace hoshi {

class Session;

// The workspace as a tree: organisations → products → declarations. A declaration row says
// its criteria set, route and progress so a consultant sees the state of every product.
class NavigatorModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Kind { Organisation, Product, Declaration };
    enum Role { KindRole = Qt::UserRole + 1, IdRole };

    explicit NavigatorModel(Session *session, QObject *parent = nullptr);

    // Re-reads everything (after an organisation, product or declaration was added or edited).
    void reload();
    // Re-reads one declaration's row (after its assessments changed).
    void updateDeclaration(qint64 declarationId);
    [[nodiscard]] QModelIndex indexOf(Kind kind, qint64 id) const;
    // How many records of a kind the last reload found (asks nothing of the workspace).
    [[nodiscard]] int count(Kind kind) const;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Node {
        Kind kind;
        qint64 id;
        QString text;
        QString toolTip;
        int parent = -1;
        int row = 0;
        QList<int> children;
    };
    // `known` and `knownName`: the declaration and its name when the caller has read them
    // (a reload); otherwise they are read here.
    void describeDeclaration(Node &node, const Declaration *known, const QString &knownName) const;
    // Judges the declarations in one batch (the gate cache re-reads only what changed).
    void judge(const QList<qint64> &declarationIds);
    [[nodiscard]] const QList<int> &childrenOf(const QModelIndex &parent) const;

    Session *m_session;
    QList<Node> m_nodes;
    QList<int> m_roots;
    GateCache m_gateCache;
    QHash<qint64, GateProgress> m_progress; // declaration id -> the gate's progress
    QIcon m_organisationIcon;
    QIcon m_productIcon;
    QIcon m_declarationIcon;
};

} // namespace hoshi
