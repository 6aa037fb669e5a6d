// SPDX-License-Identifier: Apache-2.0
#include "statementcache.h"

#include "backend.h"

#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QVariant>

#include <atomic>

namespace hoshi::storage {

namespace {

// Statements built with ids in their text would fill the cache without ever being reused;
// beyond this many per connection a statement is prepared for its one use, as before.
constexpr qsizetype MaxKeptPerConnection = 256;

std::atomic<qint64> preparesCounted{0};
std::atomic<qint64> executionsCounted{0};
std::atomic<qint64> deallocationsCounted{0};

} // namespace

struct StatementLease::Kept {
    std::unique_ptr<QSqlQuery> query;
    const void *session = nullptr; // the driver's connection handle it was prepared on
    bool lent = false;
    bool orphaned = false; // dropped from the cache while lent: the lease deletes it
};

namespace {
// The driver's native connection (PGconn *): a new one after the connection was closed and
// opened again, even when the QSqlDatabase and its driver object stay the same.
const void *sessionOf(const QSqlDatabase &database)
{
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    return handle.isValid() && handle.constData() ? *static_cast<void *const *>(handle.constData()) : nullptr;
}

// Deletes a statement no longer kept, or leaves it to the lease that holds it.
void release(StatementLease::Kept *kept)
{
    if (kept->lent)
        kept->orphaned = true;
    else
        delete kept;
}
} // namespace

// The kept statements of every connection. A connection is used by one thread at a time, but
// different connections live in different threads, hence the lock around the map itself.
class StatementCacheAccess
{
public:
    static QMutex &mutex()
    {
        static QMutex m;
        return m;
    }
    struct Statements {
        QHash<QString, StatementLease::Kept *> bySql;
        // Prepared on an earlier session of a connection that was closed and opened again:
        // deleting them now would send a DEALLOCATE for a name the new session does not know
        // (an error that aborts a running transaction), so they wait for dropKeptStatements.
        QList<StatementLease::Kept *> retired;
    };
    static QHash<QString, Statements> &connections()
    {
        static QHash<QString, Statements> map;
        return map;
    }
};

StatementLease::StatementLease(QSqlQuery *query, Kept *kept, std::unique_ptr<QSqlQuery> own)
    : m_query(query), m_kept(kept), m_own(std::move(own))
{
}

StatementLease::StatementLease(StatementLease &&other) noexcept
    : m_query(other.m_query), m_kept(other.m_kept), m_own(std::move(other.m_own))
{
    other.m_query = nullptr;
    other.m_kept = nullptr;
}

StatementLease::~StatementLease()
{
    if (m_kept) {
        m_query->finish(); // frees the result; the prepared statement stays on the server
        const QMutexLocker lock(&StatementCacheAccess::mutex());
        m_kept->lent = false;
        if (m_kept->orphaned)
            delete m_kept; // its connection was dropped while this lease was alive
        return;
    }
    // A statement of this lease alone is deallocated with it: one more round trip on a server.
    if (m_own && !m_own->lastQuery().isEmpty() && m_own->driver()
        && m_own->driver()->dbmsType() == QSqlDriver::PostgreSQL)
        ++deallocationsCounted;
}

StatementLease StatementLease::borrow(const QSqlDatabase &database, const QString &sql, bool *prepared)
{
    const auto prepareOwn = [&] {
        auto own = std::make_unique<QSqlQuery>(database);
        own->setForwardOnly(streamsResults(database)); // see there: differs by backend
        ++preparesCounted;
        *prepared = own->prepare(sql);
        QSqlQuery *query = own.get();
        return StatementLease(query, nullptr, std::move(own));
    };
    // HOSHI_KEEP_STATEMENTS=0 turns keeping off, to measure what it saves (docs/performance.md).
    static const bool keep = qEnvironmentVariable("HOSHI_KEEP_STATEMENTS") != QLatin1String("0");
    if (!keep || !isServerConnection(database))
        return prepareOwn();

    const QMutexLocker lock(&StatementCacheAccess::mutex());
    StatementCacheAccess::Statements &statements = StatementCacheAccess::connections()[database.connectionName()];
    QHash<QString, StatementLease::Kept *> &kept = statements.bySql;
    auto found = kept.find(sql);
    const void *session = sessionOf(database);
    if (found != kept.end() && found.value()->session != session) {
        // The connection was closed and opened again under the same name: its statements are gone.
        for (StatementLease::Kept *stale : std::as_const(kept))
            statements.retired << stale;
        kept.clear();
        found = kept.end();
    }
    if (found != kept.end()) {
        if (found.value()->lent)
            return prepareOwn(); // a nested use of the same text
        found.value()->lent = true;
        *prepared = true;
        return StatementLease(found.value()->query.get(), found.value(), nullptr);
    }
    if (kept.size() >= MaxKeptPerConnection)
        return prepareOwn();
    auto entry = std::make_unique<Kept>();
    entry->query = std::make_unique<QSqlQuery>(database);
    entry->query->setForwardOnly(streamsResults(database));
    ++preparesCounted;
    *prepared = entry->query->prepare(sql);
    if (!*prepared) {
        // Not kept: the error stays readable on a statement of this lease alone.
        auto own = std::move(entry->query);
        QSqlQuery *query = own.get();
        return StatementLease(query, nullptr, std::move(own));
    }
    entry->lent = true;
    entry->session = session;
    Kept *raw = entry.release();
    kept.insert(sql, raw);
    return StatementLease(raw->query.get(), raw, nullptr);
}

void dropKeptStatements(const QString &connectionName)
{
    const QMutexLocker lock(&StatementCacheAccess::mutex());
    auto &connections = StatementCacheAccess::connections();
    const auto found = connections.find(connectionName);
    if (found == connections.end())
        return;
    for (StatementLease::Kept *kept : std::as_const(found.value().bySql))
        release(kept);
    for (StatementLease::Kept *kept : std::as_const(found.value().retired))
        release(kept);
    connections.erase(found);
}

RoundTripCount roundTrips()
{
    return {preparesCounted.load(), executionsCounted.load(), deallocationsCounted.load()};
}

void resetRoundTrips()
{
    preparesCounted = 0;
    executionsCounted = 0;
    deallocationsCounted = 0;
}

void countExecution()
{
    ++executionsCounted;
}

} // namespace hoshi::storage
