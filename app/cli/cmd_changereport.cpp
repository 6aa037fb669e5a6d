// SPDX-License-Identifier: Apache-2.0
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
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("Workspace: a .hoshi file or a postgresql:// server address."));
    parser.addOption({QStringLiteral("declaration"), Cli::tr("Declaration id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("out"), Cli::tr("Folder for the draft (created when missing)."), QStringLiteral("DIR")});
    if (!parse(parser, QStringLiteral("change-report"), args))
        return UsageOrInput;
    QString outDir;
    OpenDeclaration open;
    if (!requiredValue(parser, QStringLiteral("out"), &outDir)
        || !openDeclaration(parser, Workspace::Access::ReadOnly, &open))
        return UsageOrInput;
    const qint64 declarationId = open.id;
    QString error;
    const LabelChanges changes = LabelChanges::since(*open.workspace, declarationId, &error);
    if (!error.isEmpty()) {
        err(Cli::tr("error: %1").arg(error));
        return UsageOrInput;
    }
    if (!changes.hasBaseline) {
        err(Cli::tr("error: declaration %1 has no label baseline yet; record the label first (hoshi-cli label set).")
                .arg(declarationId));
        return UsageOrInput;
    }
    ChangeReportInput input;
    input.current = *open.snapshot;
    input.label = open.workspace->labelRecord(declarationId).value_or(LabelRecord{});
    input.baselineAt = changes.baselineAt;
    input.baselineExportId = changes.baselineExportId;
    input.changes = changes.rows();
    input.retest = RetestPlan::of(*open.snapshot, uiLanguage());
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
