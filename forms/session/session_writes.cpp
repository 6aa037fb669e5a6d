// SPDX-License-Identifier: Apache-2.0
// Answers written on the Session's reading thread (background reads): the GUI thread shows the
// new answer at once and never waits for the write, which is one transaction on the reading
// thread's connection, in order with the reads, followed by a read of what is stored now.
#include "session.h"

#include "workspacereader.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace hoshi {

namespace {

// How long after our own last write a server's announcement about the same declaration is
// taken for the echo of that write (the reading thread's connection is not "this connection"
// to the change feed, which listens on the GUI thread's).
constexpr qint64 EchoMs = 1500;

struct WriteOutcome {
    bool ok = false;
    bool conflict = false;
    QString error;
    qint64 organisationId = -1; // the organisation of a vendor-scope answer, else -1
    DeclarationView view;       // the declaration as stored after the write (or the refusal)
};

} // namespace

void Session::postAssessment(qint64 declarationId, const Assessment &after, qint64 expectedVersion,
                             std::shared_ptr<PendingStep> step)
{
    showPendingAssessment(declarationId, after);
    const quint64 serial = ++m_viewSerial;
    m_writtenDeclaration = declarationId;
    m_writtenOrganisation = after.vendorScope && m_snapshot ? m_snapshot->organisation.id : -1;
    m_writeSerial = serial;
    ++m_writesInFlight;
    const QString actor = m_actor;
    m_reader->write<WriteOutcome>(
        [declarationId, after, expectedVersion, actor](Workspace &workspace, WriteOutcome *outcome) {
            if (!actor.isEmpty() && !workspace.isServer())
                workspace.setActor(actor); // on a server, the signed-in user is recorded
            outcome->ok = workspace.setAssessmentIfUnchanged(declarationId, after.itemId, expectedVersion, after.verdict,
                                                             after.justification, after.notes, &outcome->error,
                                                             &outcome->conflict);
            (void)DeclarationView::read(workspace, declarationId, &outcome->view);
        },
        [this, declarationId, itemId = after.itemId, serial, step](WriteOutcome outcome) {
            --m_writesInFlight;
            m_lastWriteAnswer.start();
            adoptView(std::move(outcome.view), serial); // what is stored now, refused or not
            if (outcome.ok)
                return;
            failLater(step);
            if (outcome.conflict)
                Q_EMIT assessmentConflict(declarationId, itemId);
            fail(outcome.error);
        });
}

void Session::showPendingAssessment(qint64 declarationId, const Assessment &after)
{
    // The answer as it will be stored, shown while it is written: the new verdict and texts and
    // the row version the write will leave (a row not stored yet is at 0), so that the next
    // edit of the same answer expects exactly that version. The gate's verdict on it follows
    // with the read after the write.
    if (!m_snapshot || m_snapshot->declaration.id != declarationId || declarationId != m_declarationId)
        return;
    for (Assessment &a : m_snapshot->assessments) {
        if (a.itemId != after.itemId)
            continue;
        a.verdict = after.verdict;
        a.justification = after.justification.trimmed();
        a.notes = after.notes.trimmed();
        a.rowVersion = std::max<qint64>(a.rowVersion, 0) + 1;
        Q_EMIT declarationRefreshed();
        return; // the snapshot lists every item of the set, answered or not
    }
}

void Session::failLater(const std::shared_ptr<PendingStep> &step)
{
    if (!step || !step->command)
        return;
    step->command->setObsolete(true);
    // The latest step did not happen: take it off the stack (an obsolete step is removed
    // instead of being undone).
    if (m_undo->index() > 0 && m_undo->command(m_undo->index() - 1) == step->command)
        m_undo->undo();
}

bool Session::isOwnWriteEcho(qint64 declarationId, qint64 organisationId) const
{
    if (m_writesInFlight == 0 && (!m_lastWriteAnswer.isValid() || m_lastWriteAnswer.elapsed() > EchoMs))
        return false;
    return declarationId > 0 ? declarationId == m_writtenDeclaration
                             : organisationId > 0 && organisationId == m_writtenOrganisation;
}

} // namespace hoshi
