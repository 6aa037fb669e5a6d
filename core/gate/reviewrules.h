// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/review.h"

#include <QCoreApplication>
#include <QList>

namespace hoshi {

struct GateProblem;

// The submission gate's rules about review and sign-off, on the ReviewSummary the workspace put
// into the snapshot (pure: no storage, no clock):
//  - an approval whose fingerprint no longer matches warns and names what changed since;
//  - with "require approval before export" on, a missing or stale approval blocks;
//  - unresolved comments warn.
class ReviewRules
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::ReviewRules)

public:
    [[nodiscard]] static QList<GateProblem> check(const ReviewSummary &review);
    static constexpr int MaxChangesNamed = 8;
};

} // namespace hoshi
