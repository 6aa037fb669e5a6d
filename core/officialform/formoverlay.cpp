// SPDX-License-Identifier: Apache-2.0
// The official evaluation points an attached form gives its declaration (ident's PointOverlay):
// the point texts of the user's copy of IPA's checklist, with that copy as their source.
#include "formattachment.h"

#include "storage/workspace.h"

#include <QRegularExpression>

namespace hoshi::officialform {

namespace {

// The text of an official point without the numbering the checklist puts in front
// ("評価項目2: ..." -> "..."): the number is its place, which the overlay keeps. Empty for a
// placeholder ("-").
QString pointText(const QString &cellText)
{
    static const QRegularExpression numbering(
        QStringLiteral("^\\s*(評価項目|Evaluation point)\\s*[0-9０-９]+\\s*[:：.．]?\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    QString text = cellText.trimmed();
    text.remove(numbering);
    text = text.trimmed();
    static const QRegularExpression placeholder(QStringLiteral("^[-‐－ー―—–]*$"));
    return placeholder.match(text).hasMatch() ? QString() : text;
}

QString describeMove(const PointAnswerMove &move)
{
    QStringList what;
    if (move.chosen)
        what << FormAttachment::tr("chosen");
    if (!move.evidenceIds.isEmpty())
        what << FormAttachment::tr("%n evidence link(s)", nullptr, int(move.evidenceIds.size()));
    const QString detail = what.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(what.join(QStringLiteral(", ")));
    if (move.toPointId.isEmpty())
        return QStringLiteral("%1: %2%3").arg(move.itemId, move.fromPointId, detail);
    return QStringLiteral("%1: %2 → %3%4").arg(move.itemId, move.fromPointId, move.toPointId, detail);
}

void describeChanges(const PointAnswerChanges &changes, AttachOutcome *outcome)
{
    for (const PointAnswerMove &m : changes.moved)
        outcome->movedChoices << describeMove(m);
    for (const PointAnswerMove &m : changes.unmatched)
        outcome->droppedChoices << describeMove(m);
}

} // namespace

std::optional<PointOverlay> FormAttachment::overlayOf(const FormProfile &profile, const CriteriaSet &criteria,
                                                      const QString &fileName, const QString &sha256)
{
    PointOverlay overlay;
    overlay.criteriaSetId = criteria.id;
    overlay.source.fileName = fileName;
    overlay.source.sha256 = sha256;
    overlay.source.note = tr("official — from your copy of IPA's checklist (%1, SHA-256 %2)").arg(fileName, sha256);
    for (const FormItem &item : profile.items) {
        if (item.points.isEmpty() || !criteria.item(item.itemId))
            continue;
        OfficialItemPoints points;
        // The checklist says what each point is, not how it is evaluated: when the form has as
        // many points as the set, each keeps the methods of the set's point in its place.
        const CriteriaItem *own = criteria.item(item.itemId);
        const bool sameCount = own->points.size() == item.points.size();
        for (qsizetype i = 0; i < item.points.size(); ++i) {
            OfficialPoint official;
            official.text.ja = pointText(item.points.at(i).text);
            if (sameCount)
                official.methods = own->points.at(i).methods;
            if (!official.text.ja.isEmpty())
                points.points << official;
        }
        if (!points.points.isEmpty())
            overlay.items.insert(item.itemId, points);
    }
    if (overlay.isEmpty())
        return std::nullopt;
    return overlay;
}

bool FormAttachment::applyOverlay(Workspace &workspace, qint64 declarationId, const FormProfile &profile,
                                  const QString &previousSha256, AttachOutcome *outcome, QString *error)
{
    const CriteriaSet *stored = workspace.storedCriteriaFor(declarationId);
    if (!stored)
        return true;
    const std::optional<PointOverlay> current = workspace.pointOverlay(declarationId);
    const bool ours = current && !previousSha256.isEmpty() && current->source.sha256 == previousSha256;
    const std::optional<PointOverlay> wanted =
        overlayOf(profile, *stored, profile.templateName, profile.templateSha256);
    PointAnswerChanges changes;
    if (wanted) {
        if (current && current->toJson().value(QStringLiteral("items")) == wanted->toJson().value(QStringLiteral("items"))
            && current->source.sha256 == wanted->source.sha256)
            return true; // the same points from the same file: nothing moves
        if (!workspace.setPointOverlay(declarationId, *wanted, &changes, error))
            return false;
        if (outcome) {
            outcome->overlaySet = true;
            outcome->overlayItems = int(wanted->items.size());
            for (const OfficialItemPoints &p : wanted->items)
                outcome->overlayPoints += int(p.points.size());
        }
    } else if (ours && !workspace.clearPointOverlay(declarationId, &changes, error)) {
        return false;
    }
    if (outcome)
        describeChanges(changes, outcome);
    return true;
}

} // namespace hoshi::officialform
