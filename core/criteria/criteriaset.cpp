// SPDX-License-Identifier: Apache-2.0
#include "criteriaset.h"

namespace hoshi {

QString methodKey(Method method)
{
    switch (method) {
    case Method::Document:
        return QStringLiteral("document");
    case Method::DeviceTest:
        return QStringLiteral("device-test");
    case Method::Sbom:
        return QStringLiteral("sbom");
    case Method::PenetrationTest:
        return QStringLiteral("penetration-test");
    }
    return {};
}

std::optional<Method> methodFromKey(const QString &key)
{
    for (Method m : {Method::Document, Method::DeviceTest, Method::Sbom, Method::PenetrationTest}) {
        if (methodKey(m) == key)
            return m;
    }
    return std::nullopt;
}

QString methodBadge(Method method)
{
    switch (method) {
    case Method::Document:
        return QStringLiteral("D");
    case Method::DeviceTest:
        return QStringLiteral("T");
    case Method::Sbom:
        return QStringLiteral("SBOM");
    case Method::PenetrationTest:
        return QStringLiteral("PT");
    }
    return {};
}

QString methodsBadge(const QList<Method> &methods)
{
    QStringList parts;
    for (Method m : methods)
        parts << methodBadge(m);
    return parts.join(QLatin1Char('+'));
}

QString confidenceKey(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Official:
        return QStringLiteral("official");
    case Confidence::Secondary:
        return QStringLiteral("secondary");
    case Confidence::Ours:
        return QStringLiteral("ours");
    }
    return {};
}

const EvaluationPoint *CriteriaItem::point(const QString &pointId) const
{
    for (const EvaluationPoint &p : points) {
        if (p.id == pointId)
            return &p;
    }
    return nullptr;
}

const SourceDocument *CriteriaSet::document(const QString &documentId) const
{
    for (const SourceDocument &d : documents) {
        if (d.id == documentId)
            return &d;
    }
    return nullptr;
}

const CriteriaItem *CriteriaSet::item(const QString &itemId) const
{
    const int i = indexOf(itemId);
    return i < 0 ? nullptr : &items.at(i);
}

int CriteriaSet::indexOf(const QString &itemId) const
{
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).id == itemId)
            return i;
    }
    return -1;
}

} // namespace hoshi
