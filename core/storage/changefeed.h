// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSqlDriver>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

namespace hoshi {

// Announces changes that anyone commits to a workspace on a PostgreSQL server, limited to what
// the receiving user may read. Every change writes a history entry, and the server announces
// each committed entry on the channel "hoshi_change" with the entry's id as the only payload:
// nothing about the organisation or declaration, so a listener learns nothing it may not see
// (PostgreSQL lets any connection listen on any channel). The feed then reads those entries
// through the row-level security of the user (one query for a burst of announcements): an
// entry of an organisation the user cannot read is not returned, and nothing is signalled for
// it. A rolled-back change announces nothing.
//
// The feed listens on the connection of the Workspace that offers it (Workspace::changeFeed()),
// so it lives in that workspace's thread and needs its event loop: Qt's PostgreSQL driver
// reads notifications when the connection's socket becomes readable, and after each query.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    // Listens on the open connection `connectionName`; nullptr with *error when the driver
    // cannot (not a server connection, or the LISTEN failed). `inTransaction` tells whether the
    // connection is inside a transaction of its owner: the entries are then read once it ended,
    // since a read inside it would see its snapshot rather than what was committed since.
    [[nodiscard]] static std::unique_ptr<ChangeFeed> listen(const QString &connectionName,
                                                            std::function<bool()> inTransaction, QString *error);
    ~ChangeFeed() override;

    static constexpr const char *Channel = "hoshi_change";

    // The payload: the id of the history entry; -1 when it is not a positive number.
    [[nodiscard]] static qint64 parsePayload(const QString &payload);

Q_SIGNALS:
    // declarationId -1: the change belongs to no declaration (an organisation-wide answer, a
    // product or organisation edit); organisationId -1: not to an organisation as a whole.
    // fromThisConnection: the change was committed through this very workspace.
    void changed(qint64 declarationId, qint64 organisationId, bool fromThisConnection);

private:
    ChangeFeed(QSqlDriver *driver, QString connectionName, std::function<bool()> inTransaction);
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    // Reads the announced entries the user may see and signals each distinct change once.
    void readAnnounced();

    QPointer<QSqlDriver> m_driver;
    QString m_connectionName;
    std::function<bool()> m_inTransaction;
    QHash<qint64, bool> m_announced; // history id -> committed through this connection
    QTimer m_readSoon;
};

} // namespace hoshi
