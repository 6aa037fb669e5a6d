// SPDX-License-Identifier: Apache-2.0
#include "pointoverlay.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace hoshi {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString modeKey(PointMode mode)
{
    return mode == PointMode::Alternatives ? QStringLiteral("alternatives") : QStringLiteral("all");
}

// Keys outside `allowed` are refused: a misspelt key must not silently drop a point.
bool onlyKeys(const QJsonObject &o, const QStringList &allowed, const QString &where, QString *error)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            return fail(error, PointOverlay::tr("%1: unknown key \"%2\".").arg(where, it.key()));
    }
    return true;
}

std::optional<OfficialPoint> pointFromJson(const QJsonValue &value, const QString &where, QString *error)
{
    const QJsonObject o = value.toObject();
    if (!value.isObject() || !onlyKeys(o, {QStringLiteral("text"), QStringLiteral("methods")}, where, error)) {
        if (!value.isObject())
            fail(error, PointOverlay::tr("%1: a point must be an object with a text.").arg(where));
        return std::nullopt;
    }
    OfficialPoint point;
    const QJsonValue text = o.value(QLatin1String("text"));
    point.text = text.isString() ? LocalizedText{text.toString(), QString()} : LocalizedText::fromJson(text.toObject());
    point.text = {point.text.ja.trimmed(), point.text.en.trimmed()};
    if (point.text.isEmpty()) {
        fail(error, PointOverlay::tr("%1: the point has no text.").arg(where));
        return std::nullopt;
    }
    for (const QJsonValue &m : o.value(QLatin1String("methods")).toArray()) {
        const std::optional<Method> method = methodFromKey(m.toString());
        if (!method) {
            fail(error, PointOverlay::tr("%1: unknown method \"%2\".").arg(where, m.toString()));
            return std::nullopt;
        }
        point.methods << *method;
    }
    return point;
}

std::optional<OfficialItemPoints> itemFromJson(const QJsonValue &value, const QString &itemId, QString *error)
{
    const QJsonObject o = value.toObject();
    if (!value.isObject() || !onlyKeys(o, {QStringLiteral("mode"), QStringLiteral("points")}, itemId, error)) {
        if (!value.isObject())
            fail(error, PointOverlay::tr("%1: expected an object with \"points\".").arg(itemId));
        return std::nullopt;
    }
    OfficialItemPoints item;
    const QString mode = o.value(QLatin1String("mode")).toString();
    if (mode == QLatin1String("all"))
        item.mode = PointMode::All;
    else if (mode == QLatin1String("alternatives"))
        item.mode = PointMode::Alternatives;
    else if (o.contains(QLatin1String("mode"))) {
        fail(error, PointOverlay::tr("%1: the mode must be \"all\" or \"alternatives\".").arg(itemId));
        return std::nullopt;
    }
    const QJsonArray points = o.value(QLatin1String("points")).toArray();
    if (points.isEmpty()) {
        fail(error, PointOverlay::tr("%1: no points (leave the item out to keep its own points).").arg(itemId));
        return std::nullopt;
    }
    for (int i = 0; i < points.size(); ++i) {
        const std::optional<OfficialPoint> point =
            pointFromJson(points.at(i), QStringLiteral("%1, point %2").arg(itemId).arg(i + 1), error);
        if (!point)
            return std::nullopt;
        item.points << *point;
    }
    return item;
}

} // namespace

QString PointOverlay::pointId(const QString &itemId, int index)
{
    return QStringLiteral("%1-official-%2").arg(itemId).arg(index + 1);
}

QJsonObject PointOverlay::toJson() const
{
    QJsonObject itemsJson;
    for (auto it = items.begin(); it != items.end(); ++it) {
        QJsonArray points;
        for (const OfficialPoint &p : it->points) {
            QJsonObject point{{QStringLiteral("text"), p.text.toJson()}};
            if (!p.methods.isEmpty()) {
                QJsonArray methods;
                for (Method m : p.methods)
                    methods.append(methodKey(m));
                point.insert(QStringLiteral("methods"), methods);
            }
            points.append(point);
        }
        QJsonObject item{{QStringLiteral("points"), points}};
        if (it->mode)
            item.insert(QStringLiteral("mode"), modeKey(*it->mode));
        itemsJson.insert(it.key(), item);
    }
    QJsonObject o{{QStringLiteral("criteriaSetId"), criteriaSetId},
                  {QStringLiteral("source"), QJsonObject{{QStringLiteral("fileName"), source.fileName},
                                                         {QStringLiteral("sha256"), source.sha256},
                                                         {QStringLiteral("note"), source.note}}},
                  {QStringLiteral("items"), itemsJson}};
    if (setAt.isValid())
        o.insert(QStringLiteral("setAt"), setAt.toUTC().toString(Qt::ISODate));
    if (!setBy.isEmpty())
        o.insert(QStringLiteral("setBy"), setBy);
    return o;
}

