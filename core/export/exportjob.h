// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include "applicationpackageexporter.h"
#include "evidencearchiveexporter.h"
#include "gate/submissiongate.h"
#include "storage/workspace.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace hoshi {

// One export as the CLI and the GUI's export dialog run it: read the declaration, ask the
// submission gate, and only when nothing blocks write the application package and/or the
// retained evidence archive. All or nothing: when a later step fails or is cancelled, what the
// earlier steps wrote is removed again.
//
// Output names in outputDir, from the product, the criteria set and the date:
//   <Product>_<criteria-id>_<yyyymmdd>-application/      the package folder
//   <Product>_<criteria-id>_<yyyymmdd>-application.zip   the package as a ZIP
//   <Product>_<criteria-id>_<yyyymmdd>-evidence.zip      the retained evidence archive
// with "-2", "-3"... added to the stem when any of them exists already.
class ExportJob
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::ExportJob)

public:
    struct Request {
        qint64 declarationId = -1;
        QString outputDir;
        bool package = true;
        bool archive = true;
        QString signingKey; // PEM; both or neither
        QString signingCertificate;
        QByteArray keyPassphrase;
        QDateTime now; // current time when invalid
        QString language = QStringLiteral("ja"); // checklist language in the package: "ja" or "en" (PSTI route)
        ProgressCallback progress;
        // Non-empty: an evidence-request response holding only these items' evidence (archive
        // only, "<stem>-evidence-items.zip"; see SubsetExport). Needs an earlier full export.
        QStringList items;
        // An official form given as files for this export (hoshi-cli export --form, --profile):
        // used instead of the declaration's attached form, never stored. The filled form goes
        // into the package and the archive whenever a form is attached or given here.
        QString formTemplate;
        QString formProfile; // empty: detected
        bool formPdf = true;  // convert the filled form to PDF when LibreOffice is installed
    };
    struct Outcome {
        bool blocked = false;        // the gate found blocking problems; nothing was written
        QList<GateProblem> problems; // everything the gate said (warnings too)
        ApplicationPackageExporter::Result package;
        EvidenceArchiveExporter::Result archive;
        QString fontWarning;
        QString exportId;           // the archive's Hoshi-Export-Id (a fresh id without an archive)
        QByteArray declarationJson; // data/declaration.json as exported: the Export baseline
        // Whether this export is to be recorded in the workspace (Workspace::recordExport): a
        // full export for submission is, a subset answering an evidence request is not. The one
        // decision the CLI and the GUI both follow.
        bool recordable = false;
        QString formFile;           // the filled official form in the package ("" without a form)
        QString formPdfNote;        // why the package has no PDF of it (LibreOffice missing, failed)
        [[nodiscard]] QStringList writtenPaths() const;
    };

    // False with *error when blocked (outcome->blocked set), cancelled or failed. Writes nothing
    // into the workspace: the caller records the export (Workspace::recordExport with the
    // outcome's exportId and declarationJson) where it may write.
    [[nodiscard]] static bool run(const Workspace &workspace, const Request &request, Outcome *outcome, QString *error);
    [[nodiscard]] static QString stem(const DeclarationSnapshot &snapshot, const QDateTime &now);
    // The package's extras: its language and, on the PSTI route, the statement file's content.
    [[nodiscard]] static bool packageExtras(const Workspace &workspace, const DeclarationSnapshot &snapshot,
                                            const Request &request, ApplicationPackageExporter::Extras *extras,
                                            QString *error);
};

} // namespace hoshi
