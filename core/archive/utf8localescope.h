// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <locale.h>

namespace hoshi {

// libarchive converts entry names through the C library's *current* locale. Under LC_ALL=C it
// can not decode a UTF-8 name at all (the entry comes back without a name), which would make
// every Japanese file name unreadable when hoshi-cli runs from cron or a minimal container.
// This switches only the calling thread to a UTF-8 LC_CTYPE (uselocale) for the lifetime of the
// object and restores the previous one afterwards; the process locale is never touched, so
// other threads are unaffected.
class Utf8LocaleScope
{
public:
    Utf8LocaleScope();
    ~Utf8LocaleScope();
    Utf8LocaleScope(const Utf8LocaleScope &) = delete;
    Utf8LocaleScope &operator=(const Utf8LocaleScope &) = delete;

    // False when the C library offers no UTF-8 locale at all (names then stay ASCII-safe only).
    [[nodiscard]] static bool available();

private:
    locale_t m_previous = nullptr;
};

} // namespace hoshi
