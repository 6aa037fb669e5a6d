// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDriver>
#include <QString>

#include <memory>

namespace hoshi {

// Announces changes that anyone commits to a workspace on a PostgreSQL server. Every change
// writes a history entry, and the server announces each committed entry on the channel
// "hoshi_change" with the payload "declarationId:organisationId" (either part empty when the
// change has none). A rolled-back change announces nothing.
//
// The feed listens on the connection of the Workspace that offers it (Workspace::changeFeed()),
// so it lives in that workspace's thread and needs its event loop: Qt's PostgreSQL driver
// reads notifications when the connection's socket becomes readable, and after each query.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    // Listens on the open connection `connectionName`; nullptr with *error when the driver
    // cannot (not a server connection, or the LISTEN failed).
    [[nodiscard]] static std::unique_ptr<ChangeFeed> listen(const QString &connectionName, QString *error);
    ~ChangeFeed() override;

    static constexpr const char *Channel = "hoshi_change";

    // The payload "decl:org" as ids; -1 for a part that is empty or not a number.
    static void parsePayload(const QString &payload, qint64 *declarationId, qint64 *organisationId);

Q_SIGNALS:
    // declarationId -1: the change belongs to no declaration (an organisation-wide answer, a
    // product or organisation edit); organisationId -1: not to an organisation as a whole.
    // fromThisConnection: the change was committed through this very workspace.
    void changed(qint64 declarationId, qint64 organisationId, bool fromThisConnection);

private:
    explicit ChangeFeed(QSqlDriver *driver);
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    QPointer<QSqlDriver> m_driver;
};

} // namespace hoshi
