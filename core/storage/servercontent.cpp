// SPDX-License-Identifier: Apache-2.0
#include "servercontent.h"

#include "backend.h"
#include "statementcache.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

#include <memory>

namespace hoshi::storage {

namespace {

// Type OIDs of the parameters (pg_type.h): the server needs no casts and no guessing.
constexpr Oid Int8Oid = 20;
constexpr Oid ByteaOid = 17;

// The libpq connection under a QPSQL connection; null when there is none or it is busy
// (a result still streaming for a QSqlQuery: a second command would be refused).
PGconn *idleHandle(const QSqlDatabase &db)
{
    if (!isServerConnection(db) || !db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // The driver declares the type as PGconn*; Qt's meta-type system names it after the struct.
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    if (!connection || PQstatus(connection) != CONNECTION_OK)
        return nullptr;
    const PGTransactionStatusType state = PQtransactionStatus(connection);
    return state == PQTRANS_IDLE || state == PQTRANS_INTRANS || state == PQTRANS_INERROR ? connection : nullptr;
}

QString busyMessage()
{
    return QCoreApplication::translate("hoshi::storage::ServerContent", "The connection to the server is busy with another statement.");
}

struct ResultFree {
    void operator()(PGresult *r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultFree>;

QString errorOf(PGconn *connection, const PGresult *result)
{
    const char *message = result ? PQresultErrorMessage(result) : nullptr;
    if (!message || !*message)
        message = PQerrorMessage(connection);
    return QString::fromUtf8(message).trimmed();
}

} // namespace

bool ServerContent::available(const QSqlDatabase &db)
{
    return idleHandle(db) != nullptr;
}

bool ServerContent::insertChunk(const QSqlDatabase &db, qint64 blobId, qint64 seq, const QByteArray &data,
                                QString *error)
{
    PGconn *connection = idleHandle(db);
    if (!connection) {
        *error = busyMessage();
        return false;
    }
    const QByteArray blob = QByteArray::number(blobId);
    const QByteArray sequence = QByteArray::number(seq);
    const Oid types[3] = {Int8Oid, Int8Oid, ByteaOid};
    const char *values[3] = {blob.constData(), sequence.constData(), data.constData()};
    const int lengths[3] = {0, 0, int(data.size())};
    const int formats[3] = {0, 0, 1}; // the two numbers as text, the content as bytes
    countExecution();
    const Result result(PQexecParams(connection, "INSERT INTO blob_chunk(blob_id, seq, data) VALUES ($1, $2, $3)", 3,
                                     types, values, lengths, formats, 0));
    if (PQresultStatus(result.get()) == PGRES_COMMAND_OK)
        return true;
    *error = errorOf(connection, result.get());
    return false;
}

bool ServerContent::readChunk(const QSqlDatabase &db, qint64 blobId, qint64 seq, QByteArray *data, bool *found,
                              QString *error)
{
    *found = false;
    PGconn *connection = idleHandle(db);
    if (!connection) {
        *error = busyMessage();
        return false;
    }
    const QByteArray blob = QByteArray::number(blobId);
    const QByteArray sequence = QByteArray::number(seq);
    const Oid types[2] = {Int8Oid, Int8Oid};
    const char *values[2] = {blob.constData(), sequence.constData()};
    countExecution();
    const Result result(PQexecParams(connection, "SELECT data FROM blob_chunk WHERE blob_id = $1 AND seq = $2", 2, types,
                                     values, nullptr, nullptr, 1 /* binary results */));
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK) {
        *error = errorOf(connection, result.get());
        return false;
    }
    if (PQntuples(result.get()) == 0)
        return true;
    *found = true;
    *data = QByteArray(PQgetvalue(result.get(), 0, 0), PQgetlength(result.get(), 0, 0));
    return true;
}

} // namespace hoshi::storage
