// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "attachedform.h"
#include "criteria/criteriaset.h"
#include "criteria/pointoverlay.h"
#include "model.h"
#include "review.h"
#include "shelflife.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace hoshi {

// One declaration with everything around it, read in one go: what the submission gate
// judges and what the exports write.
struct DeclarationSnapshot {
    Organisation organisation;
    Product product;
    Declaration declaration;
    CriteriaSet criteria; // the declaration's set with its point overlay applied
    std::optional<PointOverlay> pointOverlay; // official evaluation points, when set
    QList<Assessment> assessments;              // same order as criteria.items
    QHash<QString, QList<Evidence>> evidence;   // item id -> evidence backing it (files filled)
    bool contentVerified = false;               // true when every file below was re-hashed
    QHash<QString, QString> corruptContent;     // sha256 -> what is wrong with it
    ReviewSummary review;                       // review state, approval, open comments (not content)
    // Evaluation points: the alternatives the vendor relies on, and which evidence backs which
    // point (item id -> evidence id -> point ids). Filled by Workspace::snapshot.
    QHash<QString, QStringList> chosenPoints;
    QHash<QString, QHash<qint64, QStringList>> evidencePoints;
    // PSTI route: the statement of compliance kept as a file (an evidence record), if any.
    std::optional<Evidence> pstiStatementFile;
    // The official checklist workbook attached to the declaration, with its template bytes
    // (schema step 9); the gate checks and the exports fill it.
    std::optional<AttachedForm> form;
    // The workspace's default review periods per evidence kind (ShelfLife), filled by Workspace::snapshot.
    ReviewPeriods reviewPeriods;

    [[nodiscard]] const Assessment *assessmentOf(const QString &itemId) const
    {
        for (const Assessment &a : assessments) {
            if (a.itemId == itemId)
                return &a;
        }
        return nullptr;
    }
};

} // namespace hoshi
