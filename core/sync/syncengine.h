// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace hoshi::sync {

// Brings two workspaces (files or servers, in any pairing) to the same records, three-way:
// each side keeps, per other side, what it held of every record after their last
// synchronisation (table sync_seen, schema step 16), so "who changed what since" is known.
//
//   changed on one side only           -> taken by the other
//   new on either side                 -> copied (file content streamed and re-hashed)
//   append-only (history, sign-offs,   -> union, never duplicated (matched by global id)
//     baselines)
//   removed on one side, unchanged     -> removed on the other
//     on the other
//   removed on one side, changed on    -> a conflict (field "")
//     the other
//   the same field changed on both     -> a conflict per field
//
// Nothing is written while a conflict has no resolution. Records are matched by their global
// id (column gid), or, where a record is the same thing on both sides whoever made it, by what
// names it (an assessment by its declaration or organisation and item; a link by its two ends).
// Writing is one transaction per side; an interrupted synchronisation leaves each side as it
// was or as complete as after a finished one, and the next run finishes the job.
//
// Usage (a GUI runs the same two steps in a worker with openSecondary() connections):
//   SyncEngine engine(a, b);
//   SyncPlan plan;
//   if (!engine.plan(options, &plan, &error)) ...       // preview: counts, items, conflicts
//   options.resolutions = ...;                          // one per conflict id
//   if (!engine.apply(options, &result, &error)) ...    // writes both sides
enum class Side { A, B };

// What happens to one record on the side that receives it.
enum class ChangeKind { Added, Changed, Removed };

struct SyncItem {
    QString table;       // the record type (its table name, e.g. "declaration")
    QString key;         // its global id, or the global ids and names that name it
    QString description; // what a person reads ("declaration 3 (Camera)"), translated
    ChangeKind kind = ChangeKind::Added;
    Side to = Side::B;   // the side that receives the change
};

// Counts per record type and direction, for the preview.
struct TableCounts {
    QString table;
    int toA = 0;
    int toB = 0;
};

struct Conflict {
    // Stable across runs while the same record and field conflict: what --resolve ID=... names.
    QString id;
    QString table;
    QString key;         // the record's global id (or naming key)
    QString description; // the record as a person knows it, translated
    // The field ("verdict", "justification", ...); "" when one side removed the record and the
    // other changed it (then a/b are "" for the side that removed it and aRemoved/bRemoved say so).
    QString field;
    std::optional<QString> base; // nullopt: the two sides never synchronised this record
    QString a;
    QString b;
    bool aRemoved = false;
    bool bRemoved = false;
};

struct Resolution {
    enum class Choice { A, B, Edited };
    Choice choice = Choice::A;
    QString value; // the edited value (Choice::Edited; text fields only)
};

struct SyncPlan {
    QString aLocation;
    QString bLocation;
    bool firstSync = true; // no record of an earlier synchronisation between the two
    QList<TableCounts> counts;
    QList<SyncItem> items;
    QList<Conflict> conflicts; // unresolved by the options' resolutions
    qint64 contentBytesToA = 0;
    qint64 contentBytesToB = 0;
    [[nodiscard]] bool nothingToDo() const { return items.isEmpty() && conflicts.isEmpty(); }
};

struct SyncOptions {
    // Only this organisation's records (its id in A); -1 for the whole workspaces.
    qint64 organisationId = -1;
    // Conflict id -> how it is decided; resolveAll decides every conflict not named.
    QHash<QString, Resolution> resolutions;
    std::optional<Resolution::Choice> resolveAll;
    // One-way forms: only the side named here is written (pull: A, push: B); changes that would
    // flow the other way are left where they are and stay pending for a later two-way sync.
    std::optional<Side> onlyWrite;
    // Bytes of file content copied so far and in all; returning false cancels (nothing written).
    ProgressCallback progress;
};

struct SyncResult {
    SyncPlan plan;          // what was done
    qint64 recordsToA = 0;
    qint64 recordsToB = 0;
};

class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::sync::SyncEngine)

public:
    // Both workspaces stay owned by the caller and must outlive the engine. A side that is
    // opened read-only is only read (a plan, or a one-way form that writes the other side).
    SyncEngine(Workspace &a, Workspace &b);
    ~SyncEngine();
    SyncEngine(const SyncEngine &) = delete;
    SyncEngine &operator=(const SyncEngine &) = delete;

    // Reads both sides (one consistent view of each) and works out what would change; writes
    // nothing. Conflicts the options resolve are left out of plan->conflicts.
    [[nodiscard]] bool plan(const SyncOptions &options, SyncPlan *plan, QString *error);
    // Plans again inside one write transaction per side and writes both, unless a conflict is
    // unresolved (then false, *error says so, result->plan lists them, and nothing is written).
    [[nodiscard]] bool apply(const SyncOptions &options, SyncResult *result, QString *error);

    // When this workspace last synchronised, and with what (the other side's location), newest
    // first; for the status bar.
    struct PeerRecord {
        QString peerId;
        QString location;
        QString syncedAt; // ISO 8601, UTC
    };
    [[nodiscard]] static QList<PeerRecord> peers(const Workspace &workspace, QString *error);

    // A new copy made by a pull (storage::WorkspaceCopy keeps every id) starts with what its
    // source remembered of other copies, for the records it received: it can then synchronise
    // with those copies three-way from the start (copies syncing in a ring converge).
    [[nodiscard]] static bool adoptPeers(const Workspace &source, Workspace &copy, qint64 organisationId,
                                         QString *error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hoshi::sync
