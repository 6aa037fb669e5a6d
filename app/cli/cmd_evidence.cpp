// SPDX-License-Identifier: Apache-2.0
// evidence list|show|set|remove|import, file list|remove|extract, history.
#include "cmd_capture.h"
#include "cmd_catalog.h"
#include "commands.h"

#include "clifields.h"
#include "cmd_shelflife.h"
#include "cliutil.h"
#include "storage/evidenceimport.h"
#include "util/atomicfile.h"
#include "util/displaydate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace hoshi::cli {

namespace {

const QString json = QStringLiteral("json");

// The items an evidence record backs, in every declaration ("3:S1.1-01").
QStringList linkedItems(const Workspace &ws, qint64 evidenceId, QJsonArray *links)
{
    QStringList text;
    for (const Declaration &d : ws.declarations()) {
        for (const Evidence &e : ws.evidenceOfDeclaration(d.id)) {
            if (e.id != evidenceId)
                continue;
            for (const QString &item : e.itemIds) {
                text << QStringLiteral("%1:%2").arg(d.id).arg(item);
                links->append(QJsonObject{{QStringLiteral("declaration"), d.id}, {QStringLiteral("item"), item}});
            }
        }
    }
    return text;
}

int evidenceList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({json, Cli::tr("Print JSON.")});
    parser.addOption({QStringLiteral("declaration"), Cli::tr("Declaration id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("item"), Cli::tr("Only the evidence backing this item."), QStringLiteral("ITEM")});
    std::unique_ptr<Workspace> ws = parseAndOpen(parser, QStringLiteral("evidence list"), args, Workspace::Access::ReadOnly);
    const qint64 declarationId = ws ? idOption(parser, QStringLiteral("declaration")) : -1;
    if (declarationId < 0)
        return UsageOrInput;
    if (!ws->declaration(declarationId))
        return refused(Cli::tr("there is no declaration %1").arg(declarationId));
    const QString item = parser.value(QStringLiteral("item"));
    QJsonArray list;
    const ReviewPeriods periods = ws->reviewPeriods();
    for (const Evidence &listed : ws->evidenceOfDeclaration(declarationId)) {
        if (!item.isEmpty() && !listed.itemIds.contains(item))
            continue;
        Evidence e = ws->evidence(listed.id).value_or(listed);
        e.itemIds = listed.itemIds;
        QJsonObject object = evidenceJson(e);
        insertShelfLifeJson(object, e, periods);
        list.append(object);
        if (!parser.isSet(json))
            out(QStringLiteral("%1\t%2\t%3\t%4\t%5").arg(e.id).arg(evidenceKindKey(e.kind), e.itemIds.join(QLatin1Char(',')),
                                                         e.reference()).arg(e.files.size()));
    }
    if (parser.isSet(json))
        printJson(QJsonDocument(list));
    return Ok;
}

int evidenceShowSetRemove(const QString &verb, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("evidence"), Cli::tr("Evidence id."), QStringLiteral("ID")});
    if (verb == QLatin1String("show"))
        parser.addOption({json, Cli::tr("Print JSON.")});
    if (verb == QLatin1String("set")) {
        parser.addOption({QStringLiteral("kind"), Cli::tr("document or device-test."), QStringLiteral("KIND")});
        parser.addOption({QStringLiteral("tested-on"), Cli::tr("Test date."), QStringLiteral("YYYY-MM-DD")});
        addShelfLifeOptions(parser);
        addFieldOptions(parser, evidenceOptions);
    }
    std::unique_ptr<Workspace> ws = parseAndOpen(parser, QStringLiteral("evidence ") + verb, args,
                                                 verb == QLatin1String("show") ? Workspace::Access::ReadOnly
                                                                               : Workspace::Access::ReadWrite);
    const qint64 id = ws ? idOption(parser, QStringLiteral("evidence")) : -1;
    if (id < 0)
        return UsageOrInput;
    std::optional<Evidence> e = ws->evidence(id);
    if (!e)
        return refused(Cli::tr("there is no evidence %1").arg(id));
    QString error;
    if (verb == QLatin1String("remove"))
        return ws->removeEvidence(id, &error) ? Ok : refused(error);
    if (verb == QLatin1String("set")) {
        if (parser.isSet(QStringLiteral("kind"))) {
            const std::optional<EvidenceKind> kind = evidenceKindFromKey(parser.value(QStringLiteral("kind")));
            if (!kind)
                return refused(Cli::tr("--kind is document or device-test"));
            e->kind = *kind;
        }
        if (!dateOption(parser, QStringLiteral("tested-on"), &e->testedOn) || !readShelfLifeOptions(parser, &*e))
            return UsageOrInput;
        readFieldOptions(parser, evidenceOptions, *e);
        return ws->updateEvidence(*e, &error) ? Ok : refused(error);
    }
    QJsonArray links;
    const QStringList items = linkedItems(*ws, id, &links);
    QJsonObject object = evidenceJson(*e);
    insertShelfLifeJson(object, *e, ws->reviewPeriods());
    object.remove(QStringLiteral("items"));
    object.insert(QStringLiteral("links"), links);
    if (parser.isSet(json)) {
        printJson(QJsonDocument(object));
        return Ok;
    }
    object.insert(QStringLiteral("links"), items.join(QLatin1String(", ")));
    object.remove(QStringLiteral("files"));
    printFields(object, {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("links")});
    for (const EvidenceFile &f : e->files)
        out(QStringLiteral("file\t%1\t%2\t%3\t%4").arg(f.id).arg(f.originalName).arg(f.size).arg(f.sha256));
    return Ok;
}

int evidenceImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("declaration"), Cli::tr("Declaration id."), QStringLiteral("ID")});
    parser.addOption({json, Cli::tr("Print the new evidence ids as JSON.")});
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("Workspace: a .hoshi file or a postgresql:// server address."));
    parser.addPositionalArgument(QStringLiteral("FILE.json"),
                                 Cli::tr("JSON array of evidence records (\"-\" reads standard input); see docs/cli.md."));
    if (!parse(parser, QStringLiteral("evidence import"), args))
        return UsageOrInput;
    std::unique_ptr<Workspace> ws = openWorkspace(workspaceArgument(parser), Workspace::Access::ReadWrite);
    const qint64 declarationId = ws ? idOption(parser, QStringLiteral("declaration")) : -1;
    if (declarationId < 0)
        return UsageOrInput;
    const QString path = parser.positionalArguments().value(1);
    if (path.isEmpty())
        return refused(Cli::tr("name the JSON file to import"));
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return refused(Cli::tr("cannot read %1: %2").arg(path, file.errorString()));
    QList<EvidenceImportRecord> records;
    QList<qint64> ids;
    QString error;
    const QString base = path == QLatin1String("-") ? QDir::currentPath() : QFileInfo(path).absolutePath();
    if (!EvidenceImport::parse(file.readAll(), base, &records, &error) || !EvidenceImport::run(*ws, declarationId, records, &ids, &error))
        return refused(error);
    if (parser.isSet(json)) {
        QJsonArray list;
        for (qint64 id : ids)
            list.append(id);
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("declaration"), declarationId}, {QStringLiteral("evidence"), list}}));
    } else {
        for (qint64 id : ids)
            out(QString::number(id));
    }
    return Ok;
}

} // namespace

