// SPDX-License-Identifier: Apache-2.0
#include "changedetector.h"
#include "util/strictjson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

namespace hoshi {

namespace {

using Area = DeclarationChange::Area;
using Kind = DeclarationChange::Kind;

QString valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &e : v.toArray())
            parts << valueText(e);
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

class Comparison
{
public:
    Comparison(const QJsonObject &before, const QJsonObject &after)
        : m_before(before)
        , m_after(after)
    {
    }

    QList<DeclarationChange> run()
    {
        compareSection(QStringLiteral("organisation"), Area::Organisation, {QStringLiteral("id")});
        compareSection(QStringLiteral("product"), Area::Product, {QStringLiteral("id")});
        compareSection(QStringLiteral("declaration"), Area::Declaration,
                       {QStringLiteral("id"), QStringLiteral("createdAt"), QStringLiteral("state")});
        compareItems();
        compareEvidence();
        return m_changes;
    }

private:
    void add(DeclarationChange change) { m_changes.append(std::move(change)); }

    // Field by field over the union of keys (sorted, so the order is stable).
    void compareFields(const QJsonObject &before, const QJsonObject &after, const QSet<QString> &ignore,
                       const DeclarationChange &pattern)
    {
        QStringList keys = before.keys() + after.keys();
        keys.removeDuplicates();
        keys.sort();
        for (const QString &key : std::as_const(keys)) {
            if (ignore.contains(key))
                continue;
            const QString was = valueText(before.value(key));
            const QString now = valueText(after.value(key));
            if (was == now)
                continue;
            DeclarationChange c = pattern;
            c.kind = Kind::Changed;
            c.field = key;
            c.before = was;
            c.after = now;
            add(c);
        }
    }

    void compareSection(const QString &key, Area area, const QSet<QString> &ignore)
    {
        const int first = int(m_changes.size());
        DeclarationChange pattern;
        pattern.area = area;
        compareFields(m_before.value(key).toObject(), m_after.value(key).toObject(), ignore, pattern);
        if (area != Area::Product)
            return;
        // A new firmware version makes every device test of the old one stale: name those items.
        const QStringList retest = deviceTestedItems();
        for (int i = first; i < m_changes.size(); ++i) {
            if (m_changes[i].field == QLatin1String("firmwareVersion")
                || m_changes[i].field == QLatin1String("firmwareImageSha256"))
                m_changes[i].affectedItems = retest;
        }
    }

    QStringList deviceTestedItems() const
    {
        QStringList items;
        for (const QJsonValue &v : m_after.value(QStringLiteral("evidence")).toArray()) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("kind")).toString() != QLatin1String("device-test"))
                continue;
            for (const QJsonValue &item : e.value(QStringLiteral("items")).toArray()) {
                if (!items.contains(item.toString()))
                    items << item.toString();
            }
        }
        return items;
    }

    static QMap<QString, QJsonObject> byKey(const QJsonArray &array, const QString &key, QStringList *order)
    {
        QMap<QString, QJsonObject> map;
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            const QString k = valueText(o.value(key));
            map.insert(k, o);
            if (order && !order->contains(k))
                order->append(k);
        }
        return map;
    }

    QString evidenceTitle(const QString &id) const
    {
        const QJsonObject e = m_evidenceAfter.contains(id) ? m_evidenceAfter.value(id) : m_evidenceBefore.value(id);
        const QString title = e.value(QStringLiteral("title")).toString();
        return title.isEmpty() ? QStringLiteral("#%1").arg(id) : QStringLiteral("%1 (#%2)").arg(title, id);
    }

    void compareItems()
    {
        m_evidenceBefore = byKey(m_before.value(QStringLiteral("evidence")).toArray(), QStringLiteral("id"), nullptr);
        m_evidenceAfter = byKey(m_after.value(QStringLiteral("evidence")).toArray(), QStringLiteral("id"), nullptr);
        QStringList order;
        const auto before = byKey(m_before.value(QStringLiteral("items")).toArray(), QStringLiteral("itemId"), &order);
        const auto after = byKey(m_after.value(QStringLiteral("items")).toArray(), QStringLiteral("itemId"), &order);
        for (const QString &id : std::as_const(order)) {
            DeclarationChange pattern;
            pattern.area = Area::Item;
            pattern.itemId = id;
            pattern.field = QStringLiteral("item");
            if (!after.contains(id) || !before.contains(id)) {
                pattern.kind = after.contains(id) ? Kind::Added : Kind::Removed;
                add(pattern);
                continue;
            }
            compareFields(before.value(id), after.value(id),
                          {QStringLiteral("itemId"), QStringLiteral("updatedAt"), QStringLiteral("evidence")}, pattern);
            compareLinks(id, before.value(id), after.value(id));
        }
    }

    void compareLinks(const QString &itemId, const QJsonObject &before, const QJsonObject &after)
    {
        QStringList was, now;
        for (const QJsonValue &v : before.value(QStringLiteral("evidence")).toArray())
            was << valueText(v);
        for (const QJsonValue &v : after.value(QStringLiteral("evidence")).toArray())
            now << valueText(v);
        auto link = [&](const QString &evidenceId, Kind kind) {
            DeclarationChange c;
            c.area = Area::Item;
            c.kind = kind;
            c.itemId = itemId;
            c.evidenceId = evidenceId.toLongLong();
            c.field = QStringLiteral("evidence");
            (kind == Kind::Added ? c.after : c.before) = evidenceTitle(evidenceId);
            add(c);
        };
        for (const QString &id : std::as_const(now)) {
            if (!was.contains(id))
                link(id, Kind::Added);
        }
        for (const QString &id : std::as_const(was)) {
            if (!now.contains(id))
                link(id, Kind::Removed);
        }
    }

    static QStringList itemsOf(const QJsonObject &e)
    {
        QStringList items;
        for (const QJsonValue &v : e.value(QStringLiteral("items")).toArray())
            items << v.toString();
        return items;
    }

    void compareEvidence()
    {
        QStringList ids = m_evidenceBefore.keys() + m_evidenceAfter.keys();
        ids.removeDuplicates();
        std::sort(ids.begin(), ids.end(), [](const QString &a, const QString &b) { return a.toLongLong() < b.toLongLong(); });
        for (const QString &id : std::as_const(ids)) {
            const bool was = m_evidenceBefore.contains(id), now = m_evidenceAfter.contains(id);
            DeclarationChange pattern;
            pattern.area = Area::Evidence;
            pattern.evidenceId = id.toLongLong();
            pattern.affectedItems = itemsOf(now ? m_evidenceAfter.value(id) : m_evidenceBefore.value(id));
            if (!was || !now) {
                pattern.kind = now ? Kind::Added : Kind::Removed;
                pattern.field = QStringLiteral("evidence");
                (now ? pattern.after : pattern.before) = evidenceTitle(id);
                add(pattern);
                compareFiles(pattern, m_evidenceBefore.value(id), m_evidenceAfter.value(id)); // its files too
                continue;
            }
            compareFields(m_evidenceBefore.value(id), m_evidenceAfter.value(id),
                          {QStringLiteral("id"), QStringLiteral("updatedAt"), QStringLiteral("reference"),
                           QStringLiteral("items"), QStringLiteral("files"),
                           // derived from a workspace setting, not a change of the record
                           QStringLiteral("reviewDue")},
                          pattern);
            compareFiles(pattern, m_evidenceBefore.value(id), m_evidenceAfter.value(id));
        }
    }

    void compareFiles(DeclarationChange pattern, const QJsonObject &before, const QJsonObject &after)
    {
        QStringList order;
        const auto was = byKey(before.value(QStringLiteral("files")).toArray(), QStringLiteral("id"), &order);
        const auto now = byKey(after.value(QStringLiteral("files")).toArray(), QStringLiteral("id"), &order);
        pattern.area = Area::File;
        for (const QString &id : std::as_const(order)) {
            if (was.contains(id) && now.contains(id))
                continue; // stored content never changes in place
            const QJsonObject f = now.contains(id) ? now.value(id) : was.value(id);
            DeclarationChange c = pattern;
            c.kind = now.contains(id) ? Kind::Added : Kind::Removed;
            c.field = f.value(QStringLiteral("originalName")).toString();
            (now.contains(id) ? c.after : c.before) = f.value(QStringLiteral("sha256")).toString();
            add(c);
        }
    }

    QJsonObject m_before, m_after;
    QMap<QString, QJsonObject> m_evidenceBefore, m_evidenceAfter;
    QList<DeclarationChange> m_changes;
};

