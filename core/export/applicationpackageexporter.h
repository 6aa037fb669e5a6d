// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include "domain/snapshot.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace hoshi {

// The application package for IPA, as a folder and as a ZIP of that folder:
//   checklist.pdf, checklist.xlsx, checklist.csv  the conformance checklist
//   application-data.pdf, application-data.json   manufacturer, product and label-page fields
//   README.txt                                    what the vendor must still add before sending
// Both appear complete or not at all: the folder is built as "<folder>.partial" and the ZIP as
// "<zip>.partial", each renamed when finished.
// What the package holds besides the snapshot's data.
struct ApplicationPackageExtras {
    QString language = QStringLiteral("ja"); // checklist language: "ja" (default) or "en" (PSTI route)
    // PSTI route: the statement of compliance file kept in the workspace, copied into the
    // package as psti-statement-of-compliance.<suffix of name>.
    QString pstiStatementName;
    QByteArray pstiStatementData;
    // The attached official form filled in (FormExport): written as filledFormName, with its PDF
    // when one was made; formNote (why there is no PDF) goes into the README.
    QString filledFormName;
    QByteArray filledForm;
    QString filledFormPdfName;
    QByteArray filledFormPdf;
    QString formTemplateName;
    QString formTemplateSha256;
    QString formNote;
};

class ApplicationPackageExporter
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::ApplicationPackageExporter)

public:
    struct Result {
        QString folder;
        QString zip;
        QStringList files; // inside the folder
    };

    using Extras = ApplicationPackageExtras;

    // Writes <outputDir>/<baseName>/ and <outputDir>/<baseName>.zip; refuses to replace either.
    [[nodiscard]] static bool write(const DeclarationSnapshot &snapshot, const QString &outputDir,
                                    const QString &baseName, const QDateTime &now, Result *result, QString *error,
                                    const Extras &extras = Extras());
    [[nodiscard]] static QByteArray readme(const DeclarationSnapshot &snapshot, const QDateTime &now,
                                           const Extras &extras = Extras());
};

} // namespace hoshi
