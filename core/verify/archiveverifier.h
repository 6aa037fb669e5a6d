// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include "archive/safezipreader.h"
#include "export/bagit.h"
#include "export/declarationjson.h"
#include "signaturecheck.h"
#include "storage/workspace.h" // ProgressCallback

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace hoshi {

// One file of the bag that was checked, or one that should have been there.
struct FileReport {
    enum class Problem { None, Modified, Missing, Unlisted };
    QString path;      // relative to the bag root: "data/evidence/S1.1-04/001_log.txt", "bag-info.txt"
    bool tagFile = false;
    Problem problem = Problem::None;
    QString algorithm; // of the mismatch: "sha256" or "sha512"
    QString expected;  // hash from the manifest
    QString actual;    // hash of what the archive holds
    QString message;   // translated, names the file

    [[nodiscard]] static QString problemKey(Problem p); // "ok", "modified", "missing", "unlisted"
};

struct VerificationResult {
    // Exit codes of `hoshi-cli verify`: Intact 0, NotIntact 1, Unreadable 2.
    enum class Status { Intact, NotIntact, Unreadable };
    Status status = Status::Unreadable;
    QString archivePath;
    QString error;     // Unreadable: why (hostile, damaged, not a bag)
    QString bagName;   // top folder in the ZIP ("" when the bag is the ZIP root)
    BagIt::Fields bagInfo;
    qint64 payloadBytes = 0;
    qint64 payloadFiles = 0;
    QList<FileReport> files;   // every file checked and every file missing, in path order
    QStringList bagProblems;   // problems not tied to one file (Payload-Oxum, bagit.txt, manifests)
    SignatureInfo signature;
    std::optional<ArchivedDeclaration> declaration; // data/declaration.json, for the auditor mode
    QString declarationError;

    [[nodiscard]] QList<FileReport> problems() const;
    [[nodiscard]] QString bagInfoValue(const QString &label) const;
    [[nodiscard]] static QString statusKey(Status s); // "intact", "not-intact", "unreadable"
    [[nodiscard]] QJsonObject toJson() const;
};

// Checks a retained evidence archive without unpacking it: SafeZipReader's hostile-input checks
// first (anything hostile or damaged makes the archive Unreadable), then, streaming every entry
// once, BagIt completeness (every manifest entry present, no payload file the manifest does not
// list), every payload hash in both manifests, the tag manifests, Payload-Oxum, and the
// signature when there is one. Any difference makes it NotIntact and is named file by file.
class ArchiveVerifier
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::ArchiveVerifier)

public:
    struct Options {
        ZipLimits limits;
        ProgressCallback progress; // bytes read / total uncompressed; false cancels (Unreadable)
    };
    // Tag files and declaration.json are read into memory; larger ones are refused.
    static constexpr qint64 MaxTagFileSize = qint64(256) << 20; // a manifest of ~1.5 million files

    [[nodiscard]] static VerificationResult verify(const QString &zipPath, const Options &options);
    [[nodiscard]] static VerificationResult verify(const QString &zipPath) { return verify(zipPath, Options()); }
};

} // namespace hoshi
