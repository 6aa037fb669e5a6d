// SPDX-License-Identifier: Apache-2.0
#include "serverschema.h"

#include "schema.h"
#include "syncschema.h"

#include <QRegularExpression>

namespace hoshi::serverschema {

namespace {

// Before the first table: the function behind the append-only triggers.
const QStringList serverBeforeStep1 = {
    QStringLiteral("CREATE FUNCTION hoshi_refuse() RETURNS trigger LANGUAGE plpgsql AS $$"
                   " BEGIN RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'integrity_constraint_violation'; END $$"),
};

// With step 7 (row versions): who did what is the authenticated user, set by the server, and
// every committed change is announced to the other connections.
const QStringList serverAfterStep7 = {
    // The owner of the schema (the account that created it) may copy records with their original
    // authors (push, pull); nobody else can.
    QStringLiteral("CREATE FUNCTION hoshi_is_admin() RETURNS boolean LANGUAGE sql STABLE AS $$"
                   " SELECT coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)"
                   " OR session_user = (SELECT tableowner FROM pg_tables"
                   "   WHERE schemaname = current_schema() AND tablename = 'meta') $$"),
    QStringLiteral("CREATE FUNCTION hoshi_stamp_user() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                   " IF coalesce(current_setting('hoshi.copying', true), '') = 'on' AND hoshi_is_admin() THEN"
                   "   RETURN NEW; END IF;"
                   " RETURN jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], session_user)); END $$"),
    QStringLiteral("CREATE TRIGGER history_user BEFORE INSERT ON history FOR EACH ROW"
                   " EXECUTE FUNCTION hoshi_stamp_user('actor')"),
    QStringLiteral("CREATE TRIGGER review_comment_user BEFORE INSERT ON review_comment FOR EACH ROW"
                   " EXECUTE FUNCTION hoshi_stamp_user('author')"),
    QStringLiteral("CREATE TRIGGER sign_off_user BEFORE INSERT ON sign_off FOR EACH ROW"
                   " EXECUTE FUNCTION hoshi_stamp_user('author')"),
    QStringLiteral("CREATE TRIGGER baseline_user BEFORE INSERT ON baseline FOR EACH ROW"
                   " EXECUTE FUNCTION hoshi_stamp_user('actor')"),
    // Every change writes a history entry; its insert announces "declaration:organisation".
    // PostgreSQL delivers it at commit, once per distinct payload, and never for a rollback.
    QStringLiteral("CREATE FUNCTION hoshi_announce() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                   " PERFORM pg_notify('hoshi_change', coalesce(NEW.declaration_id::text, '') || ':'"
                   "   || coalesce(NEW.organisation_id::text, '')); RETURN NULL; END $$"),
    QStringLiteral("CREATE TRIGGER history_announce AFTER INSERT ON history FOR EACH ROW"
                   " EXECUTE FUNCTION hoshi_announce()"),
    // Content being imported is seen only by its importer until it is complete; the importing
    // connection's process id tells a dead import (its client was killed) from a running one.
    QStringLiteral("ALTER TABLE blob ADD COLUMN created_by TEXT NOT NULL DEFAULT session_user"),
    QStringLiteral("ALTER TABLE blob ADD COLUMN created_by_pid INTEGER NOT NULL DEFAULT pg_backend_pid()"),
    // Content chunks compress with lz4 where the server has it: about twice as fast as the
    // default pglz on logs, and cheap on content that is compressed already.
    QStringLiteral("DO $$ BEGIN ALTER TABLE blob_chunk ALTER COLUMN data SET COMPRESSION lz4;"
                   " EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN NULL; END $$"),
};

// With step 10 (accounts): the account beside a typed name is the authenticated user, whatever
// the client sends (a copy by the schema owner keeps the original, as for the authors).
const QStringList serverAfterStep10 = {
    QStringLiteral("CREATE TRIGGER history_account BEFORE INSERT ON history FOR EACH ROW"
                   " EXECUTE FUNCTION hoshi_stamp_user('account')"),
    QStringLiteral("CREATE TRIGGER review_comment_account BEFORE INSERT ON review_comment FOR EACH ROW"
                   " EXECUTE FUNCTION hoshi_stamp_user('account')"),
    QStringLiteral("CREATE TRIGGER sign_off_account BEFORE INSERT ON sign_off FOR EACH ROW"
                   " EXECUTE FUNCTION hoshi_stamp_user('account')"),
};

// With step 15 (the server at the file's pace): an announcement carries only the id of the
// history entry. Any connection may listen on any channel, so naming the declaration and
// organisation told every user of changes in organisations they cannot read; the receiver now
// reads the entry through its own row-level security (ChangeFeed).
const QStringList serverAfterStep15 = {
    QStringLiteral("CREATE OR REPLACE FUNCTION hoshi_announce() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                   " PERFORM pg_notify('hoshi_change', NEW.id::text); RETURN NULL; END $$"),
};

} // namespace

QString toPostgres(const QString &sqliteStatement)
{
    static const QRegularExpression trigger(QStringLiteral(
        "^CREATE TRIGGER (\\w+) BEFORE (UPDATE|DELETE) ON (\\w+) BEGIN SELECT RAISE\\(ABORT, '([^']*)'\\); END$"));
    const QRegularExpressionMatch m = trigger.match(sqliteStatement);
    if (m.hasMatch()) {
        return QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 FOR EACH ROW EXECUTE FUNCTION hoshi_refuse('%4')")
            .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4));
    }
    QString sql = sqliteStatement;
    static const QRegularExpression identity(QStringLiteral("\\bid INTEGER PRIMARY KEY\\b"));
    sql.replace(identity, QStringLiteral("id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    sql.replace(integer, QStringLiteral("BIGINT"));
    static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"));
    sql.replace(blob, QStringLiteral("BYTEA"));
    return sql;
}

QStringList migrationStep(int step)
{
    QStringList statements;
    if (step == 0)
        statements << serverBeforeStep1;
    // Step 16 fills global ids with the server's own UUIDs, which the file's SQL cannot say.
    if (step == schema::SyncStep) {
        statements << schema::serverSyncStepStatements();
    } else {
        for (const QString &statement : schema::migrationSteps().at(step))
            statements << toPostgres(statement);
    }
    if (step == 6)
        statements << serverAfterStep7;
    if (step == 9)
        statements << serverAfterStep10;
    if (step == 14)
        statements << serverAfterStep15;
    return statements;
}

} // namespace hoshi::serverschema
