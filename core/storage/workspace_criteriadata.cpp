// SPDX-License-Identifier: Apache-2.0
// Criteria identity: a declaration names IPA's official set id and a data revision of Hoshi's
// file for it; a newer data revision is applied in place; official evaluation points read from
// the user's copy of IPA's checklist are laid over the set (PointOverlay).
#include "workspace.h"

#include "legacycriteria.h"
#include "sqlquery.h"
#include "transaction.h"
#include "workspaceutil.h"
#include "util/hashstream.h"

#include <QJsonDocument>

namespace hoshi {

using namespace detail;

const CriteriaSet *Workspace::criteriaFor(qint64 declarationId) const
{
    // The set and its overlay in one statement: every read of a declaration starts here, and on
    // a server each statement is a round trip.
    SqlQuery q(db(), QStringLiteral("SELECT d.criteria_set_id, d.criteria_data_revision, o.json, o.sha256"
                                    " FROM declaration d LEFT JOIN point_overlay o ON o.declaration_id = d.id"
                                    " WHERE d.id = ?"));
    if (!q.exec({declarationId}) || !q.next())
        return nullptr;
    const CriteriaSet *stored = m_stored.find(q.text(0), int(q.integer(1)));
    if (!stored || q.value(3).isNull())
        return stored;
    const QString key = QStringLiteral("%1\n%2\n%3").arg(stored->id).arg(stored->dataRevision).arg(q.text(3));
    auto it = m_overlaid.find(key);
    if (it == m_overlaid.end()) {
        const std::optional<PointOverlay> overlay =
            PointOverlay::fromJson(QJsonDocument::fromJson(q.value(2).toByteArray()).object(), nullptr);
        if (!overlay)
            return stored; // checked when stored; a damaged row never hides the set's own points
        it = m_overlaid.emplace(key, overlay->applyTo(*stored)).first;
    }
    return &it->second;
}

int Workspace::newerCriteriaDataRevision(qint64 declarationId) const
{
    const std::optional<Declaration> d = declaration(declarationId);
    if (!d)
        return 0;
    const QList<int> revisions = m_criteria.dataRevisions(d->criteriaSetId);
    const int newest = revisions.isEmpty() ? 0 : revisions.last();
    return newest > d->criteriaDataRevision ? newest : 0;
}

std::optional<PointOverlay> Workspace::pointOverlay(qint64 declarationId) const
{
    SqlQuery q(db(), QStringLiteral("SELECT json, set_at, actor FROM point_overlay WHERE declaration_id = ?"));
    if (!q.exec({declarationId}) || !q.next())
        return std::nullopt;
    std::optional<PointOverlay> overlay =
        PointOverlay::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object(), nullptr);
    if (overlay) {
        overlay->setAt = QDateTime::fromString(q.text(1), Qt::ISODateWithMs);
        overlay->setBy = q.text(2);
    }
    return overlay;
}

bool Workspace::setPointOverlay(qint64 declarationId, const PointOverlay &overlay, PointAnswerChanges *changes,
                                QString *error)
{
    if (!ensureWritable(error))
        return false;
    const CriteriaSet *stored = storedCriteriaFor(declarationId);
    if (!stored) {
        setError(error, tr("There is no declaration with the id %1.").arg(declarationId));
        return false;
    }
    if (!overlay.fitsSet(*stored, error))
        return false;
    return storePointOverlay(declarationId, overlay, changes, error);
}

bool Workspace::clearPointOverlay(qint64 declarationId, PointAnswerChanges *changes, QString *error)
{
    if (!ensureWritable(error))
        return false;
    if (!storedCriteriaFor(declarationId)) {
        setError(error, tr("There is no declaration with the id %1.").arg(declarationId));
        return false;
    }
    if (!pointOverlay(declarationId)) {
        setError(error, tr("Declaration %1 has no official evaluation points to remove.").arg(declarationId));
        return false;
    }
    return storePointOverlay(declarationId, std::nullopt, changes, error);
}

