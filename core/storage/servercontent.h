// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace hoshi::storage {

// Evidence content to and from a PostgreSQL server in libpq's binary format, on the very
// connection (and so inside the very transaction) of the workspace.
//
// Qt's PostgreSQL driver sends every bound value as text inside an `EXECUTE name (...)`
// statement, and reads every result as text: a 1 MiB chunk travels as 2 MiB of hexadecimal
// digits, through a QString (4 MiB of UTF-16) on the way out, and is parsed back by the server
// and decoded again by the client on the way in. Measured on the benchmark machine, inserting
// chunks that way ran at 19–26 MB/s and reading them at 107 MB/s, against 90–97 MB/s and
// 325 MB/s for the same statements with binary parameters and results (docs/performance.md).
// So the content columns bypass the driver: the driver's own libpq connection is taken from
// QSqlDriver::handle() and given binary statements.
//
// Every function falls back to nothing: when the handle is not available (not a server
// connection, another driver build) or the connection is busy with a streamed result,
// available() says false and the caller uses its ordinary SqlQuery.
class ServerContent
{
public:
    // Whether `db` is a server connection whose libpq connection can take a statement now.
    [[nodiscard]] static bool available(const QSqlDatabase &db);
    // INSERT INTO blob_chunk(blob_id, seq, data): one round trip, the data sent as bytes.
    [[nodiscard]] static bool insertChunk(const QSqlDatabase &db, qint64 blobId, qint64 seq, const QByteArray &data,
                                          QString *error);
    // The data of one chunk, received as bytes. *found is false (and the result true) when the
    // chunk does not exist.
    [[nodiscard]] static bool readChunk(const QSqlDatabase &db, qint64 blobId, qint64 seq, QByteArray *data,
                                        bool *found, QString *error);
};

} // namespace hoshi::storage
