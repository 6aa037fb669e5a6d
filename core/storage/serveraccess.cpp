// SPDX-License-Identifier: Apache-2.0
// Access control of a workspace on a PostgreSQL server (see serveraccess.h). The rules live in
// the database (serveraccessrules.cpp); this file installs them and keeps the grants.
#include "serveraccess.h"

#include "location.h"
#include "serveraccessrules.h"
#include "sqlquery.h"
#include "transaction.h"
#include "util/errors.h"

#include <QSqlError>
#include <QUuid>

#include <algorithm>

namespace hoshi {

namespace {

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

// Runs statements in order; on failure names the statement's error.
bool runAll(const QSqlDatabase &db, const QStringList &statements, QString *failure)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        // Not prepared: PostgreSQL prepares only queries, never DDL or SET.
        if (!q.exec(sql)) {
            setError(failure, q.lastError().databaseText().trimmed());
            return false;
        }
    }
    return true;
}

} // namespace

QString ServerAccess::roleKey(Role role)
{
    switch (role) {
    case Role::Preparer:
        return QStringLiteral("preparer");
    case Role::Reviewer:
        return QStringLiteral("reviewer");
    case Role::Auditor:
        break;
    }
    return QStringLiteral("auditor");
}

std::optional<ServerAccess::Role> ServerAccess::roleFromKey(const QString &key)
{
    for (const Role role : {Role::Preparer, Role::Reviewer, Role::Auditor}) {
        if (roleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

QString ServerAccess::groupRole(Role role)
{
    return QStringLiteral("hoshi_") + roleKey(role);
}

ServerAccess::ServerAccess(QString connectionName, QString display)
    : m_connectionName(std::move(connectionName)), m_display(std::move(display))
{
}

ServerAccess::~ServerAccess()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    storage::dropKeptStatements(m_connectionName);
}

QSqlDatabase ServerAccess::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::unique_ptr<ServerAccess> ServerAccess::connect(const QString &url, QString *error)
{
    const std::optional<WorkspaceLocation> location = WorkspaceLocation::parse(url, error);
    if (!location)
        return nullptr;
    if (!location->isServer()) {
        setError(error, tr("%1 is a workspace file; users and roles apply to a workspace on a PostgreSQL server"
                           " (postgresql://...).").arg(url));
        return nullptr;
    }
    const QString name = QStringLiteral("hoshi-access-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    std::unique_ptr<ServerAccess> access(new ServerAccess(name, location->display()));
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    location->configure(database);
    if (!database.open()) {
        setError(error, tr("Cannot connect to %1: %2").arg(location->display(), database.lastError().text().trimmed()));
        return nullptr;
    }
    QString failure;
    if (!runAll(database, {QStringLiteral("SET client_min_messages = warning")}, &failure)) {
        setError(error, tr("%1 cannot be used: %2").arg(location->display(), failure));
        return nullptr;
    }
    return access;
}

std::optional<bool> ServerAccess::holdsWorkspace(QString *error) const
{
    SqlQuery q(db(), QStringLiteral("SELECT to_regclass('meta') IS NOT NULL"));
    if (!q.exec() || !q.next()) {
        setError(error, tr("Cannot read %1: %2").arg(m_display, q.errorText().trimmed()));
        return std::nullopt;
    }
    return q.value(0).toBool();
}

bool ServerAccess::accessInstalled(QString *error) const
{
    SqlQuery q(db(), QStringLiteral("SELECT to_regclass('hoshi_access') IS NOT NULL"));
    if (!q.exec() || !q.next()) {
        setError(error, tr("Cannot read %1: %2").arg(m_display, q.errorText().trimmed()));
        return false;
    }
    if (!q.value(0).toBool()) {
        setError(error, tr("Users and roles are not set up in %1 yet; run \"hoshi-cli server init\" first.").arg(m_display));
        return false;
    }
    return true;
}

bool ServerAccess::initialise(QString *error)
{
    const std::optional<bool> holds = holdsWorkspace(error);
    if (!holds)
        return false;
    if (!*holds) {
        setError(error, tr("The database %1 holds no Hoshi workspace yet.").arg(m_display));
        return false;
    }
    int depth = 0;
    Transaction transaction(db(), depth);
    SqlQuery who(db(), QStringLiteral("SELECT hoshi_is_admin(), quote_ident(current_schema()), session_user"));
    if (!who.exec() || !who.next()) {
        setError(error, tr("Cannot read %1: %2").arg(m_display, who.errorText().trimmed()));
        return false;
    }
    if (!who.value(0).toBool()) {
        setError(error, tr("Only the owner of the workspace or a superuser can set up users and roles; %1 is neither.")
                            .arg(who.text(2)));
        return false;
    }
    if (!installRules(who.text(1), error))
        return false;
    if (!transaction.commit()) {
        setError(error, tr("Cannot save: %1").arg(db().lastError().text().trimmed()));
        return false;
    }
    return true;
}

bool ServerAccess::installRules(const QString &schema, QString *error)
{
    QString failure;
    if (!runAll(db(), serveraccess::setupStatements(schema), &failure)) {
        setError(error, tr("Cannot set up users and roles in %1: %2").arg(m_display, failure));
        return false;
    }
    SqlQuery tables(db(), QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"));
    if (!tables.exec()) {
        setError(error, tr("Cannot read %1: %2").arg(m_display, tables.errorText().trimmed()));
        return false;
    }
    QList<serveraccess::TableRule> rules;
    QStringList unknown;
    while (tables.next()) {
        const QString table = tables.text(0);
        const auto rule = std::find_if(serveraccess::tableRules().begin(), serveraccess::tableRules().end(),
                                       [&](const serveraccess::TableRule &r) { return r.table == table; });
        if (rule == serveraccess::tableRules().end())
            unknown << table;
        else
            rules << *rule;
    }
    if (!unknown.isEmpty()) {
        // Better no access control than a table nobody thought about: nothing is changed.
        setError(error, tr("The table(s) %1 in %2 have no access rule; this version of Hoshi cannot protect them,"
                           " so nothing was changed.").arg(unknown.join(QLatin1String(", ")), m_display));
        return false;
    }
    const QString groups = serveraccess::allGroups(), writers = serveraccess::writerGroups();
    QStringList statements{
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2").arg(schema, groups),
        QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM %2").arg(schema, groups),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, groups),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, writers),
    };
    for (const serveraccess::TableRule &rule : std::as_const(rules))
        statements << tableStatements(rule);
    statements << serveraccess::finishingStatements(schema);
    if (!runAll(db(), statements, &failure)) {
        setError(error, tr("Cannot set up users and roles in %1: %2").arg(m_display, failure));
        return false;
    }
    return true;
}

QStringList ServerAccess::tableStatements(const serveraccess::TableRule &rule) const
{
    const QString table = quoted(rule.table);
    QStringList statements{QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table)};
    // Policies of an earlier run (or an earlier version) go first, whatever their names.
    SqlQuery existing(db(), QStringLiteral("SELECT policyname FROM pg_policies WHERE schemaname = current_schema()"
                                           " AND tablename = ?"));
    if (existing.exec({rule.table})) {
        while (existing.next())
            statements << QStringLiteral("DROP POLICY %1 ON %2").arg(quoted(existing.text(0)), table);
    }
    QStringList policies = rule.policies;
    if (!rule.organisation.isEmpty()) {
        const QString org = rule.organisation;
        const QString check = rule.writeCheck.isEmpty() ? QString() : QStringLiteral(" AND ") + rule.writeCheck;
        // The user's organisations as a set the planner reads once per query and probes per row
        // (a hashed subplan), rather than a function call per row: functions with a pinned
        // search path are never inlined. The owner and superusers bypass row-level security,
        // so the policies need no exception for them.
        policies.prepend(QStringLiteral("hoshi_write FOR ALL USING ((%1) IN (%3)) WITH CHECK ((%1) IN (%3)%2)")
                             .arg(org, check, serveraccess::grantedOrganisations(true)));
        policies.prepend(QStringLiteral("hoshi_read FOR SELECT USING ((%1) IN (%2))")
                             .arg(org, serveraccess::grantedOrganisations(false)));
    }
    for (const QString &policy : std::as_const(policies)) {
        const QString name = policy.section(QLatin1Char(' '), 0, 0);
        statements << QStringLiteral("CREATE POLICY %1 ON %2 %3").arg(name, table, policy.section(QLatin1Char(' '), 1));
    }
    if (!rule.readerPrivileges.isEmpty())
        statements << QStringLiteral("GRANT %1 ON %2 TO hoshi_auditor").arg(rule.readerPrivileges, table);
    if (!rule.writerPrivileges.isEmpty())
        statements << QStringLiteral("GRANT %1 ON %2 TO %3").arg(rule.writerPrivileges, table, serveraccess::writerGroups());
    return statements;
}

bool ServerAccess::grant(const QString &user, qint64 organisationId, Role role, QString *error)
{
    if (!accessInstalled(error))
        return false;
    const QString name = user.trimmed();
    if (name.isEmpty() || serveraccess::allGroups().split(QStringLiteral(", ")).contains(name)) {
        setError(error, tr("Name a user (a PostgreSQL role that can log in), not \"%1\".").arg(name));
        return false;
    }
    int depth = 0;
    Transaction transaction(db(), depth);
    SqlQuery exists(db(), QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    if (!exists.exec({name}) || !exists.next()) {
        setError(error, exists.errorText().trimmed().isEmpty()
                            ? tr("There is no user \"%1\" on the server. Create it first, for example with: createuser %1")
                                  .arg(name)
                            : tr("Cannot read %1: %2").arg(m_display, exists.errorText().trimmed()));
        return false;
    }
    SqlQuery organisation(db(), QStringLiteral("SELECT 1 FROM organisation WHERE id = ?"));
    if (!organisation.exec({organisationId}) || !organisation.next()) {
        setError(error, tr("There is no organisation with the id %1.").arg(organisationId));
        return false;
    }
    QString failure;
    const QString membership = QStringLiteral("GRANT %1 TO %2").arg(groupRole(role), quoted(name));
    SqlQuery upsert(db(), QStringLiteral("INSERT INTO hoshi_access(username, organisation_id, role) VALUES (?, ?, ?)"
                                         " ON CONFLICT (username, organisation_id) DO UPDATE SET role = excluded.role"));
    if (!runAll(db(), {membership}, &failure) || !upsert.exec({name, organisationId, roleKey(role)})) {
        setError(error, tr("Cannot grant %1 access to organisation %2: %3")
                            .arg(name, QString::number(organisationId),
                                 failure.isEmpty() ? upsert.errorText().trimmed() : failure));
        return false;
    }
    if (!transaction.commit()) {
        setError(error, tr("Cannot save: %1").arg(db().lastError().text().trimmed()));
        return false;
    }
    return true;
}

bool ServerAccess::revoke(const QString &user, qint64 organisationId, QString *error)
{
    if (!accessInstalled(error))
        return false;
    int depth = 0;
    Transaction transaction(db(), depth);
    SqlQuery remove(db(), QStringLiteral("DELETE FROM hoshi_access WHERE username = ? AND organisation_id = ?"));
    if (!remove.exec({user.trimmed(), organisationId})) {
        setError(error, tr("Cannot revoke the access of %1: %2").arg(user, remove.errorText().trimmed()));
        return false;
    }
    if (remove.rowsAffected() == 0) {
        setError(error, tr("%1 has no access to organisation %2.").arg(user.trimmed(), QString::number(organisationId)));
        return false;
    }
    if (!transaction.commit()) {
        setError(error, tr("Cannot save: %1").arg(db().lastError().text().trimmed()));
        return false;
    }
    return true;
}

std::optional<QList<ServerAccess::Grant>> ServerAccess::listAccess(QString *error) const
{
    if (!accessInstalled(error))
        return std::nullopt;
    int depth = 0;
    Transaction transaction(db(), depth);
    SqlQuery q(db(), QStringLiteral("SELECT a.username, a.organisation_id, o.name, a.role FROM hoshi_access a"
                                    " JOIN organisation o ON o.id = a.organisation_id"
                                    " ORDER BY a.username, a.organisation_id"));
    if (!q.exec()) {
        setError(error, tr("Cannot read %1: %2").arg(m_display, q.errorText().trimmed()));
        return std::nullopt;
    }
    QList<Grant> grants;
    while (q.next())
        grants << Grant{q.text(0), q.integer(1), q.text(2), roleFromKey(q.text(3)).value_or(Role::Auditor)};
    (void)transaction.commit();
    return grants;
}

} // namespace hoshi
