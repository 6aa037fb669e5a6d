// SPDX-License-Identifier: Apache-2.0
// server init|grant|revoke|access: a workspace on a PostgreSQL server and who may use it.
// Run as the database's owner (or a superuser); the users are the server's own roles.
#include "cliutil.h"
#include "commands.h"

#include "storage/serveraccess.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hoshi::cli {

namespace {

const char serverUsage[] =
    QT_TRANSLATE_NOOP("hoshi::cli::Cli",
                      "usage: hoshi-cli server init URL\n"
                      "       hoshi-cli server grant URL --user U --organisation ID --role preparer|reviewer|auditor\n"
                      "       hoshi-cli server revoke URL --user U --organisation ID\n"
                      "       hoshi-cli server access URL [--json]");

// Parses the verb's options (the URL first) and connects; nullptr when either failed.
std::unique_ptr<ServerAccess> parseAndConnect(QCommandLineParser &parser, const QString &verb, const QStringList &args)
{
    parser.addPositionalArgument(QStringLiteral("URL"),
                                 Cli::tr("Workspace database on a PostgreSQL server (postgresql://...), as its owner."));
    if (!parse(parser, QStringLiteral("server ") + verb, args))
        return nullptr;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err(Cli::tr("error: the server address (URL) is missing"));
        return nullptr;
    }
    QString error;
    std::unique_ptr<ServerAccess> access = ServerAccess::connect(positional.first(), &error);
    if (!access)
        err(Cli::tr("error: %1").arg(error));
    return access;
}

int runInitVerb(const QStringList &args)
{
    QCommandLineParser parser;
    std::unique_ptr<ServerAccess> access = parseAndConnect(parser, QStringLiteral("init"), args);
    if (!access)
        return UsageOrInput;
    const QString url = parser.positionalArguments().first();
    QString error;
    const std::optional<bool> holds = access->holdsWorkspace(&error);
    if (!holds)
        return refused(error);
    {
        // An empty database gets the workspace schema; an existing workspace is brought up to date.
        std::unique_ptr<Workspace> ws = *holds ? Workspace::open(url, Workspace::Access::ReadWrite, &error)
                                               : Workspace::create(url, &error);
        if (!ws)
            return refused(error);
    }
    if (!access->initialise(&error))
        return refused(error);
    out(Cli::tr("%1: workspace ready; users and roles set up (preparer, reviewer, auditor). "
                "Give access with \"hoshi-cli server grant\".").arg(url));
    return Ok;
}

int runGrantVerb(const QStringList &args, bool grant)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("user"), Cli::tr("User: a PostgreSQL role that can log in (createuser)."),
                      QStringLiteral("U")});
    parser.addOption({QStringLiteral("organisation"), Cli::tr("Organisation id."), QStringLiteral("ID")});
    if (grant)
        parser.addOption({QStringLiteral("role"), Cli::tr("preparer, reviewer or auditor."), QStringLiteral("ROLE")});
    std::unique_ptr<ServerAccess> access = parseAndConnect(parser, grant ? QStringLiteral("grant") : QStringLiteral("revoke"), args);
    if (!access)
        return UsageOrInput;
    const QString user = parser.value(QStringLiteral("user")).trimmed();
    if (user.isEmpty()) {
        err(Cli::tr("error: --%1 is required").arg(QStringLiteral("user")));
        return UsageOrInput;
    }
    const qint64 organisationId = idOption(parser, QStringLiteral("organisation"));
    if (organisationId < 0)
        return UsageOrInput;
    QString error;
    if (!grant)
        return access->revoke(user, organisationId, &error) ? Ok : refused(error);
    const std::optional<ServerAccess::Role> role = ServerAccess::roleFromKey(parser.value(QStringLiteral("role")));
    if (!role) {
        err(Cli::tr("error: --role is preparer, reviewer or auditor"));
        return UsageOrInput;
    }
    return access->grant(user, organisationId, *role, &error) ? Ok : refused(error);
}

int runAccessVerb(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
    std::unique_ptr<ServerAccess> access = parseAndConnect(parser, QStringLiteral("access"), args);
    if (!access)
        return UsageOrInput;
    QString error;
    const std::optional<QList<ServerAccess::Grant>> grants = access->listAccess(&error);
    if (!grants)
        return refused(error);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const ServerAccess::Grant &g : *grants) {
            list.append(QJsonObject{{QStringLiteral("user"), g.user},
                                    {QStringLiteral("organisationId"), g.organisationId},
                                    {QStringLiteral("organisation"), g.organisationName},
                                    {QStringLiteral("role"), ServerAccess::roleKey(g.role)}});
        }
        printJson(QJsonDocument(list));
        return Ok;
    }
    for (const ServerAccess::Grant &g : *grants)
        out(QStringLiteral("%1\t%2\t%3\t%4").arg(g.user, ServerAccess::roleKey(g.role), QString::number(g.organisationId),
                                                 g.organisationName));
    return Ok;
}

} // namespace

int runServer(const QStringList &args)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("init"))
        return runInitVerb(args.mid(1));
    if (verb == QLatin1String("grant") || verb == QLatin1String("revoke"))
        return runGrantVerb(args.mid(1), verb == QLatin1String("grant"));
    if (verb == QLatin1String("access"))
        return runAccessVerb(args.mid(1));
    return verbUsage(args, Cli::tr(serverUsage));
}

} // namespace hoshi::cli
