// SPDX-License-Identifier: Apache-2.0
// hoshi-cli form detect (find where the answers go in IPA's checklist workbook) and form fill
// (write a declaration's answers into a copy of it). See docs/form-profile.md.
#include "cliutil.h"
#include "cmd_formattach.h"
#include "commands.h"

#include "criteria/criteriaregistry.h"
#include "officialform/formdetector.h"
#include "officialform/formfiller.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace hoshi::cli {

using namespace hoshi::officialform;

namespace {

constexpr char DefaultCriteria[] = "JST-CR-01-01-2024R1";

std::optional<CriteriaSet> findCriteria(const QString &id)
{
    CriteriaRegistry registry = CriteriaRegistry::withBuiltins();
    if (QFileInfo(CriteriaRegistry::userFolder()).isDir())
        (void)registry.loadFolder(CriteriaRegistry::userFolder());
    if (const CriteriaSet *set = registry.find(id))
        return *set;
    err(Cli::tr("error: no criteria set \"%1\" (see hoshi-cli criteria list).").arg(id));
    return std::nullopt;
}

QString cellText(const CellRef &ref)
{
    return ref.isValid() ? ref.toString() : Cli::tr("(none)");
}

void printProblems(const QList<FormProblem> &problems)
{
    for (const FormProblem &p : problems)
        out(QStringLiteral("  - ") + p.message);
}

void printProfile(const FormProfile &profile)
{
    out(Cli::tr("Template: %1 (SHA-256 %2)").arg(profile.templateName, profile.templateSha256));
    out(Cli::tr("Criteria: %1").arg(profile.criteriaSetId));
    out(Cli::tr("Items found: %n", nullptr, int(profile.items.size())));
    for (const FormItem &item : profile.items) {
        out(Cli::tr("  %1  verdict %2, evidence %3, reason %4, remarks %5")
                .arg(item.itemId, cellText(item.verdictCell), cellText(item.evidenceCell), cellText(item.reasonCell),
                     cellText(item.remarksCell)));
        for (const FormPoint &p : item.points) {
            const QString text = p.text.size() > 60 ? p.text.left(60) + QStringLiteral("…") : p.text;
            out(p.verdictCell.isValid() ? Cli::tr("      point %1 (%2, verdict %3): %4").arg(p.number).arg(p.textCell.toString(), p.verdictCell.toString(), text)
                                        : Cli::tr("      point %1 (%2): %3").arg(p.number).arg(p.textCell.toString(), text));
        }
    }
    out(Cli::tr("Fields found: %n", nullptr, int(profile.fields.size())));
    for (const FormField &f : profile.fields)
        out(Cli::tr("  %1 (\"%2\" at %3): %4").arg(FieldKey::name(f.key), f.label, cellText(f.labelCell), f.valueCell.toString()));
    const QStringList missing = FormDetector::missingFields(profile);
    if (!missing.isEmpty()) {
        QStringList names;
        for (const QString &key : missing)
            names << FieldKey::name(key);
        out(Cli::tr("Fields without a cell (not required): %1").arg(names.join(QStringLiteral(", "))));
    }
    QStringList words;
    for (const VocabularyEntry &e : profile.vocabulary.entries)
        words << QStringLiteral("%1 = %2").arg(verdictName(e.verdict), e.word);
    out(Cli::tr("Verdict words: %1 (list %2 from %3)")
            .arg(words.isEmpty() ? Cli::tr("(none)") : words.join(QStringLiteral(", ")),
                 profile.vocabulary.listValues.join(QStringLiteral("/")), profile.vocabulary.source));
    if (profile.problems.isEmpty()) {
        out(Cli::tr("Detection is complete: every item has a verdict cell."));
    } else {
        out(Cli::tr("Detection is incomplete:"));
        printProblems(profile.problems);
    }
}

QJsonObject profileJson(const FormProfile &profile)
{
    QJsonObject root = FormProfileJson::toJson(profile);
    QJsonArray problems;
    for (const FormProblem &p : profile.problems)
        problems.append(QJsonObject{{QStringLiteral("code"), p.code},
                                    {QStringLiteral("key"), p.itemId},
                                    {QStringLiteral("cell"), p.cell},
                                    {QStringLiteral("message"), p.message}});
    root.insert(QStringLiteral("problems"), problems);
    root.insert(QStringLiteral("complete"), profile.problems.isEmpty());
    root.insert(QStringLiteral("missingFields"), QJsonArray::fromStringList(FormDetector::missingFields(profile)));
    return root;
}

int runDetect(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("TEMPLATE"), Cli::tr("IPA's checklist workbook (.xlsx or .xlsm)."));
    parser.addOption({QStringLiteral("criteria"), Cli::tr("Criteria set id (default %1).").arg(QLatin1String(DefaultCriteria)),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print the form profile as JSON.")});
    if (!parse(parser, QStringLiteral("form detect"), args))
        return UsageOrInput;
    if (parser.positionalArguments().size() != 1) {
        err(Cli::tr("usage: hoshi-cli form detect TEMPLATE.xlsx [--criteria ID] [--json]"));
        return UsageOrInput;
    }
    const auto criteria = findCriteria(parser.isSet(QStringLiteral("criteria")) ? parser.value(QStringLiteral("criteria"))
                                                                               : QString::fromLatin1(DefaultCriteria));
    if (!criteria)
        return UsageOrInput;
    Workbook workbook;
    QString error;
    if (!WorkbookReader().readFile(parser.positionalArguments().first(), &workbook, &error))
        return refused(error);
    const FormProfile profile = FormDetector::detect(workbook, *criteria);
    if (parser.isSet(QStringLiteral("json")))
        printJson(QJsonDocument(profileJson(profile)));
    else
        printProfile(profile);
    return profile.problems.isEmpty() ? Ok : Conflict; // 3: detection incomplete
}

int runFill(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("TEMPLATE"), Cli::tr("IPA's checklist workbook (.xlsx or .xlsm)."));
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("Workspace: a .hoshi file or a postgresql:// server address."));
    parser.addOption({QStringLiteral("profile"), Cli::tr("Form profile (JSON); detected when not given."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("declaration"), Cli::tr("Declaration id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("out"), Cli::tr("The filled workbook to write."), QStringLiteral("FILE")});
    if (!parse(parser, QStringLiteral("form fill"), args))
        return UsageOrInput;
    if (parser.positionalArguments().size() != 2 || !parser.isSet(QStringLiteral("out"))) {
        err(Cli::tr("usage: hoshi-cli form fill TEMPLATE [--profile P.json] WS --declaration ID --out FILE"));
        return UsageOrInput;
    }
    Workbook workbook;
    QString error;
    if (!WorkbookReader().readFile(parser.positionalArguments().at(0), &workbook, &error))
        return refused(error);
    std::unique_ptr<Workspace> ws = openWorkspace(parser.positionalArguments().at(1), Workspace::Access::ReadOnly);
    const qint64 declarationId = ws ? idOption(parser, QStringLiteral("declaration")) : -1;
    if (declarationId < 0)
        return UsageOrInput;
    const auto snapshot = ws->snapshot(declarationId, Workspace::ContentCheck::Skip, &error);
    if (!snapshot)
        return refused(error);
    FormProfile profile;
    if (parser.isSet(QStringLiteral("profile"))) {
        QFile file(parser.value(QStringLiteral("profile")));
        if (!file.open(QIODevice::ReadOnly))
            return refused(Cli::tr("cannot open %1: %2").arg(file.fileName(), file.errorString()));
        if (!FormProfileJson::fromBytes(file.read(FormProfileJson::MaxBytes + 1), &profile, &error))
            return refused(QStringLiteral("%1: %2").arg(file.fileName(), error));
        profile.problems = FormDetector::recheck(profile, workbook, snapshot->criteria);
    } else {
        profile = FormDetector::detect(workbook, snapshot->criteria);
    }
    if (!profile.problems.isEmpty()) {
        err(Cli::tr("error: the form profile does not fit this workbook:"));
        for (const FormProblem &p : profile.problems)
            err(QStringLiteral("  - ") + p.message);
        return UsageOrInput;
    }
    QList<FormProblem> problems;
    const FormAnswers answers = FormAnswersBuilder::fromSnapshot(*snapshot, profile, &problems);
    if (problems.isEmpty() && FormFiller::fillToFile(workbook, profile, answers, parser.value(QStringLiteral("out")), &problems, &error))
        return Ok;
    if (error.isEmpty())
        error = Cli::tr("%n problem(s)", nullptr, int(problems.size()));
    err(Cli::tr("error: the form was not written: %1").arg(error));
    for (const FormProblem &p : std::as_const(problems))
        err(QStringLiteral("  - ") + p.message);
    return Negative;
}

} // namespace

int runForm(const QStringList &args)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("detect"))
        return runDetect(args.mid(1));
    if (verb == QLatin1String("fill"))
        return runFill(args.mid(1));
    if (isAttachedFormVerb(verb)) // attach, show, export, remove (cmd_formattach.cpp)
        return runAttachedForm(verb, args.mid(1));
    return verbUsage(args, Cli::tr("usage: hoshi-cli form detect TEMPLATE.xlsx [--criteria ID] [--json]\n"
                                   "       hoshi-cli form fill TEMPLATE [--profile P.json] WS --declaration ID --out FILE") + QLatin1Char('\n')
                               + Cli::tr("       hoshi-cli form attach WS --declaration ID TEMPLATE.xlsx [--profile PROFILE.json]\n"
                                         "       hoshi-cli form show|export|remove WS --declaration ID [--json] [--out PROFILE.json]"));
}

} // namespace hoshi::cli
