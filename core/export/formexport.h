// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/snapshot.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace hoshi {

// The attached official form filled in for an export: the user's copy of IPA's checklist
// workbook with only its answer cells changed (officialform::FormFiller), and a PDF of it when
// LibreOffice is installed.
struct FilledForm {
    QString fileName;       // "<template name>-<first model number>.xlsx" (.xlsm for a macro workbook)
    QByteArray workbook;
    QString templateName;   // the template's own file name
    QString templateSha256; // of the template as attached
    QString pdfName;        // fileName with .pdf; empty when no PDF was made
    QByteArray pdf;
    QString pdfNote;        // why there is no PDF (translated), for the output and the README
};

class FormExport
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::FormExport)

public:
    // Fills the snapshot's form (DeclarationSnapshot::form). False with *error when there is none
    // or it can not be filled (the gate blocks on the same problems first).
    [[nodiscard]] static bool fill(const DeclarationSnapshot &snapshot, FilledForm *form, QString *error);
    // Converts form->workbook to PDF with LibreOffice (`soffice --headless --convert-to pdf`,
    // a private profile in a temporary folder, at most timeoutSeconds). Without LibreOffice, or
    // when it fails, form->pdfNote says so and the export goes on without the PDF.
    static void addPdf(FilledForm *form, int timeoutSeconds = 120);
    // The LibreOffice program found on PATH ("soffice", then "libreoffice"); empty when none.
    [[nodiscard]] static QString officeProgram();
};

} // namespace hoshi
