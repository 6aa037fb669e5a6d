// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "findings.h"
#include "verify/signaturecheck.h"

#include <QCoreApplication>
#include <QByteArray>
#include <QString>

#include <optional>

namespace hoshi {

class CmsSigner;

// A findings file read from disk, with what its detached signature (if any) says.
struct LoadedFindings {
    FindingsDocument document;
    SignatureInfo signature; // Absent for an unsigned file; never Invalid (that is refused)
};

// `<archive>-findings.json`: a reviewer's findings on one evidence archive (format in
// docs/review-findings.md). Reading is strict: unknown keys, wrong types, unknown statuses,
// duplicate items, oversized text, a newer format version are all refused with a message that
// names the field, because an import must never act on a half-understood file.
class FindingsFile
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::FindingsFile)

public:
    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxFileSize = qint64(4) << 20;
    static constexpr int MaxFindings = 2000;
    static constexpr int MaxTextLength = 20000;
    static constexpr int MaxNameLength = 200;

    [[nodiscard]] static QByteArray toBytes(const FindingsDocument &document);
    [[nodiscard]] static std::optional<FindingsDocument> fromBytes(const QByteArray &json, QString *error);

    // "<dir>/X-evidence.zip" -> "<dir>/X-evidence-findings.json"
    [[nodiscard]] static QString pathForArchive(const QString &archivePath);
    // The detached signature beside a findings file: "<file>.p7s".
    [[nodiscard]] static QString signaturePath(const QString &findingsPath);

    // Writes the file (and, with a signer, its .p7s) so that each appears complete or not at
    // all. Replaces an earlier findings file of the same reviewer session; an old .p7s that no
    // longer matches is removed when the new file is unsigned.
    [[nodiscard]] static bool write(const QString &path, FindingsDocument document, const CmsSigner *signer,
                                    QString *error);
    // Reads, parses and, when a .p7s lies beside it or the file says it is signed, verifies the
    // signature; a signature that does not verify is refused ("tampered").
    [[nodiscard]] static std::optional<LoadedFindings> read(const QString &path, QString *error);
};

} // namespace hoshi
