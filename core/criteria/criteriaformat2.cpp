// SPDX-License-Identifier: Apache-2.0
#include "criteriaformat2.h"
#include "util/strictjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace hoshi::CriteriaFormat2 {

namespace {

const QString Points = QStringLiteral("evaluationPoints");
const QString Provenance = QStringLiteral("provenance");

QList<Method> methodsOf(const QJsonValue &value)
{
    QList<Method> methods;
    for (const QJsonValue &v : value.toArray()) {
        if (auto m = methodFromKey(v.toString()))
            methods << *m;
    }
    return methods;
}

std::optional<SourceRef> sourceOf(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    SourceRef ref;
    ref.document = o.value(QLatin1String("document")).toString();
    ref.section = o.value(QLatin1String("section")).toString();
    ref.note = o.value(QLatin1String("note")).toString();
    const QString confidence = o.value(QLatin1String("confidence")).toString();
    ref.confidence = confidence == QLatin1String("official")    ? Confidence::Official
                     : confidence == QLatin1String("secondary") ? Confidence::Secondary
                                                                : Confidence::Ours;
    return ref;
}

void checkSourceDocument(const QJsonValue &source, const QSet<QString> &documents, const QString &pointer,
                         const Fail &fail)
{
    const QString document = source.toObject().value(QLatin1String("document")).toString();
    if (!document.isEmpty() && !documents.contains(document))
        fail(pointer + QStringLiteral("/document"),
             QStringLiteral("cites document \"%1\", which is not listed in /documents").arg(document));
}

void checkItem(const QJsonObject &item, const QString &pointer, const QSet<QString> &documents, const Fail &fail)
{
    const QSet<QString> itemMethods = [&] {
        QSet<QString> set;
        for (const QJsonValue &v : item.value(QLatin1String("methods")).toArray())
            set.insert(v.toString());
        return set;
    }();
    const QJsonArray points = item.value(Points).toObject().value(QLatin1String("points")).toArray();
    QSet<QString> seen;
    for (int p = 0; p < points.size(); ++p) {
        const QJsonObject point = points.at(p).toObject();
        const QString at = QStringLiteral("%1/%2/points/%3").arg(pointer, Points).arg(p);
        const QString id = point.value(QLatin1String("id")).toString();
        if (!id.isEmpty() && seen.contains(id))
            fail(at + QStringLiteral("/id"), QStringLiteral("duplicate point id \"%1\"").arg(id));
        seen.insert(id);
        const QJsonArray methods = point.value(QLatin1String("methods")).toArray();
        for (int m = 0; m < methods.size(); ++m) {
            // An unknown method is already the schema's error; only real methods are checked here.
            if (methodFromKey(methods.at(m).toString()) && !itemMethods.contains(methods.at(m).toString()))
                fail(QStringLiteral("%1/methods/%2").arg(at).arg(m),
                     QStringLiteral("method \"%1\" is not one of the item's methods").arg(methods.at(m).toString()));
        }
        if (point.contains(QLatin1String("source")))
            checkSourceDocument(point.value(QLatin1String("source")), documents, at + QStringLiteral("/source"), fail);
    }
    const QJsonObject provenance = item.value(Provenance).toObject();
    for (auto it = provenance.begin(); it != provenance.end(); ++it)
        checkSourceDocument(it.value(), documents, QStringLiteral("%1/%2/%3").arg(pointer, Provenance, it.key()), fail);
}

} // namespace

void checkRules(const QJsonObject &root, const Fail &fail)
{
    const bool format2 = root.value(QLatin1String("formatVersion")).toInt() >= 2;
    const QJsonArray items = root.value(QLatin1String("items")).toArray();
    if (!format2) {
        for (const QString &key : {QStringLiteral("documents"), QStringLiteral("publicComment"), QStringLiteral("dataRevision")}) {
            if (root.contains(key))
                fail(QLatin1Char('/') + key, QStringLiteral("\"%1\" needs \"formatVersion\": 2").arg(key));
        }
        for (int i = 0; i < items.size(); ++i) {
            for (const QString &key : {Points, Provenance}) {
                if (items.at(i).toObject().contains(key))
                    fail(QStringLiteral("/items/%1/%2").arg(i).arg(key),
                         QStringLiteral("\"%1\" needs \"formatVersion\": 2").arg(key));
            }
        }
        return;
    }
    QSet<QString> documents;
    for (const QJsonValue &d : root.value(QLatin1String("documents")).toArray())
        documents.insert(d.toObject().value(QLatin1String("id")).toString());
    const QJsonObject comment = root.value(QLatin1String("publicComment")).toObject();
    if (!comment.isEmpty() && comment.value(QLatin1String("from")).toString() > comment.value(QLatin1String("to")).toString())
        fail(QStringLiteral("/publicComment"), QStringLiteral("the public-comment period ends before it starts"));
    for (int i = 0; i < items.size(); ++i)
        checkItem(items.at(i).toObject(), QStringLiteral("/items/%1").arg(i), documents, fail);
}

