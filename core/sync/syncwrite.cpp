// SPDX-License-Identifier: Apache-2.0
// Writing one side of a synchronisation. Records are found by their key (global id, or what
// names them), never by the other side's integer ids: every reference is translated into this
// side's id of the same record. A new row keeps the other side's integer id when this side has
// no row with it (declaration JSON, fingerprints and archives carry ids, so copies that keep them
// agree on approvals), and takes a new one otherwise.
#include "syncwrite.h"

#include "storage/sqlquery.h"
#include "util/hashstream.h"

#include <QSqlError>

namespace hoshi::sync::detail {

namespace {

const ForeignKey *foreignKeyOf(const TableSpec &spec, const QString &column)
{
    for (const ForeignKey &fk : spec.foreignKeys) {
        if (column == QLatin1String(fk.column))
            return &fk;
    }
    return nullptr;
}

// "id = ?" or the primary key's columns, with the values that find the record.
QString whereOf(const TableData &data, const Record &record, QList<QVariant> *values)
{
    if (data.hasId) {
        *values = {record.localId};
        return QStringLiteral("id = ?");
    }
    QStringList parts;
    for (const QString &column : data.primaryKey)
        parts << column + QStringLiteral(" = ?");
    *values = record.where;
    return parts.join(QStringLiteral(" AND "));
}

bool execBound(QSqlQuery &q, const QList<QVariant> &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i).isNull() ? values.at(i) : sqlValue(values.at(i)));
    return q.exec();
}

class Writer
{
public:
    Writer(const WriteJob &job, WriteOutcome &out) : m_job(job), m_out(out)
    {
        for (auto it = job.target->tables.constBegin(); it != job.target->tables.constEnd(); ++it) {
            QHash<QString, qint64> &ids = m_ids[it.key()];
            for (auto id = it->keyOfId.constBegin(); id != it->keyOfId.constEnd(); ++id)
                ids.insert(id.value(), id.key());
        }
        for (auto it = job.target->shaOfBlob.constBegin(); it != job.target->shaOfBlob.constEnd(); ++it)
            m_blobs.insert(it.value(), it.key());
        for (const Op &op : *job.ops)
            m_opsOf[op.table].append(&op);
    }

    [[nodiscard]] bool run(QString *problem);
    [[nodiscard]] QList<QString> neededContent() const;

private:
    [[nodiscard]] bool copyContent(QString *problem);
    [[nodiscard]] bool copyChunks(qint64 sourceBlob, qint64 targetBlob, const QString &sha256, QString *problem);
    [[nodiscard]] bool remove(const TableSpec &spec, const Op &op, QString *problem);
    [[nodiscard]] bool add(const TableSpec &spec, const Op &op, QString *problem);
    [[nodiscard]] bool change(const TableSpec &spec, const Op &op, QString *problem);
    [[nodiscard]] bool valueFor(const TableSpec &spec, const Record &source, int field, QVariant *value, bool *defer,
                                QString *problem);
    [[nodiscard]] bool readBytes(const QString &table, const Record &source, const QString &column, QVariant *value,
                                 QString *problem);
    [[nodiscard]] bool finishDeferred(QString *problem);
    [[nodiscard]] bool idIsFree(const QString &table, qint64 id, QString *problem);

    const WriteJob &m_job;
    WriteOutcome &m_out;
    QHash<QString, QHash<QString, qint64>> m_ids; // table -> key -> id on the written side
    QHash<QString, qint64> m_blobs;               // SHA-256 -> blob id on the written side
    QHash<QString, QList<const Op *>> m_opsOf;
    struct Deferred {
        QString table;
        qint64 id;
        QString column;
        QString key; // of the record the column names (in the same table)
    };
    QList<Deferred> m_deferred;
    qint64 m_contentTotal = 0;
};

QList<QString> Writer::neededContent() const
{
    QList<QString> needed;
    for (const QString &table : {QStringLiteral("evidence_file"), QStringLiteral("declaration_form")}) {
        const TableData &source = tableOf(*m_job.source, table);
        const int column = int(source.fields.indexOf(QStringLiteral("blob_id")));
        for (const Op *op : m_opsOf.value(table)) {
            if (op->kind == ChangeKind::Removed || (op->kind == ChangeKind::Changed && !op->fields.contains(column)))
                continue;
            const QString &sha = source.records.at(source.byKey.value(op->key)).values.at(column);
            if (!m_blobs.contains(sha) && !needed.contains(sha))
                needed << sha;
        }
    }
    return needed;
}

