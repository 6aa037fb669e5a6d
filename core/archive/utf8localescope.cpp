// SPDX-License-Identifier: Apache-2.0
#include "utf8localescope.h"

#include <initializer_list>

namespace hoshi {

namespace {

locale_t utf8Locale()
{
    // Created once and kept for the life of the process (freeing it while another thread uses
    // it would be undefined behaviour).
    static const locale_t locale = [] {
        for (const char *name : {"C.UTF-8", "C.utf8", "en_US.UTF-8", "ja_JP.UTF-8"}) {
            if (locale_t l = newlocale(LC_CTYPE_MASK, name, locale_t(nullptr)))
                return l;
        }
        return locale_t(nullptr);
    }();
    return locale;
}

} // namespace

Utf8LocaleScope::Utf8LocaleScope()
{
    if (locale_t l = utf8Locale())
        m_previous = uselocale(l);
}

Utf8LocaleScope::~Utf8LocaleScope()
{
    if (m_previous)
        uselocale(m_previous);
}

bool Utf8LocaleScope::available()
{
    return utf8Locale() != nullptr;
}

} // namespace hoshi
