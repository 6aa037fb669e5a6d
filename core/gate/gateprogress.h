// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "submissiongate.h"

namespace hoshi {

// How far a declaration is, counted honestly: items that pass the gate ("OK"), items that
// have a verdict at all, and the items that count on the declaration's route. The one
// definition of "assessed" and "counted": the GUI, `status`, the portfolio and the exports use it.
struct GateProgress {
    int ok = 0;
    int assessed = 0;
    int counted = 0;

    // All three, given the gate's problems for the snapshot.
    [[nodiscard]] static GateProgress of(const DeclarationSnapshot &snapshot, const QList<GateProblem> &problems);
    // Assessed and counted only (ok stays 0), without running the gate.
    [[nodiscard]] static GateProgress counts(const DeclarationSnapshot &snapshot);
};

} // namespace hoshi
