// SPDX-License-Identifier: Apache-2.0
// The server backend: a database on PostgreSQL 15 (Qt's QPSQL driver). The schema is the file
// schema translated to PostgreSQL's dialect (64-bit integers, BYTEA, identity keys, trigger
// functions), plus what only a shared server needs: the schema version and the workspace's
// identity in `meta`, change notifications, and the authenticated user in every record of who
// did what.
#include "backend.h"

#include "schema.h"
#include "serverschema.h"
#include "workspace.h"
#include "workspaceutil.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hoshi::storage {

namespace {

class ServerBackend final : public Backend
{
public:
    explicit ServerBackend(WorkspaceLocation location) : m_location(std::move(location)) {}

    bool isServer() const override { return true; }
    QString driverName() const override { return QStringLiteral("QPSQL"); }

    bool open(QSqlDatabase &database, bool /*create*/, bool readOnly, QString *error) const override
    {
        m_location.configure(database);
        if (!database.open()) {
            detail::setError(error, Workspace::tr("Cannot connect to %1: %2")
                                        .arg(m_location.display(), database.lastError().text().trimmed()));
            return false;
        }
        QSqlQuery q(database);
        // One unprepared text runs every statement in it: one round trip for all the settings.
        QString settings = QStringLiteral("SET client_min_messages = warning; SET TIME ZONE 'UTC'");
        if (readOnly)
            settings += QStringLiteral("; SET default_transaction_read_only = on");
        if (!q.exec(settings)) {
            detail::setError(error, Workspace::tr("%1 cannot be used: %2").arg(m_location.display(), q.lastError().text()));
            return false;
        }
        return true;
    }

    std::optional<int> schemaVersion(const QSqlDatabase &database, QString *error) const override
    {
        QSqlQuery q(database);
        if (!q.exec(QStringLiteral("SELECT to_regclass('meta') IS NOT NULL")) || !q.next()) {
            detail::setError(error, Workspace::tr("%1 cannot be read: %2").arg(m_location.display(), q.lastError().text()));
            return std::nullopt;
        }
        if (!q.value(0).toBool())
            return 0;
        if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))) {
            detail::setError(error, isPermissionDenied(q.lastError())
                                        ? noAccessMessage(database)
                                        : Workspace::tr("%1 cannot be read: %2").arg(m_location.display(), q.lastError().text()));
            return std::nullopt;
        }
        return q.next() ? q.value(0).toInt() : 0;
    }

    bool setSchemaVersion(const QSqlDatabase &database, int version, QString *error) const override
    {
        QSqlQuery q(database);
        if (q.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('schema_version', '%1')"
                                  " ON CONFLICT (key) DO UPDATE SET value = excluded.value").arg(version)))
            return true;
        detail::setError(error, Workspace::tr("Cannot upgrade %1: %2").arg(m_location.display(), q.lastError().text()));
        return false;
    }

    QStringList migrationStep(int step) const override { return serverschema::migrationStep(step); }

    bool beforeUpgrade(const QSqlDatabase &database, int /*fromVersion*/, QString *error) const override
    {
        // Two clients opening an old workspace at once: the second waits, then finds it current.
        QSqlQuery q(database);
        if (q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(1215262824)")))
            return true;
        detail::setError(error, Workspace::tr("Cannot upgrade %1: %2").arg(m_location.display(), q.lastError().text()));
        return false;
    }

    QList<std::pair<QString, QString>> referencesTo(const QSqlDatabase &database, const QString &target) const override
    {
        QList<std::pair<QString, QString>> references;
        QSqlQuery q(database);
        q.prepare(QStringLiteral(
            "SELECT c.conrelid::regclass::text, a.attname FROM pg_constraint c"
            " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)"
            " WHERE c.contype = 'f' AND c.confrelid = to_regclass(?)"
            " AND c.connamespace = current_schema()::regnamespace ORDER BY 1, 2"));
        q.bindValue(0, target);
        if (!q.exec())
            return references;
        while (q.next())
            references.append({q.value(0).toString(), q.value(1).toString()});
        return references;
    }

    QString integrityCheck(const QSqlDatabase &database) const override
    {
        // The server keeps its own pages consistent; what Hoshi can check is its own invariants.
        QSqlQuery q(database);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM blob b WHERE b.sha256 IS NOT NULL AND b.size <>"
                                   " (SELECT coalesce(sum(length(c.data)), 0) FROM blob_chunk c WHERE c.blob_id = b.id)")))
            return q.lastError().text();
        if (q.next() && q.value(0).toLongLong() > 0)
            return Workspace::tr("%n stored file(s) do not have their recorded size", nullptr, q.value(0).toInt());
        return QStringLiteral("ok");
    }

    bool compact(const QSqlDatabase &database, QString *error) const override
    {
        QSqlQuery q(database);
        if (q.exec(QStringLiteral("VACUUM (ANALYZE) blob_chunk")))
            return true;
        detail::setError(error, Workspace::tr("Cannot compact %1: %2").arg(m_location.display(), q.lastError().text()));
        return false;
    }

    void afterLargeWrite(const QSqlDatabase &) const override {}
    void beforeClose(const QSqlDatabase &, bool) const override {}

    bool mayReuseContent(const QSqlDatabase &database, qint64 blobId) const override
    {
        if (!accessRulesInstalled(database))
            return true;
        QSqlQuery q(database);
        q.prepare(QStringLiteral("SELECT hoshi_content_readable(?)"));
        q.bindValue(0, blobId);
        return q.exec() && q.next() && q.value(0).toBool();
    }

    bool claimContent(const QSqlDatabase &database, qint64 uploadedBlobId, qint64 storedBlobId,
                      QString *error) const override
    {
        if (!accessRulesInstalled(database))
            return true;
        QSqlQuery q(database);
        q.prepare(QStringLiteral("SELECT hoshi_claim_content(?, ?)"));
        q.bindValue(0, uploadedBlobId);
        q.bindValue(1, storedBlobId);
        if (q.exec())
            return true;
        detail::setError(error, q.lastError().databaseText().trimmed());
        return false;
    }

private:
    static bool isPermissionDenied(const QSqlError &error)
    {
        return error.nativeErrorCode() == QLatin1String("42501"); // insufficient_privilege
    }

    // A user the server knows, but who was given no role in this workspace (serveraccess.h).
    QString noAccessMessage(const QSqlDatabase &database) const
    {
        QSqlQuery who(database);
        const QString user = who.exec(QStringLiteral("SELECT session_user")) && who.next() ? who.value(0).toString()
                                                                                          : m_location.user;
        return Workspace::tr("The user %1 has no access to the workspace %2. Its owner can give access with"
                             " \"hoshi-cli server grant\".").arg(user, m_location.display());
    }

    // Users and roles were set up (ServerAccess::initialise).
    static bool accessRulesInstalled(const QSqlDatabase &database)
    {
        QSqlQuery q(database);
        return q.exec(QStringLiteral("SELECT to_regprocedure('hoshi_claim_content(bigint,bigint)') IS NOT NULL")) && q.next()
               && q.value(0).toBool();
    }

    WorkspaceLocation m_location;
};

} // namespace

std::unique_ptr<Backend> makeServerBackend(const WorkspaceLocation &location)
{
    return std::make_unique<ServerBackend>(location);
}

} // namespace hoshi::storage
