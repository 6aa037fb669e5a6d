// SPDX-License-Identifier: Apache-2.0
#pragma once

// A vendor's whole catalogue for measuring what scales with it (the portfolio, the navigator,
// status and validate): organisations x products x declarations with realistic evidence
// (several files per item, shared manuals, device tests with logs and captures, superseded
// re-tests), point choices, review comments, approvals, labels and baselines. The same seed
// gives the same catalogue (names, verdicts, file contents); only times and ids of the
// workspace's own making differ. Written through the Workspace API, so it works on a file and
// on a server alike.

#include "storage/workspace.h"

#include <QString>

namespace hoshi::bench {

struct ScaleCorpusSpec {
    int declarations = 200;
    int productsPerOrganisation = 20;
    int declarationsPerProduct = 2; // the product's first declaration is labelled, later ones are drafts
    quint32 seed = 20261207;
};

struct ScaleCorpusStats {
    int organisations = 0;
    int products = 0;
    int declarations = 0;
    int evidence = 0;
    int files = 0;
    qint64 bytes = 0; // file bytes attached (before de-duplication)
    int comments = 0;
    int approvals = 0;
    int labels = 0;
    int baselines = 0;
};

// Fills `ws` (normally empty). Each declaration is written in one transaction. `progress`
// (when given) is called after each declaration with the number written so far.
[[nodiscard]] bool makeScaleCorpus(Workspace &ws, const ScaleCorpusSpec &spec, ScaleCorpusStats *stats,
                                   QString *error, const std::function<void(int)> &progress = {});

} // namespace hoshi::bench
