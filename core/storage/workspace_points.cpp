// SPDX-License-Identifier: Apache-2.0
// Evaluation points of criteria items: the alternatives a vendor relies on and which evidence
// backs which point; and the PSTI statement of compliance kept as a file.
#include "workspace.h"

#include "sqlquery.h"
#include "transaction.h"
#include "workspaceutil.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace hoshi {

using namespace detail;

namespace {

QStringList column(SqlQuery &q)
{
    QStringList values;
    while (q.next())
        values << q.text(0);
    return values;
}

} // namespace

QStringList Workspace::chosenPoints(qint64 declarationId, const QString &itemId) const
{
    const qint64 assessmentId = assessment(declarationId, itemId).id;
    if (assessmentId < 0)
        return {};
    SqlQuery q(db(), QStringLiteral("SELECT point_id FROM point_choice WHERE assessment_id = ? ORDER BY point_id"));
    return q.exec({assessmentId}) ? column(q) : QStringList();
}

bool Workspace::setPointChosen(qint64 declarationId, const QString &itemId, const QString &pointId, bool chosen,
                               QString *error)
{
    if (!ensureWritable(error))
        return false;
    const CriteriaSet *set = criteriaFor(declarationId);
    const CriteriaItem *item = set ? set->item(itemId) : nullptr;
    const EvaluationPoint *point = item ? item->point(pointId) : nullptr;
    if (!point) {
        setError(error, tr("%1 is not an evaluation point of %2.").arg(pointId, itemId));
        return false;
    }
    if (chosenPoints(declarationId, itemId).contains(pointId) == chosen)
        return true;
    Transaction transaction(db(), m_transactionDepth);
    const qint64 assessmentId = ensureAssessmentRow(declarationId, itemId, error);
    if (assessmentId < 0)
        return false;
    SqlQuery q(db(), chosen ? QStringLiteral("INSERT INTO point_choice(assessment_id, point_id) VALUES (?, ?)"
                                                             " ON CONFLICT DO NOTHING")
                            : QStringLiteral("DELETE FROM point_choice WHERE assessment_id = ? AND point_id = ?"));
    if (!q.exec({assessmentId, pointId})) {
        setError(error, tr("Cannot record the evaluation point %1: %2").arg(pointId, q.errorText()));
        return false;
    }
    const bool vendor = item->scope == ItemScope::Vendor;
    record(vendor ? -1 : declarationId, vendor ? product(declaration(declarationId)->productId)->organisationId : -1,
           itemId, QStringLiteral("point-choice"),
           chosen ? tr("Relies on evaluation point %1").arg(pointId) : tr("No longer relies on evaluation point %1").arg(pointId));
    return commitChange(transaction, error);
}

QStringList Workspace::evidencePoints(qint64 evidenceId, qint64 declarationId, const QString &itemId) const
{
    const qint64 assessmentId = assessment(declarationId, itemId).id;
    if (assessmentId < 0)
        return {};
    SqlQuery q(db(), QStringLiteral("SELECT point_id FROM point_link WHERE evidence_id = ? AND assessment_id = ?"
                                    " ORDER BY point_id"));
    return q.exec({evidenceId, assessmentId}) ? column(q) : QStringList();
}