std::optional<QJsonObject> parseDeclaration(const QByteArray &json, const QString &which, QString *error)
{
    QString problem;
    const std::optional<QJsonDocument> doc = readStrictJson(json, &problem);
    if (!doc || !doc->isObject()
        || doc->object().value(QStringLiteral("format")).toString() != QLatin1String("hoshi-declaration")) {
        if (error)
            *error = ChangeDetector::tr("The %1 state is not a Hoshi declaration (%2).")
                         .arg(which, doc ? QStringLiteral("format") : problem);
        return std::nullopt;
    }
    return doc->object();
}

} // namespace

std::optional<QList<DeclarationChange>> ChangeDetector::compare(const QByteArray &beforeJson, const QByteArray &afterJson,
                                                                 QString *error)
{
    const auto before = parseDeclaration(beforeJson, tr("earlier"), error);
    if (!before)
        return std::nullopt;
    const auto after = parseDeclaration(afterJson, tr("current"), error);
    if (!after)
        return std::nullopt;
    return Comparison(*before, *after).run();
}

QString ChangeDetector::areaKey(DeclarationChange::Area area)
{
    switch (area) {
    case Area::Organisation:
        return QStringLiteral("organisation");
    case Area::Product:
        return QStringLiteral("product");
    case Area::Declaration:
        return QStringLiteral("declaration");
    case Area::Item:
        return QStringLiteral("item");
    case Area::Evidence:
        return QStringLiteral("evidence");
    case Area::File:
        return QStringLiteral("file");
    }
    return {};
}

QString ChangeDetector::kindKey(DeclarationChange::Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return QStringLiteral("added");
    case Kind::Removed:
        return QStringLiteral("removed");
    case Kind::Changed:
        break;
    }
    return QStringLiteral("changed");
}

QJsonArray ChangeDetector::toJson(const QList<DeclarationChange> &changes)
{
    QJsonArray array;
    for (const DeclarationChange &c : changes) {
        QJsonObject o{{QStringLiteral("area"), areaKey(c.area)},   {QStringLiteral("kind"), kindKey(c.kind)},
                      {QStringLiteral("field"), c.field},          {QStringLiteral("before"), c.before},
                      {QStringLiteral("after"), c.after},
                      {QStringLiteral("affectedItems"), QJsonArray::fromStringList(c.affectedItems)}};
        if (!c.itemId.isEmpty())
            o.insert(QStringLiteral("item"), c.itemId);
        if (c.evidenceId > 0)
            o.insert(QStringLiteral("evidenceId"), c.evidenceId);
        array.append(o);
    }
    return array;
}

QStringList ChangeDetector::touchedItems(const QList<DeclarationChange> &changes)
{
    QStringList items;
    for (const DeclarationChange &c : changes) {
        for (const QString &id : QStringList{c.itemId} + c.affectedItems) {
            if (!id.isEmpty() && !items.contains(id))
                items << id;
        }
    }
    return items;
}

} // namespace hoshi
