// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "findings.h"
#include "findingsfile.h"
#include "verify/archiveverifier.h"

#include <QCoreApplication>

#include <optional>

namespace hoshi {

// Ties findings to the evidence archive they are about: the archive's export id, the SHA-256 of
// its manifest-sha256.txt (which pins every payload byte) and the identity of the declaration
// it holds.
class FindingsArchive
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::FindingsArchive)

public:
    // A new, empty findings document for a verified archive. Refused when the archive is not
    // intact (findings on a changed archive would be about something the vendor never sent),
    // holds no readable declaration, or has no export id.
    [[nodiscard]] static std::optional<FindingsDocument> start(const QString &archivePath,
                                                               const VerificationResult &result, QString *error);
    // True when `findings` were written on the archive `fresh` was started from; else *why says
    // what differs.
    [[nodiscard]] static bool sameArchive(const FindingsDocument &findings, const FindingsDocument &fresh,
                                          QString *why);

    // The findings file beside an archive (FindingsFile::pathForArchive): none yet, one about
    // this archive (loaded), or one that cannot be used (unreadable, tampered, another archive).
    enum class Beside { None, Loaded, Unusable };
    [[nodiscard]] static Beside loadBeside(const QString &archivePath, const FindingsDocument &fresh,
                                           LoadedFindings *loaded, QString *why);
};

} // namespace hoshi
