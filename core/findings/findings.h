// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hoshi {

// What a reviewer concluded about one item of an archived declaration.
enum class FindingStatus { Accepted, Question, MoreEvidence };

[[nodiscard]] QString findingStatusKey(FindingStatus status); // "accepted", "question", "more-evidence"
[[nodiscard]] std::optional<FindingStatus> findingStatusFromKey(const QString &key);
[[nodiscard]] QString findingStatusName(FindingStatus status); // translated

struct Finding {
    QString itemId;
    FindingStatus status = FindingStatus::Accepted;
    QString text; // may be empty only for "accepted"
};

// The evidence archive the findings are about, as its own files name it.
struct FindingsArchiveRef {
    QString fileName;              // the ZIP's file name, for people (never used to match)
    QString exportId;              // bag-info Hoshi-Export-Id
    QString payloadManifestSha256; // SHA-256 of manifest-sha256.txt: pins the exact payload
};

// The declaration inside the archive (data/declaration.json), enough to find it again in the
// workspace that exported it.
struct FindingsDeclarationRef {
    qint64 declarationId = -1;
    QDateTime createdAt; // of the declaration; with the id, tells declarations of different workspaces apart
    QString criteriaSetId;
    QString organisation;
    QString product;
    QStringList modelNumbers;
};

// One `<archive>-findings.json` (see docs/review-findings.md).
struct FindingsDocument {
    FindingsArchiveRef archive;
    FindingsDeclarationRef declaration;
    QString reviewer;
    QDateTime createdAt; // when the findings were saved, UTC
    QString remarks;     // a general remark on the declaration (may be empty)
    // Written as "signature": "detached-cms": a findings file that says so but comes without
    // its .p7s is refused (so stripping the signature does not pass as "unsigned").
    bool signedDetached = false;
    QList<Finding> findings; // at most one per item, in the order recorded

    [[nodiscard]] const Finding *findingOf(const QString &itemId) const;
    // Adds, replaces, or (status unset) removes the finding of an item.
    void setFinding(const QString &itemId, std::optional<FindingStatus> status, const QString &text);
};

} // namespace hoshi
