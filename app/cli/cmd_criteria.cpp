// SPDX-License-Identifier: Apache-2.0
#include "cliutil.h"
#include "commands.h"

#include "criteria/criteriadiff.h"
#include "criteria/criterialibrary.h"
#include "criteria/criteriaregistry.h"
#include "util/language.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace hoshi::cli {

// The criteria set a declaration uses, its official points applied (cmd_criteriaidentity.cpp).
std::optional<CriteriaSet> declarationCriteria(const QString &workspace, const QString &declaration, QString *error);

namespace {

// Each point with where it comes from: "official" (the user's copy of IPA's checklist, named
// with its SHA-256), "sourced" (a file's cited source) or "placeholder" (Hoshi's stand-in).
QJsonArray pointsJson(const CriteriaItem &item)
{
    QJsonArray points;
    for (const EvaluationPoint &p : item.points) {
        QJsonArray methods;
        for (Method m : p.methods)
            methods.append(methodKey(m));
        QJsonObject o{{QStringLiteral("id"), p.id},
                      {QStringLiteral("text"), p.text.toJson()},
                      {QStringLiteral("methods"), methods},
                      {QStringLiteral("origin"), p.official         ? QStringLiteral("official")
                                                 : p.isPlaceholder() ? QStringLiteral("placeholder")
                                                                     : QStringLiteral("sourced")}};
        if (p.number > 0)
            o.insert(QStringLiteral("number"), p.number);
        if (p.official)
            o.insert(QStringLiteral("provenance"), QJsonObject{{QStringLiteral("file"), p.officialFile},
                                                              {QStringLiteral("sha256"), p.officialSha256}});
        else if (p.source)
            o.insert(QStringLiteral("confidence"), confidenceKey(p.source->confidence));
        points.append(o);
    }
    return points;
}

QJsonObject setJson(const CriteriaSet &set, bool withItems)
{
    QJsonObject o{{QStringLiteral("id"), set.id},
                  {QStringLiteral("dataRevision"), set.dataRevision},
                  {QStringLiteral("scheme"), set.scheme},
                  {QStringLiteral("level"), set.level},
                  {QStringLiteral("version"), set.version},
                  {QStringLiteral("published"), set.published},
                  {QStringLiteral("status"), set.status},
                  {QStringLiteral("assessment"), set.assessment == AssessmentKind::ThirdParty
                                                     ? QStringLiteral("third-party")
                                                     : QStringLiteral("self-declaration")},
                  {QStringLiteral("title"), set.title.toJson()},
                  {QStringLiteral("itemCount"), int(set.items.size())},
                  {QStringLiteral("origin"), set.origin}};
    if (!set.productCategory.isEmpty())
        o.insert(QStringLiteral("productCategory"), set.productCategory.toJson());
    if (withItems) {
        QJsonArray items;
        for (const CriteriaItem &item : set.items) {
            QJsonArray methods;
            for (Method m : item.methods)
                methods.append(methodKey(m));
            items.append(QJsonObject{
                {QStringLiteral("id"), item.id},
                {QStringLiteral("scope"), item.scope == ItemScope::Vendor ? QStringLiteral("vendor") : QStringLiteral("product")},
                {QStringLiteral("area"), item.area.toJson()},
                {QStringLiteral("title"), item.title.toJson()},
                {QStringLiteral("requirement"), item.requirement.toJson()},
                {QStringLiteral("methods"), methods},
                {QStringLiteral("notApplicableAllowed"), item.notApplicableAllowed},
                {QStringLiteral("notApplicableCondition"), item.notApplicableCondition.toJson()},
                {QStringLiteral("etsiEn303645"), QJsonArray::fromStringList(item.etsiMappings)},
                {QStringLiteral("pstiExempt"), item.pstiExempt},
                {QStringLiteral("contentHash"), item.contentHash},
                {QStringLiteral("identityHash"), item.identityHash},
                {QStringLiteral("evaluationPoints"), pointsJson(item)}});
        }
        o.insert(QStringLiteral("items"), items);
    }
    return o;
}

CriteriaRegistry registryWithUserFolder(const QString &folder, bool *ok)
{
    CriteriaRegistry registry = CriteriaRegistry::withBuiltins();
    *ok = true;
    const QString dir = folder.isEmpty() ? CriteriaRegistry::userFolder() : folder;
    if (QFileInfo(dir).isDir()) {
        for (const CriteriaProblem &p : registry.loadFolder(dir)) {
            err(Cli::tr("warning: %1").arg(p.toString()));
            *ok = false;
        }
    }
    return registry;
}

int list(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
    parser.addOption({QStringLiteral("dir"), Cli::tr("Also load criteria files from FOLDER (default: the user folder)."),
                      QStringLiteral("FOLDER")});
    if (!parse(parser, QStringLiteral("criteria list"), args))
        return UsageOrInput;
    bool ok = true;
    const CriteriaRegistry registry = registryWithUserFolder(parser.value(QStringLiteral("dir")), &ok);
    // By official id, then Hoshi's data revision.
    QList<CriteriaSet> sets = registry.sets();
    std::stable_sort(sets.begin(), sets.end(), [](const CriteriaSet &a, const CriteriaSet &b) {
        return a.id != b.id ? a.id < b.id : a.dataRevision < b.dataRevision;
    });
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const CriteriaSet &set : std::as_const(sets)) {
            QJsonObject o = setJson(set, false);
            o.insert(QStringLiteral("supersededBy"), registry.supersededBy(set.id));
            const int newest = registry.dataRevisions(set.id).last();
            o.insert(QStringLiteral("newerDataRevision"), newest > set.dataRevision ? newest : 0);
            array.append(o);
        }
        printJson(QJsonDocument(array));
    } else {
        for (const CriteriaSet &set : std::as_const(sets))
            out(Cli::tr("%1\tdata revision %7\t★%2\t%3\t%4 items\t%5%6").arg(set.id).arg(set.level)
                    .arg(set.assessment == AssessmentKind::ThirdParty ? QStringLiteral("third-party") : QStringLiteral("self-declaration"))
                    .arg(set.items.size()).arg(set.title.in(uiLanguage()))
                    .arg(registry.supersededBy(set.id).isEmpty() ? QString()
                                                                 : QStringLiteral("\t(superseded by %1)").arg(registry.supersededBy(set.id)))
                    .arg(set.dataRevision));
    }
    return Ok;
}

