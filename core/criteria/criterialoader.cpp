// SPDX-License-Identifier: Apache-2.0
#include "criterialoader.h"

#include "criteriaformat2.h"
#include "jsonschemavalidator.h"
#include "util/hashstream.h"
#include "util/jsonduplicatekeys.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

namespace hoshi {

namespace {

QJsonObject loadSchema()
{
    QFile file(QStringLiteral(":/criteria/schema.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

const JsonSchemaValidator &validator()
{
    static const JsonSchemaValidator instance(loadSchema());
    return instance;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

QString normalised(const QString &text)
{
    return text.simplified();
}

CriteriaItem parseItem(const QJsonObject &o)
{
    CriteriaItem item;
    item.id = o.value(QLatin1String("id")).toString();
    item.area = LocalizedText::fromJson(o.value(QLatin1String("area")).toObject());
    item.scope = o.value(QLatin1String("scope")).toString() == QLatin1String("vendor") ? ItemScope::Vendor
                                                                                       : ItemScope::Product;
    item.title = LocalizedText::fromJson(o.value(QLatin1String("title")).toObject());
    item.requirement = LocalizedText::fromJson(o.value(QLatin1String("requirement")).toObject());
    for (const QString &key : stringList(o.value(QLatin1String("methods")))) {
        if (auto m = methodFromKey(key))
            item.methods << *m;
    }
    const QJsonObject na = o.value(QLatin1String("notApplicable")).toObject();
    item.notApplicableAllowed = na.value(QLatin1String("allowed")).toBool();
    item.notApplicableCondition = LocalizedText::fromJson(na.value(QLatin1String("condition")).toObject());
    const QJsonObject mappings = o.value(QLatin1String("mappings")).toObject();
    item.etsiMappings = stringList(mappings.value(QLatin1String("etsiEn303645")));
    item.pstiMappings = stringList(mappings.value(QLatin1String("ukPsti")));
    item.star1Mappings = stringList(mappings.value(QLatin1String("star1")));
    item.pstiExempt = o.value(QLatin1String("pstiExempt")).toBool();
    item.guidance = LocalizedText::fromJson(o.value(QLatin1String("guidance")).toObject());
    CriteriaFormat2::parseItem(o, item);
    item.contentHash = CriteriaLoader::itemContentHash(item);
    item.identityHash = CriteriaLoader::itemIdentityHash(item);
    return item;
}

} // namespace

QString CriteriaProblem::toString() const
{
    return QStringLiteral("%1: %2: %3").arg(file, pointer.isEmpty() ? QStringLiteral("(document)") : pointer, message);
}

QString CriteriaLoader::itemContentHash(const CriteriaItem &item)
{
    QJsonArray methods;
    QStringList keys;
    for (Method m : item.methods)
        keys << methodKey(m);
    keys.sort();
    for (const QString &k : keys)
        methods.append(k);
    // QJsonObject orders keys, so the compact form is canonical.
    QJsonObject canonical{
        {QStringLiteral("requirement"),
         QJsonObject{{QStringLiteral("ja"), normalised(item.requirement.ja)},
                     {QStringLiteral("en"), normalised(item.requirement.en)}}},
        {QStringLiteral("methods"), methods},
        {QStringLiteral("notApplicable"),
         QJsonObject{{QStringLiteral("allowed"), item.notApplicableAllowed},
                     {QStringLiteral("condition"),
                      QJsonObject{{QStringLiteral("ja"), normalised(item.notApplicableCondition.ja)},
                                  {QStringLiteral("en"), normalised(item.notApplicableCondition.en)}}}}}};
    // Only items with evaluation points hash them, so format-1 hashes are unchanged.
    if (const QJsonObject points = CriteriaFormat2::pointsForHash(item); !points.isEmpty())
        canonical.insert(QStringLiteral("evaluationPoints"), points);
    return HashStream::hexOf(QJsonDocument(canonical).toJson(QJsonDocument::Compact));
}

QString CriteriaLoader::itemIdentityHash(const CriteriaItem &item)
{
    // Hoshi's summaries (requirement, N/A condition, points of confidence "ours" or "secondary")
    // are descriptive: a reworded summary is the same criterion. Only what IPA fixes counts:
    // the id, the methods, whether N/A is allowed, and texts the file marks official.
    const auto official = [&item](const QString &field) {
        const auto it = item.provenance.constFind(field);
        return it != item.provenance.constEnd() && it->confidence == Confidence::Official;
    };
    const auto text = [](const LocalizedText &t) {
        return QJsonObject{{QStringLiteral("ja"), normalised(t.ja)}, {QStringLiteral("en"), normalised(t.en)}};
    };
    QStringList keys;
    for (Method m : item.methods)
        keys << methodKey(m);
    keys.sort();
    QJsonObject canonical{{QStringLiteral("id"), item.id},
                          {QStringLiteral("methods"), QJsonArray::fromStringList(keys)},
                          {QStringLiteral("notApplicableAllowed"), item.notApplicableAllowed}};
    if (official(QStringLiteral("requirement")))
        canonical.insert(QStringLiteral("requirement"), text(item.requirement));
    if (official(QStringLiteral("notApplicable")))
        canonical.insert(QStringLiteral("notApplicableCondition"), text(item.notApplicableCondition));
    QJsonArray points;
    for (const EvaluationPoint &p : item.points) {
        if (p.official || (p.source && p.source->confidence == Confidence::Official))
            points.append(text(p.text));
    }
    if (!points.isEmpty())
        canonical.insert(QStringLiteral("officialPoints"), points);
    return HashStream::hexOf(QJsonDocument(canonical).toJson(QJsonDocument::Compact));
}

CriteriaLoadResult CriteriaLoader::loadFile(const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).isDir())
        return {std::nullopt, {{path, QString(), QStringLiteral("is a folder, not a criteria file")}}};
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, {{path, QString(), QStringLiteral("cannot be read: %1").arg(file.errorString())}}};
    if (file.size() > MaxFileSize)
        return {std::nullopt, {{path, QString(), QStringLiteral("is %1 bytes; criteria files are at most %2 bytes")
                                                     .arg(file.size()).arg(MaxFileSize)}}};
    CriteriaLoadResult result = loadData(file.readAll(), path);
    return result;
}

CriteriaLoadResult CriteriaLoader::loadData(const QByteArray &json, const QString &origin)
{
    CriteriaLoadResult result;
    auto fail = [&](const QString &pointer, const QString &message) {
        result.problems.append({origin, pointer, message});
    };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Turn the byte offset into a line/column a person can find.
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - before.lastIndexOf('\n'));
        fail(QString(), QStringLiteral("invalid JSON at line %1, column %2: %3")
                            .arg(line).arg(column).arg(parseError.errorString()));
        return result;
    }
    if (!doc.isObject()) {
        fail(QString(), QStringLiteral("has type %1, expected type object (a criteria set)")
                            .arg(doc.isArray() ? QStringLiteral("array") : QStringLiteral("scalar")));
        return result;
    }
    // Checked on the raw text: the parsed document has already dropped all but one value.
    for (const JsonDuplicateKeys::Duplicate &d : JsonDuplicateKeys::find(json))
        fail(d.pointer, QStringLiteral("the key \"%1\" appears twice in one object; JSON keeps only one of the values, "
                                       "so the file is ambiguous").arg(d.key));

