// SPDX-License-Identifier: Apache-2.0
// hoshi-cli psti-statement (keep the PSTI statement of compliance file in the workspace) and
// hoshi-cli etsi (the informative ETSI EN 303 645 view of a declaration, as CSV).
#include "cliutil.h"
#include "commands.h"

#include "export/etsiview.h"
#include "util/atomicfile.h"

#include <QFile>

namespace hoshi::cli {

int runPstiStatement(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("Workspace: a .hoshi file or a postgresql:// server address."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The PSTI statement of compliance (PDF or other file)."));
    parser.addOption({QStringLiteral("declaration"), Cli::tr("Declaration id."), QStringLiteral("ID")});
    if (!parse(parser, QStringLiteral("psti-statement"), args))
        return UsageOrInput;
    if (parser.positionalArguments().size() != 2) {
        err(Cli::tr("usage: hoshi-cli psti-statement WS --declaration ID FILE"));
        return UsageOrInput;
    }
    std::unique_ptr<Workspace> ws = openWorkspace(workspaceArgument(parser), Workspace::Access::ReadWrite);
    const qint64 declarationId = ws ? idOption(parser, QStringLiteral("declaration")) : -1;
    if (declarationId < 0)
        return UsageOrInput;
    QString error;
    return reportNewId(ws->attachPstiStatement(declarationId, parser.positionalArguments().at(1), &error), error);
}

int runEtsi(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("Workspace: a .hoshi file or a postgresql:// server address."));
    parser.addOption({QStringLiteral("declaration"), Cli::tr("Declaration id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("out"), Cli::tr("Write the CSV to FILE instead of standard output."), QStringLiteral("FILE")});
    if (!parse(parser, QStringLiteral("etsi"), args))
        return UsageOrInput;
    std::unique_ptr<Workspace> ws = openWorkspace(workspaceArgument(parser), Workspace::Access::ReadOnly);
    const qint64 declarationId = ws ? idOption(parser, QStringLiteral("declaration")) : -1;
    if (declarationId < 0)
        return UsageOrInput;
    QString error;
    const std::optional<DeclarationSnapshot> snapshot = ws->snapshot(declarationId, Workspace::ContentCheck::Skip, &error);
    if (!snapshot) {
        err(Cli::tr("error: %1").arg(error));
        return UsageOrInput;
    }
    const QByteArray csv = EtsiView::csv(*snapshot);
    if (!parser.isSet(QStringLiteral("out"))) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(csv) != csv.size())
            return UsageOrInput;
        return Ok;
    }
    if (!AtomicFile::write(parser.value(QStringLiteral("out")), csv, &error)) {
        err(Cli::tr("error: %1").arg(error));
        return UsageOrInput;
    }
    return Ok;
}

} // namespace hoshi::cli
