// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "backend.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace hoshi {

// RAII read transaction: every query between construction and destruction sees the same
// committed state (SQLite WAL snapshot isolation on a file, REPEATABLE READ on a server), even
// while another connection (a worker thread, another process, another user) commits. Inside a transaction that is already open it does
// nothing: the outer one already gives one view.
class ReadTransaction
{
public:
    ReadTransaction(QSqlDatabase db, int &depth) : m_db(std::move(db)), m_depth(depth)
    {
        if (m_depth > 0)
            return;
        m_active = QSqlQuery(m_db).exec(storage::beginReadStatement(m_db));
        if (m_active)
            ++m_depth;
    }
    ~ReadTransaction()
    {
        if (!m_active)
            return;
        --m_depth;
        QSqlQuery(m_db).exec(QStringLiteral("COMMIT")); // nothing was written: ends the read
    }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    QSqlDatabase m_db;
    int &m_depth;
    bool m_active = false;
};

} // namespace hoshi