int runEvidenceQuery(const QString &verb, const QStringList &args)
{
    if (isCaptureVerb(verb))
        return runEvidenceCapture(verb, args);
    if (verb == QLatin1String("list"))
        return evidenceList(args);
    if (verb == QLatin1String("import"))
        return evidenceImport(args);
    if (verb == QLatin1String("show") || verb == QLatin1String("set") || verb == QLatin1String("remove"))
        return evidenceShowSetRemove(verb, args);
    return verbUsage(QStringList{verb} + args,
                     Cli::tr("usage: hoshi-cli evidence add|import|list|show|set|remove|capture|rerun|note WS ... (see --help of each)"));
}

int runFile(const QStringList &args)
{
    const QString verb = args.value(0);
    if (verb != QLatin1String("list") && verb != QLatin1String("remove") && verb != QLatin1String("extract"))
        return verbUsage(args, Cli::tr("usage: hoshi-cli file list WS --evidence ID [--json]\n"
                                       "       hoshi-cli file remove WS --file ID\n"
                                       "       hoshi-cli file extract WS --file ID --out PATH (\"-\": standard output)"));
    QCommandLineParser parser;
    if (verb == QLatin1String("list")) {
        parser.addOption({QStringLiteral("evidence"), Cli::tr("Evidence id."), QStringLiteral("ID")});
        parser.addOption({json, Cli::tr("Print JSON.")});
    } else {
        parser.addOption({QStringLiteral("file"), Cli::tr("File id (see: hoshi-cli file list)."), QStringLiteral("ID")});
    }
    if (verb == QLatin1String("extract"))
        parser.addOption({QStringLiteral("out"), Cli::tr("Where to write the content (refuses to overwrite; \"-\": standard output)."),
                          QStringLiteral("PATH")});
    std::unique_ptr<Workspace> ws = parseAndOpen(parser, QStringLiteral("file ") + verb, args.mid(1),
                                                 verb == QLatin1String("remove") ? Workspace::Access::ReadWrite
                                                                                 : Workspace::Access::ReadOnly);
    const qint64 id = ws ? idOption(parser, verb == QLatin1String("list") ? QStringLiteral("evidence") : QStringLiteral("file")) : -1;
    if (id < 0)
        return UsageOrInput;
    QString error;
    if (verb == QLatin1String("list")) {
        const std::optional<Evidence> e = ws->evidence(id);
        if (!e)
            return refused(Cli::tr("there is no evidence %1").arg(id));
        QJsonArray list;
        for (const EvidenceFile &f : e->files) {
            list.append(fileJson(f));
            if (!parser.isSet(json))
                out(QStringLiteral("%1\t%2\t%3\t%4\t%5").arg(f.id).arg(f.originalName).arg(f.size).arg(f.mediaType, f.sha256));
        }
        if (parser.isSet(json))
            printJson(QJsonDocument(list));
        return Ok;
    }
    const std::optional<EvidenceFile> f = ws->file(id);
    if (!f)
        return refused(Cli::tr("there is no evidence file %1").arg(id));
    if (verb == QLatin1String("remove"))
        return ws->removeFile(id, &error) ? Ok : refused(error);
    const QString target = parser.value(QStringLiteral("out"));
    if (target.isEmpty())
        return refused(Cli::tr("--out is required"));
    if (target == QLatin1String("-")) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || !ws->readContent(f->sha256, &stdoutFile, &error))
            return refused(error);
        return Ok;
    }
    if (QFileInfo::exists(target))
        return refused(Cli::tr("%1 exists already; nothing was written").arg(target));
    // Written beside the target and renamed when complete: never half a file under the name.
    const bool written = AtomicFile::writeVia(target, [&](const QString &aside, QString *failure) {
        QFile file(aside);
        if (!file.open(QIODevice::WriteOnly)) {
            *failure = file.errorString();
            return false;
        }
        return ws->readContent(f->sha256, &file, failure) && file.flush();
    }, &error);
    return written ? Ok : refused(error);
}

