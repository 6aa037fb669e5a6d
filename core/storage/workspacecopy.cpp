// SPDX-License-Identifier: Apache-2.0
// Copying a workspace's records between two connections (push to a server, pull to a file).
// Which tables exist, and in what order they are copied, is listed once in `tables`; the
// columns of each table are read from the schema at run time, so a column a later step adds is
// copied without anyone touching this file, and a table it adds stops every copy until it is
// listed here.
#include "workspacecopy.h"

#include "backend.h"
#include "chunkio.h"
#include "readtransaction.h"
#include "serveraccessrules.h"
#include "sqlquery.h"
#include "transaction.h"
#include "workspaceutil.h"
#include "util/hashstream.h"

#include <QHash>
#include <QSet>
#include <QSqlField>
#include <QSqlRecord>

namespace hoshi::storage {

using detail::setError;

namespace {

enum class Kind {
    Rows,    // copied row by row with their ids
    Shared,  // keyed by text; a row the target already holds must be the same (criteria sets)
    Setting, // keyed by text; the target keeps its own value
    Content, // blob: one copy per SHA-256; its id is the target's own
    Chunks,  // blob_chunk: copied with its blob
};

struct Table {
    const char *name;
    Kind kind;
    const char *id; // the integer id that must not collide on the target ("" for none)
    // The rows of organisation %1, in terms of DECLS (its declarations), ASSESSMENTS and EVIDENCE.
    const char *scope;
};

// Parents before children, so every foreign key finds its row.
const Table tables[] = {
    {"criteria_set", Kind::Shared, "",
     "id IN (SELECT criteria_set_id FROM declaration WHERE id IN DECLS)"
     " OR id IN (SELECT criteria_set_id FROM assessment WHERE organisation_id = %1)"},
    {"criteria_revision", Kind::Shared, "",
     "set_id IN (SELECT criteria_set_id FROM declaration WHERE id IN DECLS)"
     " OR set_id IN (SELECT criteria_set_id FROM assessment WHERE organisation_id = %1)"},
    {"workspace_setting", Kind::Setting, "", ""},
    {"organisation", Kind::Rows, "id", "id = %1"},
    {"product", Kind::Rows, "id", "organisation_id = %1"},
    {"declaration", Kind::Rows, "id", "id IN DECLS"},
    {"declaration_name", Kind::Rows, "", "declaration_id IN DECLS"},
    {"point_overlay", Kind::Rows, "", "declaration_id IN DECLS"},
    {"cra_record", Kind::Rows, "", "declaration_id IN DECLS"},
    {"assessment", Kind::Rows, "id", "id IN ASSESSMENTS"},
    {"point_choice", Kind::Rows, "", "assessment_id IN ASSESSMENTS"},
    {"evidence", Kind::Rows, "id", "id IN EVIDENCE"},
    {"evidence_link", Kind::Rows, "", "evidence_id IN EVIDENCE"},
    {"point_link", Kind::Rows, "", "evidence_id IN EVIDENCE"},
    {"psti_statement", Kind::Rows, "", "declaration_id IN DECLS"},
    {"blob", Kind::Content, "",
     "id IN (SELECT blob_id FROM evidence_file WHERE evidence_id IN EVIDENCE)"
     " OR id IN (SELECT blob_id FROM declaration_form WHERE declaration_id IN DECLS)"},
    {"blob_chunk", Kind::Chunks, "", ""},
    {"evidence_file", Kind::Rows, "id", "evidence_id IN EVIDENCE"},
    {"declaration_form", Kind::Rows, "", "declaration_id IN DECLS"},
    // Workspace-wide entries (settings) travel with the settings themselves.
    {"history", Kind::Rows, "id",
     "declaration_id IN DECLS OR organisation_id = %1 OR (declaration_id IS NULL AND organisation_id IS NULL)"},
    {"baseline", Kind::Rows, "id", "declaration_id IN DECLS"},
    {"review_comment", Kind::Rows, "id", "declaration_id IN DECLS"},
    {"sign_off", Kind::Rows, "id", "declaration_id IN DECLS"},
};

// The schema version and each workspace's own identity and creation time; what this workspace
// last saw of the copies it synchronises with (core/sync; a copy starts its own).
const char *const ownTableNames[] = {"meta", "sync_peer", "sync_seen"};

// Columns only one backend has, which the other does without (who uploaded content on a server,
// and from which server process, so that an unfinished upload of a dead client can be removed).
bool isBackendOnly(const QString &table, const QString &column)
{
    return table == QLatin1String("blob")
           && (column == QLatin1String("created_by") || column == QLatin1String("created_by_pid"));
}

const QString decls = QStringLiteral("(SELECT d.id FROM declaration d JOIN product p ON p.id = d.product_id"
                                     " WHERE p.organisation_id = %1)");

QString whereClause(const Table &table, qint64 organisationId)
{
    if (organisationId < 0)
        return table.kind == Kind::Content ? QStringLiteral(" WHERE id IN (SELECT blob_id FROM evidence_file)"
                                                            " OR id IN (SELECT blob_id FROM declaration_form)")
                                           : QString();
    QString scope = QString::fromLatin1(table.scope);
    if (scope.isEmpty())
        return {};
    scope.replace(QLatin1String("ASSESSMENTS"),
                  QStringLiteral("(SELECT id FROM assessment WHERE organisation_id = %1 OR declaration_id IN DECLS)"));
    scope.replace(QLatin1String("EVIDENCE"), QStringLiteral("(SELECT id FROM evidence WHERE organisation_id = %1)"));
    scope.replace(QLatin1String("DECLS"), decls);
    return QStringLiteral(" WHERE ") + scope.arg(organisationId);
}

// SQL NULL stays NULL; otherwise the usual rule for empty text and bytes.
QVariant bindable(const QVariant &value)
{
    return value.isNull() ? QVariant() : sqlValue(value);
}

QStringList tablesOf(const QSqlDatabase &db, QString *problem)
{
    QSqlQuery q(db);
    const bool ok = isServerConnection(db)
                        ? q.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"))
                        : q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                                " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"));
    QStringList names;
    if (!ok)
        *problem = q.lastError().text();
    while (ok && q.next())
        names << q.value(0).toString();
    return names;
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    const QSqlRecord record = db.record(table);
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i);
    return names;
}

