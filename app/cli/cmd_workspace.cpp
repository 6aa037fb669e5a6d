// Commands that build a workspace: init, organisation, product, declaration, assess, evidence, demo.
#include "cliutil.h"
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
    err(all.isEmpty() ? QStringLiteral("error: the workspace has no organisation yet (hoshi-cli organisation add)")
                      : QStringLiteral("error: the workspace has several organisations; name one with --organisation ID"));
    return -1;
}

// A command-line option that fills one text field of a value type.
template <typename T>
struct FieldOption {
    const char *name;
    const char *description;
    QString T::*member;
};

template <typename T, size_t N>
void addFieldOptions(QCommandLineParser &parser, const FieldOption<T> (&options)[N])
{
    for (const FieldOption<T> &o : options)
        parser.addOption({QLatin1String(o.name), QLatin1String(o.description), QStringLiteral("TEXT")});
}

template <typename T, size_t N>
void readFieldOptions(const QCommandLineParser &parser, const FieldOption<T> (&options)[N], T &target)
{
    for (const FieldOption<T> &o : options)
        target.*o.member = parser.value(QLatin1String(o.name));
}

const FieldOption<Product> productOptions[] = {
    {"name", "Product name.", &Product::name},
    {"category", "Product category (製品類型).", &Product::category},
    {"firmware", "Name of the supported firmware.", &Product::firmwareName},
    {"firmware-version", "Conforming firmware version.", &Product::firmwareVersion},
    {"version-notice", "Notice about versions.", &Product::versionNotice},
    {"summary", "Product summary.", &Product::summary},
    {"web-page", "Product web page URL.", &Product::webPage},
    {"configuration-diagram", "Reference to the configuration diagram.", &Product::configurationDiagram},
    {"product-contact", "Product inquiry contact.", &Product::productContact},
    {"vulnerability-contact", "Vulnerability/defect reporting contact.", &Product::vulnerabilityContact},
    {"vdp-url", "Vulnerability disclosure policy URL.", &Product::vdpUrl},
    {"conformity-number", "Technical conformity certification number (技適).", &Product::technicalConformityNumber},
    {"other-certifications", "Other certification numbers.", &Product::otherCertifications},
    {"other-security-info", "Other security information.", &Product::otherSecurityInfo},
};

const FieldOption<Evidence> evidenceOptions[] = {
    {"title", "Document title.", &Evidence::title},
    {"doc-number", "Document number and/or version.", &Evidence::documentNumber},
    {"page", "Page(s).", &Evidence::pages},
    {"chapter", "Chapter/section.", &Evidence::chapter},
    {"url", "URL.", &Evidence::url},
    {"excerpt", "Excerpt stating the basis.", &Evidence::excerpt},
    {"procedure", "Test procedure.", &Evidence::procedure},
    {"summary", "Test result summary.", &Evidence::summary},
    {"tester", "Who ran the test.", &Evidence::tester},
    {"firmware-version", "Firmware version tested.", &Evidence::firmwareVersion},
    {"environment", "Test environment.", &Evidence::environment},
};

} // namespace

int runInit(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), QStringLiteral("New workspace file (.hoshi)."));
    parser.addOption({QStringLiteral("organisation"), QStringLiteral("Create a first organisation named NAME."), QStringLiteral("NAME")});
    if (!parse(parser, QStringLiteral("init"), args))
        return UsageOrInput;
    const QString path = workspaceArgument(parser);
    if (path.isEmpty())
        return UsageOrInput;
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::create(path, &error);
    if (!ws) {
        err(QStringLiteral("error: %1").arg(error));
        return UsageOrInput;
    }
    if (parser.isSet(QStringLiteral("organisation"))) {
        Organisation o;
        o.name = parser.value(QStringLiteral("organisation"));
        return reportNewId(ws->addOrganisation(o, &error), error);
    }
    return Ok;
}

int runOrganisation(const QStringList &args)
{
    if (args.value(0) != QLatin1String("add")) {
        err(QStringLiteral("usage: hoshi-cli organisation add WS --name NAME [...]"));
        return UsageOrInput;
    }
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), QStringLiteral("Workspace file."));
    const QStringList names{QStringLiteral("name"), QStringLiteral("name-en"), QStringLiteral("corporate-number"),
                            QStringLiteral("address"), QStringLiteral("contact-name"), QStringLiteral("contact-email"),
                            QStringLiteral("website")};
    for (const QString &n : names)
        parser.addOption({n, n, QStringLiteral("TEXT")});
    if (!parse(parser, QStringLiteral("organisation add"), args.mid(1)))
        return UsageOrInput;
    std::unique_ptr<Workspace> ws = openWorkspace(workspaceArgument(parser), Workspace::Access::ReadWrite);
    if (!ws)
        return UsageOrInput;
    Organisation o{-1, parser.value(names[0]), parser.value(names[1]), parser.value(names[2]), parser.value(names[3]),
                   parser.value(names[4]), parser.value(names[5]), parser.value(names[6])};
    QString error;
    return reportNewId(ws->addOrganisation(o, &error), error);
}

