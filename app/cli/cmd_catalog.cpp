// SPDX-License-Identifier: Apache-2.0
// organisation|product|declaration list|show|set|remove: the CLI reads and edits what `add` made.
#include "cmd_catalog.h"

#include "clifields.h"
#include "cliutil.h"
#include "cmd_shelflife.h"

#include <QJsonArray>

namespace hoshi::cli {

namespace {

const QString json = QStringLiteral("json");

void addIdOption(QCommandLineParser &parser, const QString &name, const QString &description)
{
    parser.addOption({name, description, QStringLiteral("ID")});
}

// ---- organisation ----

int organisationList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({json, Cli::tr("Print JSON.")});
    std::unique_ptr<Workspace> ws = parseAndOpen(parser, QStringLiteral("organisation list"), args, Workspace::Access::ReadOnly);
    if (!ws)
        return UsageOrInput;
    QJsonArray list;
    for (const Organisation &o : ws->organisations()) {
        list.append(organisationJson(o));
        if (!parser.isSet(json))
            out(QStringLiteral("%1\t%2").arg(o.id).arg(o.name));
    }
    if (parser.isSet(json))
        printJson(QJsonDocument(list));
    return Ok;
}

int organisationShowSetRemove(const QString &verb, const QStringList &args)
{
    QCommandLineParser parser;
    addIdOption(parser, QStringLiteral("organisation"), Cli::tr("Organisation id."));
    if (verb == QLatin1String("show"))
        parser.addOption({json, Cli::tr("Print JSON.")});
    if (verb == QLatin1String("set"))
        addFieldOptions(parser, organisationOptions);
    std::unique_ptr<Workspace> ws = parseAndOpen(parser, QStringLiteral("organisation ") + verb, args,
                                                 verb == QLatin1String("show") ? Workspace::Access::ReadOnly
                                                                               : Workspace::Access::ReadWrite);
    const qint64 id = ws ? idOption(parser, QStringLiteral("organisation")) : -1;
    if (id < 0)
        return UsageOrInput;
    std::optional<Organisation> o = ws->organisation(id);
    if (!o)
        return refused(Cli::tr("there is no organisation %1").arg(id));
    QString error;
    if (verb == QLatin1String("remove"))
        return ws->removeOrganisation(id, &error) ? Ok : refused(error);
    if (verb == QLatin1String("set")) {
        readFieldOptions(parser, organisationOptions, *o);
        return ws->updateOrganisation(*o, &error) ? Ok : refused(error);
    }
    const QJsonObject object = organisationJson(*o);
    if (parser.isSet(json))
        printJson(QJsonDocument(object));
    else
        printFields(object, {QStringLiteral("id")});
    return Ok;
}

// ---- product ----

int productList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({json, Cli::tr("Print JSON.")});
    addIdOption(parser, QStringLiteral("organisation"), Cli::tr("Only the products of this organisation."));
    std::unique_ptr<Workspace> ws = parseAndOpen(parser, QStringLiteral("product list"), args, Workspace::Access::ReadOnly);
    if (!ws)
        return UsageOrInput;
    const qint64 organisationId = parser.isSet(QStringLiteral("organisation")) ? idOption(parser, QStringLiteral("organisation")) : -1;
    if (parser.isSet(QStringLiteral("organisation")) && organisationId < 0)
        return UsageOrInput;
    QJsonArray list;
    for (const Product &p : ws->products(organisationId)) {
        list.append(productJson(p));
        if (!parser.isSet(json))
            out(QStringLiteral("%1\t%2\t%3\t%4\t%5").arg(p.id).arg(p.organisationId)
                    .arg(p.name, p.modelNumbers.join(QLatin1String(", ")), p.firmwareVersion));
    }
    if (parser.isSet(json))
        printJson(QJsonDocument(list));
    return Ok;
}

int productShowSetRemove(const QString &verb, const QStringList &args)
{
    QCommandLineParser parser;
    addIdOption(parser, QStringLiteral("product"), Cli::tr("Product id."));
    if (verb == QLatin1String("show"))
        parser.addOption({json, Cli::tr("Print JSON.")});
    if (verb == QLatin1String("set")) {
        parser.addOption({QStringLiteral("model"), Cli::tr("Model number (repeatable; replaces the stored list)."), QStringLiteral("M")});
        parser.addOption({QStringLiteral("support-until"), Cli::tr("Support period end date."), QStringLiteral("YYYY-MM-DD")});
        addFirmwareImageOption(parser);
        addFieldOptions(parser, productOptions);
    }
    std::unique_ptr<Workspace> ws = parseAndOpen(parser, QStringLiteral("product ") + verb, args,
                                                 verb == QLatin1String("show") ? Workspace::Access::ReadOnly
                                                                               : Workspace::Access::ReadWrite);
    const qint64 id = ws ? idOption(parser, QStringLiteral("product")) : -1;
    if (id < 0)
        return UsageOrInput;
    std::optional<Product> p = ws->product(id);
    if (!p)
        return refused(Cli::tr("there is no product %1").arg(id));
    QString error;
    if (verb == QLatin1String("remove"))
        return ws->removeProduct(id, &error) ? Ok : refused(error);
    if (verb == QLatin1String("set")) {
        readFieldOptions(parser, productOptions, *p);
        if (!readFirmwareImageOption(parser, &*p))
            return UsageOrInput;
        if (parser.isSet(QStringLiteral("model")))
            p->modelNumbers = parser.values(QStringLiteral("model"));
        if (!dateOption(parser, QStringLiteral("support-until"), &p->supportUntil))
            return UsageOrInput;
        return ws->updateProduct(*p, &error) ? Ok : refused(error);
    }
    const QJsonObject object = productJson(*p);
    if (parser.isSet(json))
        printJson(QJsonDocument(object));
    else
        printFields(object, {QStringLiteral("id"), QStringLiteral("organisation"), QStringLiteral("name"),
                             QStringLiteral("model")});
    return Ok;
}

