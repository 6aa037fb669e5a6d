// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "workspace.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace hoshi::storage {

// Copies the records of one workspace into another, losslessly: every row with its id, its
// authors and times (history, comments, sign-offs, baselines keep who and when), and the file
// content streamed chunk by chunk (content the target already holds, by SHA-256, is not copied
// again). Used to move work between a desk (.hoshi file) and a server: push copies a whole
// workspace, pull copies one organisation.
//
// Ids are kept, never renumbered: declaration JSON, approval fingerprints, baselines and the
// exported archives all carry them, so renumbering would make every approval stale and every
// export differ. A copy is therefore refused, before anything is written, when the target
// already holds a record with the id of one being copied.
//
// The copy is one transaction on the target (all or nothing) and reads one consistent view of
// the source. It refuses a workspace holding a table it does not know, so that a table a later
// schema step adds can never be left behind silently.
class WorkspaceCopy
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::storage::WorkspaceCopy)

public:
    struct Options {
        // Only this organisation's records (and the content, history and criteria sets they
        // use); -1 copies everything.
        qint64 organisationId = -1;
        // Bytes of file content copied so far and in all; returning false cancels the copy.
        ProgressCallback progress;
    };

    struct Result {
        QList<std::pair<QString, qint64>> rowsPerTable; // in copy order, tables with rows only
        qint64 records = 0;
        qint64 contentBytes = 0;      // file content written to the target
        qint64 sharedBytes = 0;       // file content the target already held
        QStringList notes;            // what was kept as the target had it (translated)
    };

    // Copies from source into target. Needs a target open for writing; on a server the target's
    // user must be the owner of the workspace's schema or a superuser (only they may keep the
    // original authors). Returns false with *error (translated) and leaves the target unchanged.
    [[nodiscard]] static bool copy(const Workspace &source, Workspace &target, const Options &options,
                                   Result *result, QString *error);

    // The tables the copier copies, in the order it copies them (parents before children).
    [[nodiscard]] static QStringList copiedTables();
    // Tables the copier leaves alone on purpose: each workspace's own identity and format.
    [[nodiscard]] static QStringList ownTables();
    // Tables of the workspace that the copier does not know (should be empty). The tables of a
    // server's users and roles (serveraccessrules.h) are known: they stay with their server, so a
    // pull leaves them behind and a push keeps the target's.
    [[nodiscard]] static QStringList unknownTables(const Workspace &workspace, QString *error);

    // The synchronisation engine (core/sync) reads and writes records the way the copier does,
    // on the workspace's own connection and inside its transaction counting.
    struct Connection {
        QSqlDatabase db;
        int *transactionDepth = nullptr;
    };
    [[nodiscard]] static Connection connectionOf(const Workspace &workspace);
    [[nodiscard]] static bool ensureWritable(const Workspace &workspace, QString *error);
    // On a server: the owner of the workspace's schema (or a superuser) copying records with their
    // original authors and times, for this transaction only; false with the reason otherwise.
    [[nodiscard]] static bool keepOriginalAuthors(const Workspace &target, QString *error);
    // After rows were written with their own ids: new rows on a server are numbered after them.
    [[nodiscard]] static bool renumberAfterCopy(const Workspace &target, QString *error);
};

} // namespace hoshi::storage
