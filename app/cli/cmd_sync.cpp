// SPDX-License-Identifier: Apache-2.0
// sync: two copies of a workspace (files or server databases) brought to the same records.
#include "cliutil.h"
#include "cmd_sync.h"
#include "commands.h"

#include "sync/syncengine.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hoshi::cli {

namespace {

using sync::ChangeKind;
using sync::Resolution;
using sync::Side;
using sync::SyncEngine;
using sync::SyncOptions;
using sync::SyncPlan;

QString kindText(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return Cli::tr("new");
    case ChangeKind::Changed:
        return Cli::tr("changed");
    case ChangeKind::Removed:
        return Cli::tr("removed");
    }
    return {};
}

QString kindKey(ChangeKind kind)
{
    return kind == ChangeKind::Added ? QStringLiteral("added")
           : kind == ChangeKind::Changed ? QStringLiteral("changed")
                                         : QStringLiteral("removed");
}

QJsonObject planJson(const SyncPlan &plan, bool applied)
{
    QJsonArray counts, items, conflicts;
    for (const sync::TableCounts &c : plan.counts)
        counts.append(QJsonObject{{QStringLiteral("type"), c.table}, {QStringLiteral("toA"), c.toA}, {QStringLiteral("toB"), c.toB}});
    for (const sync::SyncItem &item : plan.items) {
        items.append(QJsonObject{{QStringLiteral("type"), item.table}, {QStringLiteral("key"), item.key},
                                 {QStringLiteral("record"), item.description}, {QStringLiteral("change"), kindKey(item.kind)},
                                 {QStringLiteral("to"), item.to == Side::A ? QStringLiteral("a") : QStringLiteral("b")}});
    }
    for (const sync::Conflict &c : plan.conflicts) {
        conflicts.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("type"), c.table},
                                     {QStringLiteral("key"), c.key}, {QStringLiteral("record"), c.description},
                                     {QStringLiteral("field"), c.field},
                                     {QStringLiteral("base"), c.base ? QJsonValue(*c.base) : QJsonValue()},
                                     {QStringLiteral("a"), c.a}, {QStringLiteral("b"), c.b},
                                     {QStringLiteral("aRemoved"), c.aRemoved}, {QStringLiteral("bRemoved"), c.bRemoved}});
    }
    return {{QStringLiteral("a"), plan.aLocation},       {QStringLiteral("b"), plan.bLocation},
            {QStringLiteral("firstSync"), plan.firstSync}, {QStringLiteral("applied"), applied},
            {QStringLiteral("counts"), counts},          {QStringLiteral("items"), items},
            {QStringLiteral("conflicts"), conflicts},
            {QStringLiteral("contentBytesToA"), plan.contentBytesToA},
            {QStringLiteral("contentBytesToB"), plan.contentBytesToB}};
}

void printConflicts(const SyncPlan &plan)
{
    for (const sync::Conflict &c : plan.conflicts) {
        if (c.field.isEmpty()) {
            err(Cli::tr("conflict %1: %2 was removed in %3 and changed in %4")
                    .arg(c.id, c.description, c.aRemoved ? plan.aLocation : plan.bLocation,
                         c.aRemoved ? plan.bLocation : plan.aLocation));
            continue;
        }
        err(Cli::tr("conflict %1: %2, field %3").arg(c.id, c.description, c.field));
        if (c.base)
            err(Cli::tr("    was: %1").arg(*c.base));
        err(Cli::tr("    a:   %1").arg(c.a));
        err(Cli::tr("    b:   %1").arg(c.b));
    }
    err(Cli::tr("Nothing was written. Decide each conflict with --resolve ID=a|b (or --resolve all=a|b) and run "
                "the same command again."));
}

void printPlan(const SyncPlan &plan, bool applied)
{
    if (plan.nothingToDo()) {
        out(Cli::tr("%1 and %2 hold the same records; nothing to do.").arg(plan.aLocation, plan.bLocation));
        return;
    }
    out(Cli::tr("a: %1").arg(plan.aLocation));
    out(Cli::tr("b: %1").arg(plan.bLocation));
    for (const sync::TableCounts &c : plan.counts)
        out(QStringLiteral("  %1\t%2\t%3").arg(c.table, Cli::tr("to a: %1").arg(c.toA), Cli::tr("to b: %1").arg(c.toB)));
    for (const sync::SyncItem &item : plan.items) {
        if (item.table == QLatin1String("history"))
            continue; // counted above; one line per entry would drown the rest
        out(QStringLiteral("  %1 %2: %3").arg(item.to == Side::A ? QStringLiteral("→a") : QStringLiteral("→b"),
                                             kindText(item.kind), item.description));
    }
    if (!applied && plan.conflicts.isEmpty())
        out(Cli::tr("Dry run: nothing was written."));
}

} // namespace

