// SPDX-License-Identifier: Apache-2.0
// cra: EU Cyber Resilience Act readiness of a ★1 declaration, its CRA fields and the drafts.
#include "cmd_cra.h"

#include "cliutil.h"
#include "cmd_lifecycle.h"
#include "cra/cradrafts.h"
#include "cra/crareadiness.h"
#include "util/language.h"

#include <QDir>
#include <QJsonArray>

namespace hoshi::cli {

namespace {

QString fieldKeys()
{
    QStringList keys;
    for (CraField f : CraFields::all())
        keys << CraFields::key(f);
    return keys.join(QLatin1String(", "));
}

// --set FIELD=VALUE, every one checked before anything is stored.
bool applySettings(const QStringList &settings, CraRecord *record)
{
    for (const QString &setting : settings) {
        const qsizetype eq = setting.indexOf(QLatin1Char('='));
        const std::optional<CraField> field = CraFields::fromKey(setting.left(eq));
        if (eq < 0 || !field) {
            err(Cli::tr("error: --set takes FIELD=VALUE with FIELD one of %1; got \"%2\"").arg(fieldKeys(), setting));
            return false;
        }
        QString error;
        if (!record->setValue(*field, setting.mid(eq + 1).replace(QLatin1String("\\n"), QLatin1String("\n")), &error)) {
            err(Cli::tr("error: %1").arg(error));
            return false;
        }
    }
    return true;
}

void printText(const CraReadiness &r)
{
    out(Cli::tr("EU Cyber Resilience Act, Annex I — declaration %1 (%2, %3)")
            .arg(r.declaration.id)
            .arg(r.product.name, r.declaration.criteriaSetId));
    for (const CraRequirement &req : r.requirements) {
        QStringList items;
        for (const CraSupport &s : req.supports)
            items << QStringLiteral("%1%2").arg(s.itemId, s.supports() ? QStringLiteral("✓") : QString());
        out(QStringLiteral("%1  %2  %3%4")
                .arg(req.point.label.leftJustified(15), CraReadiness::coverageName(req.coverage).leftJustified(22),
                     CraAnnex::title(req.point),
                     items.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(items.join(QLatin1String(", ")))));
    }
    out(Cli::tr("Covered %1, partly %2, not covered %3 (✓: conforming with evidence).")
            .arg(r.count(CraCoverage::Covered))
            .arg(r.count(CraCoverage::Partly))
            .arg(r.count(CraCoverage::NotCovered)));
    out(Cli::tr("What ★1 does not cover:"));
    for (const CraGap &g : r.allGaps())
        out(QStringLiteral("  [%1] %2: %3")
                .arg(g.addressed ? Cli::tr("recorded") : Cli::tr("open"), g.title, g.explanation));
}

} // namespace

int runCra(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("Workspace: a .hoshi file or a postgresql:// server address."));
    parser.addOption({QStringLiteral("declaration"), Cli::tr("Declaration id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("set"), Cli::tr("Change a CRA field first (repeatable; \\n in VALUE starts a new line): %1.").arg(fieldKeys()),
                      QStringLiteral("FIELD=VALUE")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
    parser.addOption({QStringLiteral("out"),
                      Cli::tr("Write the technical documentation draft and the EU declaration of conformity draft (PDF and JSON, English) into this folder."),
                      QStringLiteral("DIR")});
    if (!parse(parser, QStringLiteral("cra"), args))
        return UsageOrInput;
    const QStringList settings = parser.values(QStringLiteral("set"));
    OpenDeclaration open;
    if (!openDeclaration(parser, settings.isEmpty() ? Workspace::Access::ReadOnly : Workspace::Access::ReadWrite, &open))
        return UsageOrInput;
    QString error;
    // A declaration the CRA mapping does not apply to is refused before anything is stored.
    std::optional<CraReadiness> readiness = CraReadiness::read(*open.workspace, open.id, &error);
    if (!readiness)
        return refused(error);
    if (!settings.isEmpty()) {
        std::optional<CraRecord> record = open.workspace->craRecord(open.id, &error);
        if (!record)
            return refused(error);
        const qint64 version = record->rowVersion;
        if (!applySettings(settings, &*record))
            return UsageOrInput;
        if (!open.workspace->setCraRecord(*record, version, &error))
            return refused(error);
        readiness = CraReadiness::read(*open.workspace, open.id, &error);
        if (!readiness)
            return refused(error);
    }
    QStringList written;
    const QString outDir = parser.value(QStringLiteral("out"));
    if (!outDir.isEmpty() && !CraDrafts::write(*readiness, QDateTime::currentDateTimeUtc(), outDir, &written, &error))
        return refused(error);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = readiness->toJson();
        if (!written.isEmpty())
            json.insert(QStringLiteral("written"), QJsonArray::fromStringList(written));
        printJson(QJsonDocument(json));
    } else if (written.isEmpty()) {
        printText(*readiness);
    }
    for (const QString &path : std::as_const(written))
        if (!parser.isSet(QStringLiteral("json")))
            out(QDir::toNativeSeparators(path));
    if (!written.isEmpty())
        err(Cli::tr("These are drafts for the manufacturer to complete and sign: Hoshi prepares, the manufacturer declares."));
    return Ok;
}

} // namespace hoshi::cli