std::optional<PointOverlay> PointOverlay::fromJson(const QJsonObject &json, QString *error)
{
    if (!onlyKeys(json, {QStringLiteral("criteriaSetId"), QStringLiteral("source"), QStringLiteral("items"),
                         QStringLiteral("setAt"), QStringLiteral("setBy")},
                  tr("overlay"), error))
        return std::nullopt;
    PointOverlay overlay;
    overlay.criteriaSetId = json.value(QLatin1String("criteriaSetId")).toString();
    const QJsonObject source = json.value(QLatin1String("source")).toObject();
    if (!onlyKeys(source, {QStringLiteral("fileName"), QStringLiteral("sha256"), QStringLiteral("note")}, tr("source"), error))
        return std::nullopt;
    overlay.source = {source.value(QLatin1String("fileName")).toString().trimmed(),
                      source.value(QLatin1String("sha256")).toString().trimmed().toLower(),
                      source.value(QLatin1String("note")).toString()};
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (overlay.criteriaSetId.isEmpty()) {
        fail(error, tr("The overlay names no criteria set (\"criteriaSetId\")."));
        return std::nullopt;
    }
    if (overlay.source.fileName.isEmpty() || !hex.match(overlay.source.sha256).hasMatch()) {
        fail(error, tr("The overlay must name the checklist it was read from: \"source\" with \"fileName\" and the "
                       "file's SHA-256 (64 hexadecimal digits)."));
        return std::nullopt;
    }
    const QJsonObject items = json.value(QLatin1String("items")).toObject();
    for (auto it = items.begin(); it != items.end(); ++it) {
        const std::optional<OfficialItemPoints> item = itemFromJson(it.value(), it.key(), error);
        if (!item)
            return std::nullopt;
        overlay.items.insert(it.key(), *item);
    }
    if (overlay.items.isEmpty()) {
        fail(error, tr("The overlay has no items with points."));
        return std::nullopt;
    }
    overlay.setAt = QDateTime::fromString(json.value(QLatin1String("setAt")).toString(), Qt::ISODate);
    overlay.setBy = json.value(QLatin1String("setBy")).toString();
    return overlay;
}

bool PointOverlay::fitsSet(const CriteriaSet &set, QString *error) const
{
    if (criteriaSetId != set.id)
        return fail(error, tr("The official points were read for %1, but the declaration uses %2.").arg(criteriaSetId, set.id));
    for (auto it = items.begin(); it != items.end(); ++it) {
        const CriteriaItem *item = set.item(it.key());
        if (!item)
            return fail(error, tr("%1 has no item %2.").arg(set.id, it.key()));
        for (const OfficialPoint &p : it->points) {
            for (Method m : p.methods) {
                if (!item->hasMethod(m))
                    return fail(error, tr("%1: method %2 is not one of the item's methods (%3).")
                                           .arg(it.key(), methodKey(m), methodsBadge(item->methods)));
            }
        }
    }
    return true;
}

CriteriaSet PointOverlay::applyTo(const CriteriaSet &set) const
{
    CriteriaSet result = set;
    for (CriteriaItem &item : result.items) {
        const auto it = items.constFind(item.id);
        if (it == items.constEnd())
            continue;
        item.pointMode = it->mode.value_or(item.points.isEmpty() ? PointMode::All : item.pointMode);
        item.points.clear();
        for (int i = 0; i < it->points.size(); ++i) {
            const OfficialPoint &official = it->points.at(i);
            EvaluationPoint point;
            point.id = pointId(item.id, i);
            point.text = official.text;
            point.methods = official.methods.isEmpty() ? item.methods : official.methods;
            point.source = SourceRef{QString(), source.fileName, Confidence::Official, source.sha256};
            point.number = i + 1;
            point.official = true;
            point.officialFile = source.fileName;
            point.officialSha256 = source.sha256;
            item.points << point;
        }
    }
    return result;
}

QHash<QString, QString> matchPoints(const CriteriaItem &before, const CriteriaItem &after)
{
    QHash<QString, QString> match;
    QSet<QString> taken;
    const auto pair = [&](const auto &same) {
        for (const EvaluationPoint &b : before.points) {
            if (match.contains(b.id))
                continue;
            for (const EvaluationPoint &a : after.points) {
                if (!taken.contains(a.id) && same(b, a)) {
                    match.insert(b.id, a.id);
                    taken.insert(a.id);
                    break;
                }
            }
        }
    };
    pair([](const EvaluationPoint &b, const EvaluationPoint &a) { return b.id == a.id; });
    pair([](const EvaluationPoint &b, const EvaluationPoint &a) { return b.number > 0 && b.number == a.number; });
    pair([](const EvaluationPoint &b, const EvaluationPoint &a) {
        return !b.text.ja.isEmpty() && b.text.ja.simplified() == a.text.ja.simplified();
    });
    if (before.points.size() - match.size() == 1 && after.points.size() - taken.size() == 1)
        pair([](const EvaluationPoint &, const EvaluationPoint &) { return true; });
    return match;
}

} // namespace hoshi
