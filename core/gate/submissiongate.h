#pragma once

#include "domain/snapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hoshi {

// One reason a declaration can not (blocking) or should not yet (warning) be submitted.
struct GateProblem {
    enum class Severity { Blocking, Warning };
    Severity severity = Severity::Blocking;
    QString code;    // stable key, e.g. "not-assessed", "na-forbidden", "missing-document-location"
    QString itemId;  // empty for product or declaration level problems
    QString field;   // what to edit: "verdict", "justification", "evidence", "product.name", ...
    qint64 evidenceId = -1;
    QString message; // translated, complete sentence naming the item

    [[nodiscard]] bool isBlocking() const { return severity == Severity::Blocking; }
};

// The single place that decides whether a declaration may be submitted and exported.
// The GUI's problem panel, `hoshi-cli validate` and every export call this.
class SubmissionGate
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::SubmissionGate)

public:
    [[nodiscard]] static QList<GateProblem> check(const DeclarationSnapshot &snapshot);
    // Only the rules about the organisation's and product's own fields (what editors mark inline).
    [[nodiscard]] static QList<GateProblem> checkProduct(const Organisation &organisation, const Product &product);
    [[nodiscard]] static int blockingCount(const QList<GateProblem> &problems);
    // Items an evidence kind satisfies for a method: document review for "document" and
    // "sbom" (with a file), device tests for "device-test" and "penetration-test".
    [[nodiscard]] static bool isExemptOnRoute(const CriteriaItem &item, Route route)
    {
        return route == Route::Psti && item.pstiExempt;
    }
};

} // namespace hoshi
