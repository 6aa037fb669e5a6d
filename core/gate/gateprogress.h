#pragma once

#include "submissiongate.h"

namespace hoshi {

// How far a declaration is, counted honestly: items that pass the gate ("OK"), items that
// have a verdict at all, and the items that count on the declaration's route.
struct GateProgress {
    int ok = 0;
    int assessed = 0;
    int counted = 0;

    [[nodiscard]] static GateProgress of(const DeclarationSnapshot &snapshot, const QList<GateProblem> &problems);
};

} // namespace hoshi
