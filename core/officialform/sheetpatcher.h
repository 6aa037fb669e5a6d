// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to FormFiller: changes single cells of a worksheet part and nothing else.
#include <QByteArray>
#include <QMap>
#include <QString>

namespace hoshi::officialform::patch {

// (row << 16 | column) -> text, written as inline strings.
using CellValues = QMap<quint64, QString>;

// Returns the worksheet with each named cell's <c> element replaced (its r= and s= kept) or,
// when absent, added into its <row> in column order (a missing <row> is added in row order);
// every other byte stays as it was. A new cell takes the row's style when the row has a
// custom format, else its column's style. False with *error for a part that is not UTF-8 or
// not a worksheet the patcher understands.
[[nodiscard]] bool worksheet(const QByteArray &data, const CellValues &values, QByteArray *out, QString *error);

// xl/workbook.xml with fullCalcOnLoad="1" on <calcPr> (added in schema order when absent).
[[nodiscard]] bool fullCalcOnLoad(const QByteArray &data, QByteArray *out, QString *error);

// Text escaped for an inline string: XML specials, and characters XML 1.0 can not carry as
// _xHHHH_ (with a literal "_x" escaped as _x005F_), the way Excel stores them.
[[nodiscard]] QString escapeCellText(const QString &text);

} // namespace hoshi::officialform::patch
