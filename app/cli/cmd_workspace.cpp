// SPDX-License-Identifier: Apache-2.0
// Commands that build a workspace: init, organisation, product, declaration, evidence, demo
// (assess is in cmd_assessment.cpp).
#include "clifields.h"
#include "cliutil.h"
#include "cmd_shelflife.h"
#include "cmd_catalog.h"
#include "commands.h"

#include "demo/demoworkspace.h"

#include <QFileInfo>

namespace hoshi::cli {

namespace {

// Resolves --organisation, or the only organisation when there is exactly one.
qint64 organisationFor(const QCommandLineParser &parser, const Workspace &ws)
{
    if (parser.isSet(QStringLiteral("organisation")))
        return idOption(parser, QStringLiteral("organisation"));
    const QList<Organisation> all = ws.organisations();
    if (all.size() == 1)
        return all.first().id;
    err(all.isEmpty() ? Cli::tr("error: the workspace has no organisation yet (hoshi-cli organisation add)")
                      : Cli::tr("error: the workspace has several organisations; name one with --organisation ID"));
    return -1;
}

} // namespace

int runInit(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("New workspace: a .hoshi file, or an empty database on a server (postgresql://...)."));
    parser.addOption({QStringLiteral("organisation"), Cli::tr("Create a first organisation named NAME."), QStringLiteral("NAME")});
    if (!parse(parser, QStringLiteral("init"), args))
        return UsageOrInput;
    const QString path = workspaceArgument(parser);
    if (path.isEmpty())
        return UsageOrInput;
    std::unique_ptr<Workspace> ws = withPasswordPrompt(path, [&](QString *error) { return Workspace::create(path, error); });
    if (!ws)
        return UsageOrInput;
    QString error;
    if (parser.isSet(QStringLiteral("organisation"))) {
        Organisation o;
        o.name = parser.value(QStringLiteral("organisation"));
        return reportNewId(ws->addOrganisation(o, &error), error);
    }
    return Ok;
}

int runOrganisation(const QStringList &args)
{
    if (args.value(0) != QLatin1String("add"))
        return runOrganisationQuery(args.value(0), args.mid(1));
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("Workspace: a .hoshi file or a postgresql:// server address."));
    addFieldOptions(parser, organisationOptions);
    if (!parse(parser, QStringLiteral("organisation add"), args.mid(1)))
        return UsageOrInput;
    std::unique_ptr<Workspace> ws = openWorkspace(workspaceArgument(parser), Workspace::Access::ReadWrite);
    if (!ws)
        return UsageOrInput;
    Organisation o;
    readFieldOptions(parser, organisationOptions, o);
    QString error;
    return reportNewId(ws->addOrganisation(o, &error), error);
}