bool Writer::run(QString *problem)
{
    if (!copyContent(problem))
        return false;
    const QList<TableSpec> &specs = tableSpecs();
    for (auto spec = specs.crbegin(); spec != specs.crend(); ++spec) {
        for (const Op *op : m_opsOf.value(QString::fromLatin1(spec->name))) {
            if (op->kind == ChangeKind::Removed && !remove(*spec, *op, problem))
                return false;
        }
    }
    for (const TableSpec &spec : specs) {
        for (const Op *op : m_opsOf.value(QString::fromLatin1(spec.name))) {
            if (op->kind == ChangeKind::Added && !add(spec, *op, problem))
                return false;
            if (op->kind == ChangeKind::Changed && !change(spec, *op, problem))
                return false;
        }
    }
    if (!finishDeferred(problem))
        return false;
    m_out.organisationIds = m_ids.value(QStringLiteral("organisation"));
    return true;
}

bool Writer::copyContent(QString *problem)
{
    const QList<QString> needed = neededContent();
    for (const QString &sha : needed)
        m_contentTotal += m_job.source->sizeOfSha.value(sha);
    QHash<QString, qint64> sourceBlob;
    for (auto it = m_job.source->shaOfBlob.constBegin(); it != m_job.source->shaOfBlob.constEnd(); ++it)
        sourceBlob.insert(it.value(), it.key());
    SqlQuery createdAt(m_job.from, QStringLiteral("SELECT created_at FROM blob WHERE id = ?"));
    SqlQuery insert(m_job.to, QStringLiteral("INSERT INTO blob(sha256, size, created_at) VALUES (?, ?, ?) RETURNING id"));
    for (const QString &sha : needed) {
        const qint64 from = sourceBlob.value(sha, -1);
        if (from < 0 || !createdAt.exec({from}) || !createdAt.next()) {
            *problem = SyncEngine::tr("the file content %1 is not readable").arg(sha);
            return false;
        }
        if (!insert.exec({sha, m_job.source->sizeOfSha.value(sha), createdAt.text(0)})) {
            *problem = insert.errorText();
            return false;
        }
        const qint64 to = insert.insertedId();
        if (!copyChunks(from, to, sha, problem))
            return false;
        m_blobs.insert(sha, to);
    }
    return true;
}

// One chunk in memory at a time, hashed on the way: what arrives is what was stored.
bool Writer::copyChunks(qint64 sourceBlob, qint64 targetBlob, const QString &sha256, QString *problem)
{
    SqlQuery seqs(m_job.from, QStringLiteral("SELECT seq FROM blob_chunk WHERE blob_id = ? ORDER BY seq"));
    QList<qint64> order;
    if (!seqs.exec({sourceBlob})) {
        *problem = seqs.errorText();
        return false;
    }
    while (seqs.next())
        order << seqs.integer(0);
    SqlQuery read(m_job.from, QStringLiteral("SELECT data FROM blob_chunk WHERE blob_id = ? AND seq = ?"));
    SqlQuery write(m_job.to, QStringLiteral("INSERT INTO blob_chunk(blob_id, seq, data) VALUES (?, ?, ?)"));
    HashStream hash;
    for (qint64 seq : std::as_const(order)) {
        if (!read.exec({sourceBlob, seq}) || !read.next()) {
            *problem = read.errorText();
            return false;
        }
        const QByteArray data = read.value(0).toByteArray();
        hash.addData(data);
        if (!write.exec({targetBlob, seq, data})) {
            *problem = write.errorText();
            return false;
        }
        m_out.contentBytes += data.size();
        if (m_job.progress && !m_job.progress(m_out.contentBytes, m_contentTotal)) {
            *problem = SyncEngine::tr("cancelled");
            return false;
        }
    }
    if (hash.hexResult() == sha256)
        return true;
    *problem = SyncEngine::tr("the stored content %1 does not match its SHA-256").arg(sha256);
    return false;
}

bool Writer::remove(const TableSpec &spec, const Op &op, QString *problem)
{
    const QString table = QString::fromLatin1(spec.name);
    const TableData &target = tableOf(*m_job.target, table);
    const Record &record = target.records.at(target.byKey.value(op.key));
    QList<QVariant> values;
    QSqlQuery q(m_job.to);
    if (!q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, whereOf(target, record, &values)))
        || !execBound(q, values)) {
        *problem = SyncEngine::tr("cannot remove %1: %2").arg(describeRecord(table, &record, nullptr, target), q.lastError().text());
        return false;
    }
    m_ids[table].remove(op.key);
    ++m_out.records;
    return true;
}

