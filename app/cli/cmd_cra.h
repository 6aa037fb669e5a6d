// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace hoshi::cli {

// cra WS --declaration ID [--set FIELD=VALUE ...] [--json] [--out DIR]: the declaration's
// readiness for the EU Cyber Resilience Act (every Annex I point with its coverage by ★1
// evidence and what ★1 does not cover), the CRA fields, and the two English drafts.
int runCra(const QStringList &args);

} // namespace hoshi::cli
