// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "criteria/criteriaset.h"
#include "formprofile.h"
#include "workbookreader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hoshi::officialform {

// Finds where the answers of a criteria set go in a workbook (docs/form-profile.md,
// "Detection"): item blocks by their item id cells, the header row above them by keywords
// (Japanese and English), the answer columns, the evaluation-point rows, the verdict words of
// the data-validation list on the verdict cells, and the key–value field cells of cover sheets.
// What it can not settle becomes a FormProblem in the profile: never a guess.
class FormDetector
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::officialform::FormDetector)

public:
    [[nodiscard]] static FormProfile detect(const Workbook &workbook, const CriteriaSet &criteria);

    // Checks a (stored, perhaps edited) profile against a workbook and a criteria set: same
    // template hash, every referenced cell inside its sheet, every item of the set with a verdict
    // cell, every verdict of the set with a word, the vocabulary words still in the cells' list.
    // Returns the problems (also the "not found" list for the dialog); empty = ready to fill.
    [[nodiscard]] static QList<FormProblem> recheck(const FormProfile &profile, const Workbook &workbook,
                                                    const CriteriaSet &criteria);

    // The field keys (FieldKey::all()) the profile has no cell for: shown, never blocking (a
    // template may have no place for, say, a corporate number).
    [[nodiscard]] static QStringList missingFields(const FormProfile &profile);

    // Normalises a cell text for id matching: full-width ASCII to half-width, the dash family
    // (－ ‐ ‑ – — ー ｰ − ﹣) to '-', spaces removed. "Ｓ１．１－０１" -> "S1.1-01".
    [[nodiscard]] static QString normaliseId(const QString &text);
};

// A cell of the profile with its role, as the form dialog lists them.
struct RoleCell {
    CellRef cell;
    CellRole role = CellRole::None;
    QString key;    // item id (item roles) or field key (CellRole::Field)
    int point = 0;  // evaluation point number, when per point (0 otherwise)
    Origin origin = Origin::Detected;
};

// Editing operations of the form dialog. Every change marks what it set as Origin::User; the
// caller re-checks afterwards (FormDetector::recheck) to get the remaining problems.
class FormProfileEditor
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::officialform::FormProfileEditor)

public:
    // Every cell the profile refers to with its role, in sheet/row/column order.
    [[nodiscard]] static QList<RoleCell> roleCells(const FormProfile &profile);
    // The role the profile gives a cell (None if none).
    [[nodiscard]] static RoleCell roleOf(const FormProfile &profile, const CellRef &cell);

    // Gives `cell` the role: for item roles `key` is the item id (point > 0: that point's verdict
    // or text cell), for CellRole::Field the field key. CellRole::None removes the cell from the
    // profile. Refuses a cell outside its sheet's limits, an unknown item or field key.
    [[nodiscard]] static bool assignCell(FormProfile *profile, const Workbook &workbook, const CellRef &cell,
                                         CellRole role, const QString &key, int point, QString *error);
    // Gives the role to the cell in `column` of every item block on `sheet` (its first row, or
    // each point row for Verdict when the items have points): "the verdicts are in column F".
    [[nodiscard]] static bool assignColumn(FormProfile *profile, const Workbook &workbook, const QString &sheet,
                                           int column, CellRole role, QString *error);
    // Makes `row` of `sheet` the first row of item `itemId` (role ItemId: the block runs to the
    // next item's first row, answer cells follow the item's columns) or a point row of it (role
    // Point, numbered in row order).
    [[nodiscard]] static bool assignRow(FormProfile *profile, const Workbook &workbook, const QString &sheet,
                                        int row, CellRole role, const QString &itemId, QString *error);
    // Maps a verdict to one of the words of the template's list.
    [[nodiscard]] static bool assignWord(FormProfile *profile, Verdict verdict, const QString &word, QString *error);
};

} // namespace hoshi::officialform
