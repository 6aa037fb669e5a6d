// SPDX-License-Identifier: Apache-2.0
#include "changefeed.h"

#include "workspace.h"
#include "workspaceutil.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace hoshi {

std::unique_ptr<ChangeFeed> ChangeFeed::listen(const QString &connectionName, QString *error)
{
    QSqlDatabase database = QSqlDatabase::database(connectionName, false);
    QSqlDriver *driver = database.driver();
    if (!database.isOpen() || !driver || !driver->hasFeature(QSqlDriver::EventNotifications)) {
        detail::setError(error, Workspace::tr("Only a workspace on a server announces changes."));
        return nullptr;
    }
    if (!driver->subscribeToNotification(QLatin1String(Channel))) {
        detail::setError(error, Workspace::tr("Cannot listen for changes: %1").arg(driver->lastError().text()));
        return nullptr;
    }
    return std::unique_ptr<ChangeFeed>(new ChangeFeed(driver));
}

ChangeFeed::ChangeFeed(QSqlDriver *driver) : m_driver(driver)
{
    connect(driver, &QSqlDriver::notification, this, &ChangeFeed::onNotification);
}

ChangeFeed::~ChangeFeed()
{
    if (m_driver && m_driver->isOpen())
        m_driver->unsubscribeFromNotification(QLatin1String(Channel));
}

void ChangeFeed::parsePayload(const QString &payload, qint64 *declarationId, qint64 *organisationId)
{
    const auto id = [](QStringView part) {
        bool ok = false;
        const qint64 value = part.toLongLong(&ok);
        return ok && value > 0 ? value : qint64(-1);
    };
    const qsizetype colon = payload.indexOf(QLatin1Char(':'));
    const QStringView text(payload);
    *declarationId = id(colon < 0 ? text : text.left(colon));
    *organisationId = colon < 0 ? -1 : id(text.mid(colon + 1));
}

void ChangeFeed::onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    if (name != QLatin1String(Channel))
        return;
    qint64 declarationId = -1;
    qint64 organisationId = -1;
    parsePayload(payload.toString(), &declarationId, &organisationId);
    Q_EMIT changed(declarationId, organisationId, source == QSqlDriver::SelfSource);
}

} // namespace hoshi
