// SPDX-License-Identifier: Apache-2.0
// hoshi-cli: the workbench without a display. Links hoshi_core only (never Qt Widgets).
#include "clilanguage.h"
#include "cliutil.h"
#include "commandregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

#include <unistd.h>

using namespace hoshi::cli;

namespace {

// Writing PDFs and images needs QtGui's font machinery, never a display.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv, bool needsGui)
{
    if (!needsGui)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Keeps QtGui from warning on every run in a plain shell or CI.
        const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/hoshi-runtime-" + QByteArray::number(getuid());
        QDir().mkpath(QString::fromLocal8Bit(dir));
        QFile::setPermissions(QString::fromLocal8Bit(dir), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", dir);
    }
    return std::make_unique<QGuiApplication>(argc, argv);
}

// The arguments as the commands see them: --lang taken out wherever it stands.
QStringList parsedArguments(int argc, char **argv, QString *languageError, QString *language)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    *language = takeLanguageOption(&args, languageError);
    return args;
}

} // namespace

int main(int argc, char **argv)
{
    // The command is decided once, on the parsed arguments, before the application object exists
    // (whether it needs QtGui depends on it).
    QString languageError;
    QString requested;
    QStringList args = parsedArguments(argc, argv, &languageError, &requested);
    const QString command = args.isEmpty() ? QString() : args.takeFirst();
    const CliCommand *entry = findCommand(command);
    std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv, entry && entry->needsGui(args));
    QCoreApplication::setApplicationName(QStringLiteral("hoshi"));
    QCoreApplication::setOrganizationName(QStringLiteral("Hoshi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOSHI_VERSION));
    applyLanguage(chooseLanguage(requested));
    if (!languageError.isEmpty()) {
        // Said again now that the catalogue is installed.
        QStringList again = QCoreApplication::arguments().mid(1);
        (void)takeLanguageOption(&again, &languageError);
        err(languageError);
        return UsageOrInput;
    }
    if (entry) {
        const int code = entry->run(args);
        // Help is an answer, not an error, whatever path printed it.
        return helpShown() ? Ok : code;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("version")) {
        out(QStringLiteral("hoshi-cli %1").arg(QStringLiteral(HOSHI_VERSION)));
        return Ok;
    }
    // Not in the usage text: read by tools/make-manpages.py and the build (packaging).
    if (command == QLatin1String("--list-commands")) {
        out(helpPages().join(QLatin1Char('\n')));
        return Ok;
    }
    if (command == QLatin1String("--completion")) {
        std::fputs(completionScript().toUtf8().constData(), stdout);
        return Ok;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out(usageText());
        return Ok;
    }
    err(command.isEmpty() ? usageText() : Cli::tr("hoshi-cli: unknown command \"%1\"").arg(command) + QLatin1Char('\n') + usageText());
    return UsageOrInput;
}
