#include "cliutil.h"
#include "commands.h"

#include "criteria/criteriaregistry.h"
#include "util/language.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace hoshi::cli {

namespace {

QJsonObject setJson(const CriteriaSet &set, bool withItems)
{
    QJsonObject o{{QStringLiteral("id"), set.id},
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
                {QStringLiteral("contentHash"), item.contentHash}});
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
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const CriteriaSet &set : registry.sets()) {
            QJsonObject o = setJson(set, false);
            o.insert(QStringLiteral("supersededBy"), registry.supersededBy(set.id));
            array.append(o);
        }
        printJson(QJsonDocument(array));
    } else {
        for (const CriteriaSet &set : registry.sets())
            out(Cli::tr("%1\t★%2\t%3\t%4 items\t%5%6").arg(set.id).arg(set.level)
                    .arg(set.assessment == AssessmentKind::ThirdParty ? QStringLiteral("third-party") : QStringLiteral("self-declaration"))
                    .arg(set.items.size()).arg(set.title.in(uiLanguage()))
                    .arg(registry.supersededBy(set.id).isEmpty() ? QString()
                                                                 : QStringLiteral("\t(superseded by %1)").arg(registry.supersededBy(set.id))));
    }
    return Ok;
}

int show(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
    parser.addPositionalArgument(QStringLiteral("ID"), Cli::tr("Criteria set id."));
    if (!parse(parser, QStringLiteral("criteria show"), args))
        return UsageOrInput;
    if (parser.positionalArguments().size() != 1) {
        err(Cli::tr("error: criteria show takes one criteria set id"));
        return UsageOrInput;
    }
    bool ok = true;
    const CriteriaRegistry registry = registryWithUserFolder(QString(), &ok);
    const CriteriaSet *set = registry.find(parser.positionalArguments().first());
    if (!set) {
        err(Cli::tr("error: unknown criteria set %1 (see: hoshi-cli criteria list)").arg(parser.positionalArguments().first()));
        return UsageOrInput;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonDocument(setJson(*set, true)));
        return Ok;
    }
    const QString lang = uiLanguage();
    out(QStringLiteral("%1  %2").arg(set->id, set->title.in(lang)));
    out(Cli::tr("level ★%1, %2, %3, published %4").arg(set->level).arg(set->status, set->source, set->published));
    for (const CriteriaItem &item : set->items) {
        out(QString());
        out(QStringLiteral("%1  [%2]%3  %4").arg(item.id, methodsBadge(item.methods),
                                                 item.scope == ItemScope::Vendor ? Cli::tr(" vendor") : QString(),
                                                 item.title.in(lang)));
        out(QStringLiteral("    %1").arg(item.requirement.in(lang)));
        out(item.notApplicableAllowed ? Cli::tr("    N/A when: %1").arg(item.notApplicableCondition.in(lang))
                                      : Cli::tr("    N/A: never"));
    }
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
    err(Cli::tr("usage: hoshi-cli criteria list|show|check|diff|migrate ..."));
    return UsageOrInput;
}

} // namespace hoshi::cli