int runProduct(const QStringList &args)
{
    if (args.value(0) != QLatin1String("add")) {
        err(QStringLiteral("usage: hoshi-cli product add WS --name N --model M ..."));
        return UsageOrInput;
    }
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), QStringLiteral("Workspace file."));
    parser.addOption({QStringLiteral("organisation"), QStringLiteral("Organisation id (default: the only one)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("model"), QStringLiteral("Model number (repeatable)."), QStringLiteral("M")});
    parser.addOption({QStringLiteral("support-until"), QStringLiteral("Support period end date."), QStringLiteral("YYYY-MM-DD")});
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
    p.modelNumbers = parser.values(QStringLiteral("model"));
    QString error;
    return reportNewId(ws->addProduct(p, &error), error);
}

int runDeclaration(const QStringList &args)
{
    const QString verb = args.value(0);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), QStringLiteral("Workspace file."));
    parser.addOption({QStringLiteral("product"), QStringLiteral("Product id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("criteria"), QStringLiteral("Criteria set id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("route"), QStringLiteral("standard or psti."), QStringLiteral("ROUTE"), QStringLiteral("standard")});
    parser.addOption({QStringLiteral("declaration"), QStringLiteral("Declaration id (set)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("evaluation-date"), QStringLiteral("Evaluation completion date (set)."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("psti-statement"), QStringLiteral("PSTI statement of compliance or its URL (set)."), QStringLiteral("TEXT")});
    const bool knownVerb = verb == QLatin1String("new") || verb == QLatin1String("set") || verb == QLatin1String("migrate");
    if (!knownVerb || !parse(parser, QStringLiteral("declaration ") + verb, args.mid(1))) {
        if (!knownVerb)
            err(QStringLiteral("usage: hoshi-cli declaration new WS --product ID --criteria ID [--route standard|psti]\n"
                               "       hoshi-cli declaration set WS --declaration ID [--evaluation-date D] [--psti-statement T]\n"
                               "       hoshi-cli declaration migrate WS --declaration ID --criteria NEW-ID"));
        return UsageOrInput;
    }
    std::unique_ptr<Workspace> ws = openWorkspace(workspaceArgument(parser), Workspace::Access::ReadWrite);
    if (!ws)
        return UsageOrInput;
    QString error;
    const std::optional<Route> route = routeFromKey(parser.value(QStringLiteral("route")));
    if (!route) {
        err(QStringLiteral("error: --route is standard or psti, not \"%1\"").arg(parser.value(QStringLiteral("route"))));
        return UsageOrInput;
    }
    if (verb == QLatin1String("new")) {
        const qint64 productId = idOption(parser, QStringLiteral("product"));
        if (productId < 0)
            return UsageOrInput;
        return reportNewId(ws->addDeclaration(productId, parser.value(QStringLiteral("criteria")), *route, &error), error);
    }
    const qint64 declarationId = idOption(parser, QStringLiteral("declaration"));
    if (verb == QLatin1String("migrate")) {
        QStringList review;
        const qint64 id = declarationId < 0 ? -1
                                            : ws->carryOverDeclaration(declarationId, parser.value(QStringLiteral("criteria")),
                                                                       &review, &error);
        if (id < 0) {
            if (declarationId > 0)
                err(QStringLiteral("error: %1").arg(error));
            return UsageOrInput;
        }
        out(QString::number(id));
        err(review.isEmpty() ? QStringLiteral("every answer carried over")
                             : QStringLiteral("to assess again (new or changed): %1").arg(review.join(QLatin1String(", "))));
        return Ok;
    }
    std::optional<Declaration> d = declarationId > 0 ? ws->declaration(declarationId) : std::nullopt;
    if (!d) {
        if (declarationId > 0)
            err(QStringLiteral("error: there is no declaration %1").arg(declarationId));
        return UsageOrInput;
    }
    if (!dateOption(parser, QStringLiteral("evaluation-date"), &d->evaluationCompletedOn))
        return UsageOrInput;
    if (parser.isSet(QStringLiteral("psti-statement")))
        d->pstiStatement = parser.value(QStringLiteral("psti-statement"));
    if (parser.isSet(QStringLiteral("route")))
        d->route = *route;
    if (!ws->updateDeclaration(*d, &error)) {
        err(QStringLiteral("error: %1").arg(error));
        return UsageOrInput;
    }
    return Ok;
}

int runAssess(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), QStringLiteral("Workspace file."));
    parser.addOption({QStringLiteral("declaration"), QStringLiteral("Declaration id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("item"), QStringLiteral("Item id, e.g. S1.1-04."), QStringLiteral("ITEM")});
    parser.addOption({QStringLiteral("verdict"), QStringLiteral("conforming, not-applicable, non-conforming or not-assessed."),
                      QStringLiteral("VERDICT")});
    parser.addOption({QStringLiteral("justification"), QStringLiteral("Justification (needed for not-applicable)."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("notes"), QStringLiteral("Notes."), QStringLiteral("TEXT")});
    if (!parse(parser, QStringLiteral("assess"), args))
        return UsageOrInput;
    std::unique_ptr<Workspace> ws = openWorkspace(workspaceArgument(parser), Workspace::Access::ReadWrite);
    const qint64 declarationId = ws ? idOption(parser, QStringLiteral("declaration")) : -1;
    if (declarationId < 0)
        return UsageOrInput;
    const std::optional<Verdict> verdict = verdictFromKey(parser.value(QStringLiteral("verdict")));
    if (!verdict) {
        err(QStringLiteral("error: --verdict is conforming, not-applicable, non-conforming or not-assessed"));
        return UsageOrInput;
    }
    // Options not given keep what is stored.
    const Assessment before = ws->assessment(declarationId, parser.value(QStringLiteral("item")));
    const QString justification = parser.isSet(QStringLiteral("justification")) ? parser.value(QStringLiteral("justification"))
                                                                               : before.justification;
    const QString notes = parser.isSet(QStringLiteral("notes")) ? parser.value(QStringLiteral("notes")) : before.notes;
    QString error;
    if (!ws->setAssessment(declarationId, parser.value(QStringLiteral("item")), *verdict, justification, notes, &error)) {
        err(QStringLiteral("error: %1").arg(error));
        return UsageOrInput;
    }
    return Ok;
}

int runEvidence(const QStringList &args)
{
    if (args.value(0) != QLatin1String("add")) {
        err(QStringLiteral("usage: hoshi-cli evidence add WS --declaration ID --item ITEM --kind document|device-test ..."));
        return UsageOrInput;
    }
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), QStringLiteral("Workspace file."));
    parser.addOption({QStringLiteral("declaration"), QStringLiteral("Declaration id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("item"), QStringLiteral("Item the evidence backs (repeatable)."), QStringLiteral("ITEM")});
    parser.addOption({QStringLiteral("kind"), QStringLiteral("document or device-test."), QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("tested-on"), QStringLiteral("Test date."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("file"), QStringLiteral("File to attach (repeatable)."), QStringLiteral("PATH")});
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
        err(QStringLiteral("error: --kind is document or device-test"));
        return UsageOrInput;
    }
    e.kind = *kind;
    if (!dateOption(parser, QStringLiteral("tested-on"), &e.testedOn))
        return UsageOrInput;
    readFieldOptions(parser, evidenceOptions, e);
    QString error;
    const qint64 id = ws->addEvidence(declarationId, parser.values(QStringLiteral("item")), e, &error);
    if (id < 0) {
        err(QStringLiteral("error: %1").arg(error));
        return UsageOrInput;
    }
    for (const QString &file : parser.values(QStringLiteral("file"))) {
        if (ws->attachFile(id, file, &error) < 0) {
            // The evidence stays (it is a valid record); say exactly which file did not make it.
            err(QStringLiteral("error: evidence %1 was added, but %2").arg(id).arg(error));
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
    parser.addPositionalArgument(QStringLiteral("WS"), QStringLiteral("Workspace file."));
    if (!parse(parser, QStringLiteral("compact"), args))
        return UsageOrInput;
    const QString path = workspaceArgument(parser);
    std::unique_ptr<Workspace> ws = openWorkspace(path, Workspace::Access::ReadWrite);
    if (!ws)
        return UsageOrInput;
    const qint64 before = QFileInfo(path).size();
    QString error;
    if (!ws->compact(&error)) {
        err(QStringLiteral("error: %1").arg(error));
        return UsageOrInput;
    }
    out(QStringLiteral("%1: %2 -> %3 bytes").arg(path).arg(before).arg(QFileInfo(path).size()));
    return Ok;
}

int runDemo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), QStringLiteral("New workspace file to write the demo into."));
    if (!parse(parser, QStringLiteral("demo"), args))
        return UsageOrInput;
    const QString path = workspaceArgument(parser);
    if (path.isEmpty())
        return UsageOrInput;
    DemoIds ids;
    QString error;
    if (!DemoWorkspace::create(path, &ids, &error)) {
        err(QStringLiteral("error: %1").arg(error));
        return UsageOrInput;
    }
    out(QStringLiteral("demo written to %1").arg(path));
    out(QStringLiteral("complete declaration: %1 (submittable)").arg(ids.completeDeclaration));
    out(QStringLiteral("in-progress declaration: %1 (blocked)").arg(ids.inProgressDeclaration));
    out(QStringLiteral("★3 draft declaration: %1").arg(ids.star3Declaration));
    return Ok;
}

} // namespace hoshi::cli
