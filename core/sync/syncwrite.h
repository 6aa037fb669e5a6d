// SPDX-License-Identifier: Apache-2.0
#pragma once

// Writing the merge's ops into one side, inside the caller's transaction. Internal to core/sync.

#include "syncmerge.h"

namespace hoshi::sync::detail {

struct WriteJob {
    QSqlDatabase to;          // the side written
    QSqlDatabase from;        // the other side (read for bytes and file content)
    const SideData *target = nullptr;
    const SideData *source = nullptr;
    const QList<Op> *ops = nullptr;
    ProgressCallback progress; // file content bytes done / total of this side
};

struct WriteOutcome {
    qint64 records = 0;
    qint64 contentBytes = 0;
    bool explicitIds = false;              // rows were inserted with their own ids (a server renumbers)
    QHash<QString, qint64> organisationIds; // organisation key -> id on the written side, after writing
};

// Criteria data the source holds and the target does not (shared by official id and data
// revision; the same revision with other content is refused).
[[nodiscard]] bool copyCriteria(const QSqlDatabase &from, const QSqlDatabase &to, qint64 *rows, QString *problem);

// File content the ops need that the target lacks, in bytes.
[[nodiscard]] qint64 contentNeeded(const WriteJob &job);

[[nodiscard]] bool writeSide(const WriteJob &job, WriteOutcome *outcome, QString *problem);

} // namespace hoshi::sync::detail
