// change-report: a bilingual PDF + JSON draft of every change since the label (label lifecycle).
#include "cmd_lifecycle.h"

#include "cliutil.h"
#include "lifecycle/labelchanges.h"
#include "util/language.h"

#include <QDir>

namespace hoshi::cli {

int runChangeReport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("Workspace file."));
    parser.addOption({QStringLiteral("declaration"), Cli::tr("Declaration id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("out"), Cli::tr("Folder for the draft (created when missing)."), QStringLiteral("DIR")});
    if (!parse(parser, QStringLiteral("change-report"), args))
        return UsageOrInput;
    const QString outDir = parser.value(QStringLiteral("out"));
    if (outDir.isEmpty()) {
        err(Cli::tr("error: --out is required"));
        return UsageOrInput;
    }
    std::unique_ptr<Workspace> ws = openWorkspace(workspaceArgument(parser), Workspace::Access::ReadOnly);
    const qint64 declarationId = ws ? idOption(parser, QStringLiteral("declaration")) : -1;
    if (declarationId < 0)
        return UsageOrInput;
    QString error;
    const std::optional<DeclarationSnapshot> s = ws->snapshot(declarationId, Workspace::ContentCheck::Skip, &error);
    const LabelChanges changes = s ? LabelChanges::since(*ws, declarationId, &error) : LabelChanges{};
    if (!s || !error.isEmpty()) {
        err(Cli::tr("error: %1").arg(error));
        return UsageOrInput;
    }
    if (!changes.hasBaseline) {
        err(Cli::tr("error: declaration %1 has no label baseline yet; record the label first (hoshi-cli label set).")
                .arg(declarationId));
        return UsageOrInput;
    }
    ChangeReportInput input;
    input.current = *s;
    input.label = ws->labelRecord(declarationId).value_or(LabelRecord{});
    input.baselineAt = changes.baselineAt;
    input.baselineExportId = changes.baselineExportId;
    input.changes = changes.rows();
    input.retest = RetestPlan::of(*s, uiLanguage());
    input.now = QDateTime::currentDateTimeUtc();
    QStringList written;
    if (!ChangeReport::write(input, outDir, &written, &error)) {
        err(Cli::tr("error: %1").arg(error));
        return UsageOrInput;
    }
    for (const QString &path : written)
        out(QDir::toNativeSeparators(path));
    err(Cli::tr("%n change(s) since the label; this is a draft: Hoshi does not fill in IPA's official form.", nullptr,
                int(input.changes.size())));
    return Ok;
}

} // namespace hoshi::cli
