#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace hoshi {

// A prepared, positional query that runs in one call and records what went wrong.
// Keeps the Workspace code about data rather than QSqlQuery ceremony.
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql) : m_query(db)
    {
        m_query.setForwardOnly(true);
        m_prepared = m_query.prepare(sql);
    }

    [[nodiscard]] bool exec(std::initializer_list<QVariant> values = {})
    {
        if (!m_prepared)
            return false;
        int i = 0;
        for (const QVariant &v : values)
            m_query.bindValue(i++, v);
        return m_query.exec();
    }
    [[nodiscard]] bool next() { return m_query.next(); }
    [[nodiscard]] QVariant value(int i) const { return m_query.value(i); }
    [[nodiscard]] QString text(int i) const { return m_query.value(i).toString(); }
    [[nodiscard]] qint64 integer(int i) const { return m_query.value(i).toLongLong(); }
    [[nodiscard]] qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    [[nodiscard]] int rowsAffected() const { return m_query.numRowsAffected(); }
    [[nodiscard]] QString errorText() const { return m_query.lastError().text(); }
    QSqlQuery &raw() { return m_query; }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

} // namespace hoshi
