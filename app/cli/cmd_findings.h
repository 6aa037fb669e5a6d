// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace hoshi::cli {

// review import WS FINDINGS.json [--declaration ID] [--json]: a reviewer's
// findings file becomes review comments (core/findings/FindingsImporter), all or nothing.
int runReviewImport(const QStringList &args);

} // namespace hoshi::cli
