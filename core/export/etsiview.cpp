// SPDX-License-Identifier: Apache-2.0
#include "etsiview.h"

#include "checklisttable.h"
#include "exporttext.h"
#include "tablewriter.h"

#include <QMap>

#include <algorithm>

namespace hoshi {

namespace {

// "5.10-1" after "5.9-2": compare clause and provision numbers as numbers.
bool provisionLess(const QString &a, const QString &b)
{
    const auto key = [](const QString &p) {
        const QStringList parts = QString(p).replace(QLatin1Char('-'), QLatin1Char('.')).split(QLatin1Char('.'));
        QList<int> numbers;
        for (const QString &part : parts)
            numbers << part.toInt();
        return numbers;
    };
    return key(a) < key(b);
}

const QStringList PstiProvisions{QStringLiteral("5.1-1"), QStringLiteral("5.1-2"), QStringLiteral("5.2-1"),
                                 QStringLiteral("5.3-13")};

} // namespace

QString EtsiView::inferenceNote()
{
    return QStringLiteral("Informative: mapping inferred by Hoshi from the wording, not an official table");
}

QList<EtsiRow> EtsiView::rows(const DeclarationSnapshot &s)
{
    QMap<QString, EtsiRow> byProvision;
    for (const CriteriaItem &item : s.criteria.items) {
        const Assessment *a = s.assessmentOf(item.id);
        const QString confidence = item.provenance.contains(QStringLiteral("mappings"))
                                       ? confidenceKey(item.provenance.value(QStringLiteral("mappings")).confidence)
                                       : QStringLiteral("ours");
        for (const QString &provision : item.etsiMappings) {
            EtsiRow &row = byProvision[provision];
            row.provision = provision;
            row.ukPsti = PstiProvisions.contains(provision);
            row.itemIds << item.id;
            row.verdicts << QStringLiteral("%1: %2").arg(item.id, verdictKey(a ? a->verdict : Verdict::NotAssessed));
            for (const Evidence &e : s.evidence.value(item.id)) {
                const QString line = ExportText::evidenceLine(e);
                if (!row.evidence.contains(line))
                    row.evidence << line;
            }
            if (row.confidence.isEmpty() || confidence == QLatin1String("ours"))
                row.confidence = confidence;
        }
    }
    QList<EtsiRow> rows = byProvision.values();
    std::sort(rows.begin(), rows.end(), [](const EtsiRow &a, const EtsiRow &b) { return provisionLess(a.provision, b.provision); });
    return rows;
}

QByteArray EtsiView::csv(const DeclarationSnapshot &s)
{
    QByteArray out = TableWriter::utf8Bom();
    out += TableWriter::csvLine({QStringLiteral("ETSI EN 303 645 provision"), QStringLiteral("UK PSTI"),
                                    QStringLiteral("Hoshi items (%1)").arg(s.criteria.id), QStringLiteral("Verdicts"),
                                    QStringLiteral("Evidence"), QStringLiteral("Mapping confidence"), QStringLiteral("Note")});
    for (const EtsiRow &r : rows(s))
        out += TableWriter::csvLine({r.provision, r.ukPsti ? QStringLiteral("yes") : QString(), r.itemIds.join(QLatin1String(", ")),
                                        r.verdicts.join(QLatin1String("; ")), r.evidence.join(QLatin1String(" | ")), r.confidence,
                                        inferenceNote()});
    return out;
}

} // namespace hoshi
