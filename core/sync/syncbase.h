// SPDX-License-Identifier: Apache-2.0
#pragma once

// What one side remembers of another (tables sync_peer and sync_seen, schema step 16): the
// base of the next three-way merge. Internal to core/sync.

#include "syncmerge.h"

namespace hoshi::sync::detail {

struct PeerState {
    bool known = false;     // the two synchronised before
    qint64 generation = 0;  // counts synchronisations; the side that missed the last one has less
    Base base;
};

[[nodiscard]] bool loadPeer(const QSqlDatabase &db, const QString &peer, PeerState *state, QString *problem);

struct PeerUpdate {
    QString peer;
    QString location;
    qint64 generation = 0;
    const PeerState *previous = nullptr;             // this side's own record of the peer
    const MergeOutcome *outcome = nullptr;
    QHash<QString, qint64> organisationIds;          // organisation key -> id on this side
};

// Keeps what both sides now hold alike as the base, drops what neither holds, and records when.
[[nodiscard]] bool storePeer(const QSqlDatabase &db, const PeerUpdate &update, QString *problem);

} // namespace hoshi::sync::detail
