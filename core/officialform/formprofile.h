// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/model.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hoshi::officialform {

// A cell address on one sheet: 1-based row and column. Text form "Sheet!B7"; a sheet name with
// anything but letters, digits, '_' and '.' is quoted like Excel does: "'Cover sheet'!B7"
// ('' inside quotes is one ').
struct CellRef {
    QString sheet;
    int row = 0;    // 1-based
    int column = 0; // 1-based (A = 1)

    [[nodiscard]] bool isValid() const { return !sheet.isEmpty() && row > 0 && column > 0; }
    [[nodiscard]] QString a1() const;       // "B7" (no sheet)
    [[nodiscard]] QString toString() const; // "Sheet!B7"
    [[nodiscard]] static std::optional<CellRef> parse(const QString &text);
    // "B7" -> row 7, column 2; false for anything else (absolute "$B$7" accepted).
    [[nodiscard]] static bool parseA1(const QString &a1, int *row, int *column);
    [[nodiscard]] static QString columnName(int column); // 1 -> "A", 27 -> "AA"
    // The sheet name as written before '!': "Checklist", "'Cover sheet'".
    [[nodiscard]] static QString quotedSheet(const QString &sheet);
    friend bool operator==(const CellRef &, const CellRef &) = default;
};

// How a part of a profile came to be: found by FormDetector, or set by a person.
enum class Origin { Detected, User };
[[nodiscard]] QString originKey(Origin origin);

// The answer roles a cell can have in an official form.
enum class CellRole {
    None,
    ItemId,       // the cell naming a criteria item (S1.1-01)
    Point,        // the text of one evaluation point (評価項目)
    Verdict,      // 判定 / 結果 / Result
    Evidence,     // 根拠 / エビデンス / 確認方法 / Evidence
    Reason,       // 対象外の理由 / Reason
    Remarks,      // 備考 / Remarks
    Field,        // a key–value field (see FieldKey)
};
[[nodiscard]] QString cellRoleKey(CellRole role);
[[nodiscard]] std::optional<CellRole> cellRoleFromKey(const QString &key);
[[nodiscard]] QString cellRoleName(CellRole role); // translated

// Field keys name the value that goes into a key–value cell, as the application data JSON names
// them (core/export/declarationjson.cpp): "manufacturer.name", "manufacturer.corporateNumber",
// "manufacturer.contact", "product.name", "product.modelNumbers", "product.firmwareVersion",
// "declaration.evaluationCompletedOn", "criteria.id".
namespace FieldKey {
QStringList all();
[[nodiscard]] QString name(const QString &key); // translated label
} // namespace FieldKey

// One evaluation-point row inside an item block.
struct FormPoint {
    int number = 0;     // 1, 2, ... in order of the rows
    CellRef textCell;   // where its text is
    QString text;       // e.g. "評価項目2: ..."
    CellRef verdictCell; // a per-point verdict cell, when the verdict column is not merged over the block
    Origin origin = Origin::Detected;
};

// The answer cells of one criteria item.
struct FormItem {
    QString itemId;      // the criteria item id as Hoshi knows it ("S1.1-01")
    QString sheet;
    int firstRow = 0;    // the rows of the block (inclusive)
    int lastRow = 0;
    CellRef idCell;
    CellRef verdictCell;  // one per item (the first point row's verdict when per point)
    CellRef evidenceCell;
    CellRef reasonCell;
    CellRef remarksCell;
    QList<FormPoint> points;
    Origin origin = Origin::Detected;

    [[nodiscard]] CellRef cell(CellRole role) const;
};

// A key–value field cell (cover/application sheet).
struct FormField {
    QString key;     // FieldKey
    CellRef labelCell;
    CellRef valueCell;
    QString label;   // the label text found
    Origin origin = Origin::Detected;
};

// The verdict words of the template (its data-validation list) mapped to Hoshi's verdicts.
struct VocabularyEntry {
    Verdict verdict = Verdict::NotAssessed;
    QString word; // exactly as in the template's list
};

struct FormVocabulary {
    QList<VocabularyEntry> entries;
    QStringList listValues;  // the whole list as read (for display)
    QString source;          // where the list came from: "Sheet!D5:D40" (validation sqref) or ""
    Origin origin = Origin::Detected;

    [[nodiscard]] std::optional<QString> wordFor(Verdict verdict) const;
};

// Something detection could not settle; the profile is incomplete while any is left.
struct FormProblem {
    QString code;    // stable: "item-missing", "verdict-cell-missing", "vocabulary-unmapped", "field-missing", "cell-missing", "template-changed"
    QString itemId;  // or the field key
    QString cell;    // Sheet!A1 when about one cell
    QString message; // translated
};

// Everything Hoshi needs to fill one template: the "form profile". Stored as JSON
// (format "hoshi-form-profile", version 1; docs/form-profile.md).
struct FormProfile {
    static constexpr int FormatVersion = 1;
    QString templateName;   // file name of the template
    QString templateSha256; // lower-case hex of the template bytes
    QString criteriaSetId;
    QList<FormItem> items;  // in criteria order
    QList<FormField> fields;
    FormVocabulary vocabulary;
    QList<FormProblem> problems; // unresolved after detection (not stored in JSON; recomputed by re-check)

    [[nodiscard]] const FormItem *item(const QString &itemId) const;
    [[nodiscard]] FormItem *item(const QString &itemId);
    [[nodiscard]] const FormField *field(const QString &key) const;
    [[nodiscard]] bool complete() const { return problems.isEmpty(); }
};

// Strict JSON reading and writing of profiles.
class FormProfileJson
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::officialform::FormProfileJson)

public:
    [[nodiscard]] static QJsonObject toJson(const FormProfile &profile);
    [[nodiscard]] static QByteArray toBytes(const FormProfile &profile); // indented UTF-8
    // Refuses malformed JSON, repeated keys, unknown format/version, missing or ill-typed members
    // and bad cell references; *error names the JSON pointer ("/items/3/verdictCell: ...").
    [[nodiscard]] static bool fromBytes(const QByteArray &json, FormProfile *profile, QString *error);
    [[nodiscard]] static bool fromJson(const QJsonObject &root, FormProfile *profile, QString *error);

    static constexpr qint64 MaxBytes = qint64(4) << 20;
};

} // namespace hoshi::officialform
