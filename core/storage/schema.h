// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace hoshi::schema {

// The SQL that takes a workspace from user_version (index) to index + 1.
// Step 0 creates the first schema. Append new steps; never edit a released one.
[[nodiscard]] const QList<QStringList> &migrationSteps();

// The index of step 8 (criteria identity), after whose statements the workspace renames sets
// stored under Hoshi's former "-rev" ids (Workspace::migrateLegacyCriteriaIds).
constexpr int CriteriaIdentityStep = 7;

} // namespace hoshi::schema
