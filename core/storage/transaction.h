// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "backend.h"
#include "statementcache.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace hoshi {

// RAII transaction that nests: the outermost level is BEGIN IMMEDIATE on a file (so a writer
// never deadlocks against another connection upgrading a read) and BEGIN on a server (where
// row locks and row versions order concurrent writers), inner levels are SAVEPOINTs.
// Rolls back unless commit() succeeded, so a failure half-way (or a killed process) leaves
// the file as it was before. Every Workspace mutator uses one.
class Transaction
{
public:
    Transaction(QSqlDatabase db, int &depth) : m_db(std::move(db)), m_depth(depth)
    {
        m_name = QStringLiteral("sp%1").arg(m_depth);
        storage::countExecution(); // BEGIN or SAVEPOINT: a round trip like any statement
        m_active = QSqlQuery(m_db).exec(m_depth > 0 ? QStringLiteral("SAVEPOINT ") + m_name
                                                     : storage::beginWriteStatement(m_db));
        if (m_active)
            ++m_depth;
    }
    ~Transaction()
    {
        if (!m_active)
            return;
        --m_depth;
        QSqlQuery q(m_db);
        storage::countExecution();
        if (m_depth == 0) {
            q.exec(QStringLiteral("ROLLBACK"));
        } else {
            q.exec(QStringLiteral("ROLLBACK TO ") + m_name);
            storage::countExecution();
            q.exec(QStringLiteral("RELEASE ") + m_name);
        }
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] bool commit()
    {
        if (!m_active)
            return false;
        QSqlQuery q(m_db);
        storage::countExecution();
        const bool ok = q.exec(m_depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_name);
        if (ok) {
            m_active = false;
            --m_depth;
        }
        return ok; // on failure the destructor rolls back
    }

private:
    QSqlDatabase m_db;
    int &m_depth;
    QString m_name;
    bool m_active = false;
};

} // namespace hoshi
