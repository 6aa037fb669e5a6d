// SPDX-License-Identifier: Apache-2.0
// hoshi-cli form attach|show|export|remove: the user's copy of IPA's checklist workbook kept with
// a declaration (core/officialform/formattachment.h). `form detect` is in cmd_form.cpp.
#include "cmd_formattach.h"

#include "cliutil.h"
#include "officialform/formattachment.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hoshi::cli {

namespace {

using officialform::FormAttachment;
using officialform::FormProblem;
using officialform::FormProfile;
using officialform::Origin;

int countUserParts(const FormProfile &profile)
{
    int n = profile.vocabulary.origin == Origin::User ? 1 : 0;
    for (const auto &item : profile.items)
        n += item.origin == Origin::User ? 1 : 0;
    for (const auto &field : profile.fields)
        n += field.origin == Origin::User ? 1 : 0;
    return n;
}

// The unresolved parts, one per line, for show and attach.
void printProblems(const officialform::LoadedForm &form)
{
    for (const FormProblem &p : std::as_const(form.profile.problems))
        out(QStringLiteral("UNRESOLVED\t%1\t%2\t%3\t%4")
                .arg(p.code, p.itemId.isEmpty() ? QStringLiteral("-") : p.itemId,
                     p.cell.isEmpty() ? QStringLiteral("-") : p.cell, p.message));
    for (const QString &itemId : std::as_const(form.extraItems))
        out(QStringLiteral("UNRESOLVED\titem-extra\t%1\t-\t%2")
                .arg(itemId, Cli::tr("the form has this item; the declaration's criteria set does not")));
}

void printSummary(const officialform::LoadedForm &form)
{
    const FormProfile &p = form.profile;
    out(Cli::tr("form: %1").arg(form.stored.originalName));
    out(Cli::tr("template SHA-256: %1 (%2 bytes)").arg(form.stored.sha256).arg(form.stored.size));
    if (form.stored.attachedAt.isValid())
        out(Cli::tr("attached: %1 by %2").arg(form.stored.attachedAt.toString(Qt::ISODate), form.stored.attachedBy));
    out(Cli::tr("criteria set: %1").arg(p.criteriaSetId));
    int points = 0;
    for (const auto &item : p.items)
        points += int(item.points.size());
    out(Cli::tr("items mapped: %1 (evaluation points: %2)").arg(p.items.size()).arg(points));
    out(Cli::tr("fields mapped: %1").arg(p.fields.size()));
    QStringList words;
    for (const auto &entry : p.vocabulary.entries)
        words << QStringLiteral("%1=%2").arg(verdictKey(entry.verdict), entry.word);
    out(Cli::tr("verdict words: %1").arg(words.isEmpty() ? Cli::tr("none") : words.join(QStringLiteral(", "))));
    out(Cli::tr("parts set by a person: %1").arg(countUserParts(p)));
    const int unresolved = int(p.problems.size() + form.extraItems.size());
    out(unresolved == 0 ? Cli::tr("mapping: complete")
                        : Cli::tr("mapping: %n unresolved part(s); the submission gate blocks until they are resolved",
                                  nullptr, unresolved));
}

QJsonObject summaryJson(const officialform::LoadedForm &form)
{
    QJsonArray problems;
    for (const FormProblem &p : std::as_const(form.profile.problems))
        problems.append(QJsonObject{{QStringLiteral("code"), p.code}, {QStringLiteral("item"), p.itemId},
                                    {QStringLiteral("cell"), p.cell}, {QStringLiteral("message"), p.message}});
    for (const QString &itemId : std::as_const(form.extraItems))
        problems.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("item-extra")},
                                    {QStringLiteral("item"), itemId}});
    return {{QStringLiteral("file"), form.stored.originalName},
            {QStringLiteral("sha256"), form.stored.sha256},
            {QStringLiteral("size"), form.stored.size},
            {QStringLiteral("criteriaSetId"), form.profile.criteriaSetId},
            {QStringLiteral("items"), int(form.profile.items.size())},
            {QStringLiteral("fields"), int(form.profile.fields.size())},
            {QStringLiteral("userParts"), countUserParts(form.profile)},
            {QStringLiteral("complete"), problems.isEmpty()},
            {QStringLiteral("unresolved"), problems}};
}

void declarationOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("declaration"), Cli::tr("Declaration id."), QStringLiteral("ID")});
}

