// SPDX-License-Identifier: Apache-2.0
// Session edits for evaluation points and the PSTI statement of compliance file.
#include "session.h"

namespace hoshi {

bool Session::setPointChosen(const QString &itemId, const QString &pointId, bool chosen)
{
    if (!writable() || m_declarationId < 0)
        return false;
    QString error;
    const bool ok = m_workspace->setPointChosen(m_declarationId, itemId, pointId, chosen, &error);
    if (!ok)
        fail(error);
    refresh();
    return ok;
}

bool Session::setEvidencePoints(qint64 evidenceId, const QString &itemId, const QStringList &pointIds)
{
    if (!writable() || m_declarationId < 0)
        return false;
    QString error;
    const bool ok = m_workspace->setEvidencePoints(evidenceId, m_declarationId, itemId, pointIds, &error);
    if (!ok)
        fail(error);
    refresh();
    return ok;
}

bool Session::attachPstiStatement(const QString &filePath)
{
    if (!writable() || m_declarationId < 0)
        return false;
    QString error;
    const bool ok = m_workspace->attachPstiStatement(m_declarationId, filePath, &error) > 0;
    if (!ok)
        fail(error);
    refresh();
    return ok;
}

qint64 Session::carryOverDeclaration(qint64 fromDeclarationId, const QString &toCriteriaSetId, QStringList *review)
{
    if (!writable())
        return -1;
    QString error;
    const qint64 id = m_workspace->carryOverDeclaration(fromDeclarationId, toCriteriaSetId, review, &error);
    if (id < 0) {
        fail(error);
        return -1;
    }
    Q_EMIT catalogChanged();
    return id;
}

bool Session::updateCriteriaData(qint64 declarationId, int toDataRevision, PointAnswerChanges *changes, QString *error)
{
    if (!writable())
        return false;
    QString problem;
    const bool ok = m_workspace->updateCriteriaData(declarationId, toDataRevision, changes, &problem);
    if (!ok) {
        if (error)
            *error = problem;
        fail(problem);
        return false;
    }
    Q_EMIT catalogChanged();
    refresh();
    return true;
}

bool Session::setPointOverlay(const PointOverlay &overlay, PointAnswerChanges *changes, QString *error)
{
    if (!writable() || m_declarationId < 0)
        return false;
    QString problem;
    const bool ok = m_workspace->setPointOverlay(m_declarationId, overlay, changes, &problem);
    if (!ok) {
        if (error)
            *error = problem;
        fail(problem);
    }
    refresh();
    return ok;
}

bool Session::clearPointOverlay(PointAnswerChanges *changes, QString *error)
{
    if (!writable() || m_declarationId < 0)
        return false;
    QString problem;
    const bool ok = m_workspace->clearPointOverlay(m_declarationId, changes, &problem);
    if (!ok) {
        if (error)
            *error = problem;
        fail(problem);
    }
    refresh();
    return ok;
}

} // namespace hoshi
