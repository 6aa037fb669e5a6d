// SPDX-License-Identifier: Apache-2.0
#include "pointrules.h"

#include <algorithm>

namespace hoshi {

namespace {

EvidenceKind kindFor(Method method)
{
    return method == Method::Document || method == Method::Sbom ? EvidenceKind::DocumentReview : EvidenceKind::DeviceTest;
}

QString methodNames(const QList<Method> &methods)
{
    QStringList names;
    for (Method m : methods)
        names << PointRules::methodName(m);
    return names.join(PointRules::tr(" and "));
}

GateProblem problem(GateProblem::Severity severity, const QString &code, const QString &itemId, const QString &message)
{
    return {severity, code, itemId, QStringLiteral("evidence"), -1, message};
}

} // namespace

QString PointRules::methodName(Method method)
{
    switch (method) {
    case Method::Document:
        return tr("document review");
    case Method::DeviceTest:
        return tr("device test");
    case Method::Sbom:
        return tr("SBOM");
    case Method::PenetrationTest:
        return tr("penetration test");
    }
    return {};
}

QStringList PointRules::pointsOf(const DeclarationSnapshot &s, const CriteriaItem &item, const Evidence &evidence)
{
    const QStringList linked = s.evidencePoints.value(item.id).value(evidence.id);
    if (linked.isEmpty() && item.points.size() == 1)
        return {item.points.first().id};
    return linked;
}

QList<Method> PointRules::uncoveredMethods(const DeclarationSnapshot &s, const CriteriaItem &item,
                                           const EvaluationPoint &point)
{
    QList<Method> missing;
    for (Method m : point.methods) {
        const QList<Evidence> evidence = s.evidence.value(item.id);
        const bool covered = std::any_of(evidence.begin(), evidence.end(), [&](const Evidence &e) {
            return e.kind == kindFor(m) && pointsOf(s, item, e).contains(point.id);
        });
        if (!covered)
            missing << m;
    }
    return missing;
}

QList<GateProblem> PointRules::check(const DeclarationSnapshot &s, const CriteriaItem &item, const GateContext &context)
{
    QList<GateProblem> problems;
    if (item.points.isEmpty())
        return problems;
    const QString &id = item.id;
    // A single required point takes all of the item's evidence, so the per-method rules
    // already say everything; repeating them here would only double the messages.
    if (item.pointMode == PointMode::All && item.points.size() == 1)
        return problems;
    if (item.pointMode == PointMode::All) {
        for (const EvaluationPoint &point : item.points) {
            if (const QList<Method> missing = uncoveredMethods(s, item, point); !missing.isEmpty())
                problems << problem(GateProblem::Severity::Blocking, QStringLiteral("point-without-evidence"), id,
                                    tr("%1: evaluation point %2 (\"%3\") has no %4 evidence linked.")
                                        .arg(id, point.id, point.text.in(context.language), methodNames(missing)));
        }
        return problems;
    }
    QList<const EvaluationPoint *> chosen;
    for (const QString &pointId : s.chosenPoints.value(id)) {
        if (const EvaluationPoint *p = item.point(pointId))
            chosen << p;
    }
    if (chosen.isEmpty()) {
        problems << problem(GateProblem::Severity::Blocking, QStringLiteral("point-no-alternative"), id,
                            tr("%1: state which of the alternative evaluation points the product relies on.").arg(id));
        return problems;
    }
    QStringList unevidenced;
    for (const EvaluationPoint *p : chosen) {
        if (!uncoveredMethods(s, item, *p).isEmpty())
            unevidenced << p->id;
    }
    if (unevidenced.size() == chosen.size())
        problems << problem(GateProblem::Severity::Blocking, QStringLiteral("point-alternative-without-evidence"), id,
                            tr("%1: none of the alternatives relied on (%2) has evidence of its method linked.")
                                .arg(id, unevidenced.join(QLatin1String(", "))));
    else if (!unevidenced.isEmpty())
        problems << problem(GateProblem::Severity::Warning, QStringLiteral("point-alternative-unused"), id,
                            tr("%1: the alternative %2 is marked as relied on but has no evidence linked.")
                                .arg(id, unevidenced.join(QLatin1String(", "))));
    return problems;
}

} // namespace hoshi
