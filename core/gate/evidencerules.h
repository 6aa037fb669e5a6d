// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/model.h"

#include <QCoreApplication>
#include <QList>

namespace hoshi {

struct GateProblem;

// The submission gate's rules about an evidence record on its own, whatever else backs the
// item. An empty record (nothing written, no file) is what a stray "add evidence" leaves
// behind; it would go into the export as an entry that says nothing, so it always blocks,
// even beside complete evidence.
class EvidenceRules
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::EvidenceRules)

public:
    // Nothing a person writes is filled in and no file is attached. The firmware version and
    // test date a new device test starts with are pre-filled, so they do not count.
    [[nodiscard]] static bool isEmpty(const Evidence &evidence);
    // Problems of the evidence backing one item ("evidence-empty", field "evidence").
    [[nodiscard]] static QList<GateProblem> check(const QString &itemId, const QList<Evidence> &evidence);
};

} // namespace hoshi
