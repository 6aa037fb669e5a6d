// SPDX-License-Identifier: Apache-2.0
// The session on a server: which organisations the signed-in user may change (their role there),
// what happens when the server stops answering (read-only, the typed answer kept), and taking
// a new connection when it is back. Refusals of the server are shown translated (fail()).
#include "session.h"

#include "storage/changefeed.h"
#include "storage/serverrefusal.h"

#include <QUndoStack>

namespace hoshi {

bool Session::isReadOnly() const
{
    if (!m_workspace || m_workspace->isReadOnly() || m_disconnected)
        return true;
    const qint64 organisationId = currentOrganisationId();
    return organisationId > 0 ? !m_roles.mayChange(organisationId) : !m_roles.mayChangeAnything();
}

QString Session::readOnlyReason() const
{
    if (!m_workspace)
        return tr("No workspace is open.");
    if (m_disconnected)
        return ServerRefusal::unreachableMessage();
    if (m_workspace->isReadOnly())
        return tr("This workspace is open read-only; nothing can be changed.");
    const qint64 organisationId = currentOrganisationId();
    if (organisationId > 0)
        return m_roles.cannotChangeReason(organisationId, m_snapshot->organisation.name);
    return m_roles.mayChangeAnything() ? QString()
                                       : tr("Your roles on this server allow reading only; nothing can be changed.");
}

qint64 Session::currentOrganisationId() const
{
    return m_snapshot ? m_snapshot->organisation.id : -1;
}

QString Session::approvalRefusedReason() const
{
    const qint64 organisationId = currentOrganisationId();
    if (organisationId <= 0)
        return {};
    return m_roles.cannotApproveReason(organisationId, m_snapshot->organisation.name);
}

void Session::readRoles()
{
    m_roles = ServerRoles::unrestricted();
    if (m_workspace && m_workspace->isServer()) {
        QString error;
        // Without the roles the screen stays editable; the server still refuses what it must.
        if (std::optional<ServerRoles> roles = ServerRoles::read(m_workspace->path(), &error))
            m_roles = *roles;
        else
            Q_EMIT statusMessage(error);
    }
    Q_EMIT rolesChanged();
}

bool Session::connectionLostBehind(const QString &error)
{
    if (!m_workspace || !m_workspace->isServer())
        return false;
    if (m_disconnected || ServerRefusal::explain(error).isConnectionLost())
        return true;
    // Reads of a lost connection look like missing records ("no declaration with id 1"): ask.
    return !ServerRefusal::connectionAnswers(*m_workspace);
}

bool Session::checkConnection()
{
    if (!m_workspace || !m_workspace->isServer())
        return true;
    if (m_disconnected)
        return false;
    if (ServerRefusal::connectionAnswers(*m_workspace))
        return true;
    enterDisconnected();
    return false;
}

void Session::enterDisconnected()
{
    if (m_disconnected)
        return;
    m_disconnected = true;
    m_lastErrorDetails.clear();
    // The screen keeps what it showed (a reload now would read nothing and look like an empty
    // workspace); it only becomes read-only.
    Q_EMIT connectionLost();
}

void Session::reconnect(std::unique_ptr<Workspace> workspace)
{
    if (!workspace)
        return;
    // The undo steps stay: they write through whichever workspace the session holds.
    m_workspace = std::move(workspace);
    if (m_workspace->changeFeed())
        connect(m_workspace->changeFeed(), &ChangeFeed::changed, this, &Session::noteChangeElsewhere);
    m_disconnected = false;
    readRoles();
    if (m_declarationId > 0 && !m_workspace->declaration(m_declarationId))
        m_declarationId = -1;
    Q_EMIT catalogChanged();
    refresh();
    Q_EMIT connectionRestored();
}

Assessment Session::UnsavedAnswer::over(const Assessment &stored) const
{
    Assessment a = stored;
    if (mine.verdict != before.verdict)
        a.verdict = mine.verdict;
    if (mine.justification.trimmed() != before.justification.trimmed())
        a.justification = mine.justification;
    if (mine.notes.trimmed() != before.notes.trimmed())
        a.notes = mine.notes;
    return a;
}

std::optional<Session::UnsavedAnswer> Session::takeUnsavedAnswer()
{
    std::optional<UnsavedAnswer> answer = std::move(m_unsaved);
    m_unsaved.reset();
    return answer;
}

void Session::saveAnswer(qint64 declarationId, const Assessment &wanted)
{
    if (declarationId != m_declarationId || !m_workspace)
        return;
    const auto stored = [&] { return m_workspace->assessment(declarationId, wanted.itemId); };
    if (stored().verdict != wanted.verdict)
        setVerdict(wanted.itemId, wanted.verdict, stored().rowVersion);
    if (stored().justification != wanted.justification.trimmed())
        setJustification(wanted.itemId, wanted.justification, stored().rowVersion);
    if (stored().notes != wanted.notes.trimmed())
        setNotes(wanted.itemId, wanted.notes, stored().rowVersion);
}

bool Session::handleAnswerFailure(qint64 declarationId, const UnsavedAnswer &attempt, const QString &error,
                                  bool conflict)
{
    if (connectionLostBehind(error)) {
        m_unsaved = attempt; // offered again once the server is back
        enterDisconnected();
        return true;
    }
    // Conflict or refusal: show what is stored now.
    refresh();
    if (conflict) {
        const Assessment theirs = assessment(attempt.mine.itemId);
        Q_EMIT assessmentConflict(declarationId, attempt.mine.itemId);
        Q_EMIT answerConflict(declarationId, attempt.mine.itemId, attempt.over(theirs), theirs, error);
        return true;
    }
    Q_EMIT answerRestored(declarationId, attempt.mine.itemId);
    return false; // fail() shows the refusal, translated
}

} // namespace hoshi
