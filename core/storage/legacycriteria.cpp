// SPDX-License-Identifier: Apache-2.0
#include "legacycriteria.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace hoshi::storage {

const QList<LegacyCriteriaId> &legacyCriteriaIds()
{
    static const QList<LegacyCriteriaId> ids{
        {QStringLiteral("JST-CR-01-01-2024R1-rev2"), QStringLiteral("JST-CR-01-01-2024R1"), 2},
        {QStringLiteral("JST-CR-03-COMM-DRAFT-rev2"), QStringLiteral("JST-CR-03-COMM-DRAFT"), 2},
        {QStringLiteral("JST-CR-03-CAM-DRAFT-rev2"), QStringLiteral("JST-CR-03-CAM-DRAFT"), 2},
    };
    return ids;
}

std::optional<LegacyCriteriaId> legacyCriteriaId(const QString &id)
{
    for (const LegacyCriteriaId &legacy : legacyCriteriaIds()) {
        if (legacy.legacyId == id)
            return legacy;
    }
    return std::nullopt;
}

namespace {

// "…(JST-CR-01-01-2024R1、Hoshiデータ改訂2)" → "…(JST-CR-01-01-2024R1)"; "2024R1 (Hoshi data
// revision 2)" → "2024R1"; "draft-2025-11 (public comment; Hoshi data revision 2)" →
// "draft-2025-11 (public comment)".
QString withoutRevisionNote(QString text)
{
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("、Hoshiデータ改訂[0-9]+")),
        QRegularExpression(QStringLiteral("[,;] Hoshi data revision [0-9]+")),
        QRegularExpression(QStringLiteral(" \\(Hoshi data revision [0-9]+\\)")),
    };
    for (const QRegularExpression &pattern : patterns)
        text.remove(pattern);
    return text;
}

} // namespace

QByteArray upgradeLegacyCriteria(const QByteArray &json, const LegacyCriteriaId &legacy, QString *error)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QLatin1String("id")).toString() != legacy.legacyId) {
        if (error)
            *error = QStringLiteral("not the criteria set %1").arg(legacy.legacyId);
        return {};
    }
    root.insert(QStringLiteral("id"), legacy.officialId);
    root.insert(QStringLiteral("dataRevision"), legacy.dataRevision);
    root.insert(QStringLiteral("formatVersion"), 2); // dataRevision is a format-2 key
    QJsonArray supersedes;
    for (const QJsonValue &v : root.value(QLatin1String("supersedes")).toArray()) {
        if (v.toString() != legacy.officialId)
            supersedes.append(v);
    }
    if (supersedes.isEmpty())
        root.remove(QStringLiteral("supersedes"));
    else
        root.insert(QStringLiteral("supersedes"), supersedes);
    root.insert(QStringLiteral("version"), withoutRevisionNote(root.value(QLatin1String("version")).toString()));
    QJsonObject title = root.value(QLatin1String("title")).toObject();
    for (const QString &language : {QStringLiteral("ja"), QStringLiteral("en")})
        title.insert(language, withoutRevisionNote(title.value(language).toString()));
    root.insert(QStringLiteral("title"), title);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace hoshi::storage
