// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "location.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

namespace hoshi::storage {

// What differs between the two places a workspace can live: a single SQLite file, or a
// database on a PostgreSQL server. Everything else (the schema's tables, every query of the
// Workspace, the gate, the exports) is the same SQL on both. The differences kept here:
// how a connection is opened and configured, where the schema version is kept, the DDL dialect,
// how the schema is inspected, integrity checks and compaction.
class Backend
{
public:
    virtual ~Backend() = default;

    [[nodiscard]] virtual bool isServer() const = 0;
    [[nodiscard]] virtual QString driverName() const = 0;
    // Configures and opens `database` (added with driverName()).
    [[nodiscard]] virtual bool open(QSqlDatabase &database, bool create, bool readOnly, QString *error) const = 0;
    // The schema format stored in the database; 0 for an empty database, nullopt with *error on failure.
    [[nodiscard]] virtual std::optional<int> schemaVersion(const QSqlDatabase &database, QString *error) const = 0;
    [[nodiscard]] virtual bool setSchemaVersion(const QSqlDatabase &database, int version, QString *error) const = 0;
    // The statements of one migration step in this backend's dialect.
    [[nodiscard]] virtual QStringList migrationStep(int step) const = 0;
    // Work before an upgrade (a file keeps a copy of itself beside it).
    [[nodiscard]] virtual bool beforeUpgrade(const QSqlDatabase &database, int fromVersion, QString *error) const = 0;
    // Every (table, column) whose foreign key points at `table`.
    [[nodiscard]] virtual QList<std::pair<QString, QString>> referencesTo(const QSqlDatabase &database,
                                                                         const QString &table) const = 0;
    [[nodiscard]] virtual QString integrityCheck(const QSqlDatabase &database) const = 0;
    [[nodiscard]] virtual bool compact(const QSqlDatabase &database, QString *error) const = 0;
    // After a large write (a file gives its journal's space back).
    virtual void afterLargeWrite(const QSqlDatabase &database) const = 0;
    virtual void beforeClose(const QSqlDatabase &database, bool readOnly) const = 0;
    // Whether a new file may refer to stored content without uploading it. On a server with
    // users and roles (serveraccess.h) only content the user can already read; any other needs
    // the user's own upload of the same bytes, compared by the server in claimContent().
    [[nodiscard]] virtual bool mayReuseContent(const QSqlDatabase &database, qint64 blobId) const = 0;
    [[nodiscard]] virtual bool claimContent(const QSqlDatabase &database, qint64 uploadedBlobId, qint64 storedBlobId,
                                            QString *error) const = 0;
};

[[nodiscard]] std::unique_ptr<Backend> makeFileBackend(const QString &absolutePath);
[[nodiscard]] std::unique_ptr<Backend> makeServerBackend(const WorkspaceLocation &location);

// True when the connection talks to a PostgreSQL server (for the few statements that differ).
// The only place outside the two backends that looks at the driver: code that holds just a
// connection (transactions, queries, the copier) asks the functions below.
[[nodiscard]] inline bool isServerConnection(const QSqlDatabase &database)
{
    return database.driverName() == QLatin1String("QPSQL");
}

// Starts a write transaction: BEGIN IMMEDIATE on a file (a writer never deadlocks against a
// reader upgrading), BEGIN on a server (row locks and row versions order writers).
[[nodiscard]] inline QString beginWriteStatement(const QSqlDatabase &database)
{
    return isServerConnection(database) ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

// Starts a read transaction that sees one committed state throughout.
[[nodiscard]] inline QString beginReadStatement(const QSqlDatabase &database)
{
    return isServerConnection(database) ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                        : QStringLiteral("BEGIN DEFERRED");
}

// Whether a query may stream its result forward-only. Qt's QPSQL driver drops the rest of a
// streamed result when the connection runs another query, so nested queries on a server need
// the whole (small) result fetched at once; on a file forward-only saves memory.
[[nodiscard]] inline bool streamsResults(const QSqlDatabase &database)
{
    return !isServerConnection(database);
}

} // namespace hoshi::storage
