// SPDX-License-Identifier: Apache-2.0
// Strict reading of a form profile: every member typed and checked, unknown members refused,
// every error named by its JSON pointer.
#include "formprofile.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace hoshi::officialform {

namespace {

class Reader
{
public:
    explicit Reader(QString *error) : m_error(error) {}

    bool fail(const QString &pointer, const QString &message)
    {
        if (m_error)
            *m_error = pointer + QStringLiteral(": ") + message;
        return false;
    }

    bool onlyKeys(const QJsonObject &o, const QString &pointer, const QStringList &allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key()))
                return fail(pointer + QLatin1Char('/') + it.key(), FormProfileJson::tr("unknown member."));
        }
        return true;
    }

    bool string(const QJsonObject &o, const QString &pointer, const QString &key, QString *out, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return true;
        if (!v.isString())
            return fail(pointer + QLatin1Char('/') + key, FormProfileJson::tr("a string is required."));
        *out = v.toString();
        return true;
    }

    bool object(const QJsonObject &o, const QString &pointer, const QString &key, QJsonObject *out)
    {
        const QJsonValue v = o.value(key);
        if (!v.isObject())
            return fail(pointer + QLatin1Char('/') + key, FormProfileJson::tr("an object is required."));
        *out = v.toObject();
        return true;
    }

    bool array(const QJsonObject &o, const QString &pointer, const QString &key, QJsonArray *out)
    {
        const QJsonValue v = o.value(key);
        if (!v.isArray())
            return fail(pointer + QLatin1Char('/') + key, FormProfileJson::tr("an array is required."));
        *out = v.toArray();
        return true;
    }

    // A cell: "Sheet!A1" or null (not set).
    bool cell(const QJsonObject &o, const QString &pointer, const QString &key, CellRef *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isNull() || v.isUndefined()) {
            *out = {};
            return true;
        }
        const auto ref = v.isString() ? CellRef::parse(v.toString()) : std::nullopt;
        if (!ref)
            return fail(pointer + QLatin1Char('/') + key,
                        FormProfileJson::tr("a cell reference like \"Sheet!B7\" (or null) is required."));
        *out = *ref;
        return true;
    }

    bool origin(const QJsonObject &o, const QString &pointer, Origin *out)
    {
        QString key;
        if (!string(o, pointer, QStringLiteral("origin"), &key))
            return false;
        const auto value = originFromKeyText(key);
        if (!value)
            return fail(pointer + QStringLiteral("/origin"), FormProfileJson::tr("\"detected\" or \"user\" is required."));
        *out = *value;
        return true;
    }

    bool positiveInt(const QJsonValue &v, const QString &pointer, int *out)
    {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 1 || d > 1048576 || d != double(int(d)))
            return fail(pointer, FormProfileJson::tr("a positive whole number is required."));
        *out = int(d);
        return true;
    }

    static std::optional<Origin> originFromKeyText(const QString &key)
    {
        if (key == QLatin1String("user"))
            return Origin::User;
        if (key == QLatin1String("detected"))
            return Origin::Detected;
        return std::nullopt;
    }

private:
    QString *m_error;
};

bool readPoint(Reader &r, const QJsonValue &value, const QString &pointer, FormPoint *point)
{
    if (!value.isObject())
        return r.fail(pointer, FormProfileJson::tr("an object is required."));
    const QJsonObject o = value.toObject();
    return r.onlyKeys(o, pointer, {QStringLiteral("number"), QStringLiteral("textCell"), QStringLiteral("text"),
                                   QStringLiteral("verdictCell"), QStringLiteral("origin")})
           && r.positiveInt(o.value(QStringLiteral("number")), pointer + QStringLiteral("/number"), &point->number)
           && r.cell(o, pointer, QStringLiteral("textCell"), &point->textCell)
           && r.string(o, pointer, QStringLiteral("text"), &point->text)
           && r.cell(o, pointer, QStringLiteral("verdictCell"), &point->verdictCell)
           && r.origin(o, pointer, &point->origin);
}

