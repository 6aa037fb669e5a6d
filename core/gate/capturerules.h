// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/snapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hoshi {

struct GateProblem;
struct CaptureFinding;

// The submission gate's rule about captured tool output (core/capture). For an item declared
// conforming, every current (not superseded) captured evidence linked to it whose findings
// contradict conformity gives a warning naming each such finding, unless the user answered the
// finding with a note (Evidence::findingNotes). An open port counts as accounted for when the
// item's justification or notes, or those of S1.1-13, name it ("23/tcp"). The rule never sets
// or changes a verdict.
class CaptureRules
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::CaptureRules)

public:
    // Warnings ("capture-finding", field "evidence") for one item.
    [[nodiscard]] static QList<GateProblem> check(const DeclarationSnapshot &snapshot, const QString &itemId);
    // The unanswered contradicting findings of one evidence record, given the text that accounts
    // for interfaces (ports named there do not count).
    [[nodiscard]] static QList<CaptureFinding> openFindings(const Evidence &evidence, const QString &interfaceText);
    // The text a declaration records its interfaces in, as seen for itemId.
    [[nodiscard]] static QString interfaceText(const DeclarationSnapshot &snapshot, const QString &itemId);
};

} // namespace hoshi