bool Workspace::storePointOverlay(qint64 declarationId, const std::optional<PointOverlay> &overlay,
                                  PointAnswerChanges *changes, QString *error)
{
    Transaction transaction(db(), m_transactionDepth);
    const CriteriaSet before = *criteriaFor(declarationId);
    if (overlay) {
        PointOverlay stored = *overlay;
        stored.setAt = {};
        stored.setBy.clear(); // kept in their own columns
        const QByteArray json = QJsonDocument(stored.toJson()).toJson(QJsonDocument::Compact);
        SqlQuery q(db(), QStringLiteral("INSERT INTO point_overlay(declaration_id, json, sha256, set_at, actor)"
                                        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (declaration_id) DO UPDATE SET"
                                        " json = excluded.json, sha256 = excluded.sha256, set_at = excluded.set_at,"
                                        " actor = excluded.actor"));
        if (!q.exec({declarationId, json, HashStream::hexOf(json), nowUtc(), m_actor})) {
            setError(error, tr("Cannot store the official evaluation points: %1").arg(q.errorText()));
            return false;
        }
    } else {
        SqlQuery q(db(), QStringLiteral("DELETE FROM point_overlay WHERE declaration_id = ?"));
        if (!q.exec({declarationId})) {
            setError(error, tr("Cannot remove the official evaluation points: %1").arg(q.errorText()));
            return false;
        }
    }
    const CriteriaSet after = *criteriaFor(declarationId);
    PointAnswerChanges moves;
    if (!movePointAnswers(declarationId, before, after, &moves, error))
        return false;
    record(declarationId, -1, QString(), QStringLiteral("point-overlay"),
           overlay ? tr("Official evaluation points of %n item(s) set from %1 (SHA-256 %2); %3 answer(s) moved, "
                        "%4 without a matching point", nullptr, int(overlay->items.size()))
                         .arg(overlay->source.fileName, overlay->source.sha256)
                         .arg(moves.moved.size())
                         .arg(moves.unmatched.size())
                   : tr("Official evaluation points removed; %1 answer(s) moved, %2 without a matching point")
                         .arg(moves.moved.size())
                         .arg(moves.unmatched.size()));
    if (!commitChange(transaction, error))
        return false;
    if (changes)
        *changes = moves;
    return true;
}

namespace {

// What is recorded on one point of one assessment row.
struct PointAnswer {
    bool chosen = false;
    QList<qint64> evidenceIds;
};

PointAnswer answerOn(const QSqlDatabase &db, qint64 assessmentId, const QString &pointId)
{
    PointAnswer answer;
    SqlQuery chosen(db, QStringLiteral("SELECT 1 FROM point_choice WHERE assessment_id = ? AND point_id = ?"));
    answer.chosen = chosen.exec({assessmentId, pointId}) && chosen.next();
    SqlQuery links(db, QStringLiteral("SELECT evidence_id FROM point_link WHERE assessment_id = ? AND point_id = ?"
                                      " ORDER BY evidence_id"));
    if (links.exec({assessmentId, pointId})) {
        while (links.next())
            answer.evidenceIds << links.integer(0);
    }
    return answer;
}

// Moves (toPointId set) or drops (empty) what is recorded on one point.
bool rewritePoint(const QSqlDatabase &db, qint64 assessmentId, const QString &fromPointId, const QString &toPointId,
                  QString *error)
{
    QList<SqlQuery> steps;
    if (!toPointId.isEmpty()) {
        SqlQuery choice(db, QStringLiteral("INSERT INTO point_choice(assessment_id, point_id) SELECT assessment_id,"
                                           " ? FROM point_choice WHERE assessment_id = ? AND point_id = ?"
                                           " ON CONFLICT DO NOTHING"));
        SqlQuery link(db, QStringLiteral("INSERT INTO point_link(evidence_id, assessment_id, point_id) SELECT"
                                         " evidence_id, assessment_id, ? FROM point_link WHERE assessment_id = ?"
                                         " AND point_id = ? ON CONFLICT DO NOTHING"));
        if (!choice.exec({toPointId, assessmentId, fromPointId}) || !link.exec({toPointId, assessmentId, fromPointId})) {
            setError(error, Workspace::tr("Cannot move the answers on evaluation point %1: %2")
                                .arg(fromPointId, choice.errorText().isEmpty() ? link.errorText() : choice.errorText()));
            return false;
        }
    }
    SqlQuery dropChoice(db, QStringLiteral("DELETE FROM point_choice WHERE assessment_id = ? AND point_id = ?"));
    SqlQuery dropLink(db, QStringLiteral("DELETE FROM point_link WHERE assessment_id = ? AND point_id = ?"));
    if (!dropChoice.exec({assessmentId, fromPointId}) || !dropLink.exec({assessmentId, fromPointId})) {
        setError(error, Workspace::tr("Cannot move the answers on evaluation point %1: %2")
                            .arg(fromPointId, dropChoice.errorText().isEmpty() ? dropLink.errorText() : dropChoice.errorText()));
        return false;
    }
    return true;
}

} // namespace

