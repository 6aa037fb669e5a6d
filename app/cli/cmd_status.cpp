// SPDX-License-Identifier: Apache-2.0
// status and validate: what a workspace holds and whether a declaration may be submitted.
#include "cliutil.h"
#include "commands.h"

#include "gate/gatecache.h"
#include "gate/gateprogress.h"
#include "gate/submissiongate.h"
#include "storage/snapshotreader.h"
#include "util/language.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hoshi::cli {

namespace {

// `outcome` is null when the declaration could not be read (blocking is then -1).
QJsonObject declarationSummary(const Declaration &d, const GateOutcome *outcome)
{
    const int assessed = outcome ? outcome->progress.assessed : 0;
    const int total = outcome ? outcome->progress.counted : 0;
    const int blocking = outcome ? outcome->blocking : -1;
    const int warnings = outcome ? outcome->warnings : 0;
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("criteria"), d.criteriaSetId},
            {QStringLiteral("route"), routeKey(d.route)},
            {QStringLiteral("state"), stateKey(d.state)},
            {QStringLiteral("assessed"), assessed},
            {QStringLiteral("items"), total},
            {QStringLiteral("blocking"), blocking},
            {QStringLiteral("warnings"), warnings},
            {QStringLiteral("labelStatus"), labelStatusKey(d.labelStatus)},
            {QStringLiteral("registrationNumber"), d.registrationNumber},
            {QStringLiteral("validUntil"), d.validUntil.toString(Qt::ISODate)}};
}

// The gate's outcome for every declaration, read in one batch; one at a time (so that one
// unreadable declaration does not hide the others) only when the batch fails.
QHash<qint64, GateOutcome> outcomesOf(const Workspace &ws)
{
    QList<qint64> ids;
    for (const Declaration &d : ws.declarations())
        ids << d.id;
    const GateContext context = GateContext::current();
    QHash<qint64, GateOutcome> byId;
    if (const auto all = storage::SnapshotReader::read(ws, ids, nullptr)) {
        for (const DeclarationSnapshot &s : *all)
            byId.insert(s.declaration.id, GateCache::judge(s, context));
        return byId;
    }
    for (const qint64 id : std::as_const(ids)) {
        if (const auto one = storage::SnapshotReader::read(ws, {id}, nullptr))
            byId.insert(id, GateCache::judge(one->constFirst(), context));
    }
    return byId;
}

QJsonObject problemJson(const GateProblem &p)
{
    return {{QStringLiteral("severity"), p.isBlocking() ? QStringLiteral("blocking") : QStringLiteral("warning")},
            {QStringLiteral("code"), p.code},
            {QStringLiteral("item"), p.itemId},
            {QStringLiteral("field"), p.field},
            {QStringLiteral("evidence"), p.evidenceId},
            {QStringLiteral("message"), p.message}};
}

} // namespace

