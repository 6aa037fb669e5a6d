// SPDX-License-Identifier: Apache-2.0
#include "cliutil.h"

#include <QTextStream>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace hoshi::cli {

namespace {
bool g_helpShown = false;
OutputCapture *g_capture = nullptr;
} // namespace

OutputCapture::OutputCapture()
{
    g_capture = this;
}

OutputCapture::~OutputCapture()
{
    g_capture = nullptr;
}

bool helpShown()
{
    return g_helpShown;
}

void showHelp(const QString &text)
{
    out(text);
    g_helpShown = true;
}

bool wantsHelp(const QStringList &args)
{
    return args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))
           || args.contains(QLatin1String("--help-all"));
}

int verbUsage(const QStringList &args, const QString &usage)
{
    if (wantsHelp(args)) {
        showHelp(usage);
        return Ok;
    }
    err(args.isEmpty() || args.first().isEmpty() ? usage : Cli::tr("hoshi-cli: unknown subcommand \"%1\"").arg(args.first()) + QLatin1Char('\n') + usage);
    return UsageOrInput;
}

void out(const QString &text)
{
    if (g_capture)
        g_capture->standardOutput += text + QLatin1Char('\n');
    else
        QTextStream(stdout) << text << '\n';
}

void err(const QString &text)
{
    if (g_capture)
        g_capture->standardError += text + QLatin1Char('\n');
    else
        QTextStream(stderr) << text << '\n';
}

void printJson(const QJsonDocument &doc)
{
    if (g_capture)
        g_capture->standardOutput += QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    else
        QTextStream(stdout) << doc.toJson(QJsonDocument::Indented);
}

bool parse(QCommandLineParser &parser, const QString &command, const QStringList &args)
{
    parser.setApplicationDescription(QStringLiteral("hoshi-cli %1").arg(command));
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("hoshi-cli %1").arg(command)} + args)) {
        err(QStringLiteral("hoshi-cli %1: %2").arg(command, parser.errorText()));
        err(parser.helpText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the program by its full path; the help (and the man page made from it)
        // names the command as it is typed.
        QString help = parser.helpText();
        help.replace(QCoreApplication::arguments().constFirst() + QLatin1Char(' '),
                     QStringLiteral("hoshi-cli %1 ").arg(command));
        showHelp(help);
        return false;
    }
    return true;
}

QString workspaceArgument(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err(Cli::tr("error: the workspace file (WS) is missing"));
        return {};
    }
    return positional.first();
}

namespace {

// Reads a line from the terminal without echoing it.
QString readHiddenLine()
{
    termios saved {};
    const bool terminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
    return line;
}

} // namespace

std::unique_ptr<Workspace> withPasswordPrompt(const QString &path,
                                              const std::function<std::unique_ptr<Workspace>(QString *)> &attempt)
{
    QString error;
    std::unique_ptr<Workspace> ws = attempt(&error);
    // A server that wants a password nobody gave (not in the address, ~/.pgpass or PGPASSWORD):
    // ask on the terminal, never on a pipe, and keep it in memory only.
    if (!ws && WorkspaceLocation::looksLikeServer(path) && WorkspaceLocation::passwordRequired(error)
        && ::isatty(STDIN_FILENO)) {
        const std::optional<WorkspaceLocation> location = WorkspaceLocation::parse(path, nullptr);
        if (location) {
            std::fputs(qPrintable(Cli::tr("Password for %1: ").arg(location->display())), stderr);
            WorkspaceLocation::rememberPassword(location->display(), readHiddenLine());
            ws = attempt(&error);
        }
    }
    if (!ws)
        err(Cli::tr("error: %1").arg(error));
    return ws;
}

std::unique_ptr<Workspace> openWorkspace(const QString &path, Workspace::Access access)
{
    if (path.isEmpty())
        return nullptr;
    return withPasswordPrompt(path, [&](QString *error) { return Workspace::open(path, access, error); });
}

std::unique_ptr<Workspace> parseAndOpen(QCommandLineParser &parser, const QString &command, const QStringList &args,
                                        Workspace::Access access)
{
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("Workspace: a .hoshi file or a postgresql:// server address."));
    if (!parse(parser, command, args))
        return nullptr;
    return openWorkspace(workspaceArgument(parser), access);
}

int refused(const QString &error)
{
    err(Cli::tr("error: %1").arg(error));
    return UsageOrInput;
}

qint64 idOption(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name)) {
        err(Cli::tr("error: --%1 is required").arg(name));
        return -1;
    }
    bool ok = false;
    const qint64 id = parser.value(name).toLongLong(&ok);
    if (!ok || id <= 0) {
        err(Cli::tr("error: --%1 takes a positive number, not \"%2\"").arg(name, parser.value(name)));
        return -1;
    }
    return id;
}

int reportNewId(qint64 id, const QString &error)
{
    if (id < 0) {
        err(Cli::tr("error: %1").arg(error));
        return UsageOrInput;
    }
    out(QString::number(id));
    return Ok;
}

bool dateOption(const QCommandLineParser &parser, const QString &name, QDate *date)
{
    if (!parser.isSet(name))
        return true;
    *date = QDate::fromString(parser.value(name), Qt::ISODate);
    if (!date->isValid()) {
        err(Cli::tr("error: --%1 takes a date as YYYY-MM-DD, not \"%2\"").arg(name, parser.value(name)));
        return false;
    }
    return true;
}

} // namespace hoshi::cli