bool readItem(Reader &r, const QJsonValue &value, const QString &pointer, FormItem *item)
{
    if (!value.isObject())
        return r.fail(pointer, FormProfileJson::tr("an object is required."));
    const QJsonObject o = value.toObject();
    QJsonArray rows, points;
    if (!r.onlyKeys(o, pointer, {QStringLiteral("id"), QStringLiteral("sheet"), QStringLiteral("rows"),
                                 QStringLiteral("idCell"), QStringLiteral("verdictCell"), QStringLiteral("evidenceCell"),
                                 QStringLiteral("reasonCell"), QStringLiteral("remarksCell"), QStringLiteral("points"),
                                 QStringLiteral("origin")})
        || !r.string(o, pointer, QStringLiteral("id"), &item->itemId) || !r.string(o, pointer, QStringLiteral("sheet"), &item->sheet)
        || !r.array(o, pointer, QStringLiteral("rows"), &rows))
        return false;
    if (item->itemId.isEmpty())
        return r.fail(pointer + QStringLiteral("/id"), FormProfileJson::tr("the item id is empty."));
    if (rows.size() != 2)
        return r.fail(pointer + QStringLiteral("/rows"), FormProfileJson::tr("two row numbers [first, last] are required."));
    if (!r.positiveInt(rows.at(0), pointer + QStringLiteral("/rows/0"), &item->firstRow)
        || !r.positiveInt(rows.at(1), pointer + QStringLiteral("/rows/1"), &item->lastRow))
        return false;
    if (item->lastRow < item->firstRow)
        return r.fail(pointer + QStringLiteral("/rows"), FormProfileJson::tr("the last row comes before the first."));
    if (!r.cell(o, pointer, QStringLiteral("idCell"), &item->idCell) || !r.cell(o, pointer, QStringLiteral("verdictCell"), &item->verdictCell)
        || !r.cell(o, pointer, QStringLiteral("evidenceCell"), &item->evidenceCell)
        || !r.cell(o, pointer, QStringLiteral("reasonCell"), &item->reasonCell)
        || !r.cell(o, pointer, QStringLiteral("remarksCell"), &item->remarksCell)
        || !r.array(o, pointer, QStringLiteral("points"), &points) || !r.origin(o, pointer, &item->origin))
        return false;
    for (int i = 0; i < points.size(); ++i) {
        FormPoint point;
        if (!readPoint(r, points.at(i), pointer + QStringLiteral("/points/%1").arg(i), &point))
            return false;
        item->points.append(point);
    }
    return true;
}

bool readField(Reader &r, const QJsonValue &value, const QString &pointer, FormField *field)
{
    if (!value.isObject())
        return r.fail(pointer, FormProfileJson::tr("an object is required."));
    const QJsonObject o = value.toObject();
    if (!r.onlyKeys(o, pointer, {QStringLiteral("key"), QStringLiteral("label"), QStringLiteral("labelCell"),
                                 QStringLiteral("valueCell"), QStringLiteral("origin")})
        || !r.string(o, pointer, QStringLiteral("key"), &field->key) || !r.string(o, pointer, QStringLiteral("label"), &field->label)
        || !r.cell(o, pointer, QStringLiteral("labelCell"), &field->labelCell)
        || !r.cell(o, pointer, QStringLiteral("valueCell"), &field->valueCell) || !r.origin(o, pointer, &field->origin))
        return false;
    if (!FieldKey::all().contains(field->key))
        return r.fail(pointer + QStringLiteral("/key"), FormProfileJson::tr("unknown field key \"%1\".").arg(field->key));
    if (!field->valueCell.isValid())
        return r.fail(pointer + QStringLiteral("/valueCell"), FormProfileJson::tr("a field needs its value cell."));
    return true;
}

bool readVocabulary(Reader &r, const QJsonObject &o, const QString &pointer, FormVocabulary *vocabulary)
{
    QJsonArray words, list;
    if (!r.onlyKeys(o, pointer, {QStringLiteral("words"), QStringLiteral("list"), QStringLiteral("source"), QStringLiteral("origin")})
        || !r.array(o, pointer, QStringLiteral("words"), &words) || !r.array(o, pointer, QStringLiteral("list"), &list)
        || !r.string(o, pointer, QStringLiteral("source"), &vocabulary->source) || !r.origin(o, pointer, &vocabulary->origin))
        return false;
    for (int i = 0; i < list.size(); ++i) {
        if (!list.at(i).isString())
            return r.fail(pointer + QStringLiteral("/list/%1").arg(i), FormProfileJson::tr("a string is required."));
        vocabulary->listValues.append(list.at(i).toString());
    }
    QSet<Verdict> seen;
    for (int i = 0; i < words.size(); ++i) {
        const QString at = pointer + QStringLiteral("/words/%1").arg(i);
        if (!words.at(i).isObject())
            return r.fail(at, FormProfileJson::tr("an object is required."));
        const QJsonObject w = words.at(i).toObject();
        QString key;
        VocabularyEntry entry;
        if (!r.onlyKeys(w, at, {QStringLiteral("verdict"), QStringLiteral("word")})
            || !r.string(w, at, QStringLiteral("verdict"), &key) || !r.string(w, at, QStringLiteral("word"), &entry.word))
            return false;
        const auto verdict = verdictFromKey(key);
        if (!verdict || *verdict == Verdict::NotAssessed)
            return r.fail(at + QStringLiteral("/verdict"), FormProfileJson::tr("unknown verdict \"%1\".").arg(key));
        if (seen.contains(*verdict))
            return r.fail(at + QStringLiteral("/verdict"), FormProfileJson::tr("the verdict \"%1\" has two words.").arg(key));
        if (entry.word.isEmpty())
            return r.fail(at + QStringLiteral("/word"), FormProfileJson::tr("the word is empty."));
        seen.insert(*verdict);
        entry.verdict = *verdict;
        vocabulary->entries.append(entry);
    }
    return true;
}

} // namespace

