// SPDX-License-Identifier: Apache-2.0
#include "changefeed.h"

#include "sqlquery.h"
#include "workspace.h"
#include "workspaceutil.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <set>
#include <tuple>
#include <utility>

namespace hoshi {

namespace {
// While the workspace's own transaction runs, how often to look whether it ended.
constexpr int TransactionRetryMs = 20;
} // namespace

std::unique_ptr<ChangeFeed> ChangeFeed::listen(const QString &connectionName, std::function<bool()> inTransaction,
                                               QString *error)
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
    return std::unique_ptr<ChangeFeed>(new ChangeFeed(driver, connectionName, std::move(inTransaction)));
}

ChangeFeed::ChangeFeed(QSqlDriver *driver, QString connectionName, std::function<bool()> inTransaction)
    : m_driver(driver), m_connectionName(std::move(connectionName)), m_inTransaction(std::move(inTransaction))
{
    // Announcements of one commit arrive together: read them with one query.
    m_readSoon.setSingleShot(true);
    m_readSoon.setInterval(0);
    connect(&m_readSoon, &QTimer::timeout, this, &ChangeFeed::readAnnounced);
    connect(driver, &QSqlDriver::notification, this, &ChangeFeed::onNotification);
}

ChangeFeed::~ChangeFeed()
{
    if (m_driver && m_driver->isOpen())
        m_driver->unsubscribeFromNotification(QLatin1String(Channel));
}

qint64 ChangeFeed::parsePayload(const QString &payload)
{
    bool ok = false;
    const qint64 value = payload.toLongLong(&ok);
    return ok && value > 0 ? value : -1;
}

void ChangeFeed::onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    if (name != QLatin1String(Channel))
        return;
    const qint64 historyId = parsePayload(payload.toString());
    if (historyId < 0)
        return; // not an announcement of this version of Hoshi
    m_announced.insert(historyId, source == QSqlDriver::SelfSource);
    if (!m_readSoon.isActive())
        m_readSoon.start(0);
}

void ChangeFeed::readAnnounced()
{
    if (m_announced.isEmpty())
        return;
    if (m_inTransaction && m_inTransaction()) {
        m_readSoon.start(TransactionRetryMs);
        return;
    }
    QStringList ids;
    for (auto it = m_announced.cbegin(); it != m_announced.cend(); ++it)
        ids << QString::number(it.key());
    const QHash<qint64, bool> announced = std::exchange(m_announced, {});
    // In the order of the entries, each distinct change once (a burst of edits of one item).
    std::set<std::tuple<qint64, qint64, bool>> seen;
    QList<std::tuple<qint64, qint64, bool>> changes;
    {
        // Row-level security returns only the entries of organisations this user may read.
        SqlQuery q(QSqlDatabase::database(m_connectionName, false),
                   QStringLiteral("SELECT id, declaration_id, organisation_id FROM history"
                                  " WHERE id = ANY (string_to_array(?, ',')::bigint[]) ORDER BY id"));
        if (!q.exec({ids.join(QLatin1Char(','))})) {
            qWarning("hoshi: cannot read the announced changes: %s", qPrintable(q.errorText()));
            return;
        }
        while (q.next()) {
            const std::tuple<qint64, qint64, bool> change{q.value(1).isNull() ? -1 : q.integer(1),
                                                          q.value(2).isNull() ? -1 : q.integer(2),
                                                          announced.value(q.integer(0))};
            if (seen.insert(change).second)
                changes << change;
        }
    }
    // Signalled once the query is finished: a receiver may read the workspace at once.
    for (const auto &[declarationId, organisationId, own] : std::as_const(changes))
        Q_EMIT changed(declarationId, organisationId, own);
}

} // namespace hoshi