bool Workspace::movePointAnswers(qint64 declarationId, const CriteriaSet &before, const CriteriaSet &after,
                                 PointAnswerChanges *changes, QString *error)
{
    for (const CriteriaItem &item : after.items) {
        const CriteriaItem *old = before.item(item.id);
        const qint64 assessmentId = old ? assessment(declarationId, item.id).id : -1;
        if (assessmentId < 0)
            continue;
        const QHash<QString, QString> match = matchPoints(*old, item);
        for (const EvaluationPoint &point : old->points) {
            const QString target = match.value(point.id);
            if (target == point.id)
                continue;
            const PointAnswer answer = answerOn(db(), assessmentId, point.id);
            if (!answer.chosen && answer.evidenceIds.isEmpty())
                continue;
            if (!rewritePoint(db(), assessmentId, point.id, target, error))
                return false;
            const PointAnswerMove move{item.id, point.id, point.text, target, answer.chosen, answer.evidenceIds};
            (target.isEmpty() ? changes->unmatched : changes->moved).append(move);
        }
    }
    return true;
}

bool Workspace::migrateLegacyCriteriaIds(QString *error)
{
    for (const storage::LegacyCriteriaId &legacy : storage::legacyCriteriaIds()) {
        SqlQuery read(db(), QStringLiteral("SELECT json, added_at FROM criteria_revision WHERE set_id = ?"));
        if (!read.exec({legacy.legacyId}) || !read.next())
            continue;
        const QByteArray stored = read.value(0).toByteArray();
        const QString addedAt = read.text(1);
        QString problem;
        const QByteArray json = storage::upgradeLegacyCriteria(stored, legacy, &problem);
        if (json.isEmpty()) {
            setError(error, tr("Cannot upgrade %1: the criteria set %2 stored in it is unreadable (%3).")
                                .arg(m_path, legacy.legacyId, problem));
            return false;
        }
        const QString sha256 = HashStream::hexOf(json);
        const QList<std::pair<QString, QVariantList>> statements{
            {QStringLiteral("INSERT INTO criteria_set(id, json, sha256, added_at) VALUES (?, ?, ?, ?)"
                            " ON CONFLICT (id) DO NOTHING"),
             {legacy.officialId, json, sha256, addedAt}},
            {QStringLiteral("INSERT INTO criteria_revision(set_id, data_revision, json, sha256, added_at)"
                            " VALUES (?, ?, ?, ?, ?)"),
             {legacy.officialId, legacy.dataRevision, json, sha256, addedAt}},
            {QStringLiteral("INSERT INTO history(at, actor, declaration_id, organisation_id, item_id, action, summary)"
                            " SELECT ?, ?, id, NULL, '', 'criteria-identity', ? FROM declaration WHERE criteria_set_id = ?"),
             {nowUtc(), m_actor,
              tr("Criteria set %1 is now named by IPA's id %2 (Hoshi data revision %3); nothing else changed")
                  .arg(legacy.legacyId, legacy.officialId).arg(legacy.dataRevision),
              legacy.legacyId}},
            {QStringLiteral("UPDATE declaration SET criteria_set_id = ?, criteria_data_revision = ? WHERE criteria_set_id = ?"),
             {legacy.officialId, legacy.dataRevision, legacy.legacyId}},
            {QStringLiteral("UPDATE assessment SET criteria_set_id = ?, criteria_data_revision = ? WHERE criteria_set_id = ?"),
             {legacy.officialId, legacy.dataRevision, legacy.legacyId}},
            {QStringLiteral("DELETE FROM criteria_revision WHERE set_id = ?"), {legacy.legacyId}},
            {QStringLiteral("DELETE FROM criteria_set WHERE id = ?"), {legacy.legacyId}},
        };
        for (const auto &[sql, values] : statements) {
            QSqlQuery q(db());
            if (!q.prepare(sql) || !execWith(q, values)) {
                setError(error, tr("Cannot upgrade %1 to format %2: %3").arg(m_path).arg(8).arg(q.lastError().text()));
                return false;
            }
        }
    }
    return true;
}

