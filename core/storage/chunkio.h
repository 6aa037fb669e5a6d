// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "servercontent.h"
#include "sqlquery.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace hoshi::storage {

// Writes content chunks: on a server straight through libpq with the bytes as a binary
// parameter (servercontent.h: the driver would send them as hexadecimal text), on a file
// through the driver, which binds bytes directly.
class ChunkWriter
{
public:
    explicit ChunkWriter(const QSqlDatabase &db) : m_db(db), m_direct(ServerContent::available(db)) {}

    [[nodiscard]] bool write(qint64 blobId, qint64 seq, const QByteArray &data, QString *failure)
    {
        if (m_direct)
            return ServerContent::insertChunk(m_db, blobId, seq, data, failure);
        if (!m_insert)
            m_insert.emplace(m_db, QStringLiteral("INSERT INTO blob_chunk(blob_id, seq, data) VALUES (?, ?, ?)"));
        if (m_insert->exec({blobId, seq, data}))
            return true;
        *failure = m_insert->errorText();
        return false;
    }

private:
    QSqlDatabase m_db;
    bool m_direct = false;
    std::optional<SqlQuery> m_insert;
};

// Reads content chunks one query each, as bytes on a server (see ChunkWriter).
class ChunkReader
{
public:
    explicit ChunkReader(const QSqlDatabase &db) : m_db(db), m_direct(ServerContent::available(db)) {}

    // False with *failure on an error; *found false when the chunk does not exist.
    [[nodiscard]] bool read(qint64 blobId, qint64 seq, QByteArray *data, bool *found, QString *failure)
    {
        if (m_direct)
            return ServerContent::readChunk(m_db, blobId, seq, data, found, failure);
        if (!m_select)
            m_select.emplace(m_db, QStringLiteral("SELECT data FROM blob_chunk WHERE blob_id = ? AND seq = ?"));
        if (!m_select->exec({blobId, seq})) {
            *failure = m_select->errorText();
            return false;
        }
        *found = m_select->next();
        if (*found)
            *data = m_select->value(0).toByteArray();
        m_select->raw().finish();
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_direct = false;
    std::optional<SqlQuery> m_select;
};

} // namespace hoshi::storage
