// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace hoshi::storage {

// Prepared statements kept for the life of a server connection.
//
// Qt's PostgreSQL driver prepares a query with one round trip, runs it with another and
// deallocates it with a third when the QSqlQuery goes away. Keeping each prepared query (one
// per connection and SQL text) leaves one round trip per run. Only server connections keep
// statements: on a file the prepare is a local call, and SQLite statements left prepared would
// hold schema locks against VACUUM and migrations.
//
// A kept statement is lent to one SqlQuery at a time; a second SqlQuery with the same text
// while the first is alive (a nested read) prepares its own, as before.
class StatementLease
{
public:
    // Lends the kept statement for `sql` on `database`, preparing it on first use. *prepared
    // tells whether it is prepared (false: the prepare failed; the query holds the error).
    [[nodiscard]] static StatementLease borrow(const QSqlDatabase &database, const QString &sql, bool *prepared);
    StatementLease(StatementLease &&other) noexcept;
    StatementLease &operator=(StatementLease &&) = delete;
    StatementLease(const StatementLease &) = delete;
    ~StatementLease();

    [[nodiscard]] QSqlQuery &query() { return *m_query; }
    [[nodiscard]] const QSqlQuery &query() const { return *m_query; }

    struct Kept; // an entry of the cache (statementcache.cpp)

private:
    StatementLease(QSqlQuery *query, Kept *kept, std::unique_ptr<QSqlQuery> own);

    QSqlQuery *m_query = nullptr;
    Kept *m_kept = nullptr;               // the cache entry returned on destruction; null when not kept
    std::unique_ptr<QSqlQuery> m_own;     // a statement of this lease only (file, nested, cache full)
    friend class StatementCacheAccess;
};

// Forgets the statements kept for a connection. Call it after QSqlDatabase::removeDatabase():
// with the driver gone nothing is sent (the server frees a session's statements when it ends),
// where deleting them on an open connection would cost a DEALLOCATE round trip each.
void dropKeptStatements(const QString &connectionName);

// Round trips to the database through SqlQuery, counted for the benchmarks: prepares, runs and
// deallocations of statements (each one round trip on a server), the statements of a
// Transaction (BEGIN, SAVEPOINT, COMMIT, RELEASE, ROLLBACK) and the content
// statements of ServerContent. Other statements run with a bare QSqlQuery are not counted.
struct RoundTripCount {
    qint64 prepares = 0;
    qint64 executions = 0;
    qint64 deallocations = 0;
    [[nodiscard]] qint64 total() const { return prepares + executions + deallocations; }
};
[[nodiscard]] RoundTripCount roundTrips();
void resetRoundTrips();
void countExecution();

} // namespace hoshi::storage
