// SPDX-License-Identifier: Apache-2.0
#include "serverroles.h"

#include "location.h"
#include "workspaceutil.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hoshi {

namespace {

ServerRoles::Role roleFromKey(const QString &key)
{
    if (key == QLatin1String("preparer"))
        return ServerRoles::Role::Preparer;
    if (key == QLatin1String("reviewer"))
        return ServerRoles::Role::Reviewer;
    if (key == QLatin1String("auditor"))
        return ServerRoles::Role::Auditor;
    return ServerRoles::Role::None;
}

// The user, whether they are unrestricted, and their grants, read on an open connection.
bool readGrants(QSqlDatabase &database, QString *user, bool *unrestricted, QHash<qint64, ServerRoles::Role> *roles,
                QString *problem)
{
    QSqlQuery q(database);
    if (!q.exec(QStringLiteral("SELECT session_user, to_regclass('hoshi_access') IS NOT NULL,"
                               " to_regprocedure('hoshi_is_admin()') IS NOT NULL"))
        || !q.next()) {
        *problem = q.lastError().text();
        return false;
    }
    *user = q.value(0).toString();
    const bool rulesInstalled = q.value(1).toBool();
    const bool adminKnown = q.value(2).toBool();
    *unrestricted = !rulesInstalled;
    if (rulesInstalled && adminKnown) {
        if (!q.exec(QStringLiteral("SELECT hoshi_is_admin()")) || !q.next()) {
            *problem = q.lastError().text();
            return false;
        }
        *unrestricted = q.value(0).toBool();
    }
    if (*unrestricted)
        return true;
    if (!q.exec(QStringLiteral("SELECT organisation_id, role FROM hoshi_access WHERE username = session_user"))) {
        *problem = q.lastError().text();
        return false;
    }
    while (q.next())
        roles->insert(q.value(0).toLongLong(), roleFromKey(q.value(1).toString()));
    return true;
}

} // namespace

ServerRoles ServerRoles::unrestricted()
{
    return {};
}

ServerRoles ServerRoles::fromGrants(const QString &user, const QHash<qint64, Role> &roles)
{
    ServerRoles r;
    r.m_unrestricted = false;
    r.m_user = user;
    r.m_roles = roles;
    return r;
}

std::optional<ServerRoles> ServerRoles::read(const QString &address, QString *error)
{
    const std::optional<WorkspaceLocation> location = WorkspaceLocation::parse(address, error);
    if (!location)
        return std::nullopt;
    if (!location->isServer())
        return unrestricted();
    const QString name = QStringLiteral("hoshi-roles-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    std::optional<ServerRoles> result;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        location->configure(database);
        QString problem;
        ServerRoles roles;
        if (!database.open()) {
            problem = database.lastError().text().trimmed();
        } else if (readGrants(database, &roles.m_user, &roles.m_unrestricted, &roles.m_roles, &problem)) {
            result = roles;
        }
        if (!result)
            detail::setError(error, tr("Cannot read your roles on %1: %2").arg(location->display(), problem));
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

ServerRoles::Role ServerRoles::roleIn(qint64 organisationId) const
{
    if (m_unrestricted)
        return Role::Unrestricted;
    return m_roles.value(organisationId, Role::None);
}

bool ServerRoles::mayChange(qint64 organisationId) const
{
    const Role role = roleIn(organisationId);
    return role == Role::Unrestricted || role == Role::Preparer || role == Role::Reviewer;
}

bool ServerRoles::mayApprove(qint64 organisationId) const
{
    const Role role = roleIn(organisationId);
    return role == Role::Unrestricted || role == Role::Reviewer;
}

bool ServerRoles::mayChangeAnything() const
{
    if (m_unrestricted)
        return true;
    for (Role role : m_roles) {
        if (role == Role::Preparer || role == Role::Reviewer)
            return true;
    }
    return false;
}

QString ServerRoles::roleName(Role role)
{
    switch (role) {
    case Role::None:
        return tr("no role");
    case Role::Auditor:
        return tr("auditor");
    case Role::Preparer:
        return tr("preparer");
    case Role::Reviewer:
        return tr("reviewer");
    case Role::Unrestricted:
        return tr("owner");
    }
    return {};
}

QString ServerRoles::cannotChangeReason(qint64 organisationId, const QString &organisationName) const
{
    if (mayChange(organisationId))
        return {};
    const Role role = roleIn(organisationId);
    if (role == Role::Auditor)
        return tr("You are an auditor of %1: you can read everything, but not change it.").arg(organisationName);
    return tr("You have no role in %1 that allows changes.").arg(organisationName);
}

QString ServerRoles::cannotApproveReason(qint64 organisationId, const QString &organisationName) const
{
    if (mayApprove(organisationId))
        return {};
    return tr("Only a reviewer of %1 may approve; you are its %2.").arg(organisationName, roleName(roleIn(organisationId)));
}

} // namespace hoshi
