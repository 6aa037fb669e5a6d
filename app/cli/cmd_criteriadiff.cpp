// SPDX-License-Identifier: Apache-2.0
// hoshi-cli criteria diff | migrate: comparing two versions of a criteria set, and rewriting a
// format-1 criteria file as format 2.
#include "cliutil.h"
#include "commands.h"

#include "criteria/criteriadiff.h"
#include "criteria/criteriaformat2.h"
#include "criteria/criterialibrary.h"
#include "criteria/criteriaregistry.h"
#include "criteria/criteriatext.h"
#include "util/language.h"
#include "util/atomicfile.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace hoshi::cli {

namespace {

// A set named by a file path or by the id of a built-in or user-folder set.
std::optional<CriteriaSet> resolveSet(const QString &name, const CriteriaRegistry &registry)
{
    if (QFileInfo(name).isFile()) {
        const CriteriaLoadResult result = CriteriaLoader::loadFile(name);
        for (const CriteriaProblem &p : result.problems)
            err(p.toString());
        return result.set;
    }
    // "ID" is the newest data revision of a set, "ID@REV" one of them.
    const qsizetype at = name.lastIndexOf(QLatin1Char('@'));
    bool numeric = false;
    const int revision = at > 0 ? name.mid(at + 1).toInt(&numeric) : 0;
    if (const CriteriaSet *set = numeric ? registry.find(name.left(at), revision) : registry.find(name))
        return *set;
    err(Cli::tr("error: %1 is neither a criteria file nor a known criteria set id (see: hoshi-cli criteria list)").arg(name));
    return std::nullopt;
}

void printChange(const CriteriaItemChange &c, const QString &lang)
{
    const CriteriaItem &shown = c.after ? *c.after : *c.before;
    const QString kind = c.kind == CriteriaItemChange::Kind::Added      ? Cli::tr("added")
                         : c.kind == CriteriaItemChange::Kind::Removed  ? Cli::tr("removed")
                         : c.kind == CriteriaItemChange::Kind::Reworded ? Cli::tr("reworded")
                                                                        : Cli::tr("changed");
    out(QStringLiteral("%1\t%2\t%3").arg(kind, c.itemId, shown.title.in(lang)));
    for (const QString &field : c.fields) {
        const auto [before, after] = CriteriaDiff::sides(c, field, lang);
        out(QStringLiteral("  %1:").arg(CriteriaText::fieldName(field)));
        for (const QString &line : before.split(QLatin1Char('\n')))
            out(QStringLiteral("  - %1").arg(line));
        for (const QString &line : after.split(QLatin1Char('\n')))
            out(QStringLiteral("  + %1").arg(line));
    }
}

} // namespace

int runCriteriaDiff(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
    parser.addPositionalArgument(QStringLiteral("OLD"), Cli::tr("Older criteria set: a file or a set id."));
    parser.addPositionalArgument(QStringLiteral("NEW"), Cli::tr("Newer criteria set: a file or a set id."));
    if (!parse(parser, QStringLiteral("criteria diff"), args))
        return UsageOrInput;
    if (parser.positionalArguments().size() != 2) {
        err(Cli::tr("error: criteria diff takes two criteria sets, OLD and NEW"));
        return UsageOrInput;
    }
    CriteriaRegistry registry = CriteriaRegistry::withBuiltins();
    if (QFileInfo(CriteriaRegistry::userFolder()).isDir())
        (void)registry.loadFolder(CriteriaRegistry::userFolder());
    const std::optional<CriteriaSet> before = resolveSet(parser.positionalArguments().at(0), registry);
    const std::optional<CriteriaSet> after = resolveSet(parser.positionalArguments().at(1), registry);
    if (!before || !after)
        return UsageOrInput;
    const QList<CriteriaItemChange> changes = CriteriaDiff::compare(*before, *after);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonDocument(CriteriaDiff::toJson(*before, *after, changes)));
        return Ok;
    }
    const QString lang = uiLanguage();
    for (const CriteriaItemChange &c : changes)
        printChange(c, lang);
    const auto count = [&](CriteriaItemChange::Kind kind) {
        return int(std::count_if(changes.begin(), changes.end(), [kind](const CriteriaItemChange &c) { return c.kind == kind; }));
    };
    out(Cli::tr("%1 → %2: %3 added, %4 removed, %5 changed, %6 reworded")
            .arg(CriteriaLibrary::displayName(before->id, before->dataRevision),
                 CriteriaLibrary::displayName(after->id, after->dataRevision))
            .arg(count(CriteriaItemChange::Kind::Added))
            .arg(count(CriteriaItemChange::Kind::Removed))
            .arg(count(CriteriaItemChange::Kind::Changed))
            .arg(count(CriteriaItemChange::Kind::Reworded)));
    return Ok;
}

int runCriteriaMigrate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("output"), Cli::tr("Write the format-2 file to FILE (default: replace FILE in place)."),
                      QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("A format-1 criteria file."));
    if (!parse(parser, QStringLiteral("criteria migrate"), args))
        return UsageOrInput;
    if (parser.positionalArguments().size() != 1) {
        err(Cli::tr("error: criteria migrate takes one criteria file"));
        return UsageOrInput;
    }
    const QString input = parser.positionalArguments().first();
    const CriteriaLoadResult loaded = CriteriaLoader::loadFile(input);
    if (!loaded.set) {
        for (const CriteriaProblem &p : loaded.problems)
            err(p.toString());
        return UsageOrInput;
    }
    QString error;
    const QByteArray migrated = CriteriaFormat2::migrateToFormat2(loaded.set->json, &error);
    if (migrated.isEmpty()) {
        err(Cli::tr("error: %1: %2").arg(input, error));
        return UsageOrInput;
    }
    const QString output = parser.isSet(QStringLiteral("output")) ? parser.value(QStringLiteral("output")) : input;
    if (!AtomicFile::write(output, migrated, &error)) {
        err(Cli::tr("error: %1").arg(error));
        return UsageOrInput;
    }
    out(Cli::tr("%1: format 2 written to %2").arg(loaded.set->id, output));
    return Ok;
}

} // namespace hoshi::cli
