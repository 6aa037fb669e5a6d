// SPDX-License-Identifier: Apache-2.0
#include "checklisttable.h"

#include "exporttext.h"
#include "gate/pointrules.h"
#include "gate/submissiongate.h"
#include "tablewriter.h"

#include <algorithm>

namespace hoshi {

namespace {

// When the record was established and when it is to be looked at again (ShelfLife): the
// effective date only when stated (a test's date is already in its line), the review date
// also when it comes from the workspace's default period.
QString shelfLifeNote(const Evidence &e, const ReviewPeriods &periods, const QString &language)
{
    const bool en = language == QLatin1String("en");
    QStringList parts;
    if (e.effectiveOn.isValid())
        parts << (en ? QStringLiteral("effective %1") : QStringLiteral("有効日 / effective %1"))
                         .arg(e.effectiveOn.toString(Qt::ISODate));
    const QDate due = ShelfLife::reviewDate(e, periods);
    if (due.isValid())
        parts << (en ? QStringLiteral("review by %1") : QStringLiteral("見直し期限 / review by %1")).arg(due.toString(Qt::ISODate));
    return parts.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(parts.join(QStringLiteral("; ")));
}

} // namespace

QList<ChecklistRow> ChecklistTable::rows(const DeclarationSnapshot &s, const QString &language)
{
    QList<ChecklistRow> rows;
    for (const CriteriaItem &item : s.criteria.items) {
        ChecklistRow row;
        row.itemId = item.id;
        row.areaJa = item.area.ja;
        row.areaEn = item.area.en;
        row.titleJa = item.title.ja;
        row.titleEn = item.title.en;
        row.methods = methodsBadge(item.methods);
        row.scope = ExportText::pick(ExportText::scope(item.scope), language);
        const Assessment *a = s.assessmentOf(item.id);
        const Verdict v = a ? a->verdict : Verdict::NotAssessed;
        if (SubmissionGate::isExemptOnRoute(item, s.declaration.route) && v == Verdict::NotAssessed) {
            row.verdictKey = QStringLiteral("exempt");
            row.verdict = ExportText::pick(ExportText::exemptOnRoute(), language);
        } else {
            row.verdictKey = verdictKey(v);
            row.verdict = ExportText::pick(ExportText::verdict(v), language);
        }
        QList<Evidence> evidence = s.evidence.value(item.id);
        std::sort(evidence.begin(), evidence.end(), [](const Evidence &x, const Evidence &y) { return x.id < y.id; });
        for (const Evidence &e : std::as_const(evidence))
            row.evidence << ExportText::evidenceLine(e) + shelfLifeNote(e, s.reviewPeriods, language);
        if (a && v == Verdict::NotApplicable)
            row.justification = a->justification.trimmed();
        if (a)
            row.notes = a->notes.trimmed();
        row.points = pointLines(s, item, language);
        rows.append(row);
    }
    return rows;
}

QStringList ChecklistTable::pointLines(const DeclarationSnapshot &s, const CriteriaItem &item, const QString &language)
{
    const bool en = language == QLatin1String("en");
    QStringList lines;
    for (const EvaluationPoint &p : item.points) {
        QStringList state;
        if (item.pointMode == PointMode::Alternatives)
            state << (s.chosenPoints.value(item.id).contains(p.id) ? (en ? QStringLiteral("relied on") : QStringLiteral("採用 / relied on"))
                                                                   : (en ? QStringLiteral("not used") : QStringLiteral("不採用 / not used")));
        if (PointRules::uncoveredMethods(s, item, p).isEmpty())
            state << (en ? QStringLiteral("evidenced") : QStringLiteral("根拠あり / evidenced"));
        const QString text = en ? p.text.en : p.text.ja;
        // A placeholder of Hoshi's must never pass for IPA's wording on the checklist.
        const QString origin = p.official        ? (en ? QStringLiteral("(official: IPA's checklist) ")
                                                       : QStringLiteral("（公式: IPAのチェックリスト / official）"))
                               : p.isPlaceholder() ? (en ? QStringLiteral("(Hoshi placeholder, not IPA's wording) ")
                                                         : QStringLiteral("（Hoshiの暫定項目・IPAの文言ではない / Hoshi placeholder）"))
                                                   : QString();
        lines << QStringLiteral("%1 [%2] %3%4%5").arg(p.id, methodsBadge(p.methods), origin, text,
                                                       state.isEmpty() ? QString() : QStringLiteral(" — ") + state.join(QLatin1String(", ")));
    }
    return lines;
}

QList<ChecklistColumn> ChecklistTable::columns(const QString &language)
{
    // The evaluation points come last, so the columns of earlier checklists keep their places.
    if (language == QLatin1String("en"))
        return {{QStringLiteral("ID"), 10}, {QStringLiteral("Area"), 18}, {QStringLiteral("Item"), 34},
                {QStringLiteral("Method"), 10}, {QStringLiteral("Scope"), 10}, {QStringLiteral("Verdict"), 16},
                {QStringLiteral("Evidence"), 60}, {QStringLiteral("N/A justification"), 34}, {QStringLiteral("Notes"), 30},
                {QStringLiteral("Evaluation points"), 50}};
    return {{QStringLiteral("ID"), 10}, {QStringLiteral("分類"), 16}, {QStringLiteral("Area"), 18},
            {QStringLiteral("項目"), 30}, {QStringLiteral("Item"), 34}, {QStringLiteral("評価方法 / Method"), 10},
            {QStringLiteral("対象 / Scope"), 12}, {QStringLiteral("判定 / Verdict"), 18}, {QStringLiteral("根拠 / Evidence"), 60},
            {QStringLiteral("非該当の理由 / N/A justification"), 34}, {QStringLiteral("備考 / Notes"), 30},
            {QStringLiteral("評価項目 / Evaluation points"), 50}};
}

QStringList ChecklistTable::cells(const ChecklistRow &r, const QString &language)
{
    const QString points = r.points.join(QLatin1Char('\n'));
    const QString evidence = r.evidence.join(QLatin1Char('\n'));
    if (language == QLatin1String("en"))
        return {r.itemId, r.areaEn, r.titleEn, r.methods, r.scope, r.verdict, evidence, r.justification, r.notes, points};
    return {r.itemId, r.areaJa, r.areaEn, r.titleJa, r.titleEn, r.methods, r.scope, r.verdict, evidence,
            r.justification, r.notes, points};
}

QStringList ChecklistTable::csvHeader(const QString &language)
{
    QStringList header;
    for (const ChecklistColumn &c : columns(language))
        header << c.header;
    return header;
}

QByteArray ChecklistTable::csv(const DeclarationSnapshot &s, const QString &language)
{
    TableSheet sheet;
    sheet.header = csvHeader(language);
    for (const ChecklistRow &r : rows(s, language))
        sheet.rows << cells(r, language);
    return TableWriter::csv(sheet);
}

} // namespace hoshi
