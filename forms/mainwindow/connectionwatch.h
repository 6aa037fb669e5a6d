// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLabel>
#include <QObject>
#include <QTimer>

namespace hoshi {

class Session;

// Keeps a window's server workspace connected. While connected it asks the server now and then
// whether the connection still answers (Session::checkConnection), so that a server that went
// away is noticed even when nobody saves. Once the connection is lost it tries to open the same
// workspace again, waiting longer after each failure (backoffMs), and hands the new connection to
// the session, which reloads what the window shows.
class ConnectionWatch : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionWatch(Session *session, QObject *parent = nullptr);

    // The wait before reconnection attempt `attempt` (0-based): 1, 2, 4, 8, 16, then 30 seconds.
    [[nodiscard]] static int backoffMs(int attempt);
    static constexpr int ProbeIntervalMs = 5000;

    [[nodiscard]] bool isReconnecting() const { return m_retry.isActive(); }
    // When the next attempt starts, in milliseconds from now (-1 when none is planned).
    [[nodiscard]] int nextAttemptInMs() const { return m_retry.isActive() ? m_retry.remainingTime() : -1; }
    [[nodiscard]] QString lastAttemptError() const { return m_lastError; }
    // Tries at once (the banner's "Try now").
    void retryNow();

Q_SIGNALS:
    // An attempt failed; the next one follows in nextAttemptInMs().
    void attemptFailed(const QString &error);

private:
    void onWorkspaceChanged();
    void onConnectionLost();
    void probe();
    void attempt();

    Session *m_session;
    QTimer m_probe;
    QTimer m_retry;
    int m_attempts = 0;
    QString m_lastError;
};

// The strip above the pages that says why the window is read-only: the server cannot be reached
// (with when it tries again), or the signed-in user's role allows no changes here.
class ServerStateBanner : public QLabel
{
    Q_OBJECT

public:
    ServerStateBanner(Session *session, ConnectionWatch *watch, QWidget *parent = nullptr);
    void refreshText();

private:
    Session *m_session;
    ConnectionWatch *m_watch;
    QTimer m_countdown;
};

} // namespace hoshi
