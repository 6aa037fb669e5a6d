// SPDX-License-Identifier: Apache-2.0
// changes: what changed in a declaration since its approval, export, label or a date.
#include "cliutil.h"
#include "commands.h"

#include "baseline/changedetector.h"
#include "baseline/declarationfingerprint.h"
#include "lifecycle/retestplan.h"
#include "util/language.h"
#include "util/displaydate.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hoshi::cli {

namespace {

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// Since a baseline: a field-by-field comparison with the frozen declaration.
int changesSinceBaseline(const Workspace &ws, qint64 declarationId, BaselineKind kind, bool json)
{
    const std::optional<Baseline> baseline = ws.latestBaseline(declarationId, kind);
    if (!baseline) {
        err(Cli::tr("error: declaration %1 has no %2 baseline yet").arg(declarationId).arg(baselineKindKey(kind)));
        return UsageOrInput;
    }
    QString error;
    const std::optional<QByteArray> current = ws.declarationJson(declarationId, &error);
    const auto changes = current ? ChangeDetector::compare(baseline->json, *current, &error) : std::nullopt;
    if (!changes) {
        err(Cli::tr("error: %1").arg(error));
        return UsageOrInput;
    }
    // After a firmware change: the device tests to run again (empty otherwise).
    const std::optional<DeclarationSnapshot> snapshot = ws.snapshot(declarationId, Workspace::ContentCheck::Skip, &error);
    const QList<RetestItem> retest = snapshot ? RetestPlan::of(*snapshot, uiLanguage()) : QList<RetestItem>();
    if (json) {
        const QJsonObject since{{QStringLiteral("anchor"), baselineKindKey(kind)},
                                {QStringLiteral("at"), stamp(baseline->createdAt)},
                                {QStringLiteral("actor"), baseline->actor},
                                {QStringLiteral("exportId"), baseline->exportId},
                                {QStringLiteral("fingerprint"), baseline->fingerprint}};
        printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("declaration"), declarationId},
            {QStringLiteral("since"), since},
            {QStringLiteral("fingerprint"), DeclarationFingerprint::ofJson(*current)},
            {QStringLiteral("changes"), ChangeDetector::toJson(*changes)},
            {QStringLiteral("touchedItems"), QJsonArray::fromStringList(ChangeDetector::touchedItems(*changes))},
            {QStringLiteral("retestPlan"), RetestPlan::toJson(retest)}}));
        return Ok;
    }
    out(Cli::tr("Changes since the %1 baseline of %2 (by %3):")
            .arg(baselineKindKey(kind), DisplayDate::dateTime(baseline->createdAt), baseline->actor));
    if (changes->isEmpty())
        out(Cli::tr("  none"));
    for (const DeclarationChange &c : *changes)
        out(QStringLiteral("  ") + c.describe());
    if (!retest.isEmpty()) {
        out(Cli::tr("Re-test plan: %n device test(s) to run again on firmware %1:", nullptr, int(retest.size()))
                .arg(snapshot->product.firmwareVersion));
        for (const RetestItem &item : retest)
            out(QStringLiteral("  ") + RetestPlan::line(item, snapshot->product.firmwareVersion));
    }
    return Ok;
}

// Since a date: what the history recorded from that day on.
int changesSinceDate(const Workspace &ws, qint64 declarationId, const QDate &date, bool json)
{
    const QDateTime from(date, QTime(0, 0), Qt::UTC);
    QList<HistoryEntry> entries = ws.history(declarationId);
    entries.erase(std::remove_if(entries.begin(), entries.end(), [&](const HistoryEntry &e) { return e.at < from; }),
                  entries.end());
    std::reverse(entries.begin(), entries.end()); // oldest first
    if (json) {
        QJsonArray list;
        QStringList touched;
        for (const HistoryEntry &e : std::as_const(entries)) {
            list.append(QJsonObject{{QStringLiteral("at"), stamp(e.at)}, {QStringLiteral("actor"), e.actor},
                                    {QStringLiteral("item"), e.itemId}, {QStringLiteral("action"), e.action},
                                    {QStringLiteral("summary"), e.summary}});
            if (!e.itemId.isEmpty() && !touched.contains(e.itemId))
                touched << e.itemId;
        }
        printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("declaration"), declarationId},
            {QStringLiteral("since"), QJsonObject{{QStringLiteral("anchor"), QStringLiteral("date")},
                                                  {QStringLiteral("date"), date.toString(Qt::ISODate)}}},
            {QStringLiteral("entries"), list},
            {QStringLiteral("touchedItems"), QJsonArray::fromStringList(touched)}}));
        return Ok;
    }
    out(Cli::tr("Changes recorded since %1:").arg(DisplayDate::date(date)));
    if (entries.isEmpty())
        out(Cli::tr("  none"));
    for (const HistoryEntry &e : std::as_const(entries))
        out(QStringLiteral("  %1  %2  %3  %4").arg(DisplayDate::dateTime(e.at), e.actor, e.itemId.isEmpty() ? QStringLiteral("-") : e.itemId,
                                                   e.summary));
    return Ok;
}

} // namespace

int runChanges(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("Workspace: a .hoshi file or a postgresql:// server address."));
    parser.addOption({QStringLiteral("declaration"), Cli::tr("Declaration id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("since"), Cli::tr("approval, export, label or a date (YYYY-MM-DD)."),
                      QStringLiteral("ANCHOR")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print the changes as JSON.")});
    if (!parse(parser, QStringLiteral("changes"), args))
        return parser.isSet(QStringLiteral("help")) ? Ok : UsageOrInput;
    std::unique_ptr<Workspace> ws = openWorkspace(workspaceArgument(parser), Workspace::Access::ReadOnly);
    const qint64 declarationId = ws ? idOption(parser, QStringLiteral("declaration")) : -1;
    if (declarationId < 0)
        return UsageOrInput;
    if (!ws->declaration(declarationId)) {
        err(Cli::tr("error: there is no declaration with the id %1").arg(declarationId));
        return UsageOrInput;
    }
    const QString since = parser.value(QStringLiteral("since"));
    const bool json = parser.isSet(QStringLiteral("json"));
    if (const std::optional<BaselineKind> kind = baselineKindFromKey(since))
        return changesSinceBaseline(*ws, declarationId, *kind, json);
    const QDate date = QDate::fromString(since, Qt::ISODate);
    if (!date.isValid()) {
        err(Cli::tr("error: --since takes approval, export, label or a date YYYY-MM-DD, not \"%1\"").arg(since));
        return UsageOrInput;
    }
    return changesSinceDate(*ws, declarationId, date, json);
}

} // namespace hoshi::cli
