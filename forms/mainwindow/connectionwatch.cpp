// SPDX-License-Identifier: Apache-2.0
#include "connectionwatch.h"

#include "common/statuscolours.h"
#include "session/session.h"
#include "storage/serverrefusal.h"

namespace hoshi {

ConnectionWatch::ConnectionWatch(Session *session, QObject *parent) : QObject(parent), m_session(session)
{
    m_probe.setInterval(ProbeIntervalMs);
    m_retry.setSingleShot(true);
    connect(&m_probe, &QTimer::timeout, this, &ConnectionWatch::probe);
    connect(&m_retry, &QTimer::timeout, this, &ConnectionWatch::attempt);
    connect(session, &Session::workspaceChanged, this, &ConnectionWatch::onWorkspaceChanged);
    connect(session, &Session::connectionLost, this, &ConnectionWatch::onConnectionLost);
    connect(session, &Session::connectionRestored, this, &ConnectionWatch::onWorkspaceChanged);
}

int ConnectionWatch::backoffMs(int attempt)
{
    return attempt >= 5 ? 30'000 : 1000 << attempt;
}

void ConnectionWatch::onWorkspaceChanged()
{
    m_retry.stop();
    m_attempts = 0;
    m_lastError.clear();
    const Workspace *ws = m_session->workspace();
    if (ws && ws->isServer() && !m_session->isDisconnected())
        m_probe.start();
    else
        m_probe.stop();
}

void ConnectionWatch::probe()
{
    (void)m_session->checkConnection(); // emits connectionLost when it does not answer
}

void ConnectionWatch::onConnectionLost()
{
    m_probe.stop();
    m_attempts = 0;
    m_retry.start(backoffMs(0));
}

void ConnectionWatch::retryNow()
{
    if (m_session->isDisconnected()) {
        m_retry.stop();
        attempt();
    }
}

void ConnectionWatch::attempt()
{
    const Workspace *ws = m_session->workspace();
    if (!ws || !m_session->isDisconnected())
        return;
    QString error;
    // The same address and access; a password that opened it before is still in memory.
    std::unique_ptr<Workspace> fresh = Workspace::open(
        ws->path(), ws->isReadOnly() ? Workspace::Access::ReadOnly : Workspace::Access::ReadWrite, &error);
    if (fresh) {
        m_session->reconnect(std::move(fresh)); // emits connectionRestored
        return;
    }
    m_lastError = ServerRefusal::explain(error).details.isEmpty() ? error : ServerRefusal::explain(error).details;
    m_retry.start(backoffMs(++m_attempts));
    Q_EMIT attemptFailed(m_lastError);
}

ServerStateBanner::ServerStateBanner(Session *session, ConnectionWatch *watch, QWidget *parent)
    : QLabel(parent), m_session(session), m_watch(watch)
{
    setObjectName(QStringLiteral("serverStateBanner"));
    setWordWrap(true);
    setMargin(6);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &ServerStateBanner::refreshText);
    for (auto signal : {&Session::connectionLost, &Session::connectionRestored, &Session::rolesChanged,
                        &Session::workspaceChanged, &Session::declarationRefreshed})
        connect(session, signal, this, &ServerStateBanner::refreshText);
    connect(watch, &ConnectionWatch::attemptFailed, this, &ServerStateBanner::refreshText);
    hide();
}

void ServerStateBanner::refreshText()
{
    if (m_session->isDisconnected()) {
        const int seconds = (qMax(0, m_watch->nextAttemptInMs()) + 999) / 1000;
        QString text = ServerRefusal::unreachableMessage();
        text += QLatin1Char(' ')
                + (m_watch->isReconnecting() ? tr("Trying again in %n second(s)…", nullptr, seconds)
                                             : tr("Trying to reconnect…"));
        setText(text);
        setToolTip(m_watch->lastAttemptError());
        setStyleSheet(StatusColours::textStyle(Tone::Bad, true));
        m_countdown.start();
        show();
        return;
    }
    m_countdown.stop();
    const Workspace *ws = m_session->workspace();
    const QString reason = ws && ws->isServer() && !ws->isReadOnly() ? m_session->readOnlyReason() : QString();
    setToolTip(QString());
    setText(reason);
    setStyleSheet(StatusColours::textStyle(Tone::Warning, true));
    setVisible(!reason.isEmpty());
}

} // namespace hoshi
