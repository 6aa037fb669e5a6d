// SPDX-License-Identifier: Apache-2.0
#pragma once

// The statements of the batch reads (snapshotreader.cpp, snapshotkeys.cpp). Their text carries
// the ids they read ("IN (1,2,3)"), so each text runs once: it is run unprepared (one round
// trip on a server) and never kept in the statement cache (statementcache.h), where texts that
// are never reused would take the places of those that are.

#include "backend.h"
#include "statementcache.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace hoshi::storage {

class BatchQuery
{
public:
    BatchQuery(const QSqlDatabase &db, QString sql) : m_query(db), m_sql(std::move(sql))
    {
        m_query.setForwardOnly(streamsResults(db)); // see there: differs by backend
    }

    [[nodiscard]] bool exec()
    {
        countExecution();
        return m_query.exec(m_sql);
    }
    [[nodiscard]] bool next() { return m_query.next(); }
    [[nodiscard]] QVariant value(int i) const { return m_query.value(i); }
    [[nodiscard]] QString text(int i) const { return m_query.value(i).toString(); }
    [[nodiscard]] qint64 integer(int i) const { return m_query.value(i).toLongLong(); }
    [[nodiscard]] QString errorText() const { return m_query.lastError().text(); }
    QSqlQuery &raw() { return m_query; }

private:
    QSqlQuery m_query;
    QString m_sql;
};

// "1,2,3" for an IN list (integers only, so nothing to quote); "NULL" (matches nothing) when empty.
[[nodiscard]] inline QString idList(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return QStringLiteral("NULL");
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

} // namespace hoshi::storage
