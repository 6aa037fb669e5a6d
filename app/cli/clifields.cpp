// SPDX-License-Identifier: Apache-2.0
#include "clifields.h"

#include <QJsonArray>

namespace hoshi::cli {

QString jsonKey(const char *optionName)
{
    QString key;
    bool upper = false;
    for (const char *c = optionName; *c; ++c) {
        if (*c == '-') {
            upper = true;
            continue;
        }
        key += upper ? QChar::fromLatin1(*c).toUpper() : QChar::fromLatin1(*c);
        upper = false;
    }
    return key;
}

QJsonObject organisationJson(const Organisation &o)
{
    QJsonObject json{{QStringLiteral("id"), o.id}};
    addFieldsToJson(json, organisationOptions, o);
    return json;
}

QJsonObject productJson(const Product &p)
{
    QJsonObject json{{QStringLiteral("id"), p.id},
                     {QStringLiteral("organisation"), p.organisationId},
                     {QStringLiteral("model"), QJsonArray::fromStringList(p.modelNumbers)},
                     {QStringLiteral("supportUntil"), p.supportUntil.toString(Qt::ISODate)}};
    addFieldsToJson(json, productOptions, p);
    return json;
}

QJsonObject declarationJson(const Declaration &d)
{
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("product"), d.productId},
            {QStringLiteral("criteria"), d.criteriaSetId},
            {QStringLiteral("route"), routeKey(d.route)},
            {QStringLiteral("state"), stateKey(d.state)},
            {QStringLiteral("evaluationDate"), d.evaluationCompletedOn.toString(Qt::ISODate)},
            {QStringLiteral("pstiStatement"), d.pstiStatement},
            {QStringLiteral("labelStatus"), labelStatusKey(d.labelStatus)},
            {QStringLiteral("registrationNumber"), d.registrationNumber},
            {QStringLiteral("issuedOn"), d.issuedOn.toString(Qt::ISODate)},
            {QStringLiteral("validUntil"), d.validUntil.toString(Qt::ISODate)},
            {QStringLiteral("createdAt"), d.createdAt.toString(Qt::ISODate)}};
}

QJsonObject fileJson(const EvidenceFile &f)
{
    return {{QStringLiteral("id"), f.id},
            {QStringLiteral("evidence"), f.evidenceId},
            {QStringLiteral("name"), f.originalName},
            {QStringLiteral("mediaType"), f.mediaType},
            {QStringLiteral("size"), f.size},
            {QStringLiteral("sha256"), f.sha256},
            {QStringLiteral("addedAt"), f.addedAt.toString(Qt::ISODate)}};
}

QJsonObject evidenceJson(const Evidence &e)
{
    QJsonObject json{{QStringLiteral("id"), e.id},
                     {QStringLiteral("organisation"), e.organisationId},
                     {QStringLiteral("kind"), evidenceKindKey(e.kind)},
                     {QStringLiteral("testedOn"), e.testedOn.toString(Qt::ISODate)},
                     {QStringLiteral("effectiveOn"), e.effectiveOn.toString(Qt::ISODate)},
                     {QStringLiteral("reviewBy"), e.reviewBy.toString(Qt::ISODate)},
                     // Captured from a tool's output (read-only here: `evidence capture` sets them).
                     {QStringLiteral("tool"), e.tool},
                     {QStringLiteral("toolVersion"), e.toolVersion},
                     {QStringLiteral("target"), e.target},
                     {QStringLiteral("firmwareImageSha256"), e.firmwareImageSha256},
                     {QStringLiteral("items"), QJsonArray::fromStringList(e.itemIds)}};
    addFieldsToJson(json, evidenceOptions, e);
    QJsonArray files;
    for (const EvidenceFile &f : e.files)
        files.append(fileJson(f));
    json.insert(QStringLiteral("files"), files);
    return json;
}

void printFields(const QJsonObject &json, const QStringList &order)
{
    QStringList keys = order;
    for (const QString &k : json.keys()) {
        if (!keys.contains(k))
            keys << k;
    }
    for (const QString &k : keys) {
        const QJsonValue v = json.value(k);
        QString text;
        if (v.isArray()) {
            QStringList parts;
            for (const QJsonValue &x : v.toArray())
                parts << (x.isObject() ? x[QStringLiteral("name")].toString() : x.toVariant().toString());
            text = parts.join(QLatin1String(", "));
        } else {
            text = v.toVariant().toString();
        }
        out(QStringLiteral("%1: %2").arg(k, text));
    }
}

} // namespace hoshi::cli
