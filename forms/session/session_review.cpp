// SPDX-License-Identifier: Apache-2.0
// Review comments, review requests, sign-offs, findings and the label record: the review and
// label pages edit through here like every other page, so that the views refresh together.
#include "session.h"

#include "storage/serverrefusal.h"

#include "recordcommands.h"

#include "findings/findingsimporter.h"

#include <QUndoStack>

namespace hoshi {

namespace {

bool refuse(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool Session::addComment(const QString &itemId, const QString &text, QString *error)
{
    if (!m_workspace || isReadOnly() || m_declarationId < 0)
        return refuse(error, tr("This workspace is open read-only; nothing can be changed."));
    if (m_workspace->addComment(m_declarationId, itemId, m_workspace->actor(), text.trimmed(), error) < 0)
        return false;
    refresh();
    return true;
}

bool Session::resolveComment(qint64 commentId, QString *error)
{
    if (!m_workspace || isReadOnly())
        return refuse(error, tr("This workspace is open read-only; nothing can be changed."));
    if (!m_workspace->resolveComment(commentId, m_workspace->actor(), error))
        return false;
    refresh();
    return true;
}

bool Session::signOff(SignOffStep step, const QString &reason, QString *error)
{
    if (!m_workspace || m_declarationId < 0)
        return refuse(error, tr("No declaration is open."));
    if (isReadOnly())
        return refuse(error, readOnlyReason());
    if (step == SignOffStep::Approve && !approvalRefusedReason().isEmpty())
        return refuse(error, approvalRefusedReason());
    const QString actor = m_workspace->actor();
    bool ok = false;
    switch (step) {
    case SignOffStep::RequestReview:
        ok = m_workspace->requestReview(m_declarationId, actor, error);
        break;
    case SignOffStep::Approve:
        ok = m_workspace->approve(m_declarationId, actor, error);
        break;
    case SignOffStep::RequestChanges:
        ok = m_workspace->reject(m_declarationId, actor, reason.trimmed(), error);
        break;
    }
    if (ok) {
        Q_EMIT catalogChanged(); // the declaration's state shows in the navigator
        refresh();
    } else if (error) {
        // Beside the buttons the person reads the translated reason; the server's text is details.
        if (connectionLostBehind(*error)) {
            enterDisconnected();
            *error = ServerRefusal::unreachableMessage();
        } else {
            const ServerRefusal refusal = ServerRefusal::explain(*error);
            m_lastErrorDetails = refusal.details;
            *error = refusal.message;
        }
    }
    return ok;
}

bool Session::importFindings(const QString &path, FindingsImportResult *result, QString *error)
{
    if (!m_workspace || isReadOnly())
        return refuse(error, tr("This workspace is open read-only; nothing can be changed."));
    if (!FindingsImporter::run(*m_workspace, path, -1, result, error))
        return false;
    if (m_declarationId != result->declarationId)
        setCurrentDeclaration(result->declarationId);
    else
        refresh();
    return true;
}

bool Session::setLabelRecord(const LabelRecord &record, QString *error)
{
    if (!m_workspace || isReadOnly())
        return refuse(error, tr("This workspace is open read-only; nothing can be changed."));
    const std::optional<LabelRecord> before = m_workspace->labelRecord(record.declarationId);
    if (!m_workspace->setLabelRecord(record, error))
        return false;
    const std::optional<LabelRecord> after = m_workspace->labelRecord(record.declarationId);
    refresh();
    if (before && after && *before != *after)
        push(new LabelRecordCommand(this, *before, *after));
    return true;
}

bool Session::applyLabelRecord(const LabelRecord &record)
{
    if (!writable())
        return false;
    QString error;
    const bool ok = m_workspace->setLabelRecord(record, &error);
    if (ok)
        reveal(record.declarationId, QString());
    return finishStep(ok, error);
}

} // namespace hoshi
