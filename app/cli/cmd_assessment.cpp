// SPDX-License-Identifier: Apache-2.0
// assess, assessment show, and batch: recording and reading one item's answer. On a server
// workspace several people change answers at once; the row version that `assessment show`
// prints, given back to `assess --expect-version`, turns a silent overwrite into a refusal
// (exit Conflict) that names who changed the answer and what it holds now.
#include "cliutil.h"
#include "commands.h"
#include "util/strictjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

namespace hoshi::cli {

namespace {

const QString declarationOption = QStringLiteral("declaration");
const QString itemOption = QStringLiteral("item");

void addAssessOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("Workspace: a .hoshi file or a postgresql:// server address."));
    parser.addOption({declarationOption, Cli::tr("Declaration id."), QStringLiteral("ID")});
    parser.addOption({itemOption, Cli::tr("Item id, e.g. S1.1-04."), QStringLiteral("ITEM")});
    parser.addOption({QStringLiteral("verdict"), Cli::tr("conforming, not-applicable, non-conforming or not-assessed."),
                      QStringLiteral("VERDICT")});
    parser.addOption({QStringLiteral("justification"), Cli::tr("Justification (needed for not-applicable)."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("notes"), Cli::tr("Notes."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("expect-version"),
                      Cli::tr("Save only while the answer still has this version (as \"assessment show\" printed "
                              "it; 0 for an item never answered); otherwise change nothing and exit 3."),
                      QStringLiteral("N")});
}

// The version named by --expect-version: -1 when not given, -2 (after printing why) when malformed.
qint64 expectedVersion(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("expect-version")))
        return -1;
    bool ok = false;
    const qint64 version = parser.value(QStringLiteral("expect-version")).toLongLong(&ok);
    if (ok && version >= 0)
        return version;
    err(Cli::tr("error: --expect-version takes a number from 0 on, not \"%1\"")
            .arg(parser.value(QStringLiteral("expect-version"))));
    return -2;
}

int assess(Workspace &ws, const QCommandLineParser &parser)
{
    const qint64 declarationId = idOption(parser, declarationOption);
    const qint64 expected = declarationId > 0 ? expectedVersion(parser) : -2;
    if (declarationId < 0 || expected < -1)
        return UsageOrInput;
    const std::optional<Verdict> verdict = verdictFromKey(parser.value(QStringLiteral("verdict")));
    if (!verdict) {
        err(Cli::tr("error: --verdict is conforming, not-applicable, non-conforming or not-assessed"));
        return UsageOrInput;
    }
    // Options not given keep what is stored.
    const QString item = parser.value(itemOption);
    const Assessment before = ws.assessment(declarationId, item);
    const QString justification = parser.isSet(QStringLiteral("justification")) ? parser.value(QStringLiteral("justification"))
                                                                               : before.justification;
    const QString notes = parser.isSet(QStringLiteral("notes")) ? parser.value(QStringLiteral("notes")) : before.notes;
    QString error;
    bool conflict = false;
    if (!ws.setAssessmentIfUnchanged(declarationId, item, expected, *verdict, justification, notes, &error, &conflict)) {
        err(conflict ? Cli::tr("conflict: %1").arg(error) : Cli::tr("error: %1").arg(error));
        return conflict ? Conflict : UsageOrInput;
    }
    return Ok;
}

QJsonObject assessmentJson(qint64 declarationId, const Assessment &a)
{
    return QJsonObject{{QStringLiteral("declaration"), declarationId},
                       {QStringLiteral("item"), a.itemId},
                       {QStringLiteral("verdict"), verdictKey(a.verdict)},
                       {QStringLiteral("justification"), a.justification},
                       {QStringLiteral("notes"), a.notes},
                       {QStringLiteral("vendorScope"), a.vendorScope},
                       {QStringLiteral("updatedAt"), a.updatedAt.isValid() ? a.updatedAt.toUTC().toString(Qt::ISODate)
                                                                           : QString()},
                       {QStringLiteral("version"), a.rowVersion}};
}

int showAssessment(Workspace &ws, const QCommandLineParser &parser)
{
    const qint64 declarationId = idOption(parser, declarationOption);
    if (declarationId < 0)
        return UsageOrInput;
    if (!ws.declaration(declarationId))
        return refused(Cli::tr("there is no declaration %1").arg(declarationId));
    const QString item = parser.value(itemOption);
    const CriteriaSet *set = ws.criteriaFor(declarationId);
    if (!set || !set->item(item))
        return refused(Cli::tr("%1 is not an item of declaration %2").arg(item).arg(declarationId));
    const QJsonObject json = assessmentJson(declarationId, ws.assessment(declarationId, item));
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonDocument(json));
        return Ok;
    }
    // The notes come last: they may run over several lines.
    for (const char *key : {"item", "verdict", "version", "updatedAt", "justification", "notes"})
        out(QStringLiteral("%1: %2").arg(QLatin1String(key), json.value(QLatin1String(key)).toVariant().toString()));
    return Ok;
}

void addShowOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("Workspace: a .hoshi file or a postgresql:// server address."));
    parser.addOption({declarationOption, Cli::tr("Declaration id."), QStringLiteral("ID")});
    parser.addOption({itemOption, Cli::tr("Item id, e.g. S1.1-04."), QStringLiteral("ITEM")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
}

// One line of a batch: ["assess", options...] or ["assessment", "show", options...], the
// workspace left out. Returns the exit code the command would have had.
int runBatchLine(Workspace &ws, const QStringList &words)
{
    QCommandLineParser parser;
    const bool isShow = words.value(0) == QLatin1String("assessment") && words.value(1) == QLatin1String("show");
    if (words.value(0) == QLatin1String("assess")) {
        addAssessOptions(parser);
        if (!parse(parser, QStringLiteral("assess"), QStringList{ws.path()} + words.mid(1)))
            return UsageOrInput;
        return assess(ws, parser);
    }
    if (isShow) {
        addShowOptions(parser);
        if (!parse(parser, QStringLiteral("assessment show"), QStringList{ws.path()} + words.mid(2)))
            return UsageOrInput;
        return showAssessment(ws, parser);
    }
    err(Cli::tr("error: a batch line is a JSON array: [\"assess\", options...] or [\"assessment\", \"show\", options...]"));
    return UsageOrInput;
}

} // namespace

int runAssess(const QStringList &args)
{
    QCommandLineParser parser;
    addAssessOptions(parser);
    if (!parse(parser, QStringLiteral("assess"), args))
        return UsageOrInput;
    std::unique_ptr<Workspace> ws = openWorkspace(workspaceArgument(parser), Workspace::Access::ReadWrite);
    return ws ? assess(*ws, parser) : UsageOrInput;
}

int runAssessment(const QStringList &args)
{
    if (args.value(0) != QLatin1String("show"))
        return verbUsage(args, Cli::tr("usage: hoshi-cli assessment show WS --declaration ID --item ITEM [--json]"));
    QCommandLineParser parser;
    addShowOptions(parser);
    if (!parse(parser, QStringLiteral("assessment show"), args.mid(1)))
        return UsageOrInput;
    std::unique_ptr<Workspace> ws = openWorkspace(workspaceArgument(parser), Workspace::Access::ReadOnly);
    return ws ? showAssessment(*ws, parser) : UsageOrInput;
}

int runBatch(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("Workspace: a .hoshi file or a postgresql:// server address."));
    // Not an argument: says what standard input holds (the help is all a batch user sees).
    parser.addPositionalArgument(
        QStringLiteral("< LINES"),
        Cli::tr("Standard input: one JSON array per line, an assess or assessment show command without the "
                "workspace, e.g. [\"assess\", \"--declaration\", \"2\", \"--item\", \"S1.1-04\", \"--verdict\", "
                "\"conforming\"]. Each line is answered at once with one line {\"exit\": N, \"out\": \"...\", "
                "\"err\": \"...\"} on standard output; the batch exits with the highest exit code of its lines."));
    if (!parse(parser, QStringLiteral("batch"), args))
        return UsageOrInput;
    std::unique_ptr<Workspace> ws = openWorkspace(workspaceArgument(parser), Workspace::Access::ReadWrite);
    if (!ws)
        return UsageOrInput;
    QTextStream answers(stdout);
    int worst = Ok;
    std::string text;
    // Line by line as it arrives: a caller may wait for one answer before it writes the next line.
    while (std::getline(std::cin, text)) {
        const QByteArray line = QByteArray::fromStdString(text).trimmed();
        if (line.isEmpty())
            continue;
        QString problem;
        const std::optional<QJsonDocument> parsed = readStrictJson(line, &problem);
        QStringList words;
        if (parsed) {
            for (const QJsonValue &v : parsed->array())
                words << v.toString();
        }
        int code = UsageOrInput;
        QString standardOutput;
        QString standardError;
        if (!parsed || !parsed->isArray()) {
            standardError = Cli::tr("error: a batch line must be a JSON array of words: %1")
                                .arg(parsed ? Cli::tr("not an array") : problem)
                            + QLatin1Char('\n');
        } else {
            OutputCapture capture;
            code = runBatchLine(*ws, words);
            standardOutput = capture.standardOutput;
            standardError = capture.standardError;
        }
        worst = std::max(worst, code);
        answers << QJsonDocument(QJsonObject{{QStringLiteral("exit"), code},
                                             {QStringLiteral("out"), standardOutput},
                                             {QStringLiteral("err"), standardError}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        answers.flush();
        std::fflush(stdout);
    }
    return worst;
}

} // namespace hoshi::cli