namespace {

// A data revision may reword, add points or add items; it may not take away an item that holds
// an answer or move it between product and vendor scope (that is another official version:
// carry the declaration over instead).
bool checkKeepsAnswers(const CriteriaSet &from, const CriteriaSet &to, const QList<Assessment> &answers, QString *error)
{
    for (const Assessment &a : answers) {
        const CriteriaItem *was = from.item(a.itemId);
        const CriteriaItem *now = to.item(a.itemId);
        if (a.id < 0 || !was)
            continue;
        if (!now) {
            setError(error, Workspace::tr("Data revision %1 of %2 removes the item %3, which holds an answer; carry the "
                                          "declaration over to a new declaration instead.")
                                .arg(to.dataRevision).arg(to.id, a.itemId));
            return false;
        }
        if (now->scope != was->scope) {
            setError(error, Workspace::tr("Data revision %1 of %2 moves the item %3, which holds an answer, between product "
                                          "and vendor scope; carry the declaration over to a new declaration instead.")
                                .arg(to.dataRevision).arg(to.id, a.itemId));
            return false;
        }
    }
    return true;
}

} // namespace

bool Workspace::updateCriteriaData(qint64 declarationId, int toDataRevision, PointAnswerChanges *changes,
                                   QString *error)
{
    if (!ensureWritable(error))
        return false;
    const std::optional<Declaration> d = declaration(declarationId);
    const CriteriaSet *current = d ? storedCriteriaFor(declarationId) : nullptr;
    if (!d || !current) {
        setError(error, tr("There is no declaration with the id %1.").arg(declarationId));
        return false;
    }
    if (toDataRevision == d->criteriaDataRevision) {
        setError(error, tr("Declaration %1 already uses data revision %2 of %3.")
                            .arg(declarationId).arg(toDataRevision).arg(d->criteriaSetId));
        return false;
    }
    const CriteriaSet *known = m_stored.find(d->criteriaSetId, toDataRevision);
    if (!known)
        known = m_criteria.find(d->criteriaSetId, toDataRevision);
    if (!known) {
        QStringList revisions;
        for (int r : m_criteria.dataRevisions(d->criteriaSetId))
            revisions << QString::number(r);
        setError(error, tr("There is no data revision %1 of %2 (known: %3).")
                            .arg(toDataRevision).arg(d->criteriaSetId, revisions.join(QLatin1String(", "))));
        return false;
    }
    const CriteriaSet target = *known; // storing may move the registry's sets
    const int fromRevision = d->criteriaDataRevision;
    if (!checkKeepsAnswers(*current, target, assessments(declarationId), error))
        return false;
    Transaction transaction(db(), m_transactionDepth);
    const CriteriaSet before = *criteriaFor(declarationId);
    if (!storeCriteriaSet(target, error) || !moveVendorAnswers(*d, toDataRevision, error))
        return false;
    SqlQuery declarationRow(db(), QStringLiteral("UPDATE declaration SET criteria_data_revision = ?,"
                                                 " row_version = row_version + 1 WHERE id = ?"));
    SqlQuery productRows(db(), QStringLiteral("UPDATE assessment SET criteria_data_revision = ? WHERE declaration_id = ?"));
    if (!declarationRow.exec({toDataRevision, declarationId}) || !productRows.exec({toDataRevision, declarationId})) {
        setError(error, tr("Cannot change the data revision: %1")
                            .arg(declarationRow.errorText().isEmpty() ? productRows.errorText() : declarationRow.errorText()));
        return false;
    }
    const CriteriaSet after = *criteriaFor(declarationId);
    PointAnswerChanges moves;
    if (!movePointAnswers(declarationId, before, after, &moves, error))
        return false;
    record(declarationId, -1, QString(), QStringLiteral("criteria-data-revision"),
           tr("Criteria data of %1 updated from Hoshi data revision %2 to %3; answers kept (%4 point answer(s) moved, "
              "%5 without a matching point)")
               .arg(d->criteriaSetId).arg(fromRevision).arg(toDataRevision)
               .arg(moves.moved.size()).arg(moves.unmatched.size()));
    if (!commitChange(transaction, error))
        return false;
    if (changes)
        *changes = moves;
    return true;
}

