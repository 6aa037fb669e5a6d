// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace hoshi {

// One sheet of a table: a header row and the rows under it, as text.
struct TableSheet {
    QString name; // the worksheet's name in a workbook
    QStringList header;
    QList<QStringList> rows;
    // Column widths in XLSX character units: each column as wide as its longest line within
    // [minimum, maximum] (longer text wraps); a missing entry means 8 to 60.
    QList<double> minimumWidths;
    QList<double> maximumWidths;
    QList<int> numericColumns; // written as numbers in a workbook (they sort and sum); empty stays empty
    int frozenColumns = 0;     // besides the header row
    bool autofilter = true;
};

// The one writer of tables, for every table the product exports (the checklist, the
// portfolio, the ETSI view, the evidence index): CSV text and XLSX workbooks, both written
// through AtomicFile.
//
// CSV: UTF-8 with a byte order mark (so that Excel in Japan opens it as UTF-8), CRLF line
// ends, RFC 4180 quoting, and a cell that would run as a formula (= + - @) kept as text.
// XLSX: bold header row, wrapped cells, rows as tall as their text, an autofilter, printed on
// A4 landscape one page wide with the header row repeated and page numbers below.
class TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::TableWriter)

public:
    struct Properties {
        QString title;
        QString author; // also the company
        QString comments;
    };

    [[nodiscard]] static QByteArray utf8Bom() { return QByteArrayLiteral("\xEF\xBB\xBF"); }
    [[nodiscard]] static QByteArray csvLine(const QStringList &fields);
    // The whole CSV of a sheet: byte order mark, header, rows.
    [[nodiscard]] static QByteArray csv(const TableSheet &sheet);
    [[nodiscard]] static bool writeCsv(const QString &path, const TableSheet &sheet, QString *error);
    [[nodiscard]] static bool writeXlsx(const QString &path, const QList<TableSheet> &sheets,
                                        const Properties &properties, QString *error);
};

} // namespace hoshi