bool Writer::readBytes(const QString &table, const Record &source, const QString &column, QVariant *value,
                       QString *problem)
{
    const TableData &data = tableOf(*m_job.source, table);
    QList<QVariant> values;
    QSqlQuery q(m_job.from);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(column, table, whereOf(data, source, &values)))
        || !execBound(q, values) || !q.next()) {
        *problem = q.lastError().text();
        return false;
    }
    *value = q.value(0);
    return true;
}

// The value a field of the other side's record takes here: references become this side's ids.
bool Writer::valueFor(const TableSpec &spec, const Record &source, int field, QVariant *value, bool *defer,
                      QString *problem)
{
    const QString table = QString::fromLatin1(spec.name);
    const TableData &data = tableOf(*m_job.source, table);
    const QString column = data.fields.at(field);
    const QString &compared = source.values.at(field);
    *defer = false;
    const ForeignKey *fk = foreignKeyOf(spec, column);
    if (!fk) {
        *value = source.raw.at(field);
        if (value->isNull() && compared != nullValue())
            return readBytes(table, source, column, value, problem);
        return true;
    }
    if (compared == nullValue()) {
        *value = QVariant();
        return true;
    }
    if (compared.startsWith(QLatin1Char('#')) && fk->soft) {
        *value = compared.mid(1).toLongLong();
        return true;
    }
    const QString referenced = QString::fromLatin1(fk->table);
    const qint64 id = referenced == QLatin1String("blob") ? m_blobs.value(compared, -1)
                                                          : m_ids[referenced].value(compared, -1);
    if (id >= 0) {
        *value = id;
        return true;
    }
    if (referenced == table) { // a record of the same table, perhaps not written yet
        *defer = true;
        *value = QVariant();
        return true;
    }
    if (fk->soft) {
        *value = source.raw.at(field);
        return true;
    }
    *problem = SyncEngine::tr("%1 refers to a %2 that is not synchronised with it")
                   .arg(describeRecord(table, &source, nullptr, data), referenced);
    return false;
}

bool Writer::idIsFree(const QString &table, qint64 id, QString *problem)
{
    SqlQuery q(m_job.to, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    if (!q.exec({id})) {
        *problem = q.errorText();
        return false;
    }
    return !q.next();
}

bool Writer::add(const TableSpec &spec, const Op &op, QString *problem)
{
    const QString table = QString::fromLatin1(spec.name);
    const TableData &data = tableOf(*m_job.source, table);
    const Record &source = data.records.at(data.byKey.value(op.key));
    QStringList columns;
    QList<QVariant> values;
    QList<int> deferred;
    for (int i = 0; i < data.fields.size(); ++i) {
        QVariant value;
        bool defer = false;
        if (!valueFor(spec, source, i, &value, &defer, problem))
            return false;
        if (defer)
            deferred << i;
        columns << data.fields.at(i);
        values << value;
    }
    if (!source.gid.isEmpty()) {
        columns << QStringLiteral("gid");
        values << source.gid;
    }
    QString problemText;
    if (data.hasId && idIsFree(table, source.localId, &problemText)) {
        columns << QStringLiteral("id");
        values << source.localId;
        m_out.explicitIds = true;
    }
    if (!problemText.isEmpty()) {
        *problem = problemText;
        return false;
    }
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_job.to);
    const QString returning = data.hasId ? QStringLiteral(" RETURNING id") : QString();
    if (!q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)%4")
                       .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")), returning))
        || !execBound(q, values)) {
        *problem = SyncEngine::tr("cannot add %1: %2").arg(describeRecord(table, &source, nullptr, data), q.lastError().text());
        return false;
    }
    if (data.hasId) {
        const qint64 id = q.next() ? q.value(0).toLongLong() : -1;
        q.finish();
        m_ids[table].insert(op.key, id);
        for (int i : std::as_const(deferred))
            m_deferred.append({table, id, data.fields.at(i), source.values.at(i)});
    }
    ++m_out.records;
    return true;
}