bool Workspace::moveVendorAnswers(const Declaration &d, int toDataRevision, QString *error)
{
    // Vendor-scope answers are shared per organisation, set and data revision: the new revision
    // gets the organisation's answers (with their evidence and point answers) unless another of
    // its declarations moved first. Moved when no other declaration still uses the old revision,
    // copied otherwise.
    const std::optional<Product> p = product(d.productId);
    SqlQuery others(db(), QStringLiteral("SELECT COUNT(*) FROM declaration x JOIN product y ON y.id = x.product_id"
                                         " WHERE y.organisation_id = ? AND x.criteria_set_id = ?"
                                         " AND x.criteria_data_revision = ? AND x.id <> ?"));
    if (!p || !others.exec({p->organisationId, d.criteriaSetId, d.criteriaDataRevision, d.id}) || !others.next()) {
        setError(error, tr("Cannot read the vendor-scope answers: %1").arg(others.errorText()));
        return false;
    }
    const bool shared = others.integer(0) > 0;
    QList<std::pair<qint64, QString>> rows;
    SqlQuery vendor(db(), QStringLiteral("SELECT a.id, a.item_id FROM assessment a WHERE a.organisation_id = ?"
                                         " AND a.criteria_set_id = ? AND a.criteria_data_revision = ?"
                                         " AND NOT EXISTS (SELECT 1 FROM assessment b WHERE b.organisation_id = a.organisation_id"
                                         " AND b.criteria_set_id = a.criteria_set_id AND b.criteria_data_revision = ?"
                                         " AND b.item_id = a.item_id)"));
    if (vendor.exec({p->organisationId, d.criteriaSetId, d.criteriaDataRevision, toDataRevision})) {
        while (vendor.next())
            rows.append({vendor.integer(0), vendor.text(1)});
    }
    for (const auto &[id, itemId] : rows) {
        if (!shared) {
            SqlQuery move(db(), QStringLiteral("UPDATE assessment SET criteria_data_revision = ? WHERE id = ?"));
            if (!move.exec({toDataRevision, id})) {
                setError(error, tr("Cannot move the answer of %1: %2").arg(itemId, move.errorText()));
                return false;
            }
            continue;
        }
        SqlQuery copy(db(), QStringLiteral("INSERT INTO assessment(organisation_id, criteria_set_id, criteria_data_revision,"
                                           " item_id, verdict, justification, notes, updated_at, row_version)"
                                           " SELECT organisation_id, criteria_set_id, CAST(? AS BIGINT), item_id, verdict,"
                                           " justification, notes, updated_at, 1 FROM assessment WHERE id = ? RETURNING id"));
        if (!copy.exec({toDataRevision, id})) {
            setError(error, tr("Cannot copy the answer of %1: %2").arg(itemId, copy.errorText()));
            return false;
        }
        const qint64 newId = copy.insertedId();
        SqlQuery links(db(), QStringLiteral("INSERT INTO evidence_link(evidence_id, assessment_id)"
                                            " SELECT evidence_id, CAST(? AS BIGINT) FROM evidence_link WHERE assessment_id = ?"));
        SqlQuery choices(db(), QStringLiteral("INSERT INTO point_choice(assessment_id, point_id)"
                                              " SELECT CAST(? AS BIGINT), point_id FROM point_choice WHERE assessment_id = ?"));
        SqlQuery pointLinks(db(), QStringLiteral("INSERT INTO point_link(evidence_id, assessment_id, point_id)"
                                                 " SELECT evidence_id, CAST(? AS BIGINT), point_id FROM point_link"
                                                 " WHERE assessment_id = ?"));
        if (newId < 0 || !links.exec({newId, id}) || !choices.exec({newId, id}) || !pointLinks.exec({newId, id})) {
            setError(error, tr("Cannot copy the answer of %1: %2").arg(itemId, links.errorText() + choices.errorText()
                                                                             + pointLinks.errorText()));
            return false;
        }
    }
    return true;
}

} // namespace hoshi