// "ID" (the newest data revision) or "ID@REVISION".
const CriteriaSet *findSet(const CriteriaRegistry &registry, const QString &name)
{
    const qsizetype at = name.lastIndexOf(QLatin1Char('@'));
    bool numeric = false;
    const int revision = at > 0 ? name.mid(at + 1).toInt(&numeric) : 0;
    return numeric ? registry.find(name.left(at), revision) : registry.find(name);
}

void printItem(const CriteriaItem &item, const QString &lang)
{
    out(QString());
    out(QStringLiteral("%1  [%2]%3  %4").arg(item.id, methodsBadge(item.methods),
                                             item.scope == ItemScope::Vendor ? Cli::tr(" vendor") : QString(),
                                             item.title.in(lang)));
    out(QStringLiteral("    %1").arg(item.requirement.in(lang)));
    out(item.notApplicableAllowed ? Cli::tr("    N/A when: %1").arg(item.notApplicableCondition.in(lang))
                                  : Cli::tr("    N/A: never"));
    if (item.points.isEmpty())
        return;
    out(item.pointMode == PointMode::Alternatives ? Cli::tr("    evaluation points, one or more of:")
                                                  : Cli::tr("    evaluation points, all of:"));
    for (const EvaluationPoint &p : item.points)
        out(QStringLiteral("      %1 [%2] %3 %4").arg(p.id, methodsBadge(p.methods), CriteriaDiff::pointOriginLabel(p),
                                                     p.text.in(lang)));
}

