// SPDX-License-Identifier: Apache-2.0
#include "declarationfingerprint.h"

#include "export/declarationjson.h"
#include "export/evidenceplan.h"
#include "util/hashstream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace hoshi {

namespace {

QJsonObject without(QJsonObject object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys)
        object.remove(QLatin1String(key));
    return object;
}

// Applies f to every object of an array.
template<typename F>
QJsonArray mapObjects(const QJsonArray &array, F f)
{
    QJsonArray result;
    for (const QJsonValue &v : array)
        result.append(f(v.toObject()));
    return result;
}

// Declaration fields that are content; state and label data change through the workflow.
QJsonObject declarationContent(const QJsonObject &d)
{
    QJsonObject content;
    for (const char *key : {"id", "criteriaSetId", "route", "evaluationCompletedOn", "pstiStatement"})
        content.insert(QLatin1String(key), d.value(QLatin1String(key)));
    // Before schema step 8 Hoshi named its corrected data files "<official id>-rev<N>"; they are
    // now data revision N of the official id. Baselines taken before keep that name, and the
    // fingerprint must not call an approval stale over the renaming alone.
    static const QRegularExpression formerRevisionSuffix(QStringLiteral("-rev[0-9]+$"));
    content.insert(QStringLiteral("criteriaSetId"), d.value(QLatin1String("criteriaSetId")).toString().remove(formerRevisionSuffix));
    return content;
}

QJsonObject evidenceContent(const QJsonObject &e)
{
    // reviewDue follows the workspace's default review period, a setting, not the record.
    QJsonObject content = without(e, {"updatedAt", "reference", "reviewDue"});
    content.insert(QStringLiteral("files"), mapObjects(e.value(QStringLiteral("files")).toArray(), [](const QJsonObject &f) {
                       return without(f, {"addedAt", "path"});
                   }));
    return content;
}

} // namespace

QJsonObject DeclarationFingerprint::contentJson(const QJsonObject &j)
{
    QJsonObject content = without(j, {"format", "formatVersion", "software", "criteriaSet", "criteriaDataRevision",
                                      "pointOverlay"});
    content.insert(QStringLiteral("declaration"), declarationContent(j.value(QStringLiteral("declaration")).toObject()));
    content.insert(QStringLiteral("items"), mapObjects(j.value(QStringLiteral("items")).toArray(), [](const QJsonObject &i) {
                       return without(i, {"updatedAt"});
                   }));
    content.insert(QStringLiteral("evidence"), mapObjects(j.value(QStringLiteral("evidence")).toArray(), evidenceContent));
    return content;
}

QString DeclarationFingerprint::ofJson(const QByteArray &declarationJson)
{
    const QJsonDocument doc = QJsonDocument::fromJson(declarationJson);
    if (!doc.isObject() || doc.object().value(QStringLiteral("format")).toString() != QLatin1String("hoshi-declaration"))
        return {};
    const QByteArray canonical = QJsonDocument(contentJson(doc.object())).toJson(QJsonDocument::Compact);
    return HashStream::hexOf(canonical);
}

QByteArray DeclarationFingerprint::declarationJson(const DeclarationSnapshot &snapshot)
{
    return DeclarationJson::toBytes(snapshot, EvidencePlan::make(snapshot));
}

QString DeclarationFingerprint::of(const DeclarationSnapshot &snapshot)
{
    // ofJson(declarationJson(snapshot)) without writing the JSON out and parsing it back: the
    // object is the one those bytes hold (tests/core/testsnapshotbatch.cpp compares both on every
    // declaration of the demo and a corpus). Every review summary of an approved declaration
    // computes this, so a portfolio of many approvals spent most of its time in the round trip.
    // Without the criteria set and the overlay, which contentJson() drops anyway.
    const QJsonObject json = DeclarationJson::toJson(snapshot, EvidencePlan::make(snapshot),
                                                     DeclarationJson::Parts::WithoutCriteriaSet);
    return HashStream::hexOf(QJsonDocument(contentJson(json)).toJson(QJsonDocument::Compact));
}

} // namespace hoshi
