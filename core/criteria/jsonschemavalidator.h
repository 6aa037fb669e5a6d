// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace hoshi {

struct SchemaError {
    QString pointer; // JSON pointer of the offending value, "" for the document root
    QString message;
};

// Validates JSON against the subset of JSON Schema 2020-12 that criteria/schema.json uses:
// type, required, properties, additionalProperties:false, enum, const, pattern, minLength,
// maxLength, minItems, items, uniqueItems, minimum, maximum and local $ref ("#/$defs/X").
// Written here because Debian 12 ships no C++ JSON Schema library for Qt; anything outside the
// subset is reported as a schema error rather than silently ignored.
class JsonSchemaValidator
{
public:
    explicit JsonSchemaValidator(QJsonObject schema);

    [[nodiscard]] QList<SchemaError> validate(const QJsonValue &value) const;

private:
    void check(const QJsonValue &value, const QJsonObject &schema, const QString &pointer,
               QList<SchemaError> &errors) const;
    [[nodiscard]] QJsonObject resolve(const QJsonObject &schema) const;

    QJsonObject m_schema;
};

[[nodiscard]] QString jsonPointerEscape(const QString &token);

} // namespace hoshi