void parseSet(const QJsonObject &root, CriteriaSet &set)
{
    set.formatVersion = root.value(QLatin1String("formatVersion")).toInt(1);
    set.dataRevision = root.value(QLatin1String("dataRevision")).toInt(1);
    for (const QJsonValue &v : root.value(QLatin1String("documents")).toArray()) {
        const QJsonObject o = v.toObject();
        set.documents.append({o.value(QLatin1String("id")).toString(), o.value(QLatin1String("title")).toString(),
                              o.value(QLatin1String("publisher")).toString(), o.value(QLatin1String("date")).toString(),
                              o.value(QLatin1String("kind")).toString()});
    }
    const QJsonObject comment = root.value(QLatin1String("publicComment")).toObject();
    set.publicCommentFrom = comment.value(QLatin1String("from")).toString();
    set.publicCommentTo = comment.value(QLatin1String("to")).toString();
}

void parseItem(const QJsonObject &item, CriteriaItem &out)
{
    const QJsonObject points = item.value(Points).toObject();
    out.pointMode = points.value(QLatin1String("mode")).toString() == QLatin1String("alternatives") ? PointMode::Alternatives
                                                                                                    : PointMode::All;
    for (const QJsonValue &v : points.value(QLatin1String("points")).toArray()) {
        const QJsonObject o = v.toObject();
        EvaluationPoint point;
        point.id = o.value(QLatin1String("id")).toString();
        point.text = LocalizedText::fromJson(o.value(QLatin1String("text")).toObject());
        point.methods = methodsOf(o.value(QLatin1String("methods")));
        point.source = sourceOf(o.value(QLatin1String("source")));
        point.number = o.value(QLatin1String("number")).toInt(0);
        out.points.append(point);
    }
    const QJsonObject provenance = item.value(Provenance).toObject();
    for (auto it = provenance.begin(); it != provenance.end(); ++it) {
        if (auto ref = sourceOf(it.value()))
            out.provenance.insert(it.key(), *ref);
    }
}

QJsonObject pointsForHash(const CriteriaItem &item)
{
    if (item.points.isEmpty())
        return {};
    QJsonArray points;
    for (const EvaluationPoint &p : item.points) {
        QStringList keys;
        for (Method m : p.methods)
            keys << methodKey(m);
        keys.sort();
        points.append(QJsonObject{{QStringLiteral("id"), p.id},
                                  {QStringLiteral("text"), QJsonObject{{QStringLiteral("ja"), p.text.ja.simplified()},
                                                                       {QStringLiteral("en"), p.text.en.simplified()}}},
                                  {QStringLiteral("methods"), QJsonArray::fromStringList(keys)}});
    }
    return {{QStringLiteral("mode"), item.pointMode == PointMode::Alternatives ? QStringLiteral("alternatives")
                                                                              : QStringLiteral("all")},
            {QStringLiteral("points"), points}};
}

QByteArray migrateToFormat2(const QByteArray &format1, QString *error)
{
    QString problem;
    const QJsonDocument doc = readStrictJson(format1, &problem).value_or(QJsonDocument());
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("not a criteria file: %1").arg(problem.isEmpty() ? QStringLiteral("not an object") : problem);
        return {};
    }
    QJsonObject root = doc.object();
    if (root.value(QLatin1String("formatVersion")).toInt() != 1) {
        if (error)
            *error = QStringLiteral("only format-1 files can be migrated (this one has formatVersion %1)")
                         .arg(root.value(QLatin1String("formatVersion")).toVariant().toString());
        return {};
    }
    root.insert(QStringLiteral("formatVersion"), 2);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace hoshi::CriteriaFormat2
