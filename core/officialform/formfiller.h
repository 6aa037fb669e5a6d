// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/snapshot.h"
#include "formprofile.h"
#include "workbookreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace hoshi::officialform {

// The values to write, one per answer cell.
struct FormAnswers {
    struct Item {
        QString itemId;
        Verdict verdict = Verdict::NotAssessed;
        QString verdictWord;        // in the template's own vocabulary ("" when not assessed)
        QStringList pointWords;     // per evaluation point (same order as FormItem::points); "" = leave empty
        QString evidence;           // evidence references, one per line
        QString reason;             // N/A reason
        QString remarks;
    };
    QList<Item> items;
    QHash<QString, QString> fields; // FieldKey -> value

    [[nodiscard]] const Item *item(const QString &itemId) const;
};

// Builds the answers of a declaration for a profile: verdict words from the profile's
// vocabulary (a verdict without a word is a problem, not a guess), evidence references
// (document: title, number, pages, chapter, URL; device test: summary, date, firmware), the N/A
// justification, the notes as remarks, and the fields from organisation, product and
// declaration (criteria.id is the set's official id).
class FormAnswersBuilder
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::officialform::FormAnswersBuilder)

public:
    [[nodiscard]] static FormAnswers fromSnapshot(const DeclarationSnapshot &snapshot, const FormProfile &profile,
                                                  QList<FormProblem> *problems = nullptr);
};

// Writes the filled workbook. Every ZIP part except the worksheets holding answer cells is
// written with exactly the bytes read, in the same order; in those worksheets only the answer
// cells' <c> elements change (added into their <row> in column order when absent; the s= style
// kept); strings are inline strings, so sharedStrings.xml is untouched. xl/workbook.xml is the
// one other part that may change: when the workbook holds formulas, <calcPr> gets
// fullCalcOnLoad="1" so that totals over the answers are recomputed on opening.
// A value outside a cell's list validation, over its textLength validation or over Excel's
// 32,767 characters, and an answer cell holding a formula, are problems: nothing is truncated
// and nothing is written while any is left.
class FormFiller
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::officialform::FormFiller)

public:
    static constexpr int MaxCellCharacters = 32767;

    // The problems filling would meet (the gate blocks on them); writes nothing.
    [[nodiscard]] static QList<FormProblem> check(const Workbook &workbook, const FormProfile &profile,
                                                  const FormAnswers &answers);
    // The filled workbook's bytes; false with *problems (or *error) filled when it can not be.
    [[nodiscard]] static bool fill(const Workbook &workbook, const FormProfile &profile, const FormAnswers &answers,
                                   QByteArray *out, QList<FormProblem> *problems, QString *error);
    // fill() written to `path` atomically (a sibling temporary file renamed over it).
    [[nodiscard]] static bool fillToFile(const Workbook &workbook, const FormProfile &profile,
                                         const FormAnswers &answers, const QString &path,
                                         QList<FormProblem> *problems, QString *error);
};

} // namespace hoshi::officialform
