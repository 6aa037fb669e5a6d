// SPDX-License-Identifier: Apache-2.0
#pragma once

// Checklist workbooks for the official-form tests, made by formcore's generator
// (tests/core/data/officialform/makeforms.py, python3-openpyxl) from a criteria set: form-a.xlsx
// (flat table, points as lines), form-b.xlsm (points as sub-rows), form-c.xlsx, form-d.xlsx.
#include "criteria/criteriaset.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace hoshi::testsupport {

// python3 with openpyxl ("" when there is none).
[[nodiscard]] QString pythonWithOpenpyxl();

struct FormVariant {
    QStringList leaveOut;                     // items the workbook does not have
    QHash<QString, QStringList> pointTexts;   // item id -> the point texts the workbook lists
};

// Writes the generator's criteria input for `set` changed by `variant` and runs it into outDir;
// false with *error (the generator's stderr) when it fails.
[[nodiscard]] bool makeForms(const CriteriaSet &set, const FormVariant &variant, const QString &outDir,
                             QString *error);

// Runs a Python snippet with openpyxl (argv[1..] = args); false with *error on failure.
[[nodiscard]] bool runOpenpyxl(const QString &script, const QStringList &args, QString *error);

} // namespace hoshi::testsupport
