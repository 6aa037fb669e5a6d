// SPDX-License-Identifier: Apache-2.0
#include "startupprobe.h"

#include "storage/statementcache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace hoshi {

StartupProbe::StartupProbe(QWidget *window, const QElapsedTimer &sinceMain, QObject *parent)
    : QObject(parent), m_window(window), m_sinceMain(sinceMain)
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool StartupProbe::wanted()
{
    return qEnvironmentVariableIntValue("HOSHI_PRINT_STARTUP") == 1;
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == m_window) {
        m_done = true;
        // Report once the paint event that is being delivered has finished.
        QTimer::singleShot(0, this, [this] {
            // Statements through SqlQuery (on a server each run is a round trip; prepares and
            // deallocations are more): what a slow network multiplies.
            const storage::RoundTripCount trips = storage::roundTrips();
            std::printf("hoshi-startup first-paint-epoch-ms=%lld since-main-ms=%lld queries=%lld round-trips=%lld\n",
                        static_cast<long long>(QDateTime::currentMSecsSinceEpoch()),
                        static_cast<long long>(m_sinceMain.elapsed()), static_cast<long long>(trips.executions),
                        static_cast<long long>(trips.total()));
            std::fflush(stdout);
            if (qEnvironmentVariableIntValue("HOSHI_EXIT_AFTER_FIRST_PAINT") == 1)
                QCoreApplication::quit();
        });
        QCoreApplication::instance()->removeEventFilter(this);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hoshi
