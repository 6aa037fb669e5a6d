// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/snapshot.h"
#include "gate/submissiongate.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace hoshi {

// An evidence-request response: IPA asks for the evidence of some items, and the vendor hands
// over an archive holding only those items' evidence (plus declaration.json and the index). The
// archive is still a complete BagIt bag; its bag-info names the full export it is a subset of.
class SubsetExport
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::SubsetExport)

public:
    // bag-info.txt labels of a subset archive.
    static constexpr char SubsetOfField[] = "Hoshi-Subset-Of";
    static constexpr char SubsetItemsField[] = "Hoshi-Subset-Items";

    // "S1.1-04,S1.1-13" or repeated values -> the item ids, in criteria order, each checked
    // against the declaration's criteria set. Empty with *error on an unknown or empty list.
    [[nodiscard]] static QStringList parseItems(const QStringList &values, const CriteriaSet &criteria, QString *error);
    // The snapshot with the evidence of every other item left out (verdicts stay: declaration.json
    // still tells the whole declaration, but carries only these items' evidence).
    [[nodiscard]] static DeclarationSnapshot restrict(const DeclarationSnapshot &snapshot, const QStringList &items);
    // The gate problems that stop a subset: blocking ones of these items or of the declaration as
    // a whole; another item's stale device test does not hold back the evidence IPA asked for.
    [[nodiscard]] static QList<GateProblem> blocking(const QList<GateProblem> &problems, const QStringList &items);
};

} // namespace hoshi
