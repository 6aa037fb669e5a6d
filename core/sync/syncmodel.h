// SPDX-License-Identifier: Apache-2.0
#pragma once

// The records of one side of a synchronisation, as the engine compares them: every value as
// text, foreign keys as the key of the record they name (so the two sides' integer ids never
// matter), file content and other bytes as their SHA-256. Internal to core/sync.

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace hoshi::sync::detail {

// SQL NULL among the compared values (text columns never hold U+0000).
inline const QString &nullValue()
{
    static const QString value(QChar(0));
    return value;
}

enum class TableKind {
    Entity,     // matched by global id; changed field by field, removed, added
    AppendOnly, // matched by global id; only ever added (history, baselines, sign-offs)
    Keyed,      // matched by what names it (its parents' keys and own key columns)
    Setting,    // workspace_setting: keyed by its key, whole-workspace synchronisations only
};

struct ForeignKey {
    const char *column;
    const char *table; // "blob": content, named by its SHA-256
    bool soft;         // a plain number the schema does not enforce (may name a removed record)
};

struct TableSpec {
    const char *name;
    TableKind kind;
    QList<const char *> keyColumns; // Keyed: the columns (as compared) that name the record
    QList<ForeignKey> foreignKeys;
    const char *organisationFrom; // the column whose record gives this one's organisation ("" = own/none)
    const char *labelColumn;      // a column a person recognises the record by ("" for none)
};

// Parents before children.
[[nodiscard]] const QList<TableSpec> &tableSpecs();
[[nodiscard]] const TableSpec *tableSpec(const QString &name);

struct Record {
    QString key;
    QString gid;           // Entity, AppendOnly and assessment: the global id
    qint64 localId = -1;   // the id column, where the table has one
    QList<QVariant> where; // the primary key's raw values (tables without an id column)
    QStringList values;    // compared form, one per field
    QList<QVariant> raw;   // as read (bytes left out: read again when written)
    QString organisation;  // the key of its organisation ("" for workspace-wide records)
};

struct TableData {
    QStringList fields;       // columns compared and copied (without id, gid, row_version)
    QList<int> byteFields;    // indexes of fields holding bytes
    QList<Record> records;    // in the order read
    QHash<QString, int> byKey;
    QHash<qint64, QString> keyOfId; // local id -> key
    bool hasId = false;
    bool hasRowVersion = false;
    QStringList primaryKey;   // columns of the primary key (tables without an id column)
};

struct SideData {
    QHash<QString, TableData> tables;
    QHash<qint64, QString> shaOfBlob; // local blob id -> SHA-256
    QHash<QString, qint64> sizeOfSha;
};

// The table's data (an empty one when the side has no such table).
[[nodiscard]] inline const TableData &tableOf(const SideData &side, const QString &name)
{
    static const TableData empty;
    const auto it = side.tables.constFind(name);
    return it == side.tables.constEnd() ? empty : *it;
}

// Reads every record of the workspace behind db (inside the caller's transaction).
[[nodiscard]] bool loadSide(const QSqlDatabase &db, SideData *side, QString *problem);

// The compared form of a raw value.
[[nodiscard]] QString comparedValue(const QVariant &value);

} // namespace hoshi::sync::detail