bool Writer::change(const TableSpec &spec, const Op &op, QString *problem)
{
    const QString table = QString::fromLatin1(spec.name);
    const TableData &data = tableOf(*m_job.source, table);
    const TableData &target = tableOf(*m_job.target, table);
    const Record &source = data.records.at(data.byKey.value(op.key));
    const Record &here = target.records.at(target.byKey.value(op.key));
    QStringList sets;
    QList<QVariant> values;
    for (int i : op.fields) {
        QVariant value;
        bool defer = false;
        if (op.edited.contains(i))
            value = op.edited.value(i);
        else if (!valueFor(spec, source, i, &value, &defer, problem))
            return false;
        if (defer)
            m_deferred.append({table, here.localId, data.fields.at(i), source.values.at(i)});
        sets << data.fields.at(i) + QStringLiteral(" = ?");
        values << value;
    }
    if (target.hasRowVersion)
        sets << QStringLiteral("row_version = row_version + 1");
    if (!op.newGid.isEmpty()) {
        sets << QStringLiteral("gid = ?");
        values << op.newGid;
    }
    QList<QVariant> whereValues;
    const QString where = whereOf(target, here, &whereValues);
    QSqlQuery q(m_job.to);
    if (!q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3").arg(table, sets.join(QStringLiteral(", ")), where))
        || !execBound(q, values + whereValues)) {
        *problem = SyncEngine::tr("cannot change %1: %2").arg(describeRecord(table, &here, nullptr, target), q.lastError().text());
        return false;
    }
    ++m_out.records;
    return true;
}

bool Writer::finishDeferred(QString *problem)
{
    for (const Deferred &d : std::as_const(m_deferred)) {
        const qint64 id = m_ids[d.table].value(d.key, -1);
        SqlQuery q(m_job.to, QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(d.table, d.column));
        if (id < 0 || !q.exec({id, d.id})) {
            *problem = id < 0 ? SyncEngine::tr("a %1 refers to one that is not synchronised with it").arg(d.table) : q.errorText();
            return false;
        }
    }
    return true;
}

} // namespace

bool copyCriteria(const QSqlDatabase &from, const QSqlDatabase &to, qint64 *rows, QString *problem)
{
    SqlQuery sets(from, QStringLiteral("SELECT id, json, sha256, added_at FROM criteria_set ORDER BY id"));
    SqlQuery heldSet(to, QStringLiteral("SELECT 1 FROM criteria_set WHERE id = ?"));
    SqlQuery addSet(to, QStringLiteral("INSERT INTO criteria_set(id, json, sha256, added_at) VALUES (?, ?, ?, ?)"));
    QList<QList<QVariant>> missing;
    if (!sets.exec()) {
        *problem = sets.errorText();
        return false;
    }
    while (sets.next())
        missing.append({sets.value(0), sets.value(1), sets.value(2), sets.value(3)});
    for (const QList<QVariant> &row : std::as_const(missing)) {
        if (!heldSet.exec({row.at(0)})) {
            *problem = heldSet.errorText();
            return false;
        }
        if (heldSet.next())
            continue;
        if (!addSet.exec({row.at(0), row.at(1), row.at(2), row.at(3)})) {
            *problem = addSet.errorText();
            return false;
        }
        ++*rows;
    }
    SqlQuery revisions(from, QStringLiteral("SELECT set_id, data_revision, json, sha256, added_at FROM criteria_revision"
                                            " ORDER BY set_id, data_revision"));
    SqlQuery held(to, QStringLiteral("SELECT sha256 FROM criteria_revision WHERE set_id = ? AND data_revision = ?"));
    SqlQuery add(to, QStringLiteral("INSERT INTO criteria_revision(set_id, data_revision, json, sha256, added_at)"
                                    " VALUES (?, ?, ?, ?, ?)"));
    missing.clear();
    if (!revisions.exec()) {
        *problem = revisions.errorText();
        return false;
    }
    while (revisions.next())
        missing.append({revisions.value(0), revisions.value(1), revisions.value(2), revisions.value(3), revisions.value(4)});
    for (const QList<QVariant> &row : std::as_const(missing)) {
        if (!held.exec({row.at(0), row.at(1)})) {
            *problem = held.errorText();
            return false;
        }
        if (held.next()) {
            if (held.text(0) == row.at(3).toString())
                continue;
            *problem = SyncEngine::tr("the two workspaces hold different data revisions %1 of the criteria set %2")
                           .arg(row.at(1).toString(), row.at(0).toString());
            return false;
        }
        if (!add.exec({row.at(0), row.at(1), row.at(2), row.at(3), row.at(4)})) {
            *problem = add.errorText();
            return false;
        }
        ++*rows;
    }
    return true;
}

qint64 contentNeeded(const WriteJob &job)
{
    WriteOutcome scratch;
    Writer writer(job, scratch);
    qint64 bytes = 0;
    for (const QString &sha : writer.neededContent())
        bytes += job.source->sizeOfSha.value(sha);
    return bytes;
}

bool writeSide(const WriteJob &job, WriteOutcome *outcome, QString *problem)
{
    *outcome = {};
    Writer writer(job, *outcome);
    return writer.run(problem);
}

} // namespace hoshi::sync::detail
