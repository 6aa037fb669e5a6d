// SPDX-License-Identifier: Apache-2.0
// Live refresh: on a server workspace, what others commit is announced by the workspace's
// ChangeFeed; the session re-reads what is on screen instead of waiting for the user.
#include "session.h"

#include "storage/changefeed.h"

#include <QTimer>

namespace hoshi {

namespace {
// Long enough to gather a burst (an import, a batch of edits) into one reload, short enough
// that a change shows within a second of its commit.
constexpr int GatherMs = 150;
} // namespace

void Session::listenForChanges()
{
    m_changesElsewhere = new QTimer(this);
    m_changesElsewhere->setSingleShot(true);
    m_changesElsewhere->setInterval(GatherMs);
    connect(m_changesElsewhere, &QTimer::timeout, this, &Session::applyChangesElsewhere);
    connect(this, &Session::workspaceChanged, this, [this] {
        m_changesElsewhere->stop();
        m_declarationsChanged.clear();
        m_organisationsChanged.clear();
        m_otherRecordsChanged = false;
    });
}

void Session::noteChangeElsewhere(qint64 declarationId, qint64 organisationId, bool fromThisConnection)
{
    // This session's own changes refreshed the views when they were made.
    if (fromThisConnection)
        return;
    if (declarationId > 0)
        m_declarationsChanged.insert(declarationId);
    else if (organisationId > 0)
        m_organisationsChanged.insert(organisationId);
    else
        m_otherRecordsChanged = true;
    if (!m_changesElsewhere->isActive())
        m_changesElsewhere->start();
}

void Session::applyChangesElsewhere()
{
    if (!m_workspace)
        return;
    const QList<qint64> declarations(m_declarationsChanged.begin(), m_declarationsChanged.end());
    // An organisation-wide answer changes every declaration of the organisation; a product or
    // organisation edit may show in the current declaration's snapshot.
    const bool current
        = m_declarationId > 0
          && (m_declarationsChanged.contains(m_declarationId) || m_otherRecordsChanged
              || (m_snapshot && m_organisationsChanged.contains(m_snapshot->organisation.id)));
    // Only changes outside any one declaration (an organisation or product edited, an
    // organisation-wide answer, a setting) reload the catalogue as a whole; a declaration's own
    // changes go to the views showing it (changedElsewhere), which is most of what others do.
    const bool catalog = !m_organisationsChanged.isEmpty() || m_otherRecordsChanged;
    m_declarationsChanged.clear();
    m_organisationsChanged.clear();
    m_otherRecordsChanged = false;
    if (catalog)
        Q_EMIT catalogChanged();
    if (current) {
        // Someone may have removed the declaration being worked on.
        if (m_workspace->declaration(m_declarationId)) {
            refresh();
        } else {
            setCurrentDeclaration(-1);
            Q_EMIT statusMessage(tr("The declaration you had open was removed by someone else."));
        }
    }
    Q_EMIT changedElsewhere(declarations);
}

} // namespace hoshi