// One copy: the two connections, what is copied and what has been.
class Copier
{
public:
    Copier(const Workspace &source, Workspace &target, QSqlDatabase from, QSqlDatabase to,
           const WorkspaceCopy::Options &options, WorkspaceCopy::Result *result)
        : m_source(source), m_target(target), m_from(std::move(from)), m_to(std::move(to)), m_options(options),
          m_result(*result)
    {
    }

    [[nodiscard]] bool run(QString *error);
    [[nodiscard]] bool keepOriginalAuthors(QString *error) { return prepareTarget(error); }
    [[nodiscard]] bool renumber(QString *error) { return resetSequences(error); }

private:
    [[nodiscard]] bool prepareTarget(QString *error);
    [[nodiscard]] bool checkOrganisation(QString *error);
    [[nodiscard]] bool checkColumns(QString *error);
    [[nodiscard]] bool checkCollisions(QString *error);
    [[nodiscard]] bool checkSharedRows(QString *error);
    [[nodiscard]] QList<qint64> sourceIds(const Table &table, QString *error);
    [[nodiscard]] QList<qint64> takenIds(const Table &table, const QList<qint64> &ids, QString *error);
    [[nodiscard]] bool copyTable(const Table &table, QString *error);
    [[nodiscard]] bool keepTargetSetting(const QString &key, const QVariant &value, bool *keep, QString *error);
    [[nodiscard]] bool planContent(QString *error);
    [[nodiscard]] bool copyContent(QString *error);
    [[nodiscard]] bool copyChunks(qint64 sourceBlob, qint64 targetBlob, const QString &sha256, QString *error);
    [[nodiscard]] bool resetSequences(QString *error);
    [[nodiscard]] bool reportProgress(QString *error);
    [[nodiscard]] QString failed(const QString &table, const QString &problem) const;

