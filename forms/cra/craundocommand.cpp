// SPDX-License-Identifier: Apache-2.0
#include "craundocommand.h"

#include "common/messagebox.h"
#include "session/session.h"

namespace hoshi {

CraRecordCommand::CraRecordCommand(Session *session, const CraRecord &before, const CraRecord &after)
    : m_session(session), m_before(before), m_after(after)
{
    setText(tr("Edit the CRA fields"));
}

void CraRecordCommand::undo()
{
    apply(m_before);
}

void CraRecordCommand::redo()
{
    if (std::exchange(m_first, false))
        return;
    apply(m_after);
}

void CraRecordCommand::apply(const CraRecord &record)
{
    Workspace *ws = m_session->workspace();
    QString error;
    if (!ws || m_session->isReadOnly()) {
        error = m_session->readOnlyReason();
    } else if (ws->setCraRecord(record, -1, &error)) {
        if (m_session->currentDeclarationId() != record.declarationId)
            m_session->setCurrentDeclaration(record.declarationId, Session::ReadTiming::Now);
        m_session->refresh();
        return;
    }
    // The step can not be taken (read-only now, a refused value, a lost connection): it leaves
    // the stack rather than undo something else next time.
    setObsolete(true);
    MessageBox::error(nullptr, tr("Edit the CRA fields"), error);
}

} // namespace hoshi
