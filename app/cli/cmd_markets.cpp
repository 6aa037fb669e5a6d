// SPDX-License-Identifier: Apache-2.0
// hoshi-cli markets: what a declaration's label gives in other markets (UK PSTI, Singapore CLS),
// with the source of each statement, the mapping sets of its criteria, and the UK compliance record.
#include "cmd_markets.h"

#include "cliutil.h"

#include "markets/mappinglibrary.h"
#include "markets/marketsservice.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hoshi::cli {

namespace {

using namespace hoshi::markets;

QJsonObject entryJson(const MappingEntry &e)
{
    QJsonObject o{{QStringLiteral("source"), e.sourceItemId},
                  {QStringLiteral("target"), e.targetId},
                  {QStringLiteral("relationship"), relationshipKey(e.relationship)},
                  {QStringLiteral("provenance"), provenanceKey(e.provenance)},
                  {QStringLiteral("rationale"), e.rationale}};
    if (!e.instrument.isEmpty())
        o.insert(QStringLiteral("instrument"), e.instrument);
    return o;
}

QJsonArray mappingsJson(const QList<const MappingSet *> &sets)
{
    QJsonArray out;
    for (const MappingSet *set : sets) {
        QJsonArray entries;
        for (const MappingEntry &e : set->entries)
            entries.append(entryJson(e));
        out.append(QJsonObject{{QStringLiteral("id"), set->id},
                               {QStringLiteral("target"), set->targetSetId},
                               {QStringLiteral("targetTitle"), set->targetTitle},
                               {QStringLiteral("targetSource"), set->targetSource},
                               {QStringLiteral("origin"), set->origin},
                               {QStringLiteral("entries"), entries}});
    }
    return out;
}

void printStatuses(const DeclarationMarkets &m)
{
    const LabelRecord &label = m.input.label;
    out(Cli::tr("Declaration %1: %2, level %3; label %4, valid until %5")
            .arg(m.declarationId)
            .arg(m.input.criteriaId)
            .arg(m.input.level)
            .arg(label.registrationNumber.isEmpty() ? Cli::tr("(none)") : label.registrationNumber,
                 label.validUntil.isValid() ? label.validUntil.toString(Qt::ISODate) : Cli::tr("(not recorded)")));
    for (const MarketStatus &s : m.statuses) {
        out(s.statement);
        out(QStringLiteral("  ") + Cli::tr("legal basis: %1").arg(s.legalBasis));
        out(QStringLiteral("  ")
            + (s.sourceKind == SourceKind::Official ? Cli::tr("source (official): %1") : Cli::tr("source (secondary): %1"))
                  .arg(s.source));
    }
}

void printMappings(const QList<const MappingSet *> &sets)
{
    for (const MappingSet *set : sets) {
        out(Cli::tr("Mapping %1 -> %2 (%n entry/entries)", nullptr, int(set->entries.size())).arg(set->id, set->targetTitle));
        for (const MappingEntry &e : set->entries) {
            const QString provenance = e.provenance == Provenance::Official
                                           ? Cli::tr("official: %1").arg(e.instrument)
                                           : Cli::tr("ours (Hoshi's reading, not official)");
            out(QStringLiteral("  %1 %2 %3  [%4]").arg(e.sourceItemId, relationshipKey(e.relationship), e.targetId, provenance));
        }
    }
}

} // namespace

int runMarkets(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("Workspace: a .hoshi file or a postgresql:// server address."));
    parser.addOption({QStringLiteral("declaration"), Cli::tr("Declaration id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print the statuses (and mappings) as JSON.")});
    parser.addOption({QStringLiteral("mappings"), Cli::tr("Also show the mapping sets of the declaration's criteria, with the provenance of each entry.")});
    parser.addOption({QStringLiteral("uk-record"),
                      Cli::tr("Write the UK compliance record (English) to FILE.pdf, and FILE.json beside it."),
                      QStringLiteral("FILE.pdf")});
    parser.addOption({QStringLiteral("today"), Cli::tr("Judge as of this date (default: today)."), QStringLiteral("YYYY-MM-DD")});
    if (!parse(parser, QStringLiteral("markets"), args))
        return UsageOrInput;
    QDate today = QDate::currentDate();
    if (!dateOption(parser, QStringLiteral("today"), &today))
        return UsageOrInput;
    std::unique_ptr<Workspace> ws = openWorkspace(workspaceArgument(parser), Workspace::Access::ReadOnly);
    const qint64 declarationId = ws ? idOption(parser, QStringLiteral("declaration")) : -1;
    if (declarationId < 0)
        return UsageOrInput;
    QString error;
    const std::optional<DeclarationMarkets> markets = MarketsService::read(*ws, declarationId, today, &error);
    if (!markets)
        return refused(error);
    if (parser.isSet(QStringLiteral("uk-record"))) {
        const QString pdf = parser.value(QStringLiteral("uk-record"));
        if (!MarketsService::writeUkRecord(*ws, declarationId, today, pdf, &error))
            return refused(error);
        err(Cli::tr("wrote %1 and %2").arg(pdf, UkRecord::jsonPathFor(pdf)));
    }
    QList<MappingProblem> problems;
    const MappingLibrary library = parser.isSet(QStringLiteral("mappings")) ? MappingLibrary::withUserFiles(&problems)
                                                                            : MappingLibrary();
    for (const MappingProblem &p : problems)
        err(Cli::tr("warning: mapping file refused: %1").arg(p.toString()));
    const QList<const MappingSet *> sets = library.forSource(markets->input.criteriaId);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = markets->toJson();
        if (parser.isSet(QStringLiteral("mappings")))
            json.insert(QStringLiteral("mappings"), mappingsJson(sets));
        printJson(QJsonDocument(json));
        return Ok;
    }
    printStatuses(*markets);
    printMappings(sets);
    return Ok;
}

} // namespace hoshi::cli