int show(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
    parser.addOption({QStringLiteral("workspace"), Cli::tr("With --declaration: the workspace holding it."), QStringLiteral("WS")});
    parser.addOption({QStringLiteral("declaration"), Cli::tr("Show the set as this declaration uses it: its data revision "
                                                             "and its official evaluation points, if set."),
                      QStringLiteral("ID")});
    parser.addPositionalArgument(QStringLiteral("ID"), Cli::tr("Criteria set id, optionally with @DATA-REVISION."));
    if (!parse(parser, QStringLiteral("criteria show"), args))
        return UsageOrInput;
    if (parser.positionalArguments().size() != 1) {
        err(Cli::tr("error: criteria show takes one criteria set id"));
        return UsageOrInput;
    }
    if (parser.isSet(QStringLiteral("workspace")) != parser.isSet(QStringLiteral("declaration")))
        return refused(Cli::tr("--workspace and --declaration go together"));
    const QString name = parser.positionalArguments().first();
    std::optional<CriteriaSet> set;
    if (parser.isSet(QStringLiteral("declaration"))) {
        QString error;
        set = declarationCriteria(parser.value(QStringLiteral("workspace")), parser.value(QStringLiteral("declaration")), &error);
        if (!set)
            return refused(error);
        if (set->id != name.section(QLatin1Char('@'), 0, 0))
            return refused(Cli::tr("declaration %1 uses %2, not %3").arg(parser.value(QStringLiteral("declaration")), set->id, name));
    } else {
        bool ok = true;
        const CriteriaRegistry registry = registryWithUserFolder(QString(), &ok);
        if (const CriteriaSet *found = findSet(registry, name))
            set = *found;
    }
    if (!set) {
        err(Cli::tr("error: unknown criteria set %1 (see: hoshi-cli criteria list)").arg(name));
        return UsageOrInput;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonDocument(setJson(*set, true)));
        return Ok;
    }
    const QString lang = uiLanguage();
    out(QStringLiteral("%1  %2").arg(CriteriaLibrary::displayName(set->id, set->dataRevision), set->title.in(lang)));
    out(Cli::tr("level ★%1, %2, %3, published %4").arg(set->level).arg(set->status, set->source, set->published));
    for (const CriteriaItem &item : set->items)
        printItem(item, lang);
    return Ok;
}

int check(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("Criteria files to validate."), QStringLiteral("FILE..."));
    if (!parse(parser, QStringLiteral("criteria check"), args))
        return UsageOrInput;
    if (parser.positionalArguments().isEmpty()) {
        err(Cli::tr("error: name at least one criteria file"));
        return UsageOrInput;
    }
    bool allValid = true;
    for (const QString &file : parser.positionalArguments()) {
        const CriteriaLoadResult result = CriteriaLoader::loadFile(file);
        if (result.set) {
            out(Cli::tr("%1: ok (%2, %3 items)").arg(file, result.set->id).arg(result.set->items.size()));
            continue;
        }
        allValid = false;
        for (const CriteriaProblem &p : result.problems)
            out(p.toString());
    }
    return allValid ? Ok : Negative;
}

} // namespace

int runCriteria(const QStringList &args)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("list"))
        return list(args.mid(1));
    if (verb == QLatin1String("show"))
        return show(args.mid(1));
    if (verb == QLatin1String("check"))
        return check(args.mid(1));
    if (verb == QLatin1String("diff"))
        return runCriteriaDiff(args.mid(1));
    if (verb == QLatin1String("migrate"))
        return runCriteriaMigrate(args.mid(1));
    if (verb == QLatin1String("update"))
        return runCriteriaUpdate(args.mid(1));
    if (verb == QLatin1String("overlay"))
        return runCriteriaOverlay(args.mid(1));
    err(Cli::tr("usage: hoshi-cli criteria list|show|check|diff|migrate|update|overlay ..."));
    return UsageOrInput;
}

} // namespace hoshi::cli
