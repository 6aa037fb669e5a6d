// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/workspace.h"
#include "sync/syncengine.h"

#include <QStringList>

namespace hoshi::cli {

// Exit code of sync (and of push into a workspace that holds records already) when conflicts
// stop it: nothing was written; --resolve decides them.
constexpr int SyncConflicts = 4;

// --resolve ID=a|b|edit:TEXT and all=a|b into the options; false with *error for anything else.
[[nodiscard]] bool parseResolutions(const QStringList &values, sync::SyncOptions *options, QString *error);

// Plans or applies, prints the plan (text or JSON) and the conflicts; returns the exit code.
[[nodiscard]] int runSyncBetween(Workspace &a, Workspace &b, const sync::SyncOptions &options, bool dryRun, bool json);

} // namespace hoshi::cli