// ---- declaration ----

int declarationList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({json, Cli::tr("Print JSON.")});
    addIdOption(parser, QStringLiteral("product"), Cli::tr("Only the declarations of this product."));
    std::unique_ptr<Workspace> ws = parseAndOpen(parser, QStringLiteral("declaration list"), args, Workspace::Access::ReadOnly);
    if (!ws)
        return UsageOrInput;
    const qint64 productId = parser.isSet(QStringLiteral("product")) ? idOption(parser, QStringLiteral("product")) : -1;
    if (parser.isSet(QStringLiteral("product")) && productId < 0)
        return UsageOrInput;
    QJsonArray list;
    for (const Declaration &d : ws->declarations(productId)) {
        list.append(declarationJson(d));
        if (!parser.isSet(json))
            out(QStringLiteral("%1\t%2\t%3\t%4\t%5").arg(d.id).arg(d.productId).arg(d.criteriaSetId, routeKey(d.route), stateKey(d.state)));
    }
    if (parser.isSet(json))
        printJson(QJsonDocument(list));
    return Ok;
}

QJsonArray assessmentsJson(const Workspace &ws, qint64 declarationId)
{
    QHash<QString, QJsonArray> evidenceByItem;
    for (const Evidence &e : ws.evidenceOfDeclaration(declarationId)) {
        for (const QString &item : e.itemIds)
            evidenceByItem[item].append(e.id);
    }
    QJsonArray list;
    for (const Assessment &a : ws.assessments(declarationId))
        list.append(QJsonObject{{QStringLiteral("item"), a.itemId},
                                {QStringLiteral("verdict"), verdictKey(a.verdict)},
                                {QStringLiteral("justification"), a.justification},
                                {QStringLiteral("notes"), a.notes},
                                {QStringLiteral("version"), a.rowVersion},
                                {QStringLiteral("evidence"), evidenceByItem.value(a.itemId)}});
    return list;
}

int declarationShowRemove(const QString &verb, const QStringList &args)
{
    QCommandLineParser parser;
    addIdOption(parser, QStringLiteral("declaration"), Cli::tr("Declaration id."));
    if (verb == QLatin1String("show"))
        parser.addOption({json, Cli::tr("Print JSON.")});
    std::unique_ptr<Workspace> ws = parseAndOpen(parser, QStringLiteral("declaration ") + verb, args,
                                                 verb == QLatin1String("show") ? Workspace::Access::ReadOnly
                                                                               : Workspace::Access::ReadWrite);
    const qint64 id = ws ? idOption(parser, QStringLiteral("declaration")) : -1;
    if (id < 0)
        return UsageOrInput;
    const std::optional<Declaration> d = ws->declaration(id);
    if (!d)
        return refused(Cli::tr("there is no declaration %1").arg(id));
    QString error;
    if (verb == QLatin1String("remove"))
        return ws->removeEmptyDeclaration(id, &error) ? Ok : refused(error);
    QJsonObject object = declarationJson(*d);
    const QJsonArray assessments = assessmentsJson(*ws, id);
    if (parser.isSet(json)) {
        object.insert(QStringLiteral("assessments"), assessments);
        printJson(QJsonDocument(object));
        return Ok;
    }
    printFields(object, {QStringLiteral("id"), QStringLiteral("product"), QStringLiteral("criteria"), QStringLiteral("route"),
                         QStringLiteral("state")});
    for (const QJsonValue &a : assessments) {
        QStringList evidence;
        for (const QJsonValue &e : a[QStringLiteral("evidence")].toArray())
            evidence << QString::number(e.toInteger());
        out(QStringLiteral("%1\t%2\t%3").arg(a[QStringLiteral("item")].toString(), a[QStringLiteral("verdict")].toString(),
                                              evidence.join(QLatin1Char(','))));
    }
    return Ok;
}

} // namespace

int runOrganisationQuery(const QString &verb, const QStringList &args)
{
    if (verb == QLatin1String("list"))
        return organisationList(args);
    if (verb == QLatin1String("show") || verb == QLatin1String("set") || verb == QLatin1String("remove"))
        return organisationShowSetRemove(verb, args);
    return verbUsage(QStringList{verb} + args, Cli::tr("usage: hoshi-cli organisation add|list|show|set|remove WS ... (see --help of each)"));
}

int runProductQuery(const QString &verb, const QStringList &args)
{
    if (verb == QLatin1String("list"))
        return productList(args);
    if (verb == QLatin1String("show") || verb == QLatin1String("set") || verb == QLatin1String("remove"))
        return productShowSetRemove(verb, args);
    return verbUsage(QStringList{verb} + args, Cli::tr("usage: hoshi-cli product add|list|show|set|remove WS ... (see --help of each)"));
}

int runDeclarationQuery(const QString &verb, const QStringList &args)
{
    if (verb == QLatin1String("list"))
        return declarationList(args);
    if (verb == QLatin1String("show") || verb == QLatin1String("remove"))
        return declarationShowRemove(verb, args);
    return verbUsage(QStringList{verb} + args,
                     Cli::tr("usage: hoshi-cli declaration new|set|carry-over|list|show|remove WS ... (see --help of each)"));
}

} // namespace hoshi::cli