bool Workspace::setEvidencePoints(qint64 evidenceId, qint64 declarationId, const QString &itemId,
                                  const QStringList &pointIds, QString *error)
{
    if (!ensureWritable(error))
        return false;
    const CriteriaSet *set = criteriaFor(declarationId);
    const CriteriaItem *item = set ? set->item(itemId) : nullptr;
    if (!item) {
        setError(error, tr("%1 is not an item of declaration %2.").arg(itemId).arg(declarationId));
        return false;
    }
    for (const QString &pointId : pointIds) {
        if (!item->point(pointId)) {
            setError(error, tr("%1 is not an evaluation point of %2.").arg(pointId, itemId));
            return false;
        }
    }
    const qint64 assessmentId = assessment(declarationId, itemId).id;
    SqlQuery linked(db(), QStringLiteral("SELECT 1 FROM evidence_link WHERE evidence_id = ? AND assessment_id = ?"));
    if (assessmentId < 0 || !linked.exec({evidenceId, assessmentId}) || !linked.next()) {
        setError(error, tr("Evidence %1 is not linked to %2; link it to the item first.").arg(evidenceId).arg(itemId));
        return false;
    }
    Transaction transaction(db(), m_transactionDepth);
    SqlQuery clear(db(), QStringLiteral("DELETE FROM point_link WHERE evidence_id = ? AND assessment_id = ?"));
    if (!clear.exec({evidenceId, assessmentId})) {
        setError(error, tr("Cannot record the evaluation points: %1").arg(clear.errorText()));
        return false;
    }
    for (const QString &pointId : pointIds) {
        SqlQuery add(db(), QStringLiteral("INSERT INTO point_link(evidence_id, assessment_id, point_id)"
                                          " VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
        if (!add.exec({evidenceId, assessmentId, pointId})) {
            setError(error, tr("Cannot record the evaluation points: %1").arg(add.errorText()));
            return false;
        }
    }
    recordForEvidence(evidenceId, QStringLiteral("evidence-points"),
                      tr("Evidence backs evaluation points of %1: %2")
                          .arg(itemId, pointIds.isEmpty() ? tr("none") : pointIds.join(QLatin1String(", "))));
    return commitChange(transaction, error);
}

bool Workspace::copyPointData(qint64 fromDeclarationId, qint64 toDeclarationId, const QString &itemId, QString *error)
{
    const qint64 from = assessment(fromDeclarationId, itemId).id;
    const qint64 to = assessment(toDeclarationId, itemId).id;
    if (from < 0 || to < 0 || from == to)
        return true; // nothing recorded, or a vendor-scope row both declarations share
    SqlQuery choices(db(), QStringLiteral("INSERT INTO point_choice(assessment_id, point_id)"
                                          " SELECT CAST(? AS BIGINT), point_id FROM point_choice WHERE assessment_id = ?"
                                          " ON CONFLICT DO NOTHING"));
    SqlQuery links(db(), QStringLiteral("INSERT INTO point_link(evidence_id, assessment_id, point_id)"
                                        " SELECT l.evidence_id, CAST(? AS BIGINT), l.point_id FROM point_link l"
                                        " JOIN evidence_link e ON e.evidence_id = l.evidence_id AND e.assessment_id = ?"
                                        " WHERE l.assessment_id = ? ON CONFLICT DO NOTHING"));
    if (!choices.exec({to, from}) || !links.exec({to, to, from})) {
        setError(error, tr("Cannot carry over the evaluation points of %1: %2")
                            .arg(itemId, choices.errorText().isEmpty() ? links.errorText() : choices.errorText()));
        return false;
    }
    return true;
}

void Workspace::fillPointData(DeclarationSnapshot &s) const
{
    const qint64 declarationId = s.declaration.id; // s.assessments are filled already
    for (const CriteriaItem &item : s.criteria.items) {
        if (item.points.isEmpty())
            continue;
        // The snapshot's own assessments: asking assessment() here would re-read them all per item.
        const Assessment *stored = s.assessmentOf(item.id);
        const qint64 assessmentId = stored ? stored->id : -1;
        if (assessmentId < 0)
            continue;
        SqlQuery choices(db(), QStringLiteral("SELECT point_id FROM point_choice WHERE assessment_id = ? ORDER BY point_id"));
        if (const QStringList chosen = choices.exec({assessmentId}) ? column(choices) : QStringList(); !chosen.isEmpty())
            s.chosenPoints.insert(item.id, chosen);
        SqlQuery q(db(), QStringLiteral("SELECT evidence_id, point_id FROM point_link WHERE assessment_id = ?"
                                        " ORDER BY evidence_id, point_id"));
        if (!q.exec({assessmentId}))
            continue;
        while (q.next())
            s.evidencePoints[item.id][q.integer(0)].append(q.text(1));
    }
    s.pstiStatementFile = pstiStatementFile(declarationId);
}

qint64 Workspace::attachPstiStatement(qint64 declarationId, const QString &filePath, QString *error)
{
    if (!ensureWritable(error))
        return -1;
    const std::optional<Declaration> d = declaration(declarationId);
    if (!d) {
        setError(error, tr("There is no declaration with the id %1.").arg(declarationId));
        return -1;
    }
    if (!QFileInfo(filePath).isFile()) {
        setError(error, tr("%1 is not a file.").arg(filePath));
        return -1;
    }
    Transaction transaction(db(), m_transactionDepth);
    SqlQuery add(db(), QStringLiteral("INSERT INTO evidence(organisation_id, kind, title, created_at, updated_at)"
                                      " VALUES (?, 'document', ?, ?, ?) RETURNING id"));
    const QString now = nowUtc();
    if (!add.exec({product(d->productId)->organisationId, tr("UK PSTI statement of compliance"), now, now})) {
        setError(error, tr("Cannot keep the PSTI statement: %1").arg(add.errorText()));
        return -1;
    }
    const qint64 evidenceId = add.insertedId();
    if (attachFile(evidenceId, filePath, error) < 0)
        return -1;
    SqlQuery keep(db(), QStringLiteral("INSERT INTO psti_statement(declaration_id, evidence_id) VALUES (?, ?)"
                                       " ON CONFLICT (declaration_id) DO UPDATE SET evidence_id = excluded.evidence_id"));
    if (!keep.exec({declarationId, evidenceId})) {
        setError(error, tr("Cannot keep the PSTI statement: %1").arg(keep.errorText()));
        return -1;
    }
    record(declarationId, -1, QString(), QStringLiteral("psti-statement"),
           tr("PSTI statement of compliance attached: %1").arg(QFileInfo(filePath).fileName()));
    if (!commitChange(transaction, error))
        return -1;
    return evidenceId;
}

std::optional<Evidence> Workspace::pstiStatementFile(qint64 declarationId) const
{
    SqlQuery q(db(), QStringLiteral("SELECT evidence_id FROM psti_statement WHERE declaration_id = ?"));
    if (!q.exec({declarationId}) || !q.next())
        return std::nullopt;
    return evidence(q.integer(0));
}

} // namespace hoshi
