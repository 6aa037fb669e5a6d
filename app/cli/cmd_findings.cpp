// SPDX-License-Identifier: Apache-2.0
// review import: a reviewer's <archive>-findings.json becomes review comments on the declaration
// that produced the archive (see docs/review-findings.md).
#include "cmd_findings.h"

#include "cliutil.h"

#include "findings/findingsimporter.h"

#include <QJsonObject>

namespace hoshi::cli {

namespace {

QJsonObject signatureJson(const SignatureInfo &s)
{
    if (s.state != SignatureInfo::State::Valid)
        return {{QStringLiteral("state"), QStringLiteral("absent")}};
    return {{QStringLiteral("state"), QStringLiteral("valid")},
            {QStringLiteral("signer"), s.signer},
            {QStringLiteral("fingerprint"), s.fingerprint},
            {QStringLiteral("selfSigned"), s.selfSigned}};
}

void printResult(const FindingsImportResult &r, bool json)
{
    if (json) {
        printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("declaration"), r.declarationId},
            {QStringLiteral("matchedBy"), r.matchedByExport ? QStringLiteral("export") : QStringLiteral("declaration")},
            {QStringLiteral("reviewer"), r.reviewer},
            {QStringLiteral("findings"), r.findings},
            {QStringLiteral("accepted"), r.accepted},
            {QStringLiteral("questions"), r.questions},
            {QStringLiteral("moreEvidence"), r.moreEvidence},
            {QStringLiteral("remarks"), r.remarks},
            {QStringLiteral("signature"), signatureJson(r.signature)}}));
        return;
    }
    out(Cli::tr("Imported %n finding(s) by %1 as comments on declaration %2: %3 accepted, %4 questions, "
                "%5 more evidence needed.",
                nullptr, r.findings)
            .arg(r.reviewer)
            .arg(r.declarationId)
            .arg(r.accepted)
            .arg(r.questions)
            .arg(r.moreEvidence));
    if (r.remarks)
        out(Cli::tr("The general remarks became a comment on the declaration."));
    if (r.signature.state == SignatureInfo::State::Valid)
        out(Cli::tr("Signed by %1, certificate fingerprint (SHA-256) %2: compare it with the one the reviewer gave you.")
                .arg(r.signature.signer, r.signature.fingerprint));
    else
        out(Cli::tr("The findings are not signed."));
    if (!r.matchedByExport)
        out(Cli::tr("Matched by the declaration's identity: the archive was exported before exports were recorded."));
}

} // namespace

int runReviewImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("Workspace: a .hoshi file or a postgresql:// server address."));
    parser.addPositionalArgument(QStringLiteral("FINDINGS"), QStringLiteral("The reviewer's <archive>-findings.json."));
    parser.addOption({QStringLiteral("declaration"),
                      QStringLiteral("Refuse findings that do not belong to this declaration."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    if (!parse(parser, QStringLiteral("review import"), args))
        return UsageOrInput;
    if (parser.positionalArguments().size() != 2) {
        err(Cli::tr("review import needs a workspace and a findings file."));
        return UsageOrInput;
    }
    qint64 target = -1;
    if (parser.isSet(QStringLiteral("declaration"))) {
        target = idOption(parser, QStringLiteral("declaration"));
        if (target < 0)
            return UsageOrInput;
    }
    std::unique_ptr<Workspace> ws = openWorkspace(workspaceArgument(parser), Workspace::Access::ReadWrite);
    if (!ws)
        return UsageOrInput;
    FindingsImportResult result;
    QString error;
    if (!FindingsImporter::run(*ws, parser.positionalArguments().at(1), target, &result, &error)) {
        err(error);
        return UsageOrInput;
    }
    printResult(result, parser.isSet(QStringLiteral("json")));
    return Ok;
}

} // namespace hoshi::cli
