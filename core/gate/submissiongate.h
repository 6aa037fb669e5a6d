// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/snapshot.h"

#include <QCoreApplication>
#include <QDate>
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

// Everything the gate depends on besides the snapshot, passed in so the gate stays a pure
// function: testable at any date and in any language, with no hidden clock.
struct GateContext {
    QDate today;      // what "expired" and "in the past" are measured against
    QString language; // "ja" or "en": the language of criteria texts quoted in messages

    // Today's date and the UI language.
    [[nodiscard]] static GateContext current();
};

// The single place that decides whether a declaration may be submitted and exported.
// The GUI's problem panel, `hoshi-cli validate` and every export call this.
class SubmissionGate
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::SubmissionGate)

public:
    [[nodiscard]] static QList<GateProblem> check(const DeclarationSnapshot &snapshot, const GateContext &context);
    [[nodiscard]] static QList<GateProblem> check(const DeclarationSnapshot &snapshot)
    {
        return check(snapshot, GateContext::current());
    }
    // Only the rules about the organisation's and product's own fields (what editors mark inline).
    [[nodiscard]] static QList<GateProblem> checkProduct(const Organisation &organisation, const Product &product,
                                                         const GateContext &context);
    [[nodiscard]] static QList<GateProblem> checkProduct(const Organisation &organisation, const Product &product)
    {
        return checkProduct(organisation, product, GateContext::current());
    }
    [[nodiscard]] static int blockingCount(const QList<GateProblem> &problems);
    // Items an evidence kind satisfies for a method: document review for "document" and
    // "sbom" (with a file), device tests for "device-test" and "penetration-test".
    [[nodiscard]] static bool isExemptOnRoute(const CriteriaItem &item, Route route)
    {
        return route == Route::Psti && item.pstiExempt;
    }
};

} // namespace hoshi
