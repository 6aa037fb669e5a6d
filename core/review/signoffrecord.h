// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/review.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace hoshi {

// The review as the exports record it: the review state, the approval in force (who, when,
// content fingerprint, whether the declaration changed since) and the comment counts.
// Language-neutral JSON for application-data.json and the archive's tag file; bilingual rows
// for the application-data PDF.
class SignOffRecord
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::SignOffRecord)

public:
    // Tag file of the evidence archive (listed in the tag manifests, so a signature covers it).
    static constexpr char TagFile[] = "review-sign-off.json";

    [[nodiscard]] static QJsonObject toJson(const ReviewSummary &review);
    [[nodiscard]] static QByteArray tagFile(const ReviewSummary &review);
    // (label, value) pairs, labels "日本語 / English" like the rest of the application data.
    [[nodiscard]] static QList<QPair<QString, QString>> pdfRows(const ReviewSummary &review);
};

} // namespace hoshi