    const Workspace &m_source;
    Workspace &m_target;
    QSqlDatabase m_from;
    QSqlDatabase m_to;
    const WorkspaceCopy::Options &m_options;
    WorkspaceCopy::Result &m_result;
    QHash<QString, QStringList> m_columns; // per table, the source columns that are copied
    struct Content {
        qint64 sourceId;
        QString sha256;
        qint64 size;
        QString createdAt;
        qint64 targetId; // -1 until written; already set when the target holds the content
    };
    QList<Content> m_content;
    QHash<qint64, qint64> m_blobIds; // source blob id -> target blob id
    qint64 m_totalBytes = 0;
};

QString Copier::failed(const QString &table, const QString &problem) const
{
    return WorkspaceCopy::tr("Cannot copy %1 into %2: %3").arg(table, m_target.path(), problem);
}

bool Copier::reportProgress(QString *error)
{
    if (!m_options.progress || m_options.progress(m_result.contentBytes, m_totalBytes))
        return true;
    setError(error, WorkspaceCopy::tr("Copy cancelled; nothing was changed in %1.").arg(m_target.path()));
    return false;
}

bool Copier::run(QString *error)
{
    if (!prepareTarget(error) || !checkOrganisation(error) || !checkColumns(error) || !checkCollisions(error)
        || !checkSharedRows(error) || !planContent(error) || !reportProgress(error))
        return false;
    for (const Table &table : tables) {
        if (table.kind == Kind::Chunks)
            continue;
        if (!(table.kind == Kind::Content ? copyContent(error) : copyTable(table, error)) || !reportProgress(error))
            return false;
    }
    return resetSequences(error);
}

// On a server the triggers write the session's user into every who-did-what column, except
// while the owner of the schema copies (hoshi.copying), for this transaction only.
bool Copier::prepareTarget(QString *error)
{
    if (!isServerConnection(m_to))
        return true;
    QSqlQuery q(m_to);
    if (!q.exec(QStringLiteral("SET LOCAL hoshi.copying = 'on'")) || !q.exec(QStringLiteral("SELECT hoshi_is_admin()"))
        || !q.next()) {
        setError(error, failed(QStringLiteral("history"), q.lastError().text()));
        return false;
    }
    if (q.value(0).toBool())
        return true;
    setError(error, WorkspaceCopy::tr("Only the owner of the workspace on %1 (or a superuser) can copy records into it "
                                      "with their original authors and times; %2 is neither.")
                        .arg(m_target.path(), m_target.actor()));
    return false;
}

bool Copier::checkOrganisation(QString *error)
{
    if (m_options.organisationId < 0)
        return true;
    SqlQuery q(m_from, QStringLiteral("SELECT count(*) FROM organisation WHERE id = ?"));
    if (!q.exec({m_options.organisationId}) || !q.next()) {
        setError(error, WorkspaceCopy::tr("Cannot read %1: %2").arg(m_source.path(), q.errorText()));
        return false;
    }
    if (q.integer(0) > 0)
        return true;
    setError(error, WorkspaceCopy::tr("There is no organisation with the id %1 in %2.")
                        .arg(m_options.organisationId)
                        .arg(m_source.path()));
    return false;
}

