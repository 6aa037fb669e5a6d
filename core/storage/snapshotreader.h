// SPDX-License-Identifier: Apache-2.0
#pragma once

// Snapshots of many declarations read together: one query per table for the whole list, where
// Workspace::snapshot() asks several per declaration. What the portfolio, the navigator and the
// CLI's status read before judging every declaration of a workspace.

#include "domain/snapshot.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace hoshi {

class Workspace;

namespace storage {

class SnapshotReader
{
public:
    // The snapshot of each declaration in `ids` (in that order), each equal to
    // Workspace::snapshot(id, ContentCheck::Skip), read in one read transaction. std::nullopt
    // with *error when one of them does not exist or can not be read.
    [[nodiscard]] static std::optional<QList<DeclarationSnapshot>> read(const Workspace &workspace,
                                                                        const QList<qint64> &ids, QString *error);

    // For each declaration in `ids`: a key that changes whenever anything a snapshot of it holds
    // changes (the declaration, its product and organisation, criteria data revision and point
    // overlay, its assessments (own and vendor-scope), the evidence linked to them with their
    // files, point choices and links, comments, sign-offs, baselines, the attached form, the
    // PSTI statement, the workspace's approval and review-period settings). Read with a handful of set-wide queries;
    // a missing declaration has no key.
    [[nodiscard]] static QHash<qint64, QByteArray> inputKeys(const Workspace &workspace, const QList<qint64> &ids);

    // A value that differs whenever anything in the workspace may have changed since it was
    // last read through the same Workspace: on a file, the rows this connection changed (SQLite's
    // total_changes()) with the commits of every other connection (PRAGMA data_version) and the
    // connection's identity. Empty when it can not tell (a server, or a failed read): callers
    // then compare row versions (inputKeys()). Two queries, a few microseconds.
    [[nodiscard]] static QByteArray changeStamp(const Workspace &workspace);

    // The user-given name of every declaration that has one (declaration id -> name), in one query.
    [[nodiscard]] static QHash<qint64, QString> declarationNames(const Workspace &workspace);
    // The criteria set a declaration was made with, as stored (without its point overlay, which
    // changes only points): no query.
    [[nodiscard]] static const CriteriaSet *storedSet(const Workspace &workspace, const QString &setId, int dataRevision);

    // Workspace::lastChange() of each declaration in `ids` that has history, in one query.
    [[nodiscard]] static QHash<qint64, QDateTime> lastChanges(const Workspace &workspace, const QList<qint64> &ids);

    // The review part of a snapshot from its sign-offs (oldest first) and comment counts: the
    // one rule Workspace::reviewSummary() and read() share.
    [[nodiscard]] static ReviewSummary summarise(const Workspace &workspace, const DeclarationSnapshot &snapshot,
                                                 const QList<SignOff> &signOffs, int totalComments, int openComments,
                                                 bool requireApproval);
};

} // namespace storage
} // namespace hoshi
