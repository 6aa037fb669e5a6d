// SPDX-License-Identifier: Apache-2.0
#pragma once

// Small helpers shared by the Workspace implementation files (not part of the public API).

#include "transaction.h"
#include "workspace.h"
#include "util/errors.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace hoshi::storage {
class Backend;
}

namespace hoshi::detail {

// Stores content held in memory once per SHA-256 (workspace_files.cpp) and returns the blob that
// holds it, -1 on failure. Runs inside the caller's transaction; `name` is for messages.
[[nodiscard]] qint64 storeContent(const storage::Backend &backend, const QSqlDatabase &db, const QByteArray &data,
                                  const QString &name, QString *error);

// Identifies this file on this machine, so a copied or moved workspace is checked again.
[[nodiscard]] QString fileIdentity(const QString &path);
// The database name of a connection that can not write: a read-only URI, and `immutable=1` when
// no -wal file exists (nobody has the file open), so that SQLite creates no -wal or -shm file.
[[nodiscard]] QString readOnlyDatabaseName(const QString &path);
void setNewerFormatError(const QString &path, int version, QString *error);

using hoshi::setError; // util/errors.h

// Timestamps are stored as ISO 8601 UTC text: readable in any SQLite tool, sortable.
inline QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

inline QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// Commits, or explains why not (a full disk shows up here as often as anywhere).
[[nodiscard]] inline bool commitOrError(Transaction &transaction, const QSqlDatabase &db, QString *error)
{
    if (transaction.commit())
        return true;
    setError(error, Workspace::tr("Cannot save: %1").arg(db.lastError().text()));
    return false;
}

} // namespace hoshi::detail
