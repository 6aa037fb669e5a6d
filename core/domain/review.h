// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Review of a declaration: comment threads per item and the sign-off states. Plain values;
// Workspace stores them (core/storage/workspace_review.cpp), the gate judges them.
namespace hoshi {

// draft → in review → changes requested → approved. A declaration without any sign-off is a
// draft; the latest sign-off decides the state.
enum class ReviewState { Draft, InReview, ChangesRequested, Approved };

// Stable keys used in the database, the CLI and JSON: "draft", "in-review", "changes-requested",
// "approved".
[[nodiscard]] QString reviewStateKey(ReviewState state);
[[nodiscard]] std::optional<ReviewState> reviewStateFromKey(const QString &key);
// Translated (context "hoshi::Model").
[[nodiscard]] QString reviewStateName(ReviewState state);

struct ReviewComment {
    qint64 id = -1;
    qint64 declarationId = -1;
    QString itemId; // empty: a general remark on the declaration
    QString author;
    QString account; // the operating-system account (file) or server user that wrote it
    QDateTime createdAt;
    QString text;
    bool resolved = false;
    QString resolvedBy;
    QDateTime resolvedAt;
    QString origin;        // empty when typed in Hoshi; "findings:<export id>" when imported
    QString findingStatus; // "", or for imported findings "accepted" | "question" | "more-evidence"
};

// One step of the review: who moved the declaration into which state, when and why. An approval
// also keeps the fingerprint of the declaration's content at that moment.
struct SignOff {
    qint64 id = -1;
    qint64 declarationId = -1;
    ReviewState state = ReviewState::Draft;
    QString author;  // the name typed into "Your name…" (a file) or the server user
    QString account; // the operating-system account (file) or server user that recorded it
    QDateTime at;
    QString reason;      // required when changes are requested (reject)
    QString fingerprint; // approvals only: DeclarationFingerprint at approval time
};

// What the submission gate and the exports need to know about the review of one declaration.
// Filled by Workspace::snapshot(); the gate only reads it.
struct ReviewSummary {
    ReviewState state = ReviewState::Draft;
    std::optional<SignOff> approval; // the approval in force (the latest sign-off is an approval)
    std::optional<SignOff> lastApproval; // the latest approval ever given, even if superseded
    bool approvalStale = false;      // the content's fingerprint differs from the approval's
    QStringList changesSinceApproval; // human readable, one line per change (when stale)
    QStringList changedItems;         // item ids that changed since the approval
    int openComments = 0;
    int totalComments = 0;
    bool requireApproval = false; // workspace setting "require approval before export"
};

} // namespace hoshi