int runStatus(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("Workspace: a .hoshi file or a postgresql:// server address."));
    parser.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
    if (!parse(parser, QStringLiteral("status"), args))
        return UsageOrInput;
    std::unique_ptr<Workspace> ws = openWorkspace(workspaceArgument(parser), Workspace::Access::ReadOnly);
    if (!ws)
        return UsageOrInput;
    const QHash<qint64, GateOutcome> outcomes = outcomesOf(*ws);
    QJsonArray organisations;
    for (const Organisation &o : ws->organisations()) {
        QJsonArray products;
        for (const Product &p : ws->products(o.id)) {
            QJsonArray declarations;
            for (const Declaration &d : ws->declarations(p.id)) {
                const auto found = outcomes.constFind(d.id);
                declarations.append(declarationSummary(d, found != outcomes.constEnd() ? &*found : nullptr));
            }
            products.append(QJsonObject{{QStringLiteral("id"), p.id},
                                        {QStringLiteral("name"), p.name},
                                        {QStringLiteral("models"), QJsonArray::fromStringList(p.modelNumbers)},
                                        {QStringLiteral("firmwareVersion"), p.firmwareVersion},
                                        {QStringLiteral("supportUntil"), p.supportUntil.toString(Qt::ISODate)},
                                        {QStringLiteral("declarations"), declarations}});
        }
        organisations.append(QJsonObject{{QStringLiteral("id"), o.id}, {QStringLiteral("name"), o.name},
                                         {QStringLiteral("products"), products}});
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("workspace"), ws->path()},
                                            {QStringLiteral("organisations"), organisations}}));
        return Ok;
    }
    out(ws->path());
    for (const QJsonValue &o : organisations) {
        out(Cli::tr("organisation %1: %2").arg(o[QStringLiteral("id")].toInteger()).arg(o[QStringLiteral("name")].toString()));
        for (const QJsonValue &p : o[QStringLiteral("products")].toArray()) {
            out(Cli::tr("  product %1: %2 (firmware %3)").arg(p[QStringLiteral("id")].toInteger())
                    .arg(p[QStringLiteral("name")].toString(), p[QStringLiteral("firmwareVersion")].toString()));
            for (const QJsonValue &d : p[QStringLiteral("declarations")].toArray()) {
                const int blocking = d[QStringLiteral("blocking")].toInt();
                out(Cli::tr("    declaration %1: %2 %3, %4/%5 assessed, %6")
                        .arg(d[QStringLiteral("id")].toInteger())
                        .arg(d[QStringLiteral("criteria")].toString(), d[QStringLiteral("route")].toString())
                        .arg(d[QStringLiteral("assessed")].toInt()).arg(d[QStringLiteral("items")].toInt())
                        .arg(blocking == 0 ? Cli::tr("submittable")
                                           : Cli::tr("%1 blocking problem(s)").arg(blocking)));
            }
        }
    }
    return Ok;
}

int runValidate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("Workspace: a .hoshi file or a postgresql:// server address."));
    parser.addOption({QStringLiteral("declaration"), Cli::tr("Declaration id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
    parser.addOption({QStringLiteral("skip-content"), Cli::tr("Do not re-hash the stored evidence files.")});
    if (!parse(parser, QStringLiteral("validate"), args))
        return UsageOrInput;
    std::unique_ptr<Workspace> ws = openWorkspace(workspaceArgument(parser), Workspace::Access::ReadOnly);
    const qint64 declarationId = ws ? idOption(parser, QStringLiteral("declaration")) : -1;
    if (declarationId < 0)
        return UsageOrInput;
    QString error;
    const auto check = parser.isSet(QStringLiteral("skip-content")) ? Workspace::ContentCheck::Skip
                                                                     : Workspace::ContentCheck::Verify;
    const std::optional<DeclarationSnapshot> s = ws->snapshot(declarationId, check, &error);
    if (!s) {
        err(Cli::tr("error: %1").arg(error));
        return UsageOrInput;
    }
    const QList<GateProblem> problems = SubmissionGate::check(*s);
    const int blocking = SubmissionGate::blockingCount(problems);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const GateProblem &p : problems)
            list.append(problemJson(p));
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("declaration"), declarationId},
                                            {QStringLiteral("submittable"), blocking == 0},
                                            {QStringLiteral("blocking"), blocking},
                                            {QStringLiteral("warnings"), int(problems.size()) - blocking},
                                            {QStringLiteral("contentVerified"), s->contentVerified},
                                            {QStringLiteral("problems"), list}}));
    } else {
        for (const GateProblem &p : problems)
            out(QStringLiteral("%1\t%2\t%3\t%4").arg(p.isBlocking() ? QStringLiteral("BLOCKING") : QStringLiteral("warning"),
                                                     p.itemId.isEmpty() ? QStringLiteral("-") : p.itemId, p.code, p.message));
        out(blocking == 0 ? Cli::tr("submittable: no blocking problems, %1 warning(s)").arg(problems.size())
                          : Cli::tr("blocked: %1 blocking problem(s), %2 warning(s)")
                                .arg(blocking).arg(problems.size() - blocking));
    }
    return blocking == 0 ? Ok : Negative;
}

} // namespace hoshi::cli
