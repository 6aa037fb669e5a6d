// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace hoshi::testsupport {

// Writes a copy of the shipped corrected ★1 file as the set "TEST-STAR1-EDITED" with exactly
// two changed items (S1.1-03's requirement text, S1.1-08's methods), one added item (S1.1-17)
// and one edit that is not a change (S1.1-09's title). False when it cannot be written.
[[nodiscard]] bool writeEditedStar1Copy(const QString &sourceDir, const QString &path);

} // namespace hoshi::testsupport
