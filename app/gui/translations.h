// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace hoshi {

// Installs the application's and Qt's own translators for a language. "" follows the
// system locale; Japanese when the locale is Japanese, English otherwise.
class Translations
{
public:
    [[nodiscard]] static QString resolve(const QString &requested);
    // Switching at run time sends QEvent::LanguageChange: every widget retranslates itself.
    static void apply(const QString &requested);
};

} // namespace hoshi
