// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include "domain/snapshot.h"

#include <QString>

namespace hoshi {

// The checklist as an Excel workbook (libxlsxwriter): a "Product" sheet with the application
// data as field/value rows and a "Checklist" sheet with a header row and one row per item.
// Both print on A4 landscape one page wide with the header row repeated, and every row is as
// tall as its wrapped text needs.
class ChecklistXlsx
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::ChecklistXlsx)

public:
    [[nodiscard]] static bool write(const DeclarationSnapshot &snapshot, const QString &path, QString *error,
                                    const QString &language = QStringLiteral("ja"));
};

} // namespace hoshi
