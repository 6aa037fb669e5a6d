// SPDX-License-Identifier: Apache-2.0
// portfolio: one row per declaration across every organisation, most urgent first.
#include "cliutil.h"
#include "commands.h"

#include "portfolio/portfoliotable.h"

#include <QJsonObject>

namespace hoshi::cli {

int runPortfolio(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("Workspace: a .hoshi file or a postgresql:// server address."));
    parser.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
    parser.addOption({QStringLiteral("csv"), Cli::tr("Also write the table as CSV (UTF-8 with BOM)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("xlsx"), Cli::tr("Also write the table as an Excel workbook."), QStringLiteral("FILE")});
    if (!parse(parser, QStringLiteral("portfolio"), args))
        return UsageOrInput;
    std::unique_ptr<Workspace> ws = openWorkspace(workspaceArgument(parser), Workspace::Access::ReadOnly);
    if (!ws)
        return UsageOrInput;
    QString error;
    const QDate today = QDate::currentDate();
    const QList<PortfolioRow> rows = Portfolio::build(*ws, today, &error);
    if (!error.isEmpty()) {
        err(Cli::tr("error: %1").arg(error));
        return UsageOrInput;
    }
    const QString csvPath = parser.value(QStringLiteral("csv"));
    const QString xlsxPath = parser.value(QStringLiteral("xlsx"));
    if ((!csvPath.isEmpty() && !PortfolioTable::writeCsv(rows, csvPath, &error))
        || (!xlsxPath.isEmpty() && !PortfolioTable::writeXlsx(rows, xlsxPath, &error))) {
        err(Cli::tr("error: %1").arg(error));
        return UsageOrInput;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("today"), today.toString(Qt::ISODate)},
                                            {QStringLiteral("declarations"), Portfolio::toJson(rows)}}));
        return Ok;
    }
    using T = PortfolioTable;
    const T::Column shown[] = {T::Organisation, T::Product, T::Criteria, T::Assessed, T::Blocking, T::Review,
                               T::OpenComments, T::LabelStatus, T::DaysUntilLabelEnds, T::DaysUntilSupportEnds,
                               T::StaleDeviceTests, T::Urgency};
    QStringList header{Cli::tr("Declaration")};
    for (T::Column c : shown)
        header << T::heading(c);
    out(header.join(QLatin1Char('\t')));
    for (const PortfolioRow &r : rows) {
        QStringList line{QString::number(r.declarationId)};
        for (T::Column c : shown)
            line << T::text(r, c);
        out(line.join(QLatin1Char('\t')));
    }
    return Ok;
}

} // namespace hoshi::cli
