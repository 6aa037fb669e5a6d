// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/baseline.h"
#include "domain/review.h"
#include "domain/snapshot.h"
#include "gate/submissiongate.h"

#include <QList>
#include <QString>

#include <optional>

namespace hoshi {

class Workspace;

// Everything the views of one declaration show, read together in one go (on the Session's
// reading thread, see workspacereader.h) and then handed to the GUI as values: the checklist,
// the item page, its history and comments, the navigator's line and the "Exported on" note
// then ask nothing of the workspace, however often they repaint or the user steps through items.
struct DeclarationView {
    qint64 declarationId = -1;
    std::optional<DeclarationSnapshot> snapshot; // nullopt: could not be read (error says why)
    QString error;
    QList<GateProblem> problems;
    QList<ReviewComment> comments;   // oldest first, every item's
    QList<HistoryEntry> history;     // newest first, the declaration's (vendor-scope answers too)
    std::optional<Baseline> lastExport;
    QString name;                    // the declaration's own name ("" = none)
    QList<SignOff> signOffs;         // the review log, oldest first
    QString selfApprovedAccount;     // see Workspace::selfApprovedAccount

    // Reads the view of one declaration; false when the snapshot could not be read.
    static bool read(const Workspace &workspace, qint64 declarationId, DeclarationView *view);
};

} // namespace hoshi
