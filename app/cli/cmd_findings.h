#pragma once

#include <QStringList>

namespace hoshi::cli {

// review import WS FINDINGS.json [--declaration ID] [--json]: a reviewer's
// findings file becomes review comments (core/findings/FindingsImporter), all or nothing.
int runReviewImport(const QStringList &args);
// "review" until the review command of the sign-off work takes over: only "import".
int runReviewFindings(const QStringList &args);

} // namespace hoshi::cli
