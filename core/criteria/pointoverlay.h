// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "criteriaset.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace hoshi {

// One official evaluation point (評価項目) of an item, worded as IPA's checklist words it.
struct OfficialPoint {
    LocalizedText text;    // IPA's wording; "en" may be empty (the checklist is Japanese)
    QList<Method> methods; // empty: the item's own methods
};

// The official points of one item, in the checklist's order.
struct OfficialItemPoints {
    // Empty: the mode of the set's own points for the item ("all" when it has none).
    std::optional<PointMode> mode;
    QList<OfficialPoint> points;
};

// Where the official points come from: the user's own copy of IPA's checklist workbook.
struct PointOverlaySource {
    QString fileName; // the workbook's file name as the user had it
    QString sha256;   // SHA-256 (hex) of the workbook file
    QString note;     // optional, e.g. the sheet read
};

// Official evaluation points laid over one declaration's criteria set. Hoshi's criteria files
// hold placeholders for most points (IPA publishes them only in its checklist workbook); a
// declaration with an overlay uses the official points instead, everywhere: the item page, the
// submission gate, point choices, exports and declaration.json. Stored with the declaration
// (Workspace::setPointOverlay), so an archive is complete on its own.
struct PointOverlay {
    Q_DECLARE_TR_FUNCTIONS(hoshi::PointOverlay)

public:
    QString criteriaSetId; // the official id the points were read for (must match the declaration)
    PointOverlaySource source;
    QMap<QString, OfficialItemPoints> items; // item id -> its official points
    QDateTime setAt;                         // filled by the workspace
    QString setBy;                           // filled by the workspace

    [[nodiscard]] bool isEmpty() const { return items.isEmpty(); }
    // The id an official point gets: "<item>-official-<n>", n from 1 in the checklist's order.
    [[nodiscard]] static QString pointId(const QString &itemId, int index);

    // Language-neutral JSON (declaration.json, the workspace, `hoshi-cli criteria overlay`):
    // {"criteriaSetId", "source": {"fileName", "sha256", "note"}, "setAt", "setBy",
    //  "items": {"S1.1-04": {"mode": "all", "points": [{"text": {"ja","en"}, "methods": [...]}]}}}
    [[nodiscard]] QJsonObject toJson() const;
    // Strict: unknown keys, empty texts, unknown methods or a missing source are errors.
    [[nodiscard]] static std::optional<PointOverlay> fromJson(const QJsonObject &json, QString *error);
    // Checks the overlay against the set it is for: the official id, every item id known,
    // every point method among the item's methods. On failure *error says what is wrong.
    [[nodiscard]] bool fitsSet(const CriteriaSet &set, QString *error) const;

    // The set with the points of every overlaid item replaced by the official ones (each with
    // EvaluationPoint::official set and this overlay's source). Items not in the overlay keep
    // their own points.
    [[nodiscard]] CriteriaSet applyTo(const CriteriaSet &set) const;
};

// Which point of `after` takes over the answers given on each point of `before` when an item's
// points are replaced, one to one: the same id; else the same number in IPA's checklist; else the
// same text; else, when exactly one point is left on each side, those two. Points without a
// partner are absent from the result.
[[nodiscard]] QHash<QString, QString> matchPoints(const CriteriaItem &before, const CriteriaItem &after);

// What happened to one point answer (a point chosen, or evidence linked to a point) when the
// points of an item were replaced (an overlay set or cleared, a new data revision applied).
struct PointAnswerMove {
    QString itemId;
    QString fromPointId;
    LocalizedText fromText;
    QString toPointId;        // empty: no one-to-one match, the answer was dropped
    bool chosen = false;      // the point was chosen (alternatives)
    QList<qint64> evidenceIds; // evidence that was linked to the point
};

// The answers moved to a matching point, and those that had no match (the user must redo them).
struct PointAnswerChanges {
    QList<PointAnswerMove> moved;
    QList<PointAnswerMove> unmatched;
};

} // namespace hoshi
