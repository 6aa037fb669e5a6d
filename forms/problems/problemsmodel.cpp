// SPDX-License-Identifier: Apache-2.0
#include "problemsmodel.h"

#include "common/verdictstyle.h"
#include "session/session.h"

#include <algorithm>

namespace hoshi {

ProblemsModel::ProblemsModel(Session *session, QObject *parent) : QAbstractListModel(parent), m_session(session)
{
    reload();
}

void ProblemsModel::reload()
{
    QList<GateProblem> problems = m_session->problems();
    std::stable_partition(problems.begin(), problems.end(), [](const GateProblem &p) { return p.isBlocking(); });
    // Rows are replaced as a whole: the gate's list has no identity to diff by, and it is short.
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

int ProblemsModel::blockingCount() const
{
    return SubmissionGate::blockingCount(m_problems);
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_problems.size())
        return {};
    const GateProblem &p = m_problems.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return p.message;
    case Qt::DecorationRole:
        return p.isBlocking() ? VerdictStyle::blockingIcon() : VerdictStyle::warningIcon();
    case ItemIdRole:
        return p.itemId;
    case FieldRole:
        return p.field;
    case EvidenceIdRole:
        return p.evidenceId;
    case BlockingRole:
        return p.isBlocking();
    case CodeRole:
        return p.code;
    default:
        return {};
    }
}

} // namespace hoshi
