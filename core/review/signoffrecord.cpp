// SPDX-License-Identifier: Apache-2.0
#include "signoffrecord.h"

#include <QJsonDocument>

namespace hoshi {

namespace {

QString stamp(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

// Fixed bilingual names (the exports are read by IPA and auditors in either language).
QString stateText(ReviewState s)
{
    switch (s) {
    case ReviewState::Draft:
        return QStringLiteral("下書き / Draft");
    case ReviewState::InReview:
        return QStringLiteral("レビュー中 / In review");
    case ReviewState::ChangesRequested:
        return QStringLiteral("修正依頼 / Changes requested");
    case ReviewState::Approved:
        return QStringLiteral("承認済み / Approved");
    }
    return {};
}

} // namespace

QJsonObject SignOffRecord::toJson(const ReviewSummary &review)
{
    QJsonValue approval;
    if (review.approval) {
        approval = QJsonObject{{QStringLiteral("approvedBy"), review.approval->author},
                               {QStringLiteral("approvedAt"), stamp(review.approval->at)},
                               {QStringLiteral("fingerprint"), review.approval->fingerprint},
                               {QStringLiteral("stale"), review.approvalStale}};
    }
    return {{QStringLiteral("state"), reviewStateKey(review.state)},
            {QStringLiteral("approval"), approval},
            {QStringLiteral("openComments"), review.openComments},
            {QStringLiteral("comments"), review.totalComments},
            {QStringLiteral("approvalRequired"), review.requireApproval}};
}

QByteArray SignOffRecord::tagFile(const ReviewSummary &review)
{
    QJsonObject o = toJson(review);
    o.insert(QStringLiteral("format"), QStringLiteral("hoshi-review-sign-off"));
    o.insert(QStringLiteral("formatVersion"), 1);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QList<QPair<QString, QString>> SignOffRecord::pdfRows(const ReviewSummary &review)
{
    QList<QPair<QString, QString>> rows;
    rows.append({QStringLiteral("レビュー状態 / Review state"), stateText(review.state)});
    if (review.approval) {
        rows.append({QStringLiteral("承認者 / Approved by"), review.approval->author});
        rows.append({QStringLiteral("承認日時 / Approved at"), stamp(review.approval->at)});
        rows.append({QStringLiteral("内容の指紋 / Content fingerprint (SHA-256)"), review.approval->fingerprint});
        if (review.approvalStale)
            rows.append({QStringLiteral("注意 / Note"),
                         QStringLiteral("承認後に内容が変更されています / The content changed after the approval")});
    } else {
        rows.append({QStringLiteral("承認 / Approval"), QStringLiteral("なし / None")});
    }
    rows.append({QStringLiteral("未解決のコメント / Open comments"),
                 QStringLiteral("%1 / %2").arg(review.openComments).arg(review.totalComments)});
    return rows;
}

} // namespace hoshi
