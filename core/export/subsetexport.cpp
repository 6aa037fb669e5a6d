// SPDX-License-Identifier: Apache-2.0
#include "subsetexport.h"

#include <QRegularExpression>

namespace hoshi {

QStringList SubsetExport::parseItems(const QStringList &values, const CriteriaSet &criteria, QString *error)
{
    QStringList asked;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString &value : values)
        asked += value.split(separators, Qt::SkipEmptyParts);
    QStringList unknown;
    for (const QString &id : std::as_const(asked)) {
        if (!criteria.item(id))
            unknown << id;
    }
    if (asked.isEmpty() || !unknown.isEmpty()) {
        if (error)
            *error = asked.isEmpty() ? tr("Name at least one item for the subset.")
                                     : tr("%1 has no item %2.").arg(criteria.id, unknown.join(QStringLiteral(", ")));
        return {};
    }
    QStringList ordered;
    for (const CriteriaItem &item : criteria.items) {
        if (asked.contains(item.id))
            ordered << item.id;
    }
    return ordered;
}

DeclarationSnapshot SubsetExport::restrict(const DeclarationSnapshot &snapshot, const QStringList &items)
{
    DeclarationSnapshot subset = snapshot;
    for (auto it = subset.evidence.begin(); it != subset.evidence.end();) {
        if (items.contains(it.key()))
            ++it;
        else
            it = subset.evidence.erase(it);
    }
    return subset;
}

QList<GateProblem> SubsetExport::blocking(const QList<GateProblem> &problems, const QStringList &items)
{
    QList<GateProblem> out;
    for (const GateProblem &p : problems) {
        if (p.isBlocking() && (p.itemId.isEmpty() || items.contains(p.itemId)))
            out.append(p);
    }
    return out;
}

} // namespace hoshi