int attach(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("Workspace: a .hoshi file or a postgresql:// server address."));
    parser.addPositionalArgument(QStringLiteral("TEMPLATE"),
                                 Cli::tr("Your copy of IPA's checklist workbook (.xlsx or .xlsm)."));
    declarationOptions(parser);
    parser.addOption({QStringLiteral("profile"),
                      Cli::tr("A form profile (JSON) someone made for this workbook, instead of detecting one."),
                      QStringLiteral("PROFILE.json")});
    if (!parse(parser, QStringLiteral("form attach"), args))
        return UsageOrInput;
    if (parser.positionalArguments().size() != 2) {
        err(Cli::tr("usage: hoshi-cli form attach WS --declaration ID TEMPLATE.xlsx [--profile PROFILE.json]"));
        return UsageOrInput;
    }
    std::unique_ptr<Workspace> ws = openWorkspace(workspaceArgument(parser), Workspace::Access::ReadWrite);
    if (!ws)
        return UsageOrInput;
    const qint64 declarationId = idOption(parser, QStringLiteral("declaration"));
    if (declarationId < 0)
        return UsageOrInput;
    officialform::AttachOutcome outcome;
    QString error;
    if (!FormAttachment::attach(*ws, declarationId, parser.positionalArguments().at(1),
                                parser.value(QStringLiteral("profile")), &outcome, &error))
        return refused(error);
    if (!outcome.importedForSha256.isEmpty())
        err(Cli::tr("note: the profile was made for a template with SHA-256 %1; your file differs, so every cell "
                    "of the mapping was checked against your file.")
                .arg(outcome.importedForSha256));
    officialform::LoadedForm form;
    if (!FormAttachment::load(*ws, declarationId, &form, &error))
        return refused(error);
    printSummary(form);
    if (outcome.overlaySet)
        out(Cli::tr("official evaluation points: %1 point(s) of %2 item(s) from this workbook now apply to the "
                    "declaration")
                .arg(outcome.overlayPoints)
                .arg(outcome.overlayItems));
    for (const QString &moved : std::as_const(outcome.movedChoices))
        out(QStringLiteral("MOVED\t%1").arg(moved));
    for (const QString &dropped : std::as_const(outcome.droppedChoices))
        out(QStringLiteral("NOT-MOVED\t%1\t%2").arg(dropped, Cli::tr("no matching official point: choose again")));
    printProblems(form);
    return Ok;
}

int show(const QStringList &args)
{
    QCommandLineParser parser;
    declarationOptions(parser);
    parser.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
    std::unique_ptr<Workspace> ws = parseAndOpen(parser, QStringLiteral("form show"), args, Workspace::Access::ReadOnly);
    const qint64 declarationId = ws ? idOption(parser, QStringLiteral("declaration")) : -1;
    if (declarationId < 0)
        return UsageOrInput;
    officialform::LoadedForm form;
    QString error;
    if (!FormAttachment::load(*ws, declarationId, &form, &error))
        return refused(error);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonDocument(summaryJson(form)));
    } else {
        printSummary(form);
        printProblems(form);
    }
    return Ok;
}

int exportProfile(const QStringList &args)
{
    QCommandLineParser parser;
    declarationOptions(parser);
    parser.addOption({QStringLiteral("out"), Cli::tr("The profile file to write."), QStringLiteral("PROFILE.json")});
    std::unique_ptr<Workspace> ws = parseAndOpen(parser, QStringLiteral("form export"), args, Workspace::Access::ReadOnly);
    const qint64 declarationId = ws ? idOption(parser, QStringLiteral("declaration")) : -1;
    if (declarationId < 0)
        return UsageOrInput;
    if (!parser.isSet(QStringLiteral("out"))) {
        err(Cli::tr("error: --out is required"));
        return UsageOrInput;
    }
    QString error;
    if (!FormAttachment::exportProfile(*ws, declarationId, parser.value(QStringLiteral("out")), &error))
        return refused(error);
    out(Cli::tr("profile written to %1").arg(parser.value(QStringLiteral("out"))));
    return Ok;
}

int remove(const QStringList &args)
{
    QCommandLineParser parser;
    declarationOptions(parser);
    std::unique_ptr<Workspace> ws = parseAndOpen(parser, QStringLiteral("form remove"), args, Workspace::Access::ReadWrite);
    const qint64 declarationId = ws ? idOption(parser, QStringLiteral("declaration")) : -1;
    if (declarationId < 0)
        return UsageOrInput;
    QString error;
    if (!FormAttachment::remove(*ws, declarationId, &error))
        return refused(error);
    out(Cli::tr("official form removed from declaration %1").arg(declarationId));
    return Ok;
}

} // namespace

bool isAttachedFormVerb(const QString &verb)
{
    return verb == QLatin1String("attach") || verb == QLatin1String("show") || verb == QLatin1String("export")
           || verb == QLatin1String("remove");
}

int runAttachedForm(const QString &verb, const QStringList &args)
{
    if (verb == QLatin1String("attach"))
        return attach(args);
    if (verb == QLatin1String("show"))
        return show(args);
    if (verb == QLatin1String("export"))
        return exportProfile(args);
    if (verb == QLatin1String("remove"))
        return remove(args);
    return UsageOrInput;
}

} // namespace hoshi::cli
