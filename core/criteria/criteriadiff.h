#pragma once

#include "criteriaset.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace hoshi {

// One item that differs between two versions of a criteria set. "Changed" means the content
// hash differs (requirement, methods, N/A rule, evaluation points) or the scope moved: exactly
// the items a carry-over sends to review. Title or guidance edits alone are not changes.
struct CriteriaItemChange {
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QString itemId;
    QStringList fields; // for Changed: "requirement", "methods", "notApplicable", "evaluationPoints", "scope"
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
    [[nodiscard]] static QPair<QString, QString> sides(const CriteriaItemChange &change, const QString &field,
                                                       const QString &language);
};

} // namespace hoshi