    const QJsonObject root = doc.object();
    for (const SchemaError &e : validator().validate(root))
        fail(e.pointer, e.message);

    // Rules the schema cannot state.
    const QJsonArray items = root.value(QLatin1String("items")).toArray();
    QSet<QString> seen;
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QString id = item.value(QLatin1String("id")).toString();
        if (!id.isEmpty() && seen.contains(id))
            fail(QStringLiteral("/items/%1/id").arg(i), QStringLiteral("duplicate item id \"%1\"").arg(id));
        seen.insert(id);
        const QJsonObject na = item.value(QLatin1String("notApplicable")).toObject();
        if (na.value(QLatin1String("allowed")).toBool() && !na.contains(QLatin1String("condition")))
            fail(QStringLiteral("/items/%1/notApplicable").arg(i),
                 QStringLiteral("allows N/A but states no condition under which it applies"));
    }
    CriteriaFormat2::checkRules(root, fail);
    const QString id = root.value(QLatin1String("id")).toString();
    if (stringList(root.value(QLatin1String("supersedes"))).contains(id))
        fail(QStringLiteral("/supersedes"), QStringLiteral("a set cannot supersede itself"));

    if (!result.problems.isEmpty())
        return result;

    CriteriaSet set;
    set.id = id;
    set.scheme = root.value(QLatin1String("scheme")).toString();
    set.level = root.value(QLatin1String("level")).toInt();
    set.version = root.value(QLatin1String("version")).toString();
    set.published = root.value(QLatin1String("published")).toString();
    set.status = root.value(QLatin1String("status")).toString();
    set.title = LocalizedText::fromJson(root.value(QLatin1String("title")).toObject());
    set.productCategory = LocalizedText::fromJson(root.value(QLatin1String("productCategory")).toObject());
    set.assessment = root.value(QLatin1String("assessment")).toString() == QLatin1String("third-party")
                         ? AssessmentKind::ThirdParty
                         : AssessmentKind::SelfDeclaration;
    set.supersedes = stringList(root.value(QLatin1String("supersedes")));
    set.source = root.value(QLatin1String("source")).toString();
    set.notes = LocalizedText::fromJson(root.value(QLatin1String("notes")).toObject());
    CriteriaFormat2::parseSet(root, set);
    for (const QJsonValue &v : items)
        set.items << parseItem(v.toObject());
    set.json = json;
    set.origin = origin;
    result.set = std::move(set);
    return result;
}

} // namespace hoshi
