// SPDX-License-Identifier: Apache-2.0
// hoshi-cli criteria update | overlay | show --workspace: a newer Hoshi data revision applied to a
// declaration in place, official evaluation points laid over a declaration's set, and the set
// a declaration actually uses (with its overlay) shown with the provenance of every point.
#include "cliutil.h"
#include "commands.h"

#include "criteria/criteriadiff.h"
#include "criteria/criterialibrary.h"
#include "util/language.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace hoshi::cli {

namespace {

QJsonArray movesJson(const QList<PointAnswerMove> &moves)
{
    QJsonArray array;
    for (const PointAnswerMove &m : moves) {
        QJsonArray evidence;
        for (qint64 id : m.evidenceIds)
            evidence.append(id);
        array.append(QJsonObject{{QStringLiteral("itemId"), m.itemId},
                                 {QStringLiteral("fromPointId"), m.fromPointId},
                                 {QStringLiteral("fromText"), m.fromText.toJson()},
                                 {QStringLiteral("toPointId"), m.toPointId},
                                 {QStringLiteral("chosen"), m.chosen},
                                 {QStringLiteral("evidence"), evidence}});
    }
    return array;
}

void printMoves(const PointAnswerChanges &changes)
{
    const QString lang = uiLanguage();
    for (const PointAnswerMove &m : changes.moved)
        out(Cli::tr("moved\t%1\t%2 → %3").arg(m.itemId, m.fromPointId, m.toPointId));
    for (const PointAnswerMove &m : changes.unmatched) {
        QStringList what;
        if (m.chosen)
            what << Cli::tr("chosen");
        for (qint64 id : m.evidenceIds)
            what << Cli::tr("evidence %1").arg(id);
        out(Cli::tr("no match\t%1\t%2 (%3): %4 — choose or link again")
                .arg(m.itemId, m.fromPointId, what.join(QLatin1String(", ")), m.fromText.in(lang)));
    }
}

void printTextChanges(const QList<CriteriaItemChange> &changes)
{
    const QString lang = uiLanguage();
    for (const CriteriaItemChange &c : changes) {
        out(QStringLiteral("%1\t%2").arg(c.itemId, CriteriaDiff::kindKey(c.kind)));
        for (const QString &field : c.fields.isEmpty() ? QStringList{QStringLiteral("requirement")} : c.fields) {
            const auto [before, after] = CriteriaDiff::sides(c, field, lang);
            out(QStringLiteral("  %1:").arg(field));
            for (const QString &line : before.split(QLatin1Char('\n')))
                out(QStringLiteral("  - %1").arg(line));
            for (const QString &line : after.split(QLatin1Char('\n')))
                out(QStringLiteral("  + %1").arg(line));
        }
    }
}

} // namespace

int runCriteriaUpdate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("declaration"), Cli::tr("The declaration to update."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("to"), Cli::tr("Data revision to apply (default: the newest known)."),
                      QStringLiteral("REVISION")});
    parser.addOption({QStringLiteral("dry-run"), Cli::tr("Only print what would change.")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
    const bool dryRun = args.contains(QStringLiteral("--dry-run"));
    std::unique_ptr<Workspace> ws = parseAndOpen(parser, QStringLiteral("criteria update"), args,
                                                 dryRun ? Workspace::Access::ReadOnly : Workspace::Access::ReadWrite);
    const qint64 declarationId = ws ? idOption(parser, QStringLiteral("declaration")) : -1;
    if (declarationId < 0)
        return UsageOrInput;
    const std::optional<Declaration> d = ws->declaration(declarationId);
    const CriteriaSet *current = d ? ws->storedCriteriaFor(declarationId) : nullptr;
    if (!current)
        return refused(Cli::tr("there is no declaration %1").arg(declarationId));
    bool numeric = true;
    const int revision = parser.isSet(QStringLiteral("to")) ? parser.value(QStringLiteral("to")).toInt(&numeric)
                                                             : ws->newerCriteriaDataRevision(declarationId);
    if (!numeric || revision < 0)
        return refused(Cli::tr("--to takes a data revision number"));
    if (revision == 0) {
        out(Cli::tr("Declaration %1 already uses the newest data of %2.")
                .arg(declarationId).arg(CriteriaLibrary::displayName(d->criteriaSetId, d->criteriaDataRevision)));
        return Ok;
    }
    const CriteriaSet *target = ws->criteria().find(d->criteriaSetId, revision);
    if (!target)
        return refused(Cli::tr("there is no data revision %1 of %2").arg(revision).arg(d->criteriaSetId));
    const QList<CriteriaItemChange> changes = CriteriaDiff::compare(*current, *target);
    PointAnswerChanges moves;
    QString error;
    if (!dryRun && !ws->updateCriteriaData(declarationId, revision, &moves, &error))
        return refused(error);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("declaration"), declarationId},
                      {QStringLiteral("criteriaSetId"), d->criteriaSetId},
                      {QStringLiteral("fromDataRevision"), d->criteriaDataRevision},
                      {QStringLiteral("toDataRevision"), revision},
                      {QStringLiteral("applied"), !dryRun},
                      {QStringLiteral("textChanges"), CriteriaDiff::toJson(*current, *target, changes)},
                      {QStringLiteral("moved"), movesJson(moves.moved)},
                      {QStringLiteral("unmatched"), movesJson(moves.unmatched)}};
        printJson(QJsonDocument(o));
        return Ok;
    }
    printTextChanges(changes);
    printMoves(moves);
    out(dryRun ? Cli::tr("%1 → data revision %2: %n item(s) with changed texts; nothing applied (--dry-run).", nullptr,
                         int(changes.size()))
                     .arg(CriteriaLibrary::displayName(d->criteriaSetId, d->criteriaDataRevision)).arg(revision)
               : Cli::tr("Declaration %1 now uses %2; every verdict, justification, note, evidence link and point "
                         "choice was kept.")
                     .arg(declarationId).arg(CriteriaLibrary::displayName(d->criteriaSetId, revision)));
    return Ok;
}

