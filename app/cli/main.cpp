// hoshi-cli: the workbench without a display. Links hoshi_core only (never Qt Widgets).
#include "cliutil.h"
#include "commands.h"

#if __has_include("cmd_export.h")
#include "cmd_export.h"
#define HOSHI_HAVE_EXPORT 1
#endif

#include "util/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <functional>
#include <memory>

#include <unistd.h>

using namespace hoshi::cli;

namespace {

const char usage[] =
    "usage: hoshi-cli COMMAND ...\n"
    "  --version\n"
    "  criteria list [--json] | criteria show ID [--json] | criteria check FILE...\n"
    "  init WS [--organisation NAME]\n"
    "  organisation add WS --name NAME [...]\n"
    "  product add WS --name N --model M [--model M2...] --category C --firmware NAME --firmware-version V\n"
    "              --support-until YYYY-MM-DD [other label-page fields; see --help]\n"
    "  declaration new WS --product ID --criteria ID [--route standard|psti]\n"
    "  declaration set WS --declaration ID [--evaluation-date D] [--psti-statement T]\n"
    "  assess WS --declaration ID --item ITEM --verdict V [--justification T] [--notes T]\n"
    "  evidence add WS --declaration ID --item ITEM [--item ...] --kind document|device-test [...] [--file PATH...]\n"
    "  status WS [--json]\n"
    "  validate WS --declaration ID [--json]\n"
    "  demo WS\n"
    "  compact WS\n"
    "  changes WS --declaration ID --since approval|export|label|YYYY-MM-DD [--json]\n"
    "  export WS --declaration ID --out DIR [--sign KEY --cert CERT]\n"
    "  verify ARCHIVE.zip [--json]\n"
    "  keygen --out DIR [--name CN]\n"
    "Exit codes: 0 success, 1 a negative answer (blocked, not intact), 2 usage or input error.\n";

} // namespace

int main(int argc, char **argv)
{
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    // Writing PDFs and images needs QtGui's font machinery, never a display.
    const bool needsGui = command == QLatin1String("export") || command == QLatin1String("demo");
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
    hoshi::setUiLanguage(qEnvironmentVariable("HOSHI_LANG", QStringLiteral("en")));

    const QStringList args = QCoreApplication::arguments().mid(2);
    if (command == QLatin1String("--version") || command == QLatin1String("version")) {
        out(QStringLiteral("hoshi-cli %1").arg(QStringLiteral(HOSHI_VERSION)));
        return Ok;
    }
    const std::pair<const char *, std::function<int(const QStringList &)>> commands[] = {
        {"criteria", runCriteria},       {"init", runInit},         {"organisation", runOrganisation},
        {"product", runProduct},         {"declaration", runDeclaration}, {"assess", runAssess},
        {"evidence", runEvidence},       {"status", runStatus},     {"validate", runValidate},
        {"demo", runDemo},               {"compact", runCompact},     {"changes", runChanges},
#ifdef HOSHI_HAVE_EXPORT
        {"export", hoshi::cli::runExport}, {"verify", hoshi::cli::runVerify}, {"keygen", hoshi::cli::runKeygen},
#endif
    };
    for (const auto &[name, run] : commands) {
        if (command == QLatin1String(name))
            return run(args);
    }
    err(command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")
            ? QString::fromLatin1(usage)
            : QStringLiteral("hoshi-cli: unknown command \"%1\"\n%2").arg(command, QString::fromLatin1(usage)));
    return command == QLatin1String("--help") || command == QLatin1String("-h") ? Ok : UsageOrInput;
}
