// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "verify/archiveverifier.h"

#include <QColor>
#include <QCoreApplication>

namespace hoshi {

// How the result of ArchiveVerifier is put into words and colours, so that the export dialog
// (checking what it just wrote) and the auditor mode say the same thing.
class VerificationText
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::VerificationText)

public:
    // One line: "Intact", "Not intact: 1 file changed (data/...)", "Unreadable or hostile: ...".
    [[nodiscard]] static QString headline(const VerificationResult &result);
    // What was checked or what is wrong, a sentence or two below the headline.
    [[nodiscard]] static QString details(const VerificationResult &result);
    // "Signed by CN=..., self-signed certificate, signature valid" or "Not signed".
    [[nodiscard]] static QString signer(const SignatureInfo &signature);
    // The signer line as the auditor should read it: a valid signature on an archive whose
    // files changed does not vouch for those files, and says so.
    [[nodiscard]] static QString signerLine(const VerificationResult &result);
    [[nodiscard]] static bool signerLineIsBad(const VerificationResult &result);
    // "15 payload files + 6 tag files" with what each kind is (the file list counts both).
    [[nodiscard]] static QString fileCounts(const VerificationResult &result);
    [[nodiscard]] static int tagFileCount(const VerificationResult &result);
    [[nodiscard]] static QString fingerprintNote(const SignatureInfo &signature);
    // Translated name of a file's state: ok, modified, missing, unlisted.
    [[nodiscard]] static QString problemName(FileReport::Problem problem);
    // Background and text colours of the banner.
    [[nodiscard]] static QColor background(VerificationResult::Status status);
    [[nodiscard]] static QColor foreground(VerificationResult::Status status);
};

} // namespace hoshi
