// SPDX-License-Identifier: Apache-2.0
#include "commandregistry.h"

#include "cliutil.h"
#include "cmd_cra.h"
#include "cmd_export.h"
#include "cmd_lifecycle.h"
#include "cmd_markets.h"
#include "commands.h"

#include <QCoreApplication>

namespace hoshi::cli {

namespace {

// In the order of the usage text. A new command: one entry here (and its handler).
const QList<CliCommand> commands = {
    {"criteria", "list show check diff migrate update overlay", "",
     "criteria list [--json] | criteria show ID [--json] | criteria check FILE...\n"
     "criteria diff OLD NEW [--json] | criteria migrate FILE [--output NEW]\n"
     "criteria show ID[@REV] --workspace WS --declaration ID [--json]\n"
     "criteria update WS --declaration ID [--to REV] [--dry-run] [--json]\n"
     "criteria overlay WS --declaration ID --set FILE|--clear [--json]",
     QT_TRANSLATE_NOOP("hoshi::cli::Cli", "List, show, check, compare and migrate criteria sets."), runCriteria},
    {"init", "", "", "init WS [--organisation NAME]", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Create a workspace."), runInit},
    {"organisation", "add list show set remove", "",
     "organisation add WS --name NAME [...]\n"
     "organisation list WS [--json] | organisation show|set|remove WS --organisation ID [...]",
     QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Add, list, show, change and remove organisations."), runOrganisation},
    {"product", "add list show set remove", "",
     "product add WS --name N --model M [--model M2...] --category C --firmware NAME --firmware-version V\n"
     "            --support-until YYYY-MM-DD [other label-page fields; see --help]\n"
     "product list WS [--organisation ID] [--json] | product show|set|remove WS --product ID [...]",
     QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Add, list, show, change and remove products."), runProduct},
    {"declaration", "new set carry-over list show remove", "",
     "declaration new WS --product ID --criteria ID [--route standard|psti]\n"
     "declaration set WS --declaration ID [--evaluation-date D] [--psti-statement T]\n"
     "declaration carry-over WS --declaration ID --criteria NEW-ID\n"
     "declaration list WS [--product ID] [--json] | declaration show|remove WS --declaration ID",
     QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Start, change, carry over, list and remove declarations."), runDeclaration},
    {"assess", "", "",
     "assess WS --declaration ID --item ITEM --verdict V [--justification T] [--notes T] [--expect-version N]",
     QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Record the verdict of one item."), runAssess},
    {"assessment", "show", "", "assessment show WS --declaration ID --item ITEM [--json]",
     QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Show the assessment of one item."), runAssessment},
    {"batch", "", "", "batch WS < LINES", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Run many assess and assessment show lines on one workspace."),
     runBatch},
    {"evidence", "add import list show set remove capture rerun note", "",
     "evidence add WS --declaration ID --item ITEM [--item ...] --kind document|device-test [...] [--file PATH...]\n"
     "             [--effective-on YYYY-MM-DD] [--review-by YYYY-MM-DD|none]\n"
     "evidence import WS --declaration ID FILE.json\n"
     "evidence list WS --declaration ID [--item ITEM] [--json] | evidence show|set|remove WS --evidence ID [...]\n"
     "evidence capture WS --declaration ID --item ITEM [--tool nmap|testssl|ssh-audit|cyclonedx] FILE\n"
     "                 [--firmware-image PATH] [--firmware-version V] [--json]\n"
     "evidence rerun WS --evidence ID [--target HOST] [--firmware-image PATH] [--firmware-version V] [--json]\n"
     "evidence note WS --evidence ID --finding KEY --note TEXT",
     QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Add, import, capture, list, change and remove evidence records."), runEvidence},
    {"file", "list remove extract", "",
     "file list WS --evidence ID [--json] | file remove WS --file ID | file extract WS --file ID --out PATH",
     QT_TRANSLATE_NOOP("hoshi::cli::Cli", "List, remove and extract evidence files."), runFile},
    {"history", "", "", "history WS [--declaration ID] [--item ITEM] [--json]", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Show the history of changes."),
     runHistory},
    {"changes", "", "", "changes WS --declaration ID --since approval|export|label|YYYY-MM-DD [--json]",
     QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Show what changed since an approval, an export, the label or a date."), runChanges},
    {"status", "", "", "status WS [--json]", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Summarise a workspace."), runStatus},
    {"validate", "", "", "validate WS --declaration ID [--json]",
     QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Run the submission gate on a declaration."), runValidate},
    {"review", "comment resolve list request approve reject import", "",
     "review comment WS --declaration ID [--item ITEM] --author NAME --text T\n"
     "review resolve WS --comment ID --author NAME | review list WS --declaration ID [--json]\n"
     "review request|approve|reject WS --declaration ID --author NAME [--reason T]\n"
     "review import WS FINDINGS.json [--declaration ID] [--json]",
     QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Comment on, approve or reject a declaration; import findings."), runReview},
    {"settings", "", "", "settings WS [--require-approval on|off] [--review-period document|device-test=MONTHS ...]", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Show or change workspace settings."),
     runSettings},
    {"portfolio", "", "", "portfolio WS [--json] [--csv FILE] [--xlsx FILE]",
     QT_TRANSLATE_NOOP("hoshi::cli::Cli", "List every declaration, most urgent first."), runPortfolio},
    {"label", "set show firmware page", "page",
     "label set WS --declaration ID [--application-number N] [--submitted-on D] [--registration-number R]\n"
     "          [--issued-on D] [--valid-until D] [--extended-on D] [--successor S] [--status S]\n"
     "label show WS --declaration ID [--json] | label firmware WS --declaration ID --version V [--firmware-image PATH]\n"
     "label page WS --declaration ID --out FILE.pdf",
     QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Record the label, a firmware change, or write the label page."), runLabel},
    {"reminders", "", "", "reminders WS [--ics FILE] [--json]", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "List what is due: label ends, support ends, re-tests, evidence reviews."),
     runReminders},
    {"change-report", "", "*", "change-report WS --declaration ID --out DIR",
     QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Write the report of changes since the label."), runChangeReport},
    {"psti-statement", "", "", "psti-statement WS --declaration ID FILE",
     QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Keep the UK PSTI statement of compliance."), runPstiStatement},
    {"cra", "", "*", "cra WS --declaration ID [--set FIELD=VALUE ...] [--json] [--out DIR]",
     QT_TRANSLATE_NOOP("hoshi::cli::Cli", "EU Cyber Resilience Act readiness, its fields, and the drafts of the technical documentation and declaration of conformity."),
     runCra},
    {"etsi", "", "", "etsi WS --declaration ID [--out FILE]", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Write the ETSI EN 303 645 view as CSV."),
     runEtsi},
    {"markets", "", "*",
     "markets WS --declaration ID [--json] [--mappings] [--uk-record FILE.pdf] [--today YYYY-MM-DD]",
     QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Show the label's recognition in the UK and Singapore; write the UK compliance record."),
     runMarkets},
    {"form", "detect fill attach show export remove", "",
     "form detect TEMPLATE.xlsx [--criteria ID] [--json]\n"
     "form fill TEMPLATE [--profile P.json] WS --declaration ID --out FILE\n"
     "form attach WS --declaration ID TEMPLATE.xlsx [--profile PROFILE.json]\n"
     "form show WS --declaration ID [--json] | form export WS --declaration ID --out PROFILE.json\n"
     "form remove WS --declaration ID",
     QT_TRANSLATE_NOOP("hoshi::cli::Cli", "IPA's checklist workbook: detect its form profile, fill a copy, attach it to a declaration."), runForm},
    {"server", "init grant revoke access", "",
     "server init URL | server access URL [--json]\n"
     "server grant URL --user U --organisation ID --role preparer|reviewer|auditor\n"
     "server revoke URL --user U --organisation ID",
     QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Prepare a server database and grant access to it."), runServer},
    {"demo", "", "*", "demo WS", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Create the demo workspace."), runDemo},
    {"compact", "", "", "compact WS", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Give unused space back."), runCompact},
    {"push", "", "", "push WS URL", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Copy a workspace file to a server."), runPush},
    {"pull", "", "", "pull URL --organisation ID OUT", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Copy an organisation from a server to a file."),
     runPull},
    {"sync", "", "", "sync A B [--organisation ID] [--dry-run] [--json] [--resolve ID=a|b|edit:TEXT]... [--resolve all=a|b]",
     QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Bring two copies of a workspace (files or servers) to the same records."), runSync},
    {"export", "", "*", "export WS --declaration ID --out DIR [--sign KEY --cert CERT] [--language ja|en]\n"
     "       [--form TEMPLATE.xlsx [--profile PROFILE.json]]",
     QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Write the application package and the evidence archive."), runExport},
    {"verify", "", "", "verify ARCHIVE.zip [--json]", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Verify an evidence archive."), runVerify},
    {"keygen", "", "", "keygen --out DIR [--name CN]", QT_TRANSLATE_NOOP("hoshi::cli::Cli", "Make a signing key and certificate."), runKeygen},
};

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

QStringList CliCommand::verbList() const
{
    return words(verbs);
}

bool CliCommand::needsGui(const QStringList &args) const
{
    const QStringList gui = words(guiVerbs);
    if (gui.contains(QStringLiteral("*")))
        return true;
    return !args.isEmpty() && gui.contains(args.first());
}

const QList<CliCommand> &registry()
{
    return commands;
}

const CliCommand *findCommand(const QString &name)
{
    for (const CliCommand &c : commands) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

QString usageText()
{
    QString text = Cli::tr("usage: hoshi-cli COMMAND ...") + QLatin1Char('\n') + QStringLiteral("  --version\n");
    for (const CliCommand &c : commands) {
        for (const QString &line : QString::fromUtf8(c.synopsis).split(QLatin1Char('\n')))
            text += QStringLiteral("  ") + line + QLatin1Char('\n');
    }
    text += Cli::tr("Commands:") + QLatin1Char('\n');
    for (const CliCommand &c : commands)
        text += QStringLiteral("  %1  %2\n").arg(QString::fromLatin1(c.name).leftJustified(15), Cli::tr(c.summary));
    return text + Cli::tr("Every command takes --help, and --lang ja|en to choose the language (default: the locale).")
           + QLatin1Char('\n')
           + Cli::tr("Exit codes: 0 success, 1 a negative answer (blocked, not intact), 2 usage or input error.")
           + QLatin1Char('\n')
           + Cli::tr("Exit code 3: not saved, someone else changed it since the version you named (--expect-version).")
           + QLatin1Char('\n');
}

QStringList helpPages()
{
    QStringList pages;
    for (const CliCommand &c : commands) {
        const QStringList verbs = c.verbList();
        if (verbs.isEmpty())
            pages << QString::fromLatin1(c.name);
        for (const QString &verb : verbs)
            pages << QString::fromLatin1(c.name) + QLatin1Char(' ') + verb;
    }
    return pages;
}

QString completionScript()
{
    QStringList names;
    QString verbCases;
    for (const CliCommand &c : commands) {
        names << QString::fromLatin1(c.name);
        if (*c.verbs)
            verbCases += QStringLiteral("        %1) verb=\"%2\" ;;\n").arg(QString::fromLatin1(c.name), QString::fromLatin1(c.verbs));
    }
    return QStringLiteral(
               "# bash completion for hoshi-cli, written by `hoshi-cli --completion` from its command registry\n"
               "# (app/cli/commandregistry.cpp). The options of a command are read from its own --help, so they\n"
               "# are always those of the installed version.\n"
               "_hoshi_cli()\n"
               "{\n"
               "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
               "    local commands=\"%1 --version --help --lang\"\n"
               "    local command=${COMP_WORDS[1]} verb=\"\"\n"
               "    case $command in\n"
               "%2"
               "    esac\n"
               "    if [ \"$COMP_CWORD\" -eq 1 ]; then\n"
               "        COMPREPLY=($(compgen -W \"$commands\" -- \"$cur\"))\n"
               "        return\n"
               "    fi\n"
               "    if [ \"$COMP_CWORD\" -eq 2 ] && [ -n \"$verb\" ]; then\n"
               "        COMPREPLY=($(compgen -W \"$verb\" -- \"$cur\"))\n"
               "        return\n"
               "    fi\n"
               "    case $prev in\n"
               "        --lang) COMPREPLY=($(compgen -W \"ja en\" -- \"$cur\")); return ;;\n"
               "        --verdict) COMPREPLY=($(compgen -W \"conforming not-applicable non-conforming not-assessed\" -- \"$cur\")); return ;;\n"
               "        --kind) COMPREPLY=($(compgen -W \"document device-test\" -- \"$cur\")); return ;;\n"
               "        --route) COMPREPLY=($(compgen -W \"standard psti\" -- \"$cur\")); return ;;\n"
               "    esac\n"
               "    if [[ $cur == -* ]]; then\n"
               "        local words=(\"$command\")\n"
               "        [ -n \"$verb\" ] && words+=(\"${COMP_WORDS[2]}\")\n"
               "        local options\n"
               "        options=$(LC_ALL=C.UTF-8 hoshi-cli \"${words[@]}\" --help 2>/dev/null | grep -o -- '--[a-z][a-z-]*' | sort -u)\n"
               "        COMPREPLY=($(compgen -W \"$options --lang\" -- \"$cur\"))\n"
               "        return\n"
               "    fi\n"
               "    COMPREPLY=($(compgen -f -- \"$cur\"))\n"
               "}\n"
               "complete -o filenames -F _hoshi_cli hoshi-cli\n")
        .arg(names.join(QLatin1Char(' ')), verbCases);
}

} // namespace hoshi::cli
