// SPDX-License-Identifier: Apache-2.0
#include "syncstatuslabel.h"

#include "syncnames.h"

#include "session/session.h"
#include "sync/syncengine.h"
#include "util/displaydate.h"

#include <QEvent>

namespace hoshi {

SyncStatusLabel::SyncStatusLabel(Session *session, QWidget *parent) : QLabel(parent), m_session(session)
{
    setObjectName(QStringLiteral("statusSync"));
    connect(m_session, &Session::workspaceChanged, this, &SyncStatusLabel::refreshText);
    connect(m_session, &Session::catalogChanged, this, &SyncStatusLabel::refreshText);
    connect(m_session, &Session::connectionRestored, this, &SyncStatusLabel::refreshText);
    refreshText();
}

void SyncStatusLabel::refreshText()
{
    const Workspace *ws = m_session->workspace();
    QString error;
    const QList<sync::SyncEngine::PeerRecord> peers
        = ws ? sync::SyncEngine::peers(*ws, &error) : QList<sync::SyncEngine::PeerRecord>{};
    if (peers.isEmpty()) {
        // Never synchronised, or the record cannot be read (then the status bar stays quiet:
        // it is a remark, and the workspace's own errors are reported where they happen).
        clear();
        setToolTip(QString());
        return;
    }
    const sync::SyncEngine::PeerRecord &last = peers.first();
    const QString when = DisplayDate::dateTime(QDateTime::fromString(last.syncedAt, Qt::ISODate));
    setText(tr("Synchronised with %1 at %2").arg(SyncNames::shortLocation(last.location), when));
    setToolTip(last.location);
}

void SyncStatusLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refreshText();
    QLabel::changeEvent(event);
}

} // namespace hoshi
