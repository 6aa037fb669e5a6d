// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "criteriaset.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace hoshi {

// One item that differs between two versions of a criteria set. "Changed" means the item's
// official identity differs (CriteriaItem::identityHash: methods, N/A rule, official texts) or
// the scope moved: exactly the items a carry-over sends to review. "Reworded" means only Hoshi's
// texts differ (requirement summary, N/A condition, points, title, guidance): answers stay.
struct CriteriaItemChange {
    enum class Kind { Added, Removed, Changed, Reworded };
    Kind kind = Kind::Changed;
    QString itemId;
    // For Changed and Reworded: "requirement", "methods", "notApplicable", "evaluationPoints",
    // "scope", "title", "guidance".
    QStringList fields;
    std::optional<CriteriaItem> before;
    std::optional<CriteriaItem> after;
};

class CriteriaDiff
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::CriteriaDiff)

public:
    // Changes in the order of the newer set, removed items last in the order of the older one.
    [[nodiscard]] static QList<CriteriaItemChange> compare(const CriteriaSet &before, const CriteriaSet &after);
    [[nodiscard]] static QString kindKey(CriteriaItemChange::Kind kind);
    // Language-neutral JSON: {"before": id, "after": id, "changes": [...], "counts": {...}}.
    [[nodiscard]] static QJsonObject toJson(const CriteriaSet &before, const CriteriaSet &after,
                                            const QList<CriteriaItemChange> &changes);
    // A field of an item as one line of text for a side-by-side view.
    [[nodiscard]] static QString fieldText(const CriteriaItem &item, const QString &field, const QString &language);
    // Both sides of a change in the given language, or in the other one when only that differs
    // (a Japanese-only correction must not show two identical English texts).
    // "(Hoshi placeholder, not IPA's wording)", "(official: from your copy of IPA's checklist ...)".
    [[nodiscard]] static QString pointOriginLabel(const EvaluationPoint &point);
    [[nodiscard]] static QPair<QString, QString> sides(const CriteriaItemChange &change, const QString &field,
                                                       const QString &language);
};

} // namespace hoshi
