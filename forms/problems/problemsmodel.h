// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gate/submissiongate.h"

#include <QAbstractListModel>

namespace hoshi {

class Session;

// The submission gate's verdict on the current declaration: blocking problems first, then
// warnings, each in the gate's order (product fields, then items in criteria order).
class ProblemsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { ItemIdRole = Qt::UserRole + 1, FieldRole, EvidenceIdRole, BlockingRole, CodeRole };

    explicit ProblemsModel(Session *session, QObject *parent = nullptr);
    void reload();
    [[nodiscard]] GateProblem problemAt(int row) const { return m_problems.value(row); }
    [[nodiscard]] int blockingCount() const;
    [[nodiscard]] int warningCount() const { return int(m_problems.size()) - blockingCount(); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    Session *m_session;
    QList<GateProblem> m_problems;
};

} // namespace hoshi
