// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "portfolio.h"

#include "export/tablewriter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace hoshi {

// The portfolio as a table: column headings, cell texts and sort values shared by the GUI page
// and the CSV and XLSX exports, so all three show the same thing.
class PortfolioTable
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::PortfolioTable)

public:
    enum Column {
        Organisation, Product, Models, Criteria, Route, Assessed, Blocking, Warnings, Review, OpenComments,
        LabelStatus, ValidUntil, DaysUntilLabelEnds, SupportUntil, DaysUntilSupportEnds, StaleDeviceTests,
        EvidencePastReview, LastChange, Urgency, ColumnCount
    };

    [[nodiscard]] static QString heading(Column column); // translated
    [[nodiscard]] static QStringList headings();
    [[nodiscard]] static QString text(const PortfolioRow &row, Column column);
    // What the column sorts by (numbers and dates as such; missing dates last).
    [[nodiscard]] static QVariant sortValue(const PortfolioRow &row, Column column);

    // The table as the CSV and XLSX writers take it (TableWriter: byte order mark, CRLF,
    // formula-safe cells; counts as numbers in a workbook).
    [[nodiscard]] static TableSheet sheet(const QList<PortfolioRow> &rows);
    [[nodiscard]] static QByteArray csv(const QList<PortfolioRow> &rows);
    [[nodiscard]] static bool writeCsv(const QList<PortfolioRow> &rows, const QString &path, QString *error);
    [[nodiscard]] static bool writeXlsx(const QList<PortfolioRow> &rows, const QString &path, QString *error);
};

} // namespace hoshi