// Both workspaces have the same format (opening one brings it to the current format); a column
// the target lacks would be lost, so it stops the copy.
bool Copier::checkColumns(QString *error)
{
    for (const Table &table : tables) {
        const QString name = QString::fromLatin1(table.name);
        const QStringList targetColumns = columnsOf(m_to, name);
        QStringList copied;
        for (const QString &column : columnsOf(m_from, name)) {
            if (targetColumns.contains(column))
                copied << column;
            else if (!isBackendOnly(name, column)) {
                setError(error, WorkspaceCopy::tr("%1 has the column %2.%3, which %4 does not have; both workspaces "
                                                  "must be opened with this version of Hoshi first.")
                                    .arg(m_source.path(), name, column, m_target.path()));
                return false;
            }
        }
        m_columns.insert(name, copied);
    }
    return true;
}

QList<qint64> Copier::sourceIds(const Table &table, QString *error)
{
    SqlQuery q(m_from, QStringLiteral("SELECT %1 FROM %2%3 ORDER BY 1")
                           .arg(QLatin1String(table.id), QLatin1String(table.name),
                                whereClause(table, m_options.organisationId)));
    QList<qint64> ids;
    if (!q.exec())
        setError(error, WorkspaceCopy::tr("Cannot read %1: %2").arg(m_source.path(), q.errorText()));
    while (q.next())
        ids << q.integer(0);
    return ids;
}

QList<qint64> Copier::takenIds(const Table &table, const QList<qint64> &ids, QString *error)
{
    constexpr int Batch = 500;
    QList<qint64> taken;
    for (qsizetype from = 0; from < ids.size(); from += Batch) {
        QStringList numbers;
        for (qint64 id : ids.mid(from, Batch))
            numbers << QString::number(id);
        SqlQuery q(m_to, QStringLiteral("SELECT %1 FROM %2 WHERE %1 IN (%3) ORDER BY 1")
                             .arg(QLatin1String(table.id), QLatin1String(table.name), numbers.join(QLatin1Char(','))));
        if (!q.exec()) {
            setError(error, WorkspaceCopy::tr("Cannot read %1: %2").arg(m_target.path(), q.errorText()));
            return {};
        }
        while (q.next())
            taken << q.integer(0);
    }
    return taken;
}

bool Copier::checkCollisions(QString *error)
{
    QStringList collisions;
    for (const Table &table : tables) {
        if (qstrlen(table.id) == 0)
            continue;
        QString problem;
        const QList<qint64> ids = sourceIds(table, &problem);
        const QList<qint64> taken = problem.isEmpty() ? takenIds(table, ids, &problem) : QList<qint64>();
        if (!problem.isEmpty()) {
            setError(error, problem);
            return false;
        }
        if (taken.isEmpty())
            continue;
        QStringList shown;
        for (qint64 id : taken.mid(0, 5))
            shown << QString::number(id);
        if (taken.size() > 5)
            shown << QStringLiteral("…");
        collisions << WorkspaceCopy::tr("%1 %2 (%n record(s))", nullptr, int(taken.size()))
                          .arg(QLatin1String(table.name), shown.join(QStringLiteral(", ")));
    }
    if (collisions.isEmpty())
        return true;
    setError(error, WorkspaceCopy::tr("%1 already holds records with the ids of records being copied: %2. Hoshi keeps "
                                      "ids when it copies (approvals, baselines and exports name them), so it copies only "
                                      "into a workspace that holds none of them, such as a new database.")
                        .arg(m_target.path(), collisions.join(QStringLiteral("; "))));
    return false;
}

// A data revision of a criteria set is identified by its official id and revision: the target
// may hold it already, but only unchanged. (The criteria_set row of an id holds the data first
// stored under it, which may differ between workspaces; it is never read, so it is not compared.)
bool Copier::checkSharedRows(QString *error)
{
    SqlQuery sets(m_from, QStringLiteral("SELECT set_id, data_revision, sha256 FROM criteria_revision")
                              + whereClause(tables[1], m_options.organisationId));
    SqlQuery held(m_to, QStringLiteral("SELECT sha256 FROM criteria_revision WHERE set_id = ? AND data_revision = ?"));
    if (!sets.exec()) {
        setError(error, WorkspaceCopy::tr("Cannot read %1: %2").arg(m_source.path(), sets.errorText()));
        return false;
    }
    while (sets.next()) {
        if (!held.exec({sets.text(0), sets.integer(1)})) {
            setError(error, WorkspaceCopy::tr("Cannot read %1: %2").arg(m_target.path(), held.errorText()));
            return false;
        }
        if (held.next() && held.text(0) != sets.text(2)) {
            setError(error, WorkspaceCopy::tr("%1 already holds a different data revision %2 of the criteria set %3.")
                                .arg(m_target.path()).arg(sets.integer(1)).arg(sets.text(0)));
            return false;
        }
    }
    return true;
}

