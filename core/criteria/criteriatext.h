// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "criteriaset.h"

#include <QCoreApplication>
#include <QString>

namespace hoshi {

// Criteria data shown to a person in their language. The data files keep their keys and the
// publishers' own names (often English); these turn the parts a person reads in every window
// (field keys, the data revision, what kind of source a document is) into translated text.
class CriteriaText
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::CriteriaText)

public:
    // "requirement", "methods", "notApplicable", "evaluationPoints", "scope" → "要求事項" …;
    // any other key is returned as it is.
    [[nodiscard]] static QString fieldName(const QString &field);
    // "2024R1 (Hoshi data revision 2)" → "2024R1（Hoshi データ改訂 2）"; other versions unchanged.
    [[nodiscard]] static QString version(const QString &version);
    // "official" → "公式資料", "secondary" → "二次資料", "" → "資料".
    [[nodiscard]] static QString documentKind(const QString &kind);
    // What a document is, short enough for a line under every item: "公式資料（IPA、2024-12）"
    // or, for a secondary source, "二次資料（IPA 以外の資料。出典はツールチップ）".
    [[nodiscard]] static QString documentSummary(const SourceDocument &document);
    // The full reference, for tooltips: "[S] 二次資料: title, publisher, date".
    [[nodiscard]] static QString documentLine(const SourceDocument &document);
};

} // namespace hoshi
