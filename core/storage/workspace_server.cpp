// SPDX-License-Identifier: Apache-2.0
// Opening and creating a workspace on a PostgreSQL server. The database must exist (an
// administrator creates it with createdb); Hoshi creates its schema inside it, and refuses a
// database that holds other tables.
#include "workspace.h"

#include "backend.h"
#include "sqlquery.h"
#include "workspaceutil.h"

#include <QSqlError>

namespace hoshi {

using namespace detail;

namespace {

bool databaseIsEmpty(const QSqlDatabase &database, QString *problem)
{
    QSqlQuery q(database);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")) || !q.next()) {
        *problem = q.lastError().text();
        return false;
    }
    return q.value(0).toLongLong() == 0;
}

} // namespace

std::unique_ptr<Workspace> Workspace::createOnServer(const QString &url, QString *error)
{
    const std::optional<WorkspaceLocation> location = WorkspaceLocation::parse(url, error);
    if (!location)
        return nullptr;
    std::unique_ptr<Workspace> ws(new Workspace(*location, Access::ReadWrite));
    if (!ws->openConnection(true, error))
        return nullptr;
    QString problem;
    if (!databaseIsEmpty(ws->db(), &problem)) {
        setError(error, problem.isEmpty()
                            ? tr("The database %1 already holds tables; a new workspace needs an empty database "
                                 "(create one with createdb).").arg(ws->m_path)
                            : tr("Cannot read %1: %2").arg(ws->m_path, problem));
        return nullptr;
    }
    if (!ws->migrate(error) || !ws->adoptServerIdentity(error) || !ws->loadStoredCriteria(error))
        return nullptr;
    return ws;
}

std::unique_ptr<Workspace> Workspace::openOnServer(const QString &url, Access access, QString *error)
{
    const std::optional<WorkspaceLocation> location = WorkspaceLocation::parse(url, error);
    if (!location)
        return nullptr;
    std::unique_ptr<Workspace> ws(new Workspace(*location, access));
    if (!ws->openConnection(false, error))
        return nullptr;
    const std::optional<int> version = ws->m_backend->schemaVersion(ws->db(), error);
    if (!version)
        return nullptr;
    if (*version == 0) {
        setError(error, tr("The database %1 holds no Hoshi workspace; create one with \"hoshi-cli server init\".")
                            .arg(ws->m_path));
        return nullptr;
    }
    if (!ws->migrate(error) || !ws->adoptServerIdentity(error) || !ws->loadStoredCriteria(error))
        return nullptr;
    if (access == Access::ReadWrite) {
        // Content of imports whose client died (killed, lost its connection) before finishing:
        // their server process is gone. Imports under way elsewhere are left alone.
        QSqlQuery q(ws->db());
        (void)q.exec(QStringLiteral("DELETE FROM blob WHERE sha256 IS NULL AND created_by_pid NOT IN"
                                    " (SELECT pid FROM pg_stat_activity WHERE pid IS NOT NULL)"));
    }
    return ws;
}

bool Workspace::adoptServerIdentity(QString *error)
{
    // The server decides who this is; history, comments and sign-offs carry that name.
    // Asked once per connection: unprepared, one round trip (a kept statement would cost two).
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT session_user")) || !q.next()) {
        setError(error, tr("Cannot read %1: %2").arg(m_path, q.lastError().text()));
        return false;
    }
    m_actor = q.value(0).toString();
    if (!m_location.password.isEmpty())
        WorkspaceLocation::rememberPassword(m_path, m_location.password);
    return true;
}

} // namespace hoshi
