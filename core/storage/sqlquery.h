// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "backend.h"
#include "statementcache.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace hoshi {

// Text columns are NOT NULL DEFAULT '': a null QString (an untouched field) is stored as ''.
// Only an invalid QVariant() binds SQL NULL.
[[nodiscard]] inline QVariant sqlValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QString(QLatin1String("")));
    if (value.typeId() == QMetaType::QByteArray && value.toByteArray().isNull())
        return QVariant(QByteArray("")); // an empty file is an empty chunk, not SQL NULL
    return value;
}

// Binds values positionally to an already prepared query and runs it.
[[nodiscard]] inline bool execWith(QSqlQuery &query, const QList<QVariant> &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, sqlValue(values.at(i)));
    return query.exec();
}

// A prepared, positional query that runs in one call and records what went wrong.
// Keeps the Workspace code about data rather than QSqlQuery ceremony. On a server the prepared
// statement is kept for the connection's life and reused by the next SqlQuery with the same
// text (statementcache.h): one round trip per run instead of three.
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql)
        : m_lease(storage::StatementLease::borrow(db, sql, &m_prepared)), m_query(m_lease.query())
    {
    }

    [[nodiscard]] bool exec(std::initializer_list<QVariant> values = {})
    {
        if (!m_prepared)
            return false;
        int i = 0;
        for (const QVariant &v : values)
            m_query.bindValue(i++, sqlValue(v));
        storage::countExecution();
        return m_query.exec();
    }
    // The same with a list built at run time (a statement whose number of values varies).
    [[nodiscard]] bool execList(const QList<QVariant> &values)
    {
        if (!m_prepared)
            return false;
        storage::countExecution();
        return execWith(m_query, values);
    }
    [[nodiscard]] bool next() { return m_query.next(); }
    [[nodiscard]] QVariant value(int i) const { return m_query.value(i); }
    [[nodiscard]] QString text(int i) const { return m_query.value(i).toString(); }
    [[nodiscard]] qint64 integer(int i) const { return m_query.value(i).toLongLong(); }
    // The id an "INSERT ... RETURNING id" gave back: the row this very statement inserted, on
    // both backends (SQLite >= 3.35, PostgreSQL), never a row another connection inserted
    // meanwhile; -1 when there is none. Finishes the statement, so a commit may follow.
    [[nodiscard]] qint64 insertedId()
    {
        const qint64 id = m_query.next() ? m_query.value(0).toLongLong() : -1;
        m_query.finish();
        return id;
    }
    [[nodiscard]] int rowsAffected() const { return m_query.numRowsAffected(); }
    [[nodiscard]] QString errorText() const { return m_query.lastError().text(); }
    QSqlQuery &raw() { return m_query; }

private:
    bool m_prepared = false; // before m_lease: borrow() sets it
    storage::StatementLease m_lease;
    QSqlQuery &m_query;
};

} // namespace hoshi
