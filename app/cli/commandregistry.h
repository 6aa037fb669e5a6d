// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The one list of hoshi-cli's commands. main() dispatches from it, the usage text is built
// from it, `hoshi-cli --list-commands` gives tools/make-manpages.py its sections and
// `hoshi-cli --completion` writes the bash completion (the build installs that output), so a
// command exists in all of them or in none. Adding a command is one entry in registry().
namespace hoshi::cli {

using CommandHandler = int (*)(const QStringList &args); // the arguments after the command word

struct CliCommand {
    const char *name;      // the command word
    const char *verbs;     // its verbs, space-separated, each with its own --help; "" when none
    const char *guiVerbs;  // verbs that write PDFs or images (QGuiApplication); "*" for all uses
    const char *synopsis;  // the usage lines: syntax, the same in every language
    const char *summary;   // one line, translated in the context hoshi::cli::Cli
    CommandHandler run;

    [[nodiscard]] QStringList verbList() const;
    // Whether this use (the arguments after the command word, --lang taken out) writes PDFs or
    // images and so needs a QGuiApplication: decided on the parsed verb, never on raw argv.
    [[nodiscard]] bool needsGui(const QStringList &args) const;
};

[[nodiscard]] const QList<CliCommand> &registry();
[[nodiscard]] const CliCommand *findCommand(const QString &name);

// "hoshi-cli COMMAND ..." and every synopsis, with the translated lines around them.
[[nodiscard]] QString usageText();
// One line per help page, "command" or "command verb", in registry order (--list-commands).
[[nodiscard]] QStringList helpPages();
// The bash completion script for every command and verb (--completion).
[[nodiscard]] QString completionScript();

} // namespace hoshi::cli
