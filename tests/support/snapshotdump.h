// SPDX-License-Identifier: Apache-2.0
#pragma once

// Every field of a snapshot as text, so two snapshots (or two gate outcomes) compare whole and
// a difference prints where it is.

#include "domain/snapshot.h"
#include "gate/submissiongate.h"

#include <QString>

namespace hoshi::testsupport {

[[nodiscard]] QString dumpSnapshot(const DeclarationSnapshot &s);
[[nodiscard]] QString dumpProblems(const QList<GateProblem> &problems);

} // namespace hoshi::testsupport
