// SPDX-License-Identifier: Apache-2.0
#include "marketsservice.h"

#include "export/exporttext.h"
#include "storage/workspace.h"
#include "util/errors.h"

#include <QJsonArray>

namespace hoshi::markets {

std::optional<DeclarationMarkets> MarketsService::read(const Workspace &workspace, qint64 declarationId,
                                                       const QDate &today, QString *error)
{
    const std::optional<Declaration> declaration = workspace.declaration(declarationId);
    if (!declaration) {
        setError(error, tr("There is no declaration %1.").arg(declarationId));
        return std::nullopt;
    }
    const CriteriaSet *criteria = workspace.criteriaFor(declarationId);
    const std::optional<LabelRecord> label = workspace.labelRecord(declarationId);
    DeclarationMarkets out;
    out.declarationId = declarationId;
    out.today = today;
    out.input.criteriaId = declaration->criteriaSetId;
    out.input.level = criteria ? criteria->level : 0;
    if (label)
        out.input.label = *label;
    out.statuses = Recognition::all(out.input, today);
    return out;
}

std::optional<UkComplianceRecord> MarketsService::ukRecord(const Workspace &workspace, qint64 declarationId,
                                                           const QDate &today, QString *error)
{
    const std::optional<DeclarationSnapshot> snapshot =
        workspace.snapshot(declarationId, Workspace::ContentCheck::Skip, error);
    if (!snapshot)
        return std::nullopt;
    const std::optional<LabelRecord> label = workspace.labelRecord(declarationId);
    return UkRecord::of(*snapshot, label.value_or(LabelRecord{}), today);
}

bool MarketsService::writeUkRecord(const Workspace &workspace, qint64 declarationId, const QDate &today,
                                   const QString &pdfPath, QString *error)
{
    const std::optional<UkComplianceRecord> record = ukRecord(workspace, declarationId, today, error);
    return record && UkRecord::write(*record, pdfPath, error);
}

QJsonObject DeclarationMarkets::toJson() const
{
    QJsonArray markets;
    for (const MarketStatus &s : statuses)
        markets.append(s.toJson());
    return {
        {QStringLiteral("declarationId"), declarationId},
        {QStringLiteral("today"), today.toString(Qt::ISODate)},
        {QStringLiteral("criteriaId"), input.criteriaId},
        {QStringLiteral("level"), input.level},
        {QStringLiteral("registrationNumber"), input.label.registrationNumber},
        {QStringLiteral("validUntil"), ExportText::dateText(input.label.validUntil)},
        {QStringLiteral("markets"), markets},
    };
}

} // namespace hoshi::markets
