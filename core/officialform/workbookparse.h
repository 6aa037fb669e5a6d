// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to WorkbookReader: the parsers of single parts.
#include "workbookreader.h"

#include <QHash>
#include <QStringList>

namespace hoshi::officialform::parse {

struct Relationship {
    QString id;
    QString type;   // full type URI
    QString target; // resolved to a part path ("xl/worksheets/sheet1.xml") unless external
    bool external = false;
};

// The relationships part `relsPath` of `sourcePart` ("" for the package's own _rels/.rels).
[[nodiscard]] bool relationships(const QByteArray &data, const QString &relsPath, const QString &sourcePart,
                                 int maxDepth, QList<Relationship> *out, QString *error);
[[nodiscard]] bool contentTypes(const QByteArray &data, int maxDepth, QString *error);
struct SheetEntry {
    QString name;
    QString relationshipId;
    int state = 0;
};
[[nodiscard]] bool workbook(const QByteArray &data, const QString &partPath, int maxDepth, QList<SheetEntry> *sheets,
                            QHash<QString, QString> *definedNames, QString *error);
[[nodiscard]] bool sharedStrings(const QByteArray &data, const QString &partPath, const WorkbookLimits &limits,
                                 QStringList *out, QString *error);
// *cellBudget is what is left of WorkbookLimits::maxCells; *hasFormulas set when one is met.
[[nodiscard]] bool worksheet(const QByteArray &data, const QStringList &sharedStrings, const WorkbookLimits &limits,
                             qint64 *cellBudget, WorkbookSheet *sheet, bool *hasFormulas, QString *error);
// Fills DataValidation::listValues of every list validation: a literal list ("a,b,c"), a range
// ("$H$2:$H$4", "Lists!$A$1:$A$3") or a defined name naming one.
void resolveLists(Workbook *workbook);
// Part path resolution: `target` relative to the folder of `sourcePart` ("/xl/x.xml" absolute).
[[nodiscard]] QString resolveTarget(const QString &sourcePart, const QString &target);

} // namespace hoshi::officialform::parse
