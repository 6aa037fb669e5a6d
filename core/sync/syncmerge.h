// SPDX-License-Identifier: Apache-2.0
#pragma once

// The three-way merge of two sides' records against what both held after their last
// synchronisation (the base). Pure: reads SideData, writes nothing. Internal to core/sync.

#include "syncengine.h"
#include "syncmodel.h"

#include <QJsonObject>
#include <optional>

namespace hoshi::sync::detail {

// Per table, per record key: the fields as both sides held them after the last synchronisation.
using Base = QHash<QString, QHash<QString, QJsonObject>>;

// One change to one record on one side.
struct Op {
    QString table;
    QString key;
    ChangeKind kind = ChangeKind::Added;
    // Changed: the fields written, each taken from the other side's record, or an edited value.
    QList<int> fields;
    QHash<int, QString> edited;
    QString newGid; // assessment: the global id both sides keep when each made the record
};

struct MergeOutcome {
    QList<Op> toA;
    QList<Op> toB;
    QList<Conflict> conflicts; // without a resolution
    QList<SyncItem> items;
    QList<TableCounts> counts;
    // After the ops: per table, per key, the fields both sides hold alike (the next base), and
    // the keys that neither side holds any more.
    Base agreed;
    QHash<QString, QStringList> gone;
    QHash<QString, QHash<QString, QString>> agreedOrganisation; // the organisation key of each agreed record
};

struct MergeInput {
    const SideData *a = nullptr;
    const SideData *b = nullptr;
    const Base *base = nullptr; // nullptr: never synchronised
    QString organisation;       // the key of the organisation in scope ("" = everything)
    const SyncOptions *options = nullptr;
};

// Works out every op, conflict and item. False with *problem for a resolution that cannot be
// applied (an edited value for a field that names another record).
[[nodiscard]] bool merge(const MergeInput &input, MergeOutcome *outcome, QString *problem);

// The stable id of a conflict on a record's field.
[[nodiscard]] QString conflictId(const QString &table, const QString &key, const QString &field);

// "declaration 3 (Camera)": a record as a person knows it, from whichever side holds it.
[[nodiscard]] QString describeRecord(const QString &table, const Record *a, const Record *b, const TableData &fields);

} // namespace hoshi::sync::detail
