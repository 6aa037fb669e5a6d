// SPDX-License-Identifier: Apache-2.0
#include "syncschema.h"

namespace hoshi::schema {

namespace {

// A random (version 4) UUID in SQLite, which has no UUID function; evaluated once per row.
// (Functions rather than namespace-scope constants: schema.cpp builds its step lists while
// static objects are initialised, in an order between files that C++ does not define.)
QString sqliteUuid()
{
    return QStringLiteral(
        "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'"
        " || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))");
}

struct AppendOnly {
    const char *table;
    const char *message; // as the refusing triggers of steps 1-3 say it
};
const AppendOnly appendOnly[] = {
    {"history", "history is append-only"},
    {"baseline", "baselines never change"},
    {"sign_off", "sign-offs are append-only"},
};

// What both backends hold: who last synchronised with whom, and what each record was then.
QStringList syncTables()
{
    return {
    QStringLiteral("CREATE TABLE sync_peer (peer TEXT PRIMARY KEY, location TEXT NOT NULL,"
                   " generation INTEGER NOT NULL, synced_at TEXT NOT NULL)"),
    // organisation_id: the record's organisation here (NULL for workspace-wide records), so a
    // server shows each user only the bases of what they may read.
    QStringLiteral("CREATE TABLE sync_seen (peer TEXT NOT NULL, tbl TEXT NOT NULL, record TEXT NOT NULL,"
                   " organisation_id INTEGER, fields TEXT NOT NULL, PRIMARY KEY (peer, tbl, record))"),
    };
}

} // namespace

QStringList globalIdTables()
{
    return {QStringLiteral("organisation"), QStringLiteral("product"),      QStringLiteral("declaration"),
            QStringLiteral("assessment"),   QStringLiteral("evidence"),     QStringLiteral("evidence_file"),
            QStringLiteral("history"),      QStringLiteral("baseline"),     QStringLiteral("review_comment"),
            QStringLiteral("sign_off")};
}

QStringList appendOnlyTables()
{
    QStringList names;
    for (const AppendOnly &t : appendOnly)
        names << QString::fromLatin1(t.table);
    return names;
}

QStringList syncStepStatements()
{
    QStringList statements;
    for (const AppendOnly &t : appendOnly)
        statements << QStringLiteral("DROP TRIGGER %1_no_update").arg(QLatin1String(t.table));
    for (const QString &table : globalIdTables()) {
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN gid TEXT").arg(table)
                   << QStringLiteral("UPDATE %1 SET gid = %2").arg(table, sqliteUuid())
                   << QStringLiteral("CREATE UNIQUE INDEX %1_gid ON %1(gid)").arg(table)
                   // Whatever inserts a row (every Workspace mutator, imports, copies): it gets an id.
                   << QStringLiteral("CREATE TRIGGER %1_gid AFTER INSERT ON %1 WHEN NEW.gid IS NULL"
                                     " BEGIN UPDATE %1 SET gid = %2 WHERE id = NEW.id; END")
                          .arg(table, sqliteUuid());
    }
    // A row of the log is never changed once it has its global id (given right after its insert).
    for (const AppendOnly &t : appendOnly) {
        statements << QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 WHEN OLD.gid IS NOT NULL"
                                     " BEGIN SELECT RAISE(ABORT, '%2'); END")
                          .arg(QLatin1String(t.table), QLatin1String(t.message));
    }
    return statements + syncTables();
}

QStringList serverSyncStepStatements()
{
    QStringList statements;
    // A volatile default fills the existing rows, each with its own UUID, without an UPDATE
    // (which the append-only triggers would refuse), and gives every new row one.
    for (const QString &table : globalIdTables()) {
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN gid TEXT NOT NULL DEFAULT gen_random_uuid()::text")
                          .arg(table)
                   << QStringLiteral("CREATE UNIQUE INDEX %1_gid ON %1(gid)").arg(table);
    }
    for (const QString &statement : syncTables())
        statements << QString(statement).replace(QStringLiteral("INTEGER"), QStringLiteral("BIGINT"));
    return statements;
}

} // namespace hoshi::schema
