// hoshi-cli: the workbench without a display. Links hoshi_core only (never Qt Widgets).
#include "clilanguage.h"
#include "cliutil.h"
#include "cmd_lifecycle.h"
#include "commands.h"

#if __has_include("cmd_export.h")
#include "cmd_export.h"
#define HOSHI_HAVE_EXPORT 1
#endif

#include "cmd_findings.h"
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <functional>
#include <memory>

#include <unistd.h>

using namespace hoshi::cli;

namespace {

// The command synopses are syntax, the same in every language; the lines around them are
// translated in usageText().
const char synopses[] =
    "  --version\n"
    "  criteria list [--json] | criteria show ID [--json] | criteria check FILE...\n"
    "  criteria diff OLD NEW [--json] | criteria migrate FILE [--output NEW]\n"
    "  criteria show ID[@REV] --workspace WS --declaration ID [--json]\n"
    "  criteria update WS --declaration ID [--to REV] [--dry-run] [--json]\n"
    "  criteria overlay WS --declaration ID --set FILE|--clear [--json]\n"
    "  init WS [--organisation NAME]\n"
    "  organisation add WS --name NAME [...]\n"
    "  organisation list WS [--json] | organisation show|set|remove WS --organisation ID [...]\n"
    "  product add WS --name N --model M [--model M2...] --category C --firmware NAME --firmware-version V\n"
    "              --support-until YYYY-MM-DD [other label-page fields; see --help]\n"
    "  product list WS [--organisation ID] [--json] | product show|set|remove WS --product ID [...]\n"
    "  declaration new WS --product ID --criteria ID [--route standard|psti]\n"
    "  declaration set WS --declaration ID [--evaluation-date D] [--psti-statement T]\n"
    "  declaration carry-over WS --declaration ID --criteria NEW-ID\n"
    "  declaration list WS [--product ID] [--json] | declaration show|remove WS --declaration ID\n"
    "  assess WS --declaration ID --item ITEM --verdict V [--justification T] [--notes T] [--expect-version N]\n"
    "  assessment show WS --declaration ID --item ITEM [--json] | batch WS < LINES\n"
    "  evidence add WS --declaration ID --item ITEM [--item ...] --kind document|device-test [...] [--file PATH...]\n"
    "  evidence import WS --declaration ID FILE.json\n"
    "  evidence list WS --declaration ID [--item ITEM] [--json] | evidence show|set|remove WS --evidence ID [...]\n"
    "  file list WS --evidence ID [--json] | file remove WS --file ID | file extract WS --file ID --out PATH\n"
    "  history WS [--declaration ID] [--item ITEM] [--json]\n"
    "  status WS [--json]\n"
    "  validate WS --declaration ID [--json]\n"
    "  review comment WS --declaration ID [--item ITEM] --author NAME --text T\n"
    "  review resolve WS --comment ID --author NAME | review list WS --declaration ID [--json]\n"
    "  review request|approve|reject WS --declaration ID --author NAME [--reason T]\n"
    "  settings WS [--require-approval on|off]\n"
    "  portfolio WS [--json] [--csv FILE] [--xlsx FILE]\n"
    "  demo WS\n"
    "  compact WS\n"
    "  push WS URL | pull URL --organisation ID OUT\n"
    "  changes WS --declaration ID --since approval|export|label|YYYY-MM-DD [--json]\n"
    "  export WS --declaration ID --out DIR [--sign KEY --cert CERT] [--language ja|en]\n"
    "         [--form TEMPLATE.xlsx [--profile PROFILE.json]]\n"
    "  psti-statement WS --declaration ID FILE | etsi WS --declaration ID [--out FILE]\n"
    "  form detect TEMPLATE.xlsx [--criteria ID] [--json]\n"
    "  form fill TEMPLATE [--profile P.json] WS --declaration ID --out FILE\n"
    "  form attach WS --declaration ID TEMPLATE.xlsx [--profile PROFILE.json]\n"
    "  form show WS --declaration ID [--json] | form export WS --declaration ID --out PROFILE.json\n"
    "  form remove WS --declaration ID\n"
    "  verify ARCHIVE.zip [--json]\n"
    "  keygen --out DIR [--name CN]\n"
    "  review import WS FINDINGS.json [--declaration ID] [--json]\n"
    "  label set WS --declaration ID [--application-number N] [--submitted-on D] [--registration-number R]\n"
    "            [--issued-on D] [--valid-until D] [--extended-on D] [--successor S] [--status S]\n"
    "  label show WS --declaration ID [--json] | label firmware WS --declaration ID --version V\n"
    "  label page WS --declaration ID --out FILE.pdf\n"
    "  reminders WS [--ics FILE] [--json]\n"
    "  change-report WS --declaration ID --out DIR\n"
    "  server init URL | server access URL [--json]\n"
    "  server grant URL --user U --organisation ID --role preparer|reviewer|auditor\n"
    "  server revoke URL --user U --organisation ID\n";

QString usageText()
{
    return Cli::tr("usage: hoshi-cli COMMAND ...") + QLatin1Char('\n') + QString::fromUtf8(synopses)
           + Cli::tr("Every command takes --help, and --lang ja|en to choose the language (default: the locale).")
           + QLatin1Char('\n')
           + Cli::tr("Exit codes: 0 success, 1 a negative answer (blocked, not intact), 2 usage or input error.")
           + QLatin1Char('\n')
           + Cli::tr("Exit code 3: not saved, someone else changed it since the version you named (--expect-version).")
           + QLatin1Char('\n');
}

} // namespace

