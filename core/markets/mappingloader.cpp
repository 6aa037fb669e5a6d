// SPDX-License-Identifier: Apache-2.0
// Reading one mapping file: a mapping set or a text overlay, validated against its schema and
// the rules a schema cannot state. Every problem names the file and a JSON pointer.
#include "mappinglibrary.h"

#include "criteria/criteriaregistry.h"
#include "criteria/jsonschemavalidator.h"
#include "util/jsonduplicatekeys.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <functional>

namespace hoshi::markets {

namespace {

const QString SetKind = QStringLiteral("hoshi-mapping-set");
const QString OverlayKind = QStringLiteral("hoshi-mapping-text-overlay");

QJsonObject loadSchema(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

const JsonSchemaValidator &setValidator()
{
    static const JsonSchemaValidator instance(loadSchema(QStringLiteral(":/mappings/schema.json")));
    return instance;
}

const JsonSchemaValidator &overlayValidator()
{
    static const JsonSchemaValidator instance(loadSchema(QStringLiteral(":/mappings/text-overlay.schema.json")));
    return instance;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

using Fail = std::function<void(const QString &pointer, const QString &message)>;

// The rules the schema cannot state; the document already matches the schema.
void checkSetRules(const QJsonObject &root, const CriteriaRegistry &criteria, const Fail &fail)
{
    const QString criteriaId = str(root.value(QLatin1String("source")).toObject(), "criteriaId");
    const CriteriaSet *source = criteria.find(criteriaId);
    if (!source)
        fail(QStringLiteral("/source/criteriaId"),
             MappingLibrary::tr("unknown criteria set \"%1\": Hoshi knows no criteria set with this id").arg(criteriaId));
    QSet<QString> itemIds;
    if (source) {
        for (const CriteriaItem &item : source->items)
            itemIds.insert(item.id);
    }
    const QJsonObject target = root.value(QLatin1String("target")).toObject();
    const bool quotable = str(target, "textPolicy") == QLatin1String("quotable");
    const QJsonArray requirements = target.value(QLatin1String("requirements")).toArray();
    QSet<QString> targetIds;
    for (int i = 0; i < requirements.size(); ++i) {
        const QJsonObject r = requirements.at(i).toObject();
        const QString id = str(r, "id");
        if (targetIds.contains(id))
            fail(QStringLiteral("/target/requirements/%1/id").arg(i), MappingLibrary::tr("duplicate requirement id \"%1\"").arg(id));
        targetIds.insert(id);
        if (!quotable && (r.contains(QLatin1String("text")) || r.contains(QLatin1String("textKind"))))
            fail(QStringLiteral("/target/requirements/%1/text").arg(i),
                 MappingLibrary::tr("the target's text may not be copied (textPolicy ids-and-titles-only): give ids and "
                                    "titles only, and add the text from your own copy as a local text overlay"));
        if (quotable && r.contains(QLatin1String("text")) != r.contains(QLatin1String("textKind")))
            fail(QStringLiteral("/target/requirements/%1").arg(i),
                 MappingLibrary::tr("a text needs its textKind (quote or summary), and a textKind needs a text"));
    }
    const QJsonArray entries = root.value(QLatin1String("entries")).toArray();
    QSet<QString> pairs;
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject e = entries.at(i).toObject();
        const QString at = QStringLiteral("/entries/%1").arg(i);
        const QString item = str(e, "source");
        const QString targetId = str(e, "target");
        if (source && !itemIds.contains(item))
            fail(at + QStringLiteral("/source"), MappingLibrary::tr("unknown item \"%1\": %2 has no item with this id").arg(item, criteriaId));
        if (!targetIds.contains(targetId))
            fail(at + QStringLiteral("/target"),
                 MappingLibrary::tr("unknown target \"%1\": it is not among target/requirements").arg(targetId));
        const QString pair = item + QLatin1Char('\n') + targetId;
        if (pairs.contains(pair))
            fail(at, MappingLibrary::tr("duplicate entry: %1 and %2 are already paired in this file").arg(item, targetId));
        pairs.insert(pair);
        if (str(e, "provenance") == QLatin1String("official") && !e.contains(QLatin1String("instrument")))
            fail(at + QStringLiteral("/instrument"), MappingLibrary::tr("an official entry must name the instrument that says so"));
    }
}

MappingSet parseSet(const QJsonObject &root, const QString &origin)
{
    MappingSet set;
    set.id = str(root, "id");
    set.sourceCriteriaId = str(root.value(QLatin1String("source")).toObject(), "criteriaId");
    const QJsonObject target = root.value(QLatin1String("target")).toObject();
    set.targetSetId = str(target, "id");
    set.targetTitle = str(target, "title");
    set.targetSource = str(target, "source");
    set.targetTextQuotable = str(target, "textPolicy") == QLatin1String("quotable");
    set.description = str(root, "description");
    set.origin = origin;
    for (const QJsonValue &v : target.value(QLatin1String("requirements")).toArray()) {
        const QJsonObject r = v.toObject();
        set.targets.append({str(r, "id"), str(r, "title"), str(r, "text"), str(r, "textKind") == QLatin1String("quote"),
                            QString(), str(r, "note")});
    }
    for (const QJsonValue &v : root.value(QLatin1String("entries")).toArray()) {
        const QJsonObject e = v.toObject();
        MappingEntry entry;
        entry.sourceItemId = str(e, "source");
        entry.targetId = str(e, "target");
        entry.relationship = relationshipFromKey(str(e, "relationship")).value_or(Relationship::Intersects);
        entry.rationale = str(e, "rationale");
        entry.provenance = provenanceFromKey(str(e, "provenance")).value_or(Provenance::Ours);
        entry.instrument = str(e, "instrument");
        set.entries.append(entry);
    }
    return set;
}

} // namespace

bool MappingLibrary::loadData(const QByteArray &json, const QString &origin, const CriteriaRegistry &criteria,
                              QList<MappingProblem> *problems)
{
    QList<MappingProblem> found;
    const Fail fail = [&](const QString &pointer, const QString &message) { found.append({origin, pointer, message}); };
    const auto report = [&] {
        if (problems)
            problems->append(found);
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        fail(QString(), tr("invalid JSON at line %1, column %2: %3")
                            .arg(int(before.count('\n')) + 1)
                            .arg(int(parseError.offset - before.lastIndexOf('\n')))
                            .arg(parseError.errorString()));
        return report();
    }
    if (!doc.isObject()) {
        fail(QString(), tr("is not a JSON object (a mapping set or a text overlay)"));
        return report();
    }
    // Checked on the raw text: the parsed document has already dropped all but one value.
    for (const JsonDuplicateKeys::Duplicate &d : JsonDuplicateKeys::find(json))
        fail(d.pointer, tr("the key \"%1\" appears twice in one object; JSON keeps only one of the values, so the file "
                           "is ambiguous").arg(d.key));
    const QJsonObject root = doc.object();
    const bool overlay = str(root, "kind") == OverlayKind;
    for (const SchemaError &e : (overlay ? overlayValidator() : setValidator()).validate(root))
        fail(e.pointer, e.message);
    if (!found.isEmpty())
        return report();
    if (overlay)
        return applyOverlay(root, origin, problems);
    checkSetRules(root, criteria, fail);
    const QString id = str(root, "id");
    if (const MappingSet *existing = find(id))
        fail(QStringLiteral("/id"), tr("a mapping set \"%1\" is already loaded from %2").arg(id, existing->origin));
    if (!found.isEmpty())
        return report();
    m_sets.append(parseSet(root, origin));
    return true;
}

bool MappingLibrary::applyOverlay(const QJsonObject &root, const QString &origin, QList<MappingProblem> *problems)
{
    QList<MappingProblem> found;
    const QString targetSetId = str(root, "targetSetId");
    QSet<QString> known;
    for (const MappingSet &s : std::as_const(m_sets)) {
        if (s.targetSetId != targetSetId)
            continue;
        for (const TargetRequirement &t : s.targets)
            known.insert(t.id);
    }
    if (known.isEmpty())
        found.append({origin, QStringLiteral("/targetSetId"),
                      tr("no loaded mapping set has the target \"%1\"").arg(targetSetId)});
    const QJsonArray texts = root.value(QLatin1String("texts")).toArray();
    QHash<QString, QString> byId;
    for (int i = 0; i < texts.size() && !known.isEmpty(); ++i) {
        const QJsonObject t = texts.at(i).toObject();
        const QString id = str(t, "id");
        if (!known.contains(id))
            found.append({origin, QStringLiteral("/texts/%1/id").arg(i),
                          tr("unknown target \"%1\": %2 has no requirement with this id").arg(id, targetSetId)});
        else if (byId.contains(id))
            found.append({origin, QStringLiteral("/texts/%1/id").arg(i), tr("duplicate text for \"%1\"").arg(id)});
        byId.insert(id, str(t, "text"));
    }
    if (!found.isEmpty()) {
        if (problems)
            problems->append(found);
        return false;
    }
    for (MappingSet &s : m_sets) {
        if (s.targetSetId != targetSetId)
            continue;
        for (TargetRequirement &t : s.targets) {
            if (!byId.contains(t.id))
                continue;
            t.text = byId.value(t.id);
            t.textIsQuote = true; // the user's own copy of the standard
            t.textOrigin = origin;
        }
    }
    return true;
}

} // namespace hoshi::markets
