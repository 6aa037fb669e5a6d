// SPDX-License-Identifier: Apache-2.0
#include "jsonschemavalidator.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace hoshi {

namespace {

QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return std::floor(d) == d && std::isfinite(d) ? QStringLiteral("integer") : QStringLiteral("number");
    }
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

bool typeMatches(const QString &actual, const QString &wanted)
{
    return actual == wanted || (wanted == QLatin1String("number") && actual == QLatin1String("integer"));
}

QString describe(const QJsonValue &value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return typeOf(value);
}

const QSet<QString> &knownKeywords()
{
    static const QSet<QString> keywords{
        QStringLiteral("$schema"),  QStringLiteral("$id"),       QStringLiteral("$defs"),
        QStringLiteral("$ref"),     QStringLiteral("title"),     QStringLiteral("description"),
        QStringLiteral("type"),     QStringLiteral("required"),  QStringLiteral("properties"),
        QStringLiteral("additionalProperties"), QStringLiteral("enum"), QStringLiteral("const"),
        QStringLiteral("pattern"),  QStringLiteral("minLength"), QStringLiteral("maxLength"),
        QStringLiteral("minItems"), QStringLiteral("items"),     QStringLiteral("uniqueItems"),
        QStringLiteral("minimum"),  QStringLiteral("maximum"),   QStringLiteral("examples")};
    return keywords;
}

} // namespace

QString jsonPointerEscape(const QString &token)
{
    QString escaped = token;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0"));
    escaped.replace(QLatin1Char('/'), QLatin1String("~1"));
    return escaped;
}

JsonSchemaValidator::JsonSchemaValidator(QJsonObject schema) : m_schema(std::move(schema)) {}

QList<SchemaError> JsonSchemaValidator::validate(const QJsonValue &value) const
{
    QList<SchemaError> errors;
    check(value, m_schema, QString(), errors);
    return errors;
}

QJsonObject JsonSchemaValidator::resolve(const QJsonObject &schema) const
{
    QJsonObject current = schema;
    for (int depth = 0; depth < 16 && current.contains(QLatin1String("$ref")); ++depth) {
        const QString ref = current.value(QLatin1String("$ref")).toString();
        const QString prefix = QStringLiteral("#/$defs/");
        if (!ref.startsWith(prefix))
            return {};
        current = m_schema.value(QLatin1String("$defs")).toObject().value(ref.mid(prefix.size())).toObject();
    }
    return current;
}