int runProduct(const QStringList &args)
{
    if (args.value(0) != QLatin1String("add"))
        return runProductQuery(args.value(0), args.mid(1));
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("Workspace: a .hoshi file or a postgresql:// server address."));
    parser.addOption({QStringLiteral("organisation"), Cli::tr("Organisation id (default: the only one)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("model"), Cli::tr("Model number (repeatable)."), QStringLiteral("M")});
    parser.addOption({QStringLiteral("support-until"), Cli::tr("Support period end date."), QStringLiteral("YYYY-MM-DD")});
    addFirmwareImageOption(parser);
    addFieldOptions(parser, productOptions);
    if (!parse(parser, QStringLiteral("product add"), args.mid(1)))
        return UsageOrInput;
    std::unique_ptr<Workspace> ws = openWorkspace(workspaceArgument(parser), Workspace::Access::ReadWrite);
    if (!ws)
        return UsageOrInput;
    Product p;
    p.organisationId = organisationFor(parser, *ws);
    if (p.organisationId < 0 || !dateOption(parser, QStringLiteral("support-until"), &p.supportUntil))
        return UsageOrInput;
    readFieldOptions(parser, productOptions, p);
    if (!readFirmwareImageOption(parser, &p))
        return UsageOrInput;
    p.modelNumbers = parser.values(QStringLiteral("model"));
    QString error;
    return reportNewId(ws->addProduct(p, &error), error);
}

int runDeclaration(const QStringList &args)
{
    const QString verb = args.value(0);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("Workspace: a .hoshi file or a postgresql:// server address."));
    parser.addOption({QStringLiteral("product"), Cli::tr("Product id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("criteria"), Cli::tr("Criteria set id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("route"), Cli::tr("standard or psti."), QStringLiteral("ROUTE"), QStringLiteral("standard")});
    parser.addOption({QStringLiteral("declaration"), Cli::tr("Declaration id (set)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("evaluation-date"), Cli::tr("Evaluation completion date (set)."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("psti-statement"), Cli::tr("PSTI statement of compliance or its URL (set)."), QStringLiteral("TEXT")});
    // carry-over is the discoverable name; migrate stays for existing scripts.
    const bool carryOver = verb == QLatin1String("carry-over") || verb == QLatin1String("migrate");
    const bool knownVerb = verb == QLatin1String("new") || verb == QLatin1String("set") || carryOver;
    if (!knownVerb)
        return runDeclarationQuery(verb, args.mid(1));
    if (!parse(parser, QStringLiteral("declaration ") + verb, args.mid(1)))
        return UsageOrInput;
    std::unique_ptr<Workspace> ws = openWorkspace(workspaceArgument(parser), Workspace::Access::ReadWrite);
    if (!ws)
        return UsageOrInput;
    QString error;
    const std::optional<Route> route = routeFromKey(parser.value(QStringLiteral("route")));
    if (!route) {
        err(Cli::tr("error: --route is standard or psti, not \"%1\"").arg(parser.value(QStringLiteral("route"))));
        return UsageOrInput;
    }
    if (verb == QLatin1String("new")) {
        const qint64 productId = idOption(parser, QStringLiteral("product"));
        if (productId < 0)
            return UsageOrInput;
        // "ID" takes the newest data revision of the set, "ID@REV" that one.
        const QString criteria = parser.value(QStringLiteral("criteria"));
        const qsizetype at = criteria.lastIndexOf(QLatin1Char('@'));
        bool numeric = false;
        const int revision = at > 0 ? criteria.mid(at + 1).toInt(&numeric) : 0;
        return reportNewId(ws->addDeclaration(productId, numeric ? criteria.left(at) : criteria, numeric ? revision : 0,
                                              *route, &error),
                           error);
    }
    const qint64 declarationId = idOption(parser, QStringLiteral("declaration"));
    if (carryOver) {
        QStringList review;
        const qint64 id = declarationId < 0 ? -1
                                            : ws->carryOverDeclaration(declarationId, parser.value(QStringLiteral("criteria")),
                                                                       &review, &error);
        if (id < 0) {
            if (declarationId > 0)
                err(Cli::tr("error: %1").arg(error));
            return UsageOrInput;
        }
        out(QString::number(id));
        err(review.isEmpty() ? Cli::tr("every answer carried over")
                             : Cli::tr("to assess again (new or changed): %1").arg(review.join(QLatin1String(", "))));
        return Ok;
    }
    std::optional<Declaration> d = declarationId > 0 ? ws->declaration(declarationId) : std::nullopt;
    if (!d) {
        if (declarationId > 0)
            err(Cli::tr("error: there is no declaration %1").arg(declarationId));
        return UsageOrInput;
    }
    if (!dateOption(parser, QStringLiteral("evaluation-date"), &d->evaluationCompletedOn))
        return UsageOrInput;
    if (parser.isSet(QStringLiteral("psti-statement")))
        d->pstiStatement = parser.value(QStringLiteral("psti-statement"));
    if (parser.isSet(QStringLiteral("route")))
        d->route = *route;
    if (!ws->updateDeclaration(*d, &error)) {
        err(Cli::tr("error: %1").arg(error));
        return UsageOrInput;
    }
    return Ok;
}

int runEvidence(const QStringList &args)
{
    if (args.value(0) != QLatin1String("add"))
        return runEvidenceQuery(args.value(0), args.mid(1));
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("Workspace: a .hoshi file or a postgresql:// server address."));
    parser.addOption({QStringLiteral("declaration"), Cli::tr("Declaration id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("item"), Cli::tr("Item the evidence backs (repeatable)."), QStringLiteral("ITEM")});
    parser.addOption({QStringLiteral("kind"), Cli::tr("document or device-test."), QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("tested-on"), Cli::tr("Test date."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("file"), Cli::tr("File to attach (repeatable)."), QStringLiteral("PATH")});
    addShelfLifeOptions(parser);
    addFieldOptions(parser, evidenceOptions);
    if (!parse(parser, QStringLiteral("evidence add"), args.mid(1)))
        return UsageOrInput;
    std::unique_ptr<Workspace> ws = openWorkspace(workspaceArgument(parser), Workspace::Access::ReadWrite);
    const qint64 declarationId = ws ? idOption(parser, QStringLiteral("declaration")) : -1;
    if (declarationId < 0)
        return UsageOrInput;
    Evidence e;
    const std::optional<EvidenceKind> kind = evidenceKindFromKey(parser.value(QStringLiteral("kind")));
    if (!kind) {
        err(Cli::tr("error: --kind is document or device-test"));
        return UsageOrInput;
    }
    e.kind = *kind;
    if (!dateOption(parser, QStringLiteral("tested-on"), &e.testedOn) || !readShelfLifeOptions(parser, &e))
        return UsageOrInput;
    readFieldOptions(parser, evidenceOptions, e);
    QString error;
    const qint64 id = ws->addEvidence(declarationId, parser.values(QStringLiteral("item")), e, &error);
    if (id < 0) {
        err(Cli::tr("error: %1").arg(error));
        return UsageOrInput;
    }
    for (const QString &file : parser.values(QStringLiteral("file"))) {
        if (ws->attachFile(id, file, &error) < 0) {
            // The evidence stays (it is a valid record); say exactly which file did not make it.
            err(Cli::tr("error: evidence %1 was added, but %2").arg(id).arg(error));
            out(QString::number(id));
            return UsageOrInput;
        }
    }
    out(QString::number(id));
    return Ok;
}

int runCompact(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("Workspace: a .hoshi file or a postgresql:// server address."));
    if (!parse(parser, QStringLiteral("compact"), args))
        return UsageOrInput;
    const QString path = workspaceArgument(parser);
    std::unique_ptr<Workspace> ws = openWorkspace(path, Workspace::Access::ReadWrite);
    if (!ws)
        return UsageOrInput;
    const qint64 before = QFileInfo(path).size();
    QString error;
    if (!ws->compact(&error)) {
        err(Cli::tr("error: %1").arg(error));
        return UsageOrInput;
    }
    if (ws->isServer())
        out(Cli::tr("%1: the server gave back the space of removed content").arg(ws->path()));
    else
        out(Cli::tr("%1: %2 -> %3 bytes").arg(path).arg(before).arg(QFileInfo(path).size()));
    return Ok;
}

int runDemo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("New workspace to write the demo into: a .hoshi file, or an empty database on a server."));
    if (!parse(parser, QStringLiteral("demo"), args))
        return UsageOrInput;
    const QString path = workspaceArgument(parser);
    if (path.isEmpty())
        return UsageOrInput;
    DemoIds ids;
    QString error;
    if (!DemoWorkspace::create(path, &ids, &error)) {
        err(Cli::tr("error: %1").arg(error));
        return UsageOrInput;
    }
    out(Cli::tr("demo written to %1").arg(path));
    out(Cli::tr("complete declaration: %1 (submittable)").arg(ids.completeDeclaration));
    out(Cli::tr("in-progress declaration: %1 (blocked)").arg(ids.inProgressDeclaration));
    out(Cli::tr("★3 draft declaration: %1").arg(ids.star3Declaration));
    return Ok;
}

} // namespace hoshi::cli