bool Copier::keepTargetSetting(const QString &key, const QVariant &value, bool *keep, QString *error)
{
    SqlQuery q(m_to, QStringLiteral("SELECT value FROM workspace_setting WHERE key = ?"));
    if (!q.exec({key})) {
        setError(error, failed(QStringLiteral("workspace_setting"), q.errorText()));
        return false;
    }
    *keep = q.next();
    if (*keep && q.text(0) != value.toString()) {
        m_result.notes << WorkspaceCopy::tr("The setting %1 stays %2 in %3 (the copied workspace has %4).")
                              .arg(key, q.text(0), m_target.path(), value.toString());
    }
    return true;
}

bool Copier::copyTable(const Table &table, QString *error)
{
    const QString name = QString::fromLatin1(table.name);
    const QStringList columns = m_columns.value(name);
    SqlQuery read(m_from, QStringLiteral("SELECT %1 FROM %2%3 ORDER BY 1")
                              .arg(columns.join(QStringLiteral(", ")), name, whereClause(table, m_options.organisationId)));
    if (!read.exec()) {
        setError(error, WorkspaceCopy::tr("Cannot read %1: %2").arg(m_source.path(), read.errorText()));
        return false;
    }
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery write(m_to);
    write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(name, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    // Content ids are each workspace's own: rows that refer to content get the target's id.
    const bool refersToContent = name == QLatin1String("evidence_file") || name == QLatin1String("declaration_form");
    const int blobColumn = refersToContent ? int(columns.indexOf(QStringLiteral("blob_id"))) : -1;
    qint64 rows = 0;
    while (read.next()) {
        if (table.kind != Kind::Rows) {
            bool held = false;
            if (table.kind == Kind::Shared && name == QLatin1String("criteria_set")) {
                SqlQuery q(m_to, QStringLiteral("SELECT 1 FROM criteria_set WHERE id = ?"));
                held = q.exec({read.value(columns.indexOf(QStringLiteral("id")))}) && q.next();
            } else if (table.kind == Kind::Shared) {
                SqlQuery q(m_to, QStringLiteral("SELECT 1 FROM criteria_revision WHERE set_id = ? AND data_revision = ?"));
                held = q.exec({read.value(columns.indexOf(QStringLiteral("set_id"))),
                               read.value(columns.indexOf(QStringLiteral("data_revision")))})
                       && q.next(); // the same: checked
            } else if (!keepTargetSetting(read.text(columns.indexOf(QStringLiteral("key"))),
                                          read.value(columns.indexOf(QStringLiteral("value"))), &held, error)) {
                return false;
            }
            if (held)
                continue;
        }
        for (int i = 0; i < columns.size(); ++i)
            write.bindValue(i, i == blobColumn ? QVariant(m_blobIds.value(read.integer(i), -1)) : bindable(read.value(i)));
        if (!write.exec()) {
            setError(error, failed(name, write.lastError().text()));
            return false;
        }
        ++rows;
    }
    if (rows > 0)
        m_result.rowsPerTable.append({name, rows});
    m_result.records += rows;
    return true;
}

// Which content the target still needs; content it holds (same SHA-256) is only referred to.
bool Copier::planContent(QString *error)
{
    const Table &blob = *std::find_if(std::begin(tables), std::end(tables),
                                      [](const Table &t) { return t.kind == Kind::Content; });
    SqlQuery q(m_from, QStringLiteral("SELECT id, sha256, size, created_at FROM blob")
                           + whereClause(blob, m_options.organisationId) + QStringLiteral(" ORDER BY id"));
    SqlQuery held(m_to, QStringLiteral("SELECT id FROM blob WHERE sha256 = ?"));
    if (!q.exec()) {
        setError(error, WorkspaceCopy::tr("Cannot read %1: %2").arg(m_source.path(), q.errorText()));
        return false;
    }
    while (q.next()) {
        Content c{q.integer(0), q.text(1), q.integer(2), q.text(3), -1};
        if (!held.exec({c.sha256})) {
            setError(error, WorkspaceCopy::tr("Cannot read %1: %2").arg(m_target.path(), held.errorText()));
            return false;
        }
        if (held.next()) {
            c.targetId = held.integer(0);
            m_blobIds.insert(c.sourceId, c.targetId);
            m_result.sharedBytes += c.size;
        } else {
            m_totalBytes += c.size;
        }
        m_content << c;
    }
    return true;
}

bool Copier::copyContent(QString *error)
{
    const QStringList columns = m_columns.value(QStringLiteral("blob"));
    for (const QString &column : columns) {
        static const QStringList known{QStringLiteral("id"), QStringLiteral("sha256"), QStringLiteral("size"),
                                       QStringLiteral("created_at"), QStringLiteral("created_by")};
        if (!known.contains(column)) {
            setError(error, failed(QStringLiteral("blob"), WorkspaceCopy::tr("the column %1 is not known").arg(column)));
            return false;
        }
    }
    SqlQuery insert(m_to, QStringLiteral("INSERT INTO blob(sha256, size, created_at) VALUES (?, ?, ?) RETURNING id"));
    qint64 written = 0;
    for (Content &c : m_content) {
        if (c.targetId >= 0)
            continue;
        if (!insert.exec({c.sha256, c.size, c.createdAt})) {
            setError(error, failed(QStringLiteral("blob"), insert.errorText()));
            return false;
        }
        c.targetId = insert.insertedId();
        m_blobIds.insert(c.sourceId, c.targetId);
        if (!copyChunks(c.sourceId, c.targetId, c.sha256, error))
            return false;
        ++written;
    }
    if (written > 0)
        m_result.rowsPerTable.append({QStringLiteral("blob"), written});
    m_result.records += written;
    return true;
}

// One chunk in memory at a time; the content is hashed on the way, so what arrives is what was sent.
bool Copier::copyChunks(qint64 sourceBlob, qint64 targetBlob, const QString &sha256, QString *error)
{
    SqlQuery seqs(m_from, QStringLiteral("SELECT seq FROM blob_chunk WHERE blob_id = ? ORDER BY seq"));
    QList<qint64> order;
    if (seqs.exec({sourceBlob})) {
        while (seqs.next())
            order << seqs.integer(0);
    }
    // In binary on a server (chunkio.h).
    ChunkReader read(m_from);
    ChunkWriter write(m_to);
    HashStream hash;
    for (qint64 seq : std::as_const(order)) {
        QByteArray data;
        bool found = false;
        QString why;
        if (!read.read(sourceBlob, seq, &data, &found, &why) || !found) {
            setError(error, WorkspaceCopy::tr("Cannot read %1: %2").arg(m_source.path(), why));
            return false;
        }
        hash.addData(data);
        if (!write.write(targetBlob, seq, data, &why)) {
            setError(error, failed(QStringLiteral("blob_chunk"), why));
            return false;
        }
        m_result.contentBytes += data.size();
        if (!reportProgress(error))
            return false;
    }
    if (hash.hexResult() == sha256)
        return true;
    setError(error, WorkspaceCopy::tr("The stored content %1 in %2 does not match its SHA-256; nothing was copied.")
                        .arg(sha256, m_source.path()));
    return false;
}

// Rows were written with their ids: new rows on the server must be numbered after them.
bool Copier::resetSequences(QString *error)
{
    if (!isServerConnection(m_to))
        return true;
    QSqlQuery q(m_to);
    for (const Table &table : tables) {
        const QString name = QString::fromLatin1(table.name);
        if (qstrlen(table.id) == 0 && table.kind != Kind::Content)
            continue;
        if (!q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'),"
                                   " coalesce((SELECT max(id) FROM %1), 0) + 1, false)").arg(name))) {
            setError(error, failed(name, q.lastError().text()));
            return false;
        }
    }
    return true;
}

} // namespace

