// SPDX-License-Identifier: Apache-2.0
#include "criteriadiff.h"

#include <algorithm>

#include <QJsonArray>

namespace hoshi {

namespace {

QStringList changedFields(const CriteriaItem &a, const CriteriaItem &b)
{
    QStringList fields;
    auto same = [](const LocalizedText &x, const LocalizedText &y) {
        return x.ja.simplified() == y.ja.simplified() && x.en.simplified() == y.en.simplified();
    };
    if (!same(a.requirement, b.requirement))
        fields << QStringLiteral("requirement");
    QList<Method> ma = a.methods, mb = b.methods;
    std::sort(ma.begin(), ma.end());
    std::sort(mb.begin(), mb.end());
    if (ma != mb)
        fields << QStringLiteral("methods");
    if (a.notApplicableAllowed != b.notApplicableAllowed || !same(a.notApplicableCondition, b.notApplicableCondition))
        fields << QStringLiteral("notApplicable");
    if (CriteriaDiff::fieldText(a, QStringLiteral("evaluationPoints"), QStringLiteral("ja")).simplified()
            != CriteriaDiff::fieldText(b, QStringLiteral("evaluationPoints"), QStringLiteral("ja")).simplified()
        || CriteriaDiff::fieldText(a, QStringLiteral("evaluationPoints"), QStringLiteral("en")).simplified()
               != CriteriaDiff::fieldText(b, QStringLiteral("evaluationPoints"), QStringLiteral("en")).simplified())
        fields << QStringLiteral("evaluationPoints");
    if (a.scope != b.scope)
        fields << QStringLiteral("scope");
    if (!same(a.title, b.title))
        fields << QStringLiteral("title");
    if (!same(a.guidance, b.guidance))
        fields << QStringLiteral("guidance");
    return fields;
}

QJsonArray methodKeys(const QList<Method> &methods)
{
    QJsonArray keys;
    for (Method m : methods)
        keys.append(methodKey(m));
    return keys;
}

// A field as language-neutral JSON (keys and both texts; no translated labels).
QJsonValue neutralField(const CriteriaItem &item, const QString &field)
{
    if (field == QLatin1String("requirement"))
        return item.requirement.toJson();
    if (field == QLatin1String("methods"))
        return methodKeys(item.methods);
    if (field == QLatin1String("notApplicable")) {
        QJsonObject na{{QStringLiteral("allowed"), item.notApplicableAllowed}};
        if (item.notApplicableAllowed)
            na.insert(QStringLiteral("condition"), item.notApplicableCondition.toJson());
        return na;
    }
    if (field == QLatin1String("scope"))
        return item.scope == ItemScope::Vendor ? QStringLiteral("vendor") : QStringLiteral("product");
    if (field == QLatin1String("title"))
        return item.title.toJson();
    if (field == QLatin1String("guidance"))
        return item.guidance.toJson();
    QJsonArray points;
    for (const EvaluationPoint &p : item.points)
        points.append(QJsonObject{{QStringLiteral("id"), p.id}, {QStringLiteral("text"), p.text.toJson()},
                                  {QStringLiteral("methods"), methodKeys(p.methods)},
                                  {QStringLiteral("origin"), p.official         ? QStringLiteral("official")
                                                             : p.isPlaceholder() ? QStringLiteral("placeholder")
                                                                                 : QStringLiteral("sourced")}});
    return QJsonObject{{QStringLiteral("mode"), item.pointMode == PointMode::Alternatives ? QStringLiteral("alternatives")
                                                                                         : QStringLiteral("all")},
                       {QStringLiteral("points"), points}};
}

QJsonObject itemSide(const CriteriaItem &item, const QStringList &fields)
{
    QJsonObject o{{QStringLiteral("contentHash"), item.contentHash}, {QStringLiteral("title"), item.title.toJson()}};
    for (const QString &field : fields)
        o.insert(field, neutralField(item, field));
    return o;
}

} // namespace

QList<CriteriaItemChange> CriteriaDiff::compare(const CriteriaSet &before, const CriteriaSet &after)
{
    QList<CriteriaItemChange> changes;
    for (const CriteriaItem &item : after.items) {
        const CriteriaItem *old = before.item(item.id);
        if (!old) {
            changes.append({CriteriaItemChange::Kind::Added, item.id, {}, std::nullopt, item});
            continue;
        }
        const QStringList fields = changedFields(*old, item);
        if (fields.isEmpty())
            continue;
        const bool sameCriterion = old->identityHash == item.identityHash && old->scope == item.scope;
        changes.append({sameCriterion ? CriteriaItemChange::Kind::Reworded : CriteriaItemChange::Kind::Changed,
                        item.id, fields, *old, item});
    }
    for (const CriteriaItem &item : before.items) {
        if (!after.item(item.id))
            changes.append({CriteriaItemChange::Kind::Removed, item.id, {}, item, std::nullopt});
    }
    return changes;
}

QString CriteriaDiff::kindKey(CriteriaItemChange::Kind kind)
{
    switch (kind) {
    case CriteriaItemChange::Kind::Added:
        return QStringLiteral("added");
    case CriteriaItemChange::Kind::Removed:
        return QStringLiteral("removed");
    case CriteriaItemChange::Kind::Changed:
        return QStringLiteral("changed");
    case CriteriaItemChange::Kind::Reworded:
        return QStringLiteral("reworded");
    }
    return {};
}

QJsonObject CriteriaDiff::toJson(const CriteriaSet &before, const CriteriaSet &after, const QList<CriteriaItemChange> &changes)
{
    QJsonArray array;
    QHash<QString, int> counts{{QStringLiteral("added"), 0},
                               {QStringLiteral("removed"), 0},
                               {QStringLiteral("changed"), 0},
                               {QStringLiteral("reworded"), 0}};
    for (const CriteriaItemChange &c : changes) {
        const QString kind = kindKey(c.kind);
        ++counts[kind];
        QJsonObject o{{QStringLiteral("kind"), kind}, {QStringLiteral("itemId"), c.itemId}};
        const bool edited = c.kind == CriteriaItemChange::Kind::Changed || c.kind == CriteriaItemChange::Kind::Reworded;
        const QStringList fields = edited ? c.fields : QStringList{QStringLiteral("requirement")};
        if (edited)
            o.insert(QStringLiteral("fields"), QJsonArray::fromStringList(c.fields));
        if (c.before)
            o.insert(QStringLiteral("before"), itemSide(*c.before, fields));
        if (c.after)
            o.insert(QStringLiteral("after"), itemSide(*c.after, fields));
        array.append(o);
    }
    QJsonObject countJson;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        countJson.insert(it.key(), it.value());
    return {{QStringLiteral("before"), before.id},
            {QStringLiteral("beforeDataRevision"), before.dataRevision},
            {QStringLiteral("after"), after.id},
            {QStringLiteral("afterDataRevision"), after.dataRevision},
            {QStringLiteral("changes"), array},
            {QStringLiteral("counts"), countJson}};
}

QPair<QString, QString> CriteriaDiff::sides(const CriteriaItemChange &c, const QString &field, const QString &language)
{
    const auto text = [&](const std::optional<CriteriaItem> &item, const QString &lang) {
        return item ? fieldText(*item, field, lang) : QString();
    };
    QPair<QString, QString> pair{text(c.before, language), text(c.after, language)};
    if (pair.first == pair.second) {
        const QString other = language.startsWith(QLatin1String("ja")) ? QStringLiteral("en") : QStringLiteral("ja");
        pair = {text(c.before, other), text(c.after, other)};
    }
    return pair;
}

QString CriteriaDiff::fieldText(const CriteriaItem &item, const QString &field, const QString &language)
{
    if (field == QLatin1String("requirement"))
        return item.requirement.in(language);
    if (field == QLatin1String("methods"))
        return methodsBadge(item.methods);
    if (field == QLatin1String("notApplicable"))
        return item.notApplicableAllowed ? tr("N/A when: %1").arg(item.notApplicableCondition.in(language)) : tr("N/A: never");
    if (field == QLatin1String("scope"))
        return item.scope == ItemScope::Vendor ? tr("vendor") : tr("product");
    if (field == QLatin1String("title"))
        return item.title.in(language);
    if (field == QLatin1String("guidance"))
        return item.guidance.in(language);
    if (field == QLatin1String("evaluationPoints")) {
        QStringList lines;
        if (!item.points.isEmpty())
            lines << (item.pointMode == PointMode::Alternatives ? tr("one or more of:") : tr("all of:"));
        for (const EvaluationPoint &p : item.points)
            lines << QStringLiteral("%1 [%2] %3 %4").arg(p.id, methodsBadge(p.methods), pointOriginLabel(p), p.text.in(language));
        return lines.isEmpty() ? tr("(none)") : lines.join(QLatin1Char('\n'));
    }
    return {};
}

QString CriteriaDiff::pointOriginLabel(const EvaluationPoint &point)
{
    if (point.official)
        return tr("(official: from your copy of IPA's checklist, %1, SHA-256 %2)")
            .arg(point.officialFile, point.officialSha256.left(16));
    if (point.isPlaceholder())
        return tr("(Hoshi placeholder, not IPA's wording)");
    return point.source && point.source->confidence == Confidence::Secondary ? tr("(secondary source)")
                                                                              : tr("(official source)");
}

} // namespace hoshi