int main(int argc, char **argv)
{
    // The command word, skipping a leading `--lang X` (the app object does not exist yet).
    QString command;
    for (int i = 1; i < argc && command.isEmpty(); ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--lang"))
            ++i;
        else if (!arg.startsWith(QLatin1String("--lang=")))
            command = arg;
    }
    // Writing PDFs and images needs QtGui's font machinery, never a display.
    const bool needsGui = command == QLatin1String("export") || command == QLatin1String("demo")
                          || command == QLatin1String("change-report")
                          || (command == QLatin1String("label") && argc > 2 && qstrcmp(argv[2], "page") == 0);
    std::unique_ptr<QCoreApplication> app;
    if (needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            // Keeps QtGui from warning on every run in a plain shell or CI.
            const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/hoshi-runtime-" + QByteArray::number(getuid());
            QDir().mkpath(QString::fromLocal8Bit(dir));
            QFile::setPermissions(QString::fromLocal8Bit(dir), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", dir);
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("hoshi"));
    QCoreApplication::setOrganizationName(QStringLiteral("Hoshi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOSHI_VERSION));
    // --lang may stand anywhere: before the command or among its options.
    QStringList args = QCoreApplication::arguments().mid(1);
    QString languageError;
    const QString requested = takeLanguageOption(&args, &languageError);
    if (!args.isEmpty())
        args.removeFirst(); // the command word
    applyLanguage(chooseLanguage(requested));
    if (!languageError.isEmpty()) {
        err(languageError);
        return UsageOrInput;
    }

    if (command == QLatin1String("--version") || command == QLatin1String("version")) {
        out(QStringLiteral("hoshi-cli %1").arg(QStringLiteral(HOSHI_VERSION)));
        return Ok;
    }
    const std::pair<const char *, std::function<int(const QStringList &)>> commands[] = {
        {"criteria", runCriteria},       {"init", runInit},         {"organisation", runOrganisation},
        {"product", runProduct},         {"declaration", runDeclaration}, {"assess", runAssess},
        {"assessment", runAssessment},   {"batch", runBatch},
        {"evidence", runEvidence},       {"status", runStatus},     {"validate", runValidate},
        {"demo", runDemo},               {"compact", runCompact},     {"changes", runChanges},
        {"review", runReview},           {"settings", runSettings}, {"portfolio", runPortfolio},
        {"label", runLabel},             {"reminders", runReminders}, {"change-report", runChangeReport},
        {"psti-statement", runPstiStatement}, {"etsi", runEtsi},
        {"file", runFile}, {"history", runHistory}, {"server", runServer},
        {"push", runPush}, {"pull", runPull}, {"form", runForm},
#ifdef HOSHI_HAVE_EXPORT
        {"export", hoshi::cli::runExport}, {"verify", hoshi::cli::runVerify}, {"keygen", hoshi::cli::runKeygen},
#endif
    };
    for (const auto &[name, run] : commands) {
        if (command == QLatin1String(name)) {
            const int code = run(args);
            // Help is an answer, not an error, whatever path printed it.
            return helpShown() ? Ok : code;
        }
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out(usageText());
        return Ok;
    }
    err(command.isEmpty() ? usageText() : Cli::tr("hoshi-cli: unknown command \"%1\"").arg(command) + QLatin1Char('\n') + usageText());
    return UsageOrInput;
}