QStringList WorkspaceCopy::copiedTables()
{
    QStringList names;
    for (const Table &table : tables)
        names << QString::fromLatin1(table.name);
    return names;
}

QStringList WorkspaceCopy::ownTables()
{
    QStringList names;
    for (const char *name : ownTableNames)
        names << QString::fromLatin1(name);
    return names;
}

QStringList WorkspaceCopy::unknownTables(const Workspace &workspace, QString *error)
{
    QString problem;
    QStringList unknown;
    const QStringList known = copiedTables() + ownTables() + serveraccess::accessTables();
    for (const QString &name : tablesOf(workspace.db(), &problem)) {
        if (!known.contains(name))
            unknown << name;
    }
    if (!problem.isEmpty())
        setError(error, tr("Cannot read %1: %2").arg(workspace.path(), problem));
    unknown.sort();
    return unknown;
}

WorkspaceCopy::Connection WorkspaceCopy::connectionOf(const Workspace &workspace)
{
    return {workspace.db(), &workspace.m_transactionDepth};
}

bool WorkspaceCopy::ensureWritable(const Workspace &workspace, QString *error)
{
    return workspace.ensureWritable(error);
}

bool WorkspaceCopy::keepOriginalAuthors(const Workspace &target, QString *error)
{
    WorkspaceCopy::Options options;
    Result result;
    Copier copier(target, const_cast<Workspace &>(target), target.db(), target.db(), options, &result);
    return copier.keepOriginalAuthors(error);
}

