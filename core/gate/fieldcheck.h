// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/model.h"

#include <QCoreApplication>
#include <QString>

namespace hoshi {

// The syntax of single fields, shared by the gate (so that the GUI's inline marks, the
// problem panel and `hoshi-cli validate` agree) and anything else that wants to know.
class FieldCheck
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::FieldCheck)

public:
    // A Japanese corporate number (法人番号): 13 digits, the first being the check digit of the
    // other twelve (9 - (Σ digit × (1 or 2, alternating from the right)) mod 9).
    [[nodiscard]] static bool isCorporateNumber(const QString &text);
    // The check digit the twelve-digit base number should have (-1 when it is not 12 digits).
    [[nodiscard]] static int corporateNumberCheckDigit(const QString &base);
    // local@domain.tld: no spaces, one @, a domain of at least two labels.
    [[nodiscard]] static bool isEmailAddress(const QString &text);
    // An absolute http(s) URL with a host.
    [[nodiscard]] static bool isWebUrl(const QString &text);
    // A contact field holds an e-mail address, a web address or a phone number / postal
    // text; only the first two have a syntax to check.
    [[nodiscard]] static bool isPlausibleContact(const QString &text);
    // How long a justification looks on paper: CJK characters count twice, so that a short
    // Japanese sentence and a short English one weigh about the same.
    [[nodiscard]] static int textWeight(const QString &text);
    static constexpr int ShortJustificationWeight = 20;
};

} // namespace hoshi
