// SPDX-License-Identifier: Apache-2.0
#include "strictjson.h"

#include "jsonduplicatekeys.h"

#include <QCoreApplication>
#include <QJsonParseError>

namespace hoshi {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hoshi::StrictJson", text);
}

} // namespace

std::optional<QJsonDocument> readStrictJson(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = tr("not valid JSON (at byte %1: %2)").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    QList<JsonDuplicateKeys::Duplicate> duplicates;
    if (!JsonDuplicateKeys::scan(bytes, &duplicates)) {
        // Qt parsed it, so only the depth limit of the key scan can be in the way.
        if (error)
            *error = tr("nested more than %1 levels deep").arg(JsonDuplicateKeys::MaxDepth);
        return std::nullopt;
    }
    if (!duplicates.isEmpty()) {
        if (error)
            *error = tr("the key \"%1\" appears twice in one object (%2); JSON keeps only one of the values, "
                        "so the file is ambiguous")
                         .arg(duplicates.first().key, duplicates.first().pointer);
        return std::nullopt;
    }
    return doc;
}

} // namespace hoshi
