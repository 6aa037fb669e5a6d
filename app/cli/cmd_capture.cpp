// SPDX-License-Identifier: Apache-2.0
// evidence capture|rerun|note: device-test evidence from the machine-readable output of nmap,
// testssl.sh, ssh-audit and CycloneDX SBOMs (core/capture).
#include "cmd_capture.h"

#include "capture/captureparser.h"
#include "capture/captureservice.h"
#include "cliutil.h"

#include <QFileInfo>
#include <QJsonObject>

namespace hoshi::cli {

namespace {

const QString json = QStringLiteral("json");

void addCaptureOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("firmware-image"), Cli::tr("Firmware image file the device ran; its SHA-256 is kept with the evidence."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("firmware-version"), Cli::tr("Firmware version tested (default: the product's current one)."),
                      QStringLiteral("V")});
    parser.addOption({json, Cli::tr("Print the new id and the parsed result as JSON.")});
}

CaptureOptions captureOptions(const QCommandLineParser &parser)
{
    CaptureOptions options;
    options.firmwareImagePath = parser.value(QStringLiteral("firmware-image"));
    options.firmwareVersion = parser.value(QStringLiteral("firmware-version"));
    return options;
}

int report(const QCommandLineParser &parser, qint64 id, const CaptureResult &result, const QString &itemHint)
{
    if (!itemHint.isEmpty() && !result.suggestedItems.isEmpty() && !result.suggestedItems.contains(itemHint))
        err(Cli::tr("note: %1 output usually backs %2; it was recorded for %3 as asked")
                .arg(captureToolName(result.tool), result.suggestedItems.join(QStringLiteral(", ")), itemHint));
    if (parser.isSet(json)) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("evidence"), id}, {QStringLiteral("result"), result.toJson()}}));
    } else {
        out(QString::number(id));
    }
    return Ok;
}

int capture(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("Workspace: a .hoshi file or a postgresql:// server address."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The tool's output file (nmap -oX, testssl.sh --jsonfile, ssh-audit -j, CycloneDX JSON)."));
    parser.addOption({QStringLiteral("declaration"), Cli::tr("Declaration id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("item"), Cli::tr("Item the evidence backs."), QStringLiteral("ITEM")});
    parser.addOption({QStringLiteral("tool"), Cli::tr("nmap, testssl, ssh-audit or cyclonedx (default: recognised from the file)."),
                      QStringLiteral("TOOL")});
    addCaptureOptions(parser);
    if (!parse(parser, QStringLiteral("evidence capture"), args))
        return UsageOrInput;
    const QString file = parser.positionalArguments().value(1);
    const QString item = parser.value(QStringLiteral("item"));
    if (file.isEmpty() || item.isEmpty())
        return refused(Cli::tr("evidence capture needs WS, FILE, --declaration and --item"));
    std::optional<CaptureTool> tool = captureToolFromKey(parser.value(QStringLiteral("tool")));
    if (parser.isSet(QStringLiteral("tool")) && !tool)
        return refused(Cli::tr("--tool is nmap, testssl, ssh-audit or cyclonedx"));
    if (!tool) {
        QByteArray data;
        QString error;
        if (!CaptureParser::readFile(file, &data, &error))
            return refused(error);
        tool = CaptureParser::detectTool(data);
        if (!tool)
            return refused(Cli::tr("%1 is not output of a known tool; name it with --tool").arg(QFileInfo(file).fileName()));
    }
    std::unique_ptr<Workspace> ws = openWorkspace(workspaceArgument(parser), Workspace::Access::ReadWrite);
    const qint64 declarationId = ws ? idOption(parser, QStringLiteral("declaration")) : -1;
    if (declarationId < 0)
        return UsageOrInput;
    QString error;
    CaptureResult result;
    const qint64 id = CaptureService::capture(*ws, declarationId, item, *tool, file, captureOptions(parser), &error, &result);
    if (id < 0)
        return refused(error);
    return report(parser, id, result, item);
}

int rerun(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("evidence"), Cli::tr("The captured evidence to run again."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("target"), Cli::tr("Host (and :port) to run against (default: the recipe's)."), QStringLiteral("HOST")});
    parser.addOption({QStringLiteral("time-limit"), Cli::tr("Stop the tool after this many seconds (default 600)."), QStringLiteral("S")});
    addCaptureOptions(parser);
    std::unique_ptr<Workspace> ws = parseAndOpen(parser, QStringLiteral("evidence rerun"), args, Workspace::Access::ReadWrite);
    const qint64 id = ws ? idOption(parser, QStringLiteral("evidence")) : -1;
    if (id < 0)
        return UsageOrInput;
    bool limitOk = true;
    const int limit = parser.isSet(QStringLiteral("time-limit")) ? parser.value(QStringLiteral("time-limit")).toInt(&limitOk) : 600;
    if (!limitOk || limit <= 0)
        return refused(Cli::tr("--time-limit is a number of seconds"));
    QString error;
    CaptureResult result;
    const qint64 newId = CaptureService::rerun(*ws, id, parser.value(QStringLiteral("target")), captureOptions(parser), &error,
                                               &result, limit);
    if (newId < 0)
        return refused(error);
    return report(parser, newId, result, {});
}

int note(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("evidence"), Cli::tr("Captured evidence id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("finding"), Cli::tr("Finding key, as in the .findings.json file (e.g. port-23/tcp, tls1_0)."), QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("note"), Cli::tr("Your answer to the finding (empty: remove it)."), QStringLiteral("TEXT")});
    std::unique_ptr<Workspace> ws = parseAndOpen(parser, QStringLiteral("evidence note"), args, Workspace::Access::ReadWrite);
    const qint64 id = ws ? idOption(parser, QStringLiteral("evidence")) : -1;
    if (id < 0)
        return UsageOrInput;
    QString error;
    if (!CaptureService::setFindingNote(*ws, id, parser.value(QStringLiteral("finding")), parser.value(QStringLiteral("note")), &error))
        return refused(error);
    return Ok;
}

} // namespace

bool isCaptureVerb(const QString &verb)
{
    return verb == QLatin1String("capture") || verb == QLatin1String("rerun") || verb == QLatin1String("note");
}

int runEvidenceCapture(const QString &verb, const QStringList &args)
{
    if (verb == QLatin1String("capture"))
        return capture(args);
    if (verb == QLatin1String("rerun"))
        return rerun(args);
    return note(args);
}

} // namespace hoshi::cli