int runHistory(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("declaration"), Cli::tr("Only this declaration (and its organisation's vendor-wide answers)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("item"), Cli::tr("Only this item (with --declaration)."), QStringLiteral("ITEM")});
    parser.addOption({json, Cli::tr("Print JSON.")});
    std::unique_ptr<Workspace> ws = parseAndOpen(parser, QStringLiteral("history"), args, Workspace::Access::ReadOnly);
    if (!ws)
        return UsageOrInput;
    QList<HistoryEntry> entries;
    if (parser.isSet(QStringLiteral("declaration"))) {
        const qint64 id = idOption(parser, QStringLiteral("declaration"));
        if (id < 0)
            return UsageOrInput;
        if (!ws->declaration(id))
            return refused(Cli::tr("there is no declaration %1").arg(id));
        entries = ws->history(id, parser.value(QStringLiteral("item")));
        for (HistoryEntry &h : entries)
            h.declarationId = id;
    } else if (parser.isSet(QStringLiteral("item"))) {
        return refused(Cli::tr("--item needs --declaration"));
    } else {
        entries = ws->workspaceHistory();
    }
    QJsonArray list;
    for (const HistoryEntry &h : entries) {
        const QString at = h.at.toUTC().toString(Qt::ISODate);
        list.append(QJsonObject{{QStringLiteral("id"), h.id},
                                {QStringLiteral("at"), at},
                                {QStringLiteral("actor"), h.actor},
                                {QStringLiteral("declaration"), h.declarationId > 0 ? QJsonValue(h.declarationId) : QJsonValue()},
                                {QStringLiteral("item"), h.itemId},
                                {QStringLiteral("action"), h.action},
                                {QStringLiteral("summary"), h.summary}});
        if (!parser.isSet(json))
            out(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6").arg(DisplayDate::dateTime(h.at), h.actor,
                                                            h.declarationId > 0 ? QString::number(h.declarationId) : QStringLiteral("-"),
                                                            h.itemId.isEmpty() ? QStringLiteral("-") : h.itemId, h.action, h.summary));
    }
    if (parser.isSet(json))
        printJson(QJsonDocument(list));
    return Ok;
}

} // namespace hoshi::cli
