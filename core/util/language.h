// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace hoshi {

// The language criteria texts and generated documents use ("ja" or "en"). The applications
// set it at start-up from the locale or the user's choice; core code reads it.
void setUiLanguage(const QString &language);
[[nodiscard]] QString uiLanguage();

} // namespace hoshi
