#include "checklisttable.h"

#include "exporttext.h"
#include "gate/submissiongate.h"

#include <algorithm>

namespace hoshi {

QList<ChecklistRow> ChecklistTable::rows(const DeclarationSnapshot &s)
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
        row.scope = ExportText::scope(item.scope);
        const Assessment *a = s.assessmentOf(item.id);
        const Verdict v = a ? a->verdict : Verdict::NotAssessed;
        if (SubmissionGate::isExemptOnRoute(item, s.declaration.route) && v == Verdict::NotAssessed) {
            row.verdictKey = QStringLiteral("exempt");
            row.verdict = ExportText::exemptOnRoute();
        } else {
            row.verdictKey = verdictKey(v);
            row.verdict = ExportText::verdict(v);
        }
        QList<Evidence> evidence = s.evidence.value(item.id);
        std::sort(evidence.begin(), evidence.end(), [](const Evidence &x, const Evidence &y) { return x.id < y.id; });
        for (const Evidence &e : std::as_const(evidence))
            row.evidence << ExportText::evidenceLine(e);
        if (a && v == Verdict::NotApplicable)
            row.justification = a->justification.trimmed();
        if (a)
            row.notes = a->notes.trimmed();
        rows.append(row);
    }
    return rows;
}

QStringList ChecklistTable::csvHeader()
{
    return {QStringLiteral("ID"),
            QStringLiteral("分類"),
            QStringLiteral("Area"),
            QStringLiteral("項目"),
            QStringLiteral("Item"),
            QStringLiteral("評価方法 / Method"),
            QStringLiteral("対象 / Scope"),
            QStringLiteral("判定 / Verdict"),
            QStringLiteral("根拠 / Evidence"),
            QStringLiteral("非該当の理由 / N/A justification"),
            QStringLiteral("備考 / Notes")};
}

QByteArray ChecklistTable::csvLine(const QStringList &fields)
{
    QStringList quoted;
    for (QString f : fields) {
        // Bare CR or LF inside a cell: keep the line break, normalised to CRLF as Excel writes it.
        f.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        f.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        f.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
        // A cell starting with = + - @ would run as a formula in a spreadsheet.
        if (!f.isEmpty() && QStringLiteral("=+-@").contains(f.front()))
            f.prepend(QLatin1Char('\''));
        if (f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n'))
            || f.startsWith(QLatin1Char(' ')) || f.endsWith(QLatin1Char(' '))) {
            f.replace(QLatin1Char('"'), QLatin1String("\"\""));
            f = QLatin1Char('"') + f + QLatin1Char('"');
        }
        quoted << f;
    }
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QByteArray ChecklistTable::csv(const DeclarationSnapshot &s)
{
    QByteArray out = utf8Bom();
    out += csvLine(csvHeader());
    for (const ChecklistRow &r : rows(s))
        out += csvLine({r.itemId, r.areaJa, r.areaEn, r.titleJa, r.titleEn, r.methods, r.scope, r.verdict,
                        r.evidence.join(QLatin1Char('\n')), r.justification, r.notes});
    return out;
}

} // namespace hoshi
