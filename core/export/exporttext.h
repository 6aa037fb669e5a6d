// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "criteria/criteriaset.h"
#include "domain/model.h"

#include <QString>

namespace hoshi {

// Wording of the generated documents. The application package goes to IPA, whose language is
// Japanese, and the retained archive may be read by anyone years later; both are therefore
// written in Japanese *and* English whatever the UI language (see docs/decisions.md).
class ExportText
{
public:
    [[nodiscard]] static QString verdict(Verdict v);               // "適合 / Conforming"
    [[nodiscard]] static QString exemptOnRoute();                  // PSTI-exempt items
    [[nodiscard]] static QString route(Route r);
    [[nodiscard]] static QString labelStatus(LabelStatus s);
    [[nodiscard]] static QString scope(ItemScope s);
    // One evidence record as a single line: "[D] Manual v1.2, No. X, p. 14, §3.2, https://..."
    // or "[T] summary (2025-01-10, firmware 1.0.3, tester)".
    [[nodiscard]] static QString evidenceLine(const Evidence &e);
    // An ASCII-only, filesystem-safe fragment of `text` ("SmartCam X1" -> "SmartCam-X1").
    [[nodiscard]] static QString asciiSlug(const QString &text, int maxLength, const QString &fallback);
    // The part of a "日本語 / English" label for a document language: "en" keeps the English
    // part only (the PSTI route's English package); anything else keeps both.
    [[nodiscard]] static QString pick(const QString &bilingual, const QString &language)
    {
        const qsizetype slash = bilingual.indexOf(QLatin1String(" / "));
        return language == QLatin1String("en") && slash >= 0 ? bilingual.mid(slash + 3) : bilingual;
    }
    [[nodiscard]] static QString dateText(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
    [[nodiscard]] static QString dateTimeText(const QDateTime &t)
    {
        return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
    }
};

} // namespace hoshi
