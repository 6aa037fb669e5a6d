// SPDX-License-Identifier: Apache-2.0
#include "commands.h"

namespace hoshi {

AssessmentCommand::AssessmentCommand(Session *session, qint64 declarationId, const Assessment &before,
                                     const Assessment &after, Field field, qint64 expectedVersion)
    : m_session(session), m_declarationId(declarationId), m_before(before), m_after(after), m_field(field),
      m_expectedVersion(expectedVersion)
{
    updateText();
}

void AssessmentCommand::updateText()
{
    switch (m_field) {
    case Field::Verdict:
        setText(tr("%1: %2").arg(m_after.itemId, verdictName(m_after.verdict)));
        break;
    case Field::Justification:
        setText(tr("%1: edit justification").arg(m_after.itemId));
        break;
    case Field::Notes:
        setText(tr("%1: edit notes").arg(m_after.itemId));
        break;
    }
}

bool AssessmentCommand::write(const Assessment &state)
{
    if (!m_session->applyAssessment(m_declarationId, state.itemId, state.verdict, state.justification, state.notes,
                                    m_expectedVersion))
        return false;
    // Every write adds one to the row's version; the next undo or redo expects exactly that,
    // so it never overwrites what someone else saved in between.
    if (m_expectedVersion >= 0)
        ++m_expectedVersion;
    return true;
}

void AssessmentCommand::redo()
{
    if (!write(m_after)) {
        setObsolete(true);
        return;
    }
    if (!m_first)
        m_session->reveal(m_declarationId, m_after.itemId);
    m_first = false;
}

void AssessmentCommand::undo()
{
    if (!write(m_before)) {
        setObsolete(true);
        return;
    }
    m_session->reveal(m_declarationId, m_before.itemId);
}

int AssessmentCommand::id() const
{
    // Verdict changes stay separate steps; text edits of one field may merge.
    return m_field == Field::Verdict ? -1 : 0x4853'0000 + int(m_field);
}

bool AssessmentCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const AssessmentCommand *>(other);
    if (next->m_declarationId != m_declarationId || next->m_after.itemId != m_after.itemId
        || next->m_field != m_field)
        return false;
    m_after = next->m_after;
    m_expectedVersion = next->m_expectedVersion; // the version the merged command's write left
    return true;
}

} // namespace hoshi