int runCriteriaOverlay(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("declaration"), Cli::tr("The declaration."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("set"), Cli::tr("Lay the official evaluation points in FILE (JSON) over the "
                                                     "declaration's criteria set."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("clear"), Cli::tr("Remove the official evaluation points again.")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
    std::unique_ptr<Workspace> ws = parseAndOpen(parser, QStringLiteral("criteria overlay"), args, Workspace::Access::ReadWrite);
    const qint64 declarationId = ws ? idOption(parser, QStringLiteral("declaration")) : -1;
    if (declarationId < 0)
        return UsageOrInput;
    if (parser.isSet(QStringLiteral("set")) == parser.isSet(QStringLiteral("clear")))
        return refused(Cli::tr("criteria overlay takes either --set FILE or --clear"));
    PointAnswerChanges changes;
    QString error;
    if (parser.isSet(QStringLiteral("set"))) {
        QFile file(parser.value(QStringLiteral("set")));
        if (!file.open(QIODevice::ReadOnly) || file.size() > 4 * 1024 * 1024)
            return refused(Cli::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!doc.isObject())
            return refused(Cli::tr("%1 is not a JSON object: %2").arg(file.fileName(), parseError.errorString()));
        const std::optional<PointOverlay> overlay = PointOverlay::fromJson(doc.object(), &error);
        if (!overlay || !ws->setPointOverlay(declarationId, *overlay, &changes, &error))
            return refused(error);
    } else if (!ws->clearPointOverlay(declarationId, &changes, &error)) {
        return refused(error);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("declaration"), declarationId},
                                            {QStringLiteral("moved"), movesJson(changes.moved)},
                                            {QStringLiteral("unmatched"), movesJson(changes.unmatched)}}));
        return Ok;
    }
    printMoves(changes);
    out(parser.isSet(QStringLiteral("set"))
            ? Cli::tr("Official evaluation points set for declaration %1: %2 answer(s) moved, %3 without a matching point.")
                  .arg(declarationId).arg(changes.moved.size()).arg(changes.unmatched.size())
            : Cli::tr("Official evaluation points removed from declaration %1: %2 answer(s) moved, %3 without a matching point.")
                  .arg(declarationId).arg(changes.moved.size()).arg(changes.unmatched.size()));
    return Ok;
}

// The set a declaration uses, as criteria show prints it: its official points (if any) instead
// of Hoshi's placeholders, and the stored data revision.
std::optional<CriteriaSet> declarationCriteria(const QString &workspace, const QString &declaration, QString *error)
{
    bool ok = false;
    const qint64 id = declaration.toLongLong(&ok);
    if (!ok) {
        *error = Cli::tr("--declaration takes a number");
        return std::nullopt;
    }
    std::unique_ptr<Workspace> ws = openWorkspace(workspace, Workspace::Access::ReadOnly);
    if (!ws) {
        *error = Cli::tr("cannot open %1").arg(workspace);
        return std::nullopt;
    }
    const CriteriaSet *set = ws->criteriaFor(id);
    if (!set) {
        *error = Cli::tr("there is no declaration %1").arg(id);
        return std::nullopt;
    }
    return *set;
}

} // namespace hoshi::cli
