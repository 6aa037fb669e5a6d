// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include "bagcontents.h"

namespace hoshi {

struct VerificationResult;

// The BagIt 1.0 rules (RFC 8493 sections 2 and 3) and Hoshi's own archive rules, applied to what
// ArchiveVerifier read. Each check appends what it finds to the result: a FileReport for a file
// (modified, missing, unlisted) or a bag problem naming the file and the rule. docs/exports.md
// lists every rule with the test that holds it.
class BagRules
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::ArchiveVerifier)

public:
    enum class ManifestKind { Payload, Tag };

    // bagit.txt: exactly two lines, "BagIt-Version: 1.0" and "Tag-File-Character-Encoding: UTF-8".
    static void checkBagitTxt(const BagContents &bag, VerificationResult *r);
    // The payload folder exists and nothing lies outside the bag folder.
    static void checkLayout(const BagContents &bag, VerificationResult *r);
    // Both manifests of a kind (sha256 and sha512): each one lists every file of that kind exactly
    // once, lists nothing else, and every hash matches.
    static void checkManifests(ManifestKind kind, const BagContents &bag, VerificationResult *r);
    // bag-info.txt: well-formed lines, reserved elements not repeated, Payload-Oxum agrees.
    static void checkBagInfo(const BagContents &bag, VerificationResult *r);
};

} // namespace hoshi