void JsonSchemaValidator::check(const QJsonValue &value, const QJsonObject &rawSchema, const QString &pointer,
                                QList<SchemaError> &errors) const
{
    const QJsonObject schema = resolve(rawSchema);
    if (schema.isEmpty() && rawSchema.contains(QLatin1String("$ref"))) {
        errors.append({pointer, QStringLiteral("schema error: unresolvable $ref %1")
                                    .arg(rawSchema.value(QLatin1String("$ref")).toString())});
        return;
    }
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        if (!knownKeywords().contains(it.key()))
            errors.append({pointer, QStringLiteral("schema error: unsupported keyword \"%1\"").arg(it.key())});
    }

    const QString actualType = typeOf(value);
    if (schema.contains(QLatin1String("type"))) {
        const QJsonValue typeValue = schema.value(QLatin1String("type"));
        QStringList wanted;
        if (typeValue.isArray()) {
            for (const QJsonValue &t : typeValue.toArray())
                wanted << t.toString();
        } else {
            wanted << typeValue.toString();
        }
        bool ok = false;
        for (const QString &t : wanted)
            ok = ok || typeMatches(actualType, t);
        if (!ok) {
            errors.append({pointer, QStringLiteral("has type %1, expected type %2").arg(actualType, wanted.join(QLatin1String(" or ")))});
            return; // further keywords would only repeat the same problem
        }
    }

    if (schema.contains(QLatin1String("const")) && value != schema.value(QLatin1String("const")))
        errors.append({pointer, QStringLiteral("must be %1, found %2").arg(describe(schema.value(QLatin1String("const"))), describe(value))});

    if (schema.contains(QLatin1String("enum"))) {
        const QJsonArray options = schema.value(QLatin1String("enum")).toArray();
        if (!options.contains(value)) {
            QStringList names;
            for (const QJsonValue &o : options)
                names << describe(o);
            errors.append({pointer, QStringLiteral("value %1 is not one of %2").arg(describe(value), names.join(QLatin1String(", ")))});
        }
    }

    if (value.isString()) {
        const QString s = value.toString();
        if (schema.contains(QLatin1String("minLength")) && s.size() < schema.value(QLatin1String("minLength")).toInt())
            errors.append({pointer, QStringLiteral("text is shorter than the minimum length %1").arg(schema.value(QLatin1String("minLength")).toInt())});
        if (schema.contains(QLatin1String("maxLength")) && s.size() > schema.value(QLatin1String("maxLength")).toInt())
            errors.append({pointer, QStringLiteral("text is longer than the maximum length %1").arg(schema.value(QLatin1String("maxLength")).toInt())});
        if (schema.contains(QLatin1String("pattern"))) {
            const QRegularExpression re(schema.value(QLatin1String("pattern")).toString());
            if (!re.isValid())
                errors.append({pointer, QStringLiteral("schema error: invalid pattern %1").arg(re.pattern())});
            else if (!re.match(s).hasMatch())
                errors.append({pointer, QStringLiteral("value %1 does not match the pattern %2").arg(describe(value), re.pattern())});
        }
    }

    if (value.isDouble()) {
        const double d = value.toDouble();
        if (schema.contains(QLatin1String("minimum")) && d < schema.value(QLatin1String("minimum")).toDouble())
            errors.append({pointer, QStringLiteral("value %1 is below the minimum %2").arg(d).arg(schema.value(QLatin1String("minimum")).toDouble())});
        if (schema.contains(QLatin1String("maximum")) && d > schema.value(QLatin1String("maximum")).toDouble())
            errors.append({pointer, QStringLiteral("value %1 is above the maximum %2").arg(d).arg(schema.value(QLatin1String("maximum")).toDouble())});
    }

    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (schema.contains(QLatin1String("minItems")) && array.size() < schema.value(QLatin1String("minItems")).toInt())
            errors.append({pointer, QStringLiteral("must have at least %1 element(s)").arg(schema.value(QLatin1String("minItems")).toInt())});
        if (schema.value(QLatin1String("uniqueItems")).toBool()) {
            for (int i = 1; i < array.size(); ++i) {
                for (int j = 0; j < i; ++j) {
                    if (array.at(i) == array.at(j)) {
                        errors.append({pointer + QLatin1Char('/') + QString::number(i),
                                       QStringLiteral("duplicate of element %1").arg(j)});
                        break;
                    }
                }
            }
        }
        if (schema.contains(QLatin1String("items"))) {
            const QJsonObject itemSchema = schema.value(QLatin1String("items")).toObject();
            for (int i = 0; i < array.size(); ++i)
                check(array.at(i), itemSchema, pointer + QLatin1Char('/') + QString::number(i), errors);
        }
    }

    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        for (const QJsonValue &name : schema.value(QLatin1String("required")).toArray()) {
            if (!object.contains(name.toString()))
                errors.append({pointer, QStringLiteral("required property \"%1\" is missing").arg(name.toString())});
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString childPointer = pointer + QLatin1Char('/') + jsonPointerEscape(it.key());
            if (properties.contains(it.key()))
                check(it.value(), properties.value(it.key()).toObject(), childPointer, errors);
            else if (schema.value(QLatin1String("additionalProperties")) == QJsonValue(false))
                errors.append({childPointer, QStringLiteral("property \"%1\" is not allowed here").arg(it.key())});
        }
    }
}

} // namespace hoshi
