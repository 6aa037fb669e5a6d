// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace hoshi::cli {

// The translation context of every hoshi-cli message, help text and error: write Cli::tr("...").
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::cli::Cli)
};

// Exit codes shared by every command: success, a negative answer ("blocked", "not intact"),
// usage or input errors, and a change refused because someone else changed the record since
// the version the caller names (assess --expect-version).
enum Exit { Ok = 0, Negative = 1, UsageOrInput = 2, Conflict = 3 };

void out(const QString &text);
void err(const QString &text);
void printJson(const QJsonDocument &doc);

// While one exists, out(), err() and printJson() append to its strings instead of printing
// (hoshi-cli batch answers each command line with what the command would have printed).
class OutputCapture
{
public:
    OutputCapture();
    ~OutputCapture();
    OutputCapture(const OutputCapture &) = delete;
    OutputCapture &operator=(const OutputCapture &) = delete;
    QString standardOutput;
    QString standardError;
};

// Help was asked for and printed (by parse() or showHelp()): the command's caller exits 0
// whatever the command returned.
[[nodiscard]] bool helpShown();
void showHelp(const QString &text);
// True when --help/-h is among the arguments (for commands that look at a verb first).
[[nodiscard]] bool wantsHelp(const QStringList &args);

// For a command group called without a known verb: prints usage to stdout and returns Ok when
// --help was asked for, else to stderr with UsageOrInput.
[[nodiscard]] int verbUsage(const QStringList &args, const QString &usage);

// Parses the arguments that follow the subcommand words; on failure prints the error and
// the subcommand's help to stderr and returns false. With --help it prints the help to stdout
// and returns false too; main() then exits 0 (helpShown()).
[[nodiscard]] bool parse(QCommandLineParser &parser, const QString &command, const QStringList &args);
// The first positional argument, which every workspace command takes.
[[nodiscard]] QString workspaceArgument(const QCommandLineParser &parser);
[[nodiscard]] // Runs attempt (an open or a create); when a server asks for a password that nobody gave, asks for
// it on the terminal and tries once more. Prints the error when it still fails.
std::unique_ptr<Workspace> withPasswordPrompt(const QString &path,
                                              const std::function<std::unique_ptr<Workspace>(QString *)> &attempt);
std::unique_ptr<Workspace> openWorkspace(const QString &path, Workspace::Access access);
// Adds the WS argument, parses, then opens the workspace; nullptr when either failed (the
// message or the help is printed).
[[nodiscard]] std::unique_ptr<Workspace> parseAndOpen(QCommandLineParser &parser, const QString &command,
                                                      const QStringList &args, Workspace::Access access);
// Prints "error: ..." and returns UsageOrInput.
[[nodiscard]] int refused(const QString &error);
// An integer option; prints an error and returns -1 when missing or not a number.
[[nodiscard]] qint64 idOption(const QCommandLineParser &parser, const QString &name);
// Prints the id of something just created (the only stdout of such commands, so scripts can
// capture it), or the error; returns the exit code.
[[nodiscard]] int reportNewId(qint64 id, const QString &error);
[[nodiscard]] bool dateOption(const QCommandLineParser &parser, const QString &name, QDate *date);

} // namespace hoshi::cli
