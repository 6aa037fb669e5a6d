// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include "domain/snapshot.h"
#include "storage/workspace.h"

#include <QDateTime>
#include <QString>

namespace hoshi {

class CmsSigner;

// Writes the retained evidence archive: one ZIP holding one BagIt 1.0 bag (layout in bagit.h
// and docs/exports.md).
//
// - One read per evidence file: content streams from the workspace chunk by chunk into the
//   ZIP while SHA-256 and SHA-512 are computed; the SHA-256 must equal the stored one, else the
//   export fails (the workspace is damaged). Memory stays flat whatever the file sizes.
// - Deterministic payload: the same workspace data gives the same payload bytes and so the same
//   manifest-sha256.txt; the export time and id appear only in bag-info.txt and the README.
// - Commit or nothing: the archive is written to "<path>.partial" and renamed to <path> only
//   once complete and flushed to disk; a failure or a cancel (progress returning false) removes
//   the partial file and leaves nothing under the final name.
class EvidenceArchiveExporter
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::EvidenceArchiveExporter)

public:
    struct Options {
        QDateTime now;                     // export time; current time when invalid
        QString exportId;                  // generated (UUID) when empty
        const CmsSigner *signer = nullptr; // sign tagmanifest-sha256.txt when set
        ProgressCallback progress;         // bytes of evidence streamed / total
        // An evidence-request response (SubsetExport): only these items' evidence, no checklist;
        // bag-info names the full export (subsetOf) and the items.
        QStringList subsetItems;
        QString subsetOf;
        // The attached official form filled in: kept as data/form/<filledFormName> (hashed in the
        // manifests like every payload file), with the template's name and SHA-256 in bag-info.
        QString filledFormName;
        QByteArray filledForm;
        QString formTemplateName;
        QString formTemplateSha256;
    };
    struct Result {
        QString path;
        QString bagName;
        QString exportId;
        qint64 payloadBytes = 0;
        qint64 payloadFiles = 0;  // every file under data/, the application documents included
        qint64 evidenceFiles = 0; // the evidence files alone (under data/evidence/)
        QByteArray manifestSha256; // the manifest as written, for callers that compare exports
    };

    static constexpr char PartialSuffix[] = ".partial";

    // `snapshot` must be of `workspace`; the caller has run the submission gate.
    [[nodiscard]] static bool write(const Workspace &workspace, const DeclarationSnapshot &snapshot,
                                    const QString &zipPath, const Options &options, Result *result, QString *error);
    // data/evidence-index.csv
    [[nodiscard]] static QByteArray evidenceIndex(const DeclarationSnapshot &snapshot);
};

} // namespace hoshi
