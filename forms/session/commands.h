// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "session.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace hoshi {

// One change of an item's assessment. Consecutive edits of the same text field of the same
// item merge into one step, so undo does not walk back through every idle-time commit.
class AssessmentCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::AssessmentCommand)

public:
    enum class Field { Verdict = 1, Justification = 2, Notes = 3 };

    // expectedVersion: the row version the answer must still have when the command is first
    // done (-1: none); undo and redo then expect the version their own previous write left.
    AssessmentCommand(Session *session, qint64 declarationId, const Assessment &before, const Assessment &after,
                      Field field, qint64 expectedVersion = -1);
    void redo() override;
    void undo() override;
    [[nodiscard]] int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void updateText();
    [[nodiscard]] bool write(const Assessment &state);

    Session *m_session;
    qint64 m_declarationId;
    Assessment m_before;
    Assessment m_after;
    Field m_field;
    qint64 m_expectedVersion;
    bool m_first = true;
};

// Replacing a whole value (evidence, product, organisation, declaration) by an edited copy.
template <typename T>
class ValueCommand : public QUndoCommand
{
public:
    ValueCommand(Session *session, const T &before, const T &after, const QString &text)
        : QUndoCommand(text), m_session(session), m_before(before), m_after(after)
    {
    }
    void redo() override
    {
        if (!m_session->apply(m_after))
            setObsolete(true);
        else if (!m_first)
            revealValue(m_after);
        m_first = false;
    }
    void undo() override
    {
        if (!m_session->apply(m_before))
            setObsolete(true);
        else
            revealValue(m_before);
    }

private:
    void revealValue(const Evidence &e) { m_session->reveal(-1, QString(), e.id); }
    template <typename Other>
    void revealValue(const Other &)
    {
    }

    Session *m_session;
    T m_before;
    T m_after;
    bool m_first = true;
};

} // namespace hoshi