bool WorkspaceCopy::renumberAfterCopy(const Workspace &target, QString *error)
{
    WorkspaceCopy::Options options;
    Result result;
    Copier copier(target, const_cast<Workspace &>(target), target.db(), target.db(), options, &result);
    return copier.renumber(error);
}

bool WorkspaceCopy::copy(const Workspace &source, Workspace &target, const Options &options, Result *result,
                         QString *error)
{
    Result scratch;
    Result &done = result ? *result : scratch;
    done = {};
    if (source.path() == target.path()) {
        setError(error, tr("%1 and %2 are the same workspace.").arg(source.path(), target.path()));
        return false;
    }
    if (!target.ensureWritable(error))
        return false;
    for (const Workspace *ws : {&source, static_cast<const Workspace *>(&target)}) {
        QString problem;
        const QStringList unknown = unknownTables(*ws, &problem);
        if (!problem.isEmpty() || !unknown.isEmpty()) {
            setError(error, !problem.isEmpty() ? problem
                                               : tr("%1 holds the table(s) %2, which this version of Hoshi cannot copy.")
                                                     .arg(ws->path(), unknown.join(QStringLiteral(", "))));
            return false;
        }
    }
    ReadTransaction snapshot(source.db(), source.m_transactionDepth);
    Transaction transaction(target.db(), target.m_transactionDepth);
    if (!transaction.isActive()) {
        setError(error, tr("Cannot write to %1: %2").arg(target.path(), target.db().lastError().text()));
        return false;
    }
    Copier copier(source, target, source.db(), target.db(), options, &done);
    if (!copier.run(error) || !detail::commitOrError(transaction, target.db(), error)) {
        done = {};
        return false;
    }
    target.m_backend->afterLargeWrite(target.db());
    return true;
}

} // namespace hoshi::storage
