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

} // namespace hoshi
