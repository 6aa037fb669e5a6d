// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hoshi {

// The points of Annex I of the Cyber Resilience Act (Regulation (EU) 2024/2847) in the
// Regulation's order: Part I (1) and (2)(a)–(m), the essential cybersecurity requirements of the
// product, and Part II (1)–(8), the vulnerability handling requirements. Their text and the ★1
// items that relate to them come from the mapping set (core/markets); this list is what every
// readiness view and draft walks, so that no point is left out even if a mapping file omits it.
struct CraAnnexPoint {
    QString key;       // canonical: "i1", "i2a" … "i2m", "ii1" … "ii8"
    QString label;     // "Part I (2)(a)"
    const char *title; // short English title (translatable, context hoshi::CraAnnex)
};

class CraAnnex
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::CraAnnex)

public:
    [[nodiscard]] static const QList<CraAnnexPoint> &points();
    // The canonical key of an Annex I requirement id as a mapping file may write it:
    // "I.2(a)", "Part I (2)(a)", "Annex I Part I 2(a)" and "i2a" all give "i2a"; "" otherwise.
    [[nodiscard]] static QString canonicalKey(const QString &id);
    [[nodiscard]] static const CraAnnexPoint *point(const QString &key);
    [[nodiscard]] static QString title(const CraAnnexPoint &point);        // reader's language
    [[nodiscard]] static QString englishTitle(const CraAnnexPoint &point); // drafts
    [[nodiscard]] static bool isPartTwo(const CraAnnexPoint &point) { return point.key.startsWith(QLatin1String("ii")); }
};

} // namespace hoshi