bool FormProfileJson::fromJson(const QJsonObject &root, FormProfile *out, QString *error)
{
    Reader r(error);
    FormProfile profile;
    QString format;
    QJsonObject templ, vocabulary;
    QJsonArray items, fields;
    if (!r.onlyKeys(root, QString(), {QStringLiteral("format"), QStringLiteral("formatVersion"), QStringLiteral("template"),
                                      QStringLiteral("criteriaSetId"), QStringLiteral("items"), QStringLiteral("fields"),
                                      QStringLiteral("vocabulary"),
                                      // what `hoshi-cli form detect --json` adds; recomputed, never read
                                      QStringLiteral("problems"), QStringLiteral("complete"), QStringLiteral("missingFields")})
        || !r.string(root, QString(), QStringLiteral("format"), &format))
        return false;
    if (format != QLatin1String("hoshi-form-profile"))
        return r.fail(QStringLiteral("/format"), tr("\"hoshi-form-profile\" is required."));
    if (root.value(QStringLiteral("formatVersion")).toDouble(-1) != FormProfile::FormatVersion)
        return r.fail(QStringLiteral("/formatVersion"), tr("only version %1 is known.").arg(FormProfile::FormatVersion));
    if (!r.object(root, QString(), QStringLiteral("template"), &templ)
        || !r.onlyKeys(templ, QStringLiteral("/template"), {QStringLiteral("name"), QStringLiteral("sha256")})
        || !r.string(templ, QStringLiteral("/template"), QStringLiteral("name"), &profile.templateName)
        || !r.string(templ, QStringLiteral("/template"), QStringLiteral("sha256"), &profile.templateSha256)
        || !r.string(root, QString(), QStringLiteral("criteriaSetId"), &profile.criteriaSetId))
        return false;
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(profile.templateSha256).hasMatch())
        return r.fail(QStringLiteral("/template/sha256"), tr("64 lower-case hexadecimal digits are required."));
    if (!r.array(root, QString(), QStringLiteral("items"), &items) || !r.array(root, QString(), QStringLiteral("fields"), &fields)
        || !r.object(root, QString(), QStringLiteral("vocabulary"), &vocabulary))
        return false;
    QSet<QString> ids;
    for (int i = 0; i < items.size(); ++i) {
        FormItem item;
        const QString pointer = QStringLiteral("/items/%1").arg(i);
        if (!readItem(r, items.at(i), pointer, &item))
            return false;
        if (ids.contains(item.itemId))
            return r.fail(pointer + QStringLiteral("/id"), tr("the item \"%1\" appears twice.").arg(item.itemId));
        ids.insert(item.itemId);
        profile.items.append(item);
    }
    QSet<QString> keys;
    for (int i = 0; i < fields.size(); ++i) {
        FormField field;
        const QString pointer = QStringLiteral("/fields/%1").arg(i);
        if (!readField(r, fields.at(i), pointer, &field))
            return false;
        if (keys.contains(field.key))
            return r.fail(pointer + QStringLiteral("/key"), tr("the field \"%1\" appears twice.").arg(field.key));
        keys.insert(field.key);
        profile.fields.append(field);
    }
    if (!readVocabulary(r, vocabulary, QStringLiteral("/vocabulary"), &profile.vocabulary))
        return false;
    *out = profile;
    return true;
}

} // namespace hoshi::officialform
