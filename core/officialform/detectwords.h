// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to FormDetector: the words it looks for (docs/form-profile.md, "Detection").
#include "formprofile.h"

#include <optional>

namespace hoshi::officialform::words {

// Full-width ASCII to half-width, the dash family to '-', whitespace removed, case folded.
[[nodiscard]] QString fold(const QString &text);
// The answer role a header cell names, or CellRole::None. *weak (optional) is set when only a
// weak word matched ("適合基準" says 適合 but is no verdict column when "判定" is beside it).
[[nodiscard]] CellRole headerRole(const QString &text, bool *weak = nullptr);
// The verdict a list word stands for (適合/〇/Conforming ...), or nothing.
[[nodiscard]] std::optional<Verdict> verdictOfWord(const QString &word);
// The field key a label cell names ("製品名", "Product name:"), or "".
[[nodiscard]] QString fieldOfLabel(const QString &text);

} // namespace hoshi::officialform::words
