// SPDX-License-Identifier: Apache-2.0
#include "labelchanges.h"

#include "storage/workspace.h"

namespace hoshi {

LabelChanges LabelChanges::since(const Workspace &workspace, qint64 declarationId, QString *error)
{
    LabelChanges result;
    const std::optional<Baseline> baseline = workspace.latestBaseline(declarationId, BaselineKind::Label);
    if (!baseline)
        return result;
    const std::optional<QByteArray> current = workspace.declarationJson(declarationId, error);
    if (!current)
        return result;
    const std::optional<QList<DeclarationChange>> changes = ChangeDetector::compare(baseline->json, *current, error);
    if (!changes)
        return result;
    result.hasBaseline = true;
    result.baselineAt = baseline->createdAt;
    result.baselineExportId = baseline->exportId;
    result.changes = *changes;
    return result;
}

QStringList LabelChanges::lines() const
{
    QStringList out;
    for (const DeclarationChange &c : changes)
        out << c.describe();
    return out;
}

QList<ChangeRow> LabelChanges::rows() const
{
    QList<ChangeRow> out;
    for (const DeclarationChange &c : changes)
        out.append({ChangeDetector::areaKey(c.area), ChangeDetector::kindKey(c.kind), c.itemId, c.field, c.before,
                    c.after, c.affectedItems});
    return out;
}

} // namespace hoshi
