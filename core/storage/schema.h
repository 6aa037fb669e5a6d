#pragma once

#include <QStringList>

namespace hoshi::schema {

// The SQL that takes a workspace from user_version (index) to index + 1.
// Step 0 creates the first schema. Append new steps; never edit a released one.
[[nodiscard]] const QList<QStringList> &migrationSteps();

} // namespace hoshi::schema
