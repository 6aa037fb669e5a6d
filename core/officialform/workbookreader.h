// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "formprofile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace hoshi::officialform {

// What a workbook may hold before it is refused (docs/form-profile.md, "Limits"). An official
// checklist is a few hundred KB; the defaults leave a wide margin and still stop a hostile file
// long before it costs memory or time. Tests lower them.
struct WorkbookLimits {
    qint64 maxFileBytes = qint64(32) << 20;   // the .xlsx/.xlsm itself
    qint64 maxEntries = 2000;                 // ZIP entries
    qint64 maxPartBytes = qint64(64) << 20;   // one part, uncompressed
    qint64 maxTotalBytes = qint64(256) << 20; // all parts, uncompressed
    double maxRatio = 100.0;                  // uncompressed / compressed, per part above 1 MiB
    int maxSheets = 64;
    int maxRows = 100'000;       // per sheet (the row number, not only rows present)
    int maxColumns = 16'384;     // XFD, Excel's own limit
    qint64 maxCells = 1'000'000; // cells read, all sheets together
    int maxSharedStrings = 1'000'000;
    int maxValidations = 10'000;
    int maxMergedRanges = 100'000;
    int maxXmlDepth = 64;
};

// A rectangular range of one sheet (inclusive, 1-based).
struct CellRange {
    int firstRow = 0;
    int firstColumn = 0;
    int lastRow = 0;
    int lastColumn = 0;
    [[nodiscard]] bool contains(int row, int column) const
    {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }
    [[nodiscard]] QString toString() const; // "B3:D9" or "B3"
    [[nodiscard]] static bool parse(const QString &text, CellRange *range); // "B3:D9", "$B$3", "B3"
};

struct WorkbookCell {
    int row = 0;
    int column = 0;
    QString text;        // shown value: shared/inline string, number as written, boolean 0/1
    QString type;        // the t= attribute ("s", "inlineStr", "str", "n", "b", "e", "" = number)
    bool hasFormula = false;
};

// A data validation (<dataValidation>) as far as the filler and detector care.
struct DataValidation {
    QString type;              // "list", "textLength", ...
    QString operatorName;      // "between", "lessThanOrEqual", ... ("" = between)
    QList<CellRange> ranges;   // sqref
    QString formula1;          // raw
    QString formula2;
    QStringList listValues;    // type list: the literal list, or the values of the referenced cells
    bool allowBlank = false;
    [[nodiscard]] bool covers(int row, int column) const;
};

struct WorkbookSheet {
    QString name;
    QString partPath;         // "xl/worksheets/sheet1.xml"
    int state = 0;            // 0 visible, 1 hidden, 2 very hidden
    QMap<quint64, WorkbookCell> cells; // key: row << 16 | column
    QList<CellRange> merged;
    QList<DataValidation> validations;
    bool protectedSheet = false;
    int maxRow = 0;
    int maxColumn = 0;

    [[nodiscard]] static quint64 key(int row, int column) { return (quint64(row) << 16) | quint64(column); }
    [[nodiscard]] const WorkbookCell *cell(int row, int column) const;
    [[nodiscard]] QString text(int row, int column) const; // "" when absent
    // The merged range holding the cell, or nullptr.
    [[nodiscard]] const CellRange *mergedAt(int row, int column) const;
    // The validation covering the cell (the last one, as Excel applies), or nullptr.
    [[nodiscard]] const DataValidation *validationAt(int row, int column) const;
};

// One ZIP part kept exactly as read, in entry order.
struct WorkbookPart {
    QString path;
    QByteArray data;
    bool isDirectory = false;
    QDateTime modified; // as the archive states it (kept when the filler writes the part again)
};

// The read model of a workbook: enough for detection and filling, nothing rendered.
struct Workbook {
    QString fileName;
    QString sha256;           // of the file bytes
    bool macroEnabled = false; // .xlsm (vbaProject.bin present); macros are kept, never run
    QList<WorkbookPart> parts; // every entry, in the archive's order
    QString workbookPartPath;  // "xl/workbook.xml" as the package names it
    QList<WorkbookSheet> sheets;
    QHash<QString, QString> definedNames; // name -> formula text
    bool hasFormulas = false;

    [[nodiscard]] const WorkbookSheet *sheet(const QString &name) const;
    [[nodiscard]] const WorkbookPart *part(const QString &path) const;
};

// Reads an .xlsx/.xlsm that may have been crafted to hurt. The ZIP goes through SafeZipReader
// (no traversal names, no overlapping entries, sizes and ratio bounded); every XML part is read
// with QXmlStreamReader and refused if it carries a DTD (so no entity can be declared, let alone
// expanded). Refused as well: missing [Content_Types].xml, workbook or sheet parts; a part
// named twice; external links (externalLinks parts or relationships with TargetMode="External"
// from the workbook or a sheet); a sheet beyond the row/column/cell limits (the limit is named);
// merged ranges beyond the sheet limits or overlapping. Nothing is executed or written.
class WorkbookReader
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::officialform::WorkbookReader)

public:
    explicit WorkbookReader(const WorkbookLimits &limits = {});

    [[nodiscard]] bool readFile(const QString &path, Workbook *workbook, QString *error) const;
    // `name` is only used for messages and Workbook::fileName.
    [[nodiscard]] bool readBytes(const QByteArray &bytes, const QString &name, Workbook *workbook,
                                 QString *error) const;

private:
    WorkbookLimits m_limits;
};

} // namespace hoshi::officialform
