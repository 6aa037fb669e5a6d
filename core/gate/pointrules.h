// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "submissiongate.h"

#include <QCoreApplication>
#include <QList>

namespace hoshi {

// The submission gate's rules for evaluation points (criteria format 2), apart from the
// per-method rules: every point of an "all" item, or at least one alternative the vendor
// relies on, needs linked evidence of each of the point's methods. An item with a single
// point counts every evidence record of the item for that point.
class PointRules
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::PointRules)

public:
    [[nodiscard]] static QList<GateProblem> check(const DeclarationSnapshot &snapshot, const CriteriaItem &item,
                                                  const GateContext &context);
    // The point ids an evidence record backs for an item (the single point when not linked).
    [[nodiscard]] static QStringList pointsOf(const DeclarationSnapshot &snapshot, const CriteriaItem &item,
                                              const Evidence &evidence);
    // The methods of a point that no linked evidence covers yet.
    [[nodiscard]] static QList<Method> uncoveredMethods(const DeclarationSnapshot &snapshot, const CriteriaItem &item,
                                                        const EvaluationPoint &point);
    [[nodiscard]] static QString methodName(Method method);
};

} // namespace hoshi