bool parseResolutions(const QStringList &values, SyncOptions *options, QString *error)
{
    for (const QString &value : values) {
        const qsizetype eq = value.indexOf(QLatin1Char('='));
        const QString id = value.left(eq).trimmed();
        const QString choice = eq < 0 ? QString() : value.mid(eq + 1);
        Resolution resolution;
        if (choice == QLatin1String("a")) {
            resolution.choice = Resolution::Choice::A;
        } else if (choice == QLatin1String("b")) {
            resolution.choice = Resolution::Choice::B;
        } else if (choice.startsWith(QLatin1String("edit:")) && id != QLatin1String("all")) {
            resolution = {Resolution::Choice::Edited, choice.mid(5)};
        } else {
            *error = Cli::tr("--resolve takes ID=a, ID=b, ID=edit:TEXT or all=a|b, not \"%1\"").arg(value);
            return false;
        }
        if (id.isEmpty()) {
            *error = Cli::tr("--resolve takes ID=a, ID=b, ID=edit:TEXT or all=a|b, not \"%1\"").arg(value);
            return false;
        }
        if (id == QLatin1String("all"))
            options->resolveAll = resolution.choice;
        else
            options->resolutions.insert(id, resolution);
    }
    return true;
}

int runSyncBetween(Workspace &a, Workspace &b, const SyncOptions &options, bool dryRun, bool json)
{
    SyncEngine engine(a, b);
    sync::SyncResult result;
    QString error;
    const bool ok = dryRun ? engine.plan(options, &result.plan, &error) : engine.apply(options, &result, &error);
    if (!ok && result.plan.conflicts.isEmpty())
        return refused(error);
    if (json)
        printJson(QJsonDocument(planJson(result.plan, ok && !dryRun)));
    else
        printPlan(result.plan, ok && !dryRun);
    if (!result.plan.conflicts.isEmpty()) {
        printConflicts(result.plan);
        return SyncConflicts;
    }
    return Ok;
}

int runSync(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("A"), Cli::tr("A workspace: a .hoshi file or a server address."));
    parser.addPositionalArgument(QStringLiteral("B"), Cli::tr("The other copy: a .hoshi file or a server address."));
    parser.addOption({QStringLiteral("organisation"), Cli::tr("Only this organisation (its id in A)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("dry-run"), Cli::tr("Show what would change; write nothing.")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print the plan and conflicts as JSON.")});
    parser.addOption({QStringLiteral("resolve"),
                      Cli::tr("Decide a conflict: ID=a or ID=b (keep that side's value), ID=edit:TEXT, or all=a|b. "
                              "Repeatable."),
                      QStringLiteral("ID=CHOICE")});
    if (!parse(parser, QStringLiteral("sync"), args))
        return UsageOrInput;
    if (parser.positionalArguments().size() != 2) {
        err(Cli::tr("error: sync needs two workspaces"));
        return UsageOrInput;
    }
    SyncOptions options;
    if (parser.isSet(QStringLiteral("organisation"))) {
        options.organisationId = idOption(parser, QStringLiteral("organisation"));
        if (options.organisationId < 0)
            return UsageOrInput;
    }
    QString error;
    if (!parseResolutions(parser.values(QStringLiteral("resolve")), &options, &error))
        return refused(error);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const Workspace::Access access = dryRun ? Workspace::Access::ReadOnly : Workspace::Access::ReadWrite;
    std::unique_ptr<Workspace> a = openWorkspace(parser.positionalArguments().at(0), access);
    if (!a)
        return UsageOrInput;
    std::unique_ptr<Workspace> b = openWorkspace(parser.positionalArguments().at(1), access);
    if (!b)
        return UsageOrInput;
    return runSyncBetween(*a, *b, options, dryRun, parser.isSet(QStringLiteral("json")));
}

} // namespace hoshi::cli
