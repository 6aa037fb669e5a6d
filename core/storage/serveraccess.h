// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace hoshi {

namespace serveraccess {
struct TableRule;
}

// Who may do what on a workspace on a PostgreSQL server, enforced by the server itself (row-level
// security, privileges and triggers), so that it holds for every client, not only Hoshi's:
//
// - A user is a PostgreSQL role that can log in. Access is granted per organisation, in one of
//   three roles: a preparer and a reviewer read and change that organisation's records, an
//   auditor only reads them. Approving a declaration needs the reviewer role for its
//   organisation, and never by someone who changed it since the last approval.
// - The schema's owner (who created the workspace) and superusers are not restricted: they
//   initialise the access rules, create organisations and grant access.
// - What is shared by every user with any access: the criteria sets, the workspace settings,
//   the schema version, and the hash and size of every stored file (so identical content is
//   stored once). The content itself is readable only through a file of an evidence record the
//   user may read, or when the user uploaded it.
//
// Every operation is one transaction on a connection of its own, made as the user named in the
// address (the workspace's owner for everything but listing). Messages are translated.
class ServerAccess
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::ServerAccess)

public:
    enum class Role { Preparer, Reviewer, Auditor };
    struct Grant {
        QString user;
        qint64 organisationId = -1;
        QString organisationName;
        Role role = Role::Auditor;
    };

    [[nodiscard]] static QString roleKey(Role role);
    [[nodiscard]] static std::optional<Role> roleFromKey(const QString &key);
    // The PostgreSQL group role behind an access role (hoshi_preparer, ...).
    [[nodiscard]] static QString groupRole(Role role);

    // Connects to the database at `url` (a postgresql:// address); nullptr and *error on failure.
    [[nodiscard]] static std::unique_ptr<ServerAccess> connect(const QString &url, QString *error);
    ~ServerAccess();
    ServerAccess(const ServerAccess &) = delete;
    ServerAccess &operator=(const ServerAccess &) = delete;

    // True when the database holds a Hoshi workspace, false when it holds none; nullopt on error.
    [[nodiscard]] std::optional<bool> holdsWorkspace(QString *error) const;
    // Creates the group roles, the access table, the helper functions, the row-level policies of
    // every table and the privileges. Safe to run again (after an upgrade it covers new tables);
    // refuses, changing nothing, when a table of the schema has no access rule.
    [[nodiscard]] bool initialise(QString *error);
    // Gives an existing user a role for one organisation (replacing the role they had there).
    [[nodiscard]] bool grant(const QString &user, qint64 organisationId, Role role, QString *error);
    // Takes a user's access to one organisation away.
    [[nodiscard]] bool revoke(const QString &user, qint64 organisationId, QString *error);
    // Every grant, by user and organisation; nullopt and *error on failure.
    [[nodiscard]] std::optional<QList<Grant>> listAccess(QString *error) const;

private:
    ServerAccess(QString connectionName, QString display);
    [[nodiscard]] QSqlDatabase db() const;
    [[nodiscard]] bool accessInstalled(QString *error) const;
    [[nodiscard]] bool installRules(const QString &schema, QString *error);
    // Row-level security, policies and privileges of one table.
    [[nodiscard]] QStringList tableStatements(const serveraccess::TableRule &rule) const;

    QString m_connectionName;
    QString m_display;
};

} // namespace hoshi
