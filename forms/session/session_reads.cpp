// SPDX-License-Identifier: Apache-2.0
// Where the Session reads the current declaration: on its reading thread (background reads,
// see workspacereader.h), or at once on this thread.
#include "session.h"

#include "workspacereader.h"

namespace hoshi {

void Session::setBackgroundReads(bool on)
{
    if (on == backgroundReads())
        return;
    if (!on) {
        // Whatever is on its way (writes above all) arrives first; m_reader is cleared before,
        // so that nothing asks the reader for more meanwhile.
        WorkspaceReader *reader = m_reader;
        m_reader = nullptr;
        reader->waitForIdle();
        reader->deleteLater(); // this may run inside one of its own signals
        m_writesInFlight = 0;
        const qint64 wanted = m_requestedDeclarationId > 0 ? m_requestedDeclarationId : m_declarationId;
        m_requestedDeclarationId = -1;
        const bool switched = wanted != m_declarationId;
        m_declarationId = wanted;
        refresh();
        if (switched)
            Q_EMIT currentDeclarationChanged(m_declarationId);
        return;
    }
    m_reader = new WorkspaceReader(this);
    connect(m_reader, &WorkspaceReader::failed, this, [this](const QString &error) {
        // Without a connection of its own the reading thread can not help: read here again.
        Q_EMIT statusMessage(tr("Reading the workspace in the background is off: %1").arg(error));
        setBackgroundReads(false);
    });
    followWorkspace();
}

void Session::waitForReads()
{
    if (m_reader)
        m_reader->waitForIdle();
}

void Session::followWorkspace()
{
    if (m_reader)
        m_reader->setLocation(m_workspace ? m_workspace->path() : QString());
}

void Session::requestView(qint64 declarationId)
{
    m_requestedDeclarationId = declarationId;
    const quint64 serial = ++m_viewSerial;
    m_reader->read<DeclarationView>(
        QStringLiteral("declaration"),
        [declarationId](const Workspace &workspace, DeclarationView *view) {
            // A declaration that does not read may use criteria stored after the reading
            // connection was opened: false has it read once more on a fresh connection.
            return DeclarationView::read(workspace, declarationId, view);
        },
        [this, serial](DeclarationView view) { adoptView(std::move(view), serial); });
}

void Session::adoptView(DeclarationView view, quint64 serial)
{
    const qint64 expected = m_requestedDeclarationId > 0 ? m_requestedDeclarationId : m_declarationId;
    if (view.declarationId != expected)
        return; // asked for before a switch that has happened since
    if (serial > 0 && serial < m_writeSerial && view.declarationId == m_writtenDeclaration)
        return; // read before an edit that is shown already and whose own view is on its way
    const bool switched = view.declarationId != m_declarationId;
    m_requestedDeclarationId = -1;
    m_declarationId = view.declarationId;
    m_snapshot = std::move(view.snapshot);
    m_problems = std::move(view.problems);
    m_comments = std::move(view.comments);
    m_history = std::move(view.history);
    m_lastExport = std::move(view.lastExport);
    m_declarationName = std::move(view.name);
    m_signOffs = std::move(view.signOffs);
    m_selfApprovedAccount = std::move(view.selfApprovedAccount);
    if (!m_snapshot && !view.error.isEmpty())
        fail(view.error);
    Q_EMIT declarationRefreshed();
    if (switched)
        Q_EMIT currentDeclarationChanged(m_declarationId);
}

void Session::clearView()
{
    m_snapshot.reset();
    m_problems.clear();
    m_comments.clear();
    m_history.clear();
    m_lastExport.reset();
    m_declarationName.clear();
    m_signOffs.clear();
    m_selfApprovedAccount.clear();
}

QList<HistoryEntry> Session::historyOf(const QString &itemId) const
{
    QList<HistoryEntry> entries;
    for (const HistoryEntry &h : m_history) {
        if (h.itemId == itemId)
            entries << h;
    }
    return entries;
}

Assessment Session::assessmentBefore(const QString &itemId) const
{
    if (m_reader && m_snapshot && m_snapshot->declaration.id == m_declarationId)
        return assessment(itemId);
    return m_workspace->assessment(m_declarationId, itemId);
}

} // namespace hoshi
