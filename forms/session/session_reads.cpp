// SPDX-License-Identifier: Apache-2.0
// Where the Session reads the current declaration: on its reading thread (background reads,
// see workspacereader.h), or at once on this thread. Changes are never made on the reading
// thread: every edit runs here and is followed by refresh() (session.cpp), a read at once.
#include "session.h"

#include "workspacereader.h"

namespace hoshi {

void Session::setBackgroundReads(bool on)
{
    if (on == backgroundReads())
        return;
    if (!on) {
        // What is on its way arrives first; m_reader is cleared before, so that nothing asks
        // the reader for more meanwhile, and a switch still on its way is then read here.
        WorkspaceReader *reader = m_reader;
        m_reader = nullptr;
        reader->waitForIdle();
        reader->deleteLater(); // this may run inside one of its own signals
        const qint64 wanted = m_requestedDeclarationId;
        m_requestedDeclarationId = -1;
        if (wanted > 0 && wanted != m_declarationId)
            setCurrentDeclaration(wanted);
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
    // One key for every read of the declaration on screen: only the latest request is answered.
    m_reader->read<DeclarationView>(
        QStringLiteral("declaration"),
        [declarationId](const Workspace &workspace, DeclarationView *view) {
            // A declaration that does not read may use criteria stored after the reading
            // connection was opened: false has it read once more on a fresh connection.
            return DeclarationView::read(workspace, declarationId, view);
        },
        [this](DeclarationView view) { adoptView(std::move(view), true); });
}

void Session::adoptView(DeclarationView view, bool fromReader)
{
    if (fromReader) {
        // Asked for before a switch, a change made here or a workspace opened since: what is
        // shown is newer.
        if (m_requestedDeclarationId <= 0 || view.declarationId != m_requestedDeclarationId)
            return;
        m_requestedDeclarationId = -1;
    }
    const bool switched = view.declarationId != m_declarationId;
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
    if (switched && fromReader)
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

} // namespace hoshi
