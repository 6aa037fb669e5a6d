// SPDX-License-Identifier: Apache-2.0
// Assessments (verdicts per item) and the evidence records that back them.
#include "workspace.h"

#include "backend.h"
#include "sqlquery.h"
#include "transaction.h"
#include "evidencerows.h"
#include "workspaceutil.h"
#include "util/accountname.h"
#include "util/displaydate.h"

#include <QCoreApplication>
#include <QSqlError>

namespace hoshi {

using namespace detail;
using namespace evidencerows;

namespace {

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QList<QVariant> evidenceValues(const Evidence &e)
{
    QList<QVariant> values{evidenceKindKey(e.kind), isoDate(e.testedOn), isoDate(e.effectiveOn), isoDate(e.reviewBy),
                           e.supersededBy > 0 ? QVariant(e.supersededBy) : QVariant(QMetaType(QMetaType::LongLong))};
    for (const EvidenceText &f : evidenceText)
        values << (e.*f.member).trimmed();
    return values;
}

// The assessment rows that belong to a declaration: its own product-scope rows, and the
// organisation's vendor-scope rows for the same criteria set.
// The columns are assessmentColumns (evidencerows.h), which SnapshotReader reads too.
const QString declarationAssessments =
    QStringLiteral("SELECT %1 FROM assessment a, declaration d JOIN product p ON p.id = d.product_id WHERE d.id = ? AND"
                   " (a.declaration_id = d.id OR (a.organisation_id = p.organisation_id AND a.criteria_set_id = d.criteria_set_id"
                   "  AND a.criteria_data_revision = d.criteria_data_revision))")
        .arg(QLatin1String(assessmentColumns));

// The id of the row holding a declaration's answer to one item (its own, or the
// organisation's for a vendor-scope item); -1 when there is none yet.
qint64 existingAssessmentRow(const QSqlDatabase &db, qint64 declarationId, const QString &itemId)
{
    SqlQuery q(db, QStringLiteral(
        "SELECT a.id FROM assessment a, declaration d JOIN product p ON p.id = d.product_id WHERE d.id = ? AND a.item_id = ?"
        " AND (a.declaration_id = d.id OR (a.organisation_id = p.organisation_id AND a.criteria_set_id = d.criteria_set_id"
        "  AND a.criteria_data_revision = d.criteria_data_revision))"));
    return q.exec({declarationId, itemId}) && q.next() ? q.integer(0) : -1;
}

// A declaration's stored answer to one item (its own row, or the organisation's for a
// vendor-scope item), found and locked until the transaction ends on a server in one
// statement (on a file the write transaction already excludes other writers). nullopt with
// *failure empty when the item has no row yet. *organisationId: the declaration's organisation.
std::optional<Assessment> lockedAnswer(const QSqlDatabase &db, qint64 declarationId, const QString &itemId, bool server,
                                       qint64 *organisationId, QString *failure)
{
    SqlQuery q(db, QStringLiteral(
        "SELECT a.id, a.verdict, a.justification, a.notes, a.updated_at, a.organisation_id IS NOT NULL, a.row_version,"
        " p.organisation_id FROM assessment a, declaration d JOIN product p ON p.id = d.product_id"
        " WHERE d.id = ? AND a.item_id = ?"
        " AND (a.declaration_id = d.id OR (a.organisation_id = p.organisation_id AND a.criteria_set_id = d.criteria_set_id"
        "  AND a.criteria_data_revision = d.criteria_data_revision))%1")
                       .arg(server ? QStringLiteral(" FOR UPDATE OF a") : QString()));
    failure->clear();
    if (!q.exec({declarationId, itemId}) || !q.next()) {
        *failure = q.errorText().trimmed();
        return std::nullopt;
    }
    Assessment a;
    a.id = q.integer(0);
    a.itemId = itemId;
    a.verdict = verdictFromKey(q.text(1)).value_or(Verdict::NotAssessed);
    a.justification = q.text(2);
    a.notes = q.text(3);
    a.updatedAt = QDateTime::fromString(q.text(4), Qt::ISODateWithMs);
    a.vendorScope = q.value(5).toBool();
    a.rowVersion = q.integer(6);
    *organisationId = q.integer(7);
    return a;
}

// The new answer and its history entries (action, summary) in one statement on a server:
// a data-modifying WITH, so that an edit is BEGIN, the locked read, this and COMMIT, four
// round trips. `who` is the history entry's at, actor, account, declaration and organisation
// (or NULL) and item. Without entries, the plain UPDATE.
bool updateWithHistory(const QSqlDatabase &db, const QList<QVariant> &answer, const QList<QVariant> &who,
                       const QList<std::pair<QString, QString>> &entries, QString *failure)
{
    static const QString update = QStringLiteral(
        "UPDATE assessment SET verdict = ?, justification = ?, notes = ?, updated_at = ?, row_version = row_version + 1"
        " WHERE id = ?");
    QString sql = update;
    QList<QVariant> values = answer;
    if (!entries.isEmpty()) {
        QStringList rows;
        for (qsizetype i = 0; i < entries.size(); ++i)
            rows << QStringLiteral("(?::text, ?::text)");
        sql = QStringLiteral("WITH changed AS (%1 RETURNING id) INSERT INTO history(at, actor, account, declaration_id,"
                             " organisation_id, item_id, action, summary)"
                             " SELECT ?::text, ?::text, ?::text, ?::bigint, ?::bigint, ?::text, e.action, e.summary"
                             " FROM changed, (VALUES %2) AS e(action, summary)")
                  .arg(update, rows.join(QStringLiteral(", ")));
        values << who;
        for (const auto &[action, summary] : entries)
            values << action << summary;
    }
    SqlQuery q(db, sql);
    if (q.execList(values))
        return true;
    *failure = q.errorText();
    return false;
}

// A new, empty row for a declaration's answer to `item` (the organisation's row for a
// vendor-scope item). Version 0 until its first update; another writer may insert the same row
// at the same moment (on a server), and then both use that one.
bool insertAnswerRow(const QSqlDatabase &db, const CriteriaItem &item, qint64 declarationId, QString *failure)
{
    SqlQuery q(db, item.scope == ItemScope::Vendor
                       ? QStringLiteral("INSERT INTO assessment(organisation_id, criteria_set_id, criteria_data_revision,"
                                        " item_id, updated_at, row_version)"
                                        " SELECT p.organisation_id, d.criteria_set_id, d.criteria_data_revision, ?, ?, 0"
                                        " FROM declaration d JOIN product p ON p.id = d.product_id WHERE d.id = ?"
                                        " ON CONFLICT DO NOTHING")
                       : QStringLiteral("INSERT INTO assessment(declaration_id, criteria_set_id, criteria_data_revision,"
                                        " item_id, updated_at, row_version)"
                                        " SELECT d.id, d.criteria_set_id, d.criteria_data_revision, ?, ?, 0"
                                        " FROM declaration d WHERE d.id = ? ON CONFLICT DO NOTHING"));
    if (q.exec({item.id, nowUtc(), declarationId}))
        return true;
    *failure = q.errorText();
    return false;
}

} // namespace

QList<Assessment> Workspace::assessments(qint64 declarationId) const
{
    QList<Assessment> list;
    const CriteriaSet *set = criteriaFor(declarationId);
    if (!set)
        return list;
    QHash<QString, Assessment> stored;
    SqlQuery q(db(), declarationAssessments);
    if (q.exec({declarationId})) {
        while (q.next()) {
            const Assessment a = assessmentFrom(q);
            stored.insert(a.itemId, a);
        }
    }
    for (const CriteriaItem &item : set->items) {
        Assessment a = stored.value(item.id);
        a.itemId = item.id;
        a.vendorScope = item.scope == ItemScope::Vendor;
        list << a;
    }
    return list;
}

Assessment Workspace::assessment(qint64 declarationId, const QString &itemId) const
{
    for (const Assessment &a : assessments(declarationId)) {
        if (a.itemId == itemId)
            return a;
    }
    // Not answered yet (or not readable now): an empty answer that still names its item, so an
    // edit built on it writes to that item.
    Assessment none;
    none.itemId = itemId;
    return none;
}

qint64 Workspace::ensureAssessmentRow(qint64 declarationId, const QString &itemId, QString *error)
{
    const CriteriaSet *set = criteriaFor(declarationId);
    const CriteriaItem *item = set ? set->item(itemId) : nullptr;
    if (!item) {
        setError(error, set ? tr("%1 is not an item of %2.").arg(itemId, set->id)
                            : tr("There is no declaration with the id %1.").arg(declarationId));
        return -1;
    }
    const qint64 existing = existingAssessmentRow(db(), declarationId, itemId);
    if (existing > 0)
        return existing;
    QString failure;
    const qint64 id = insertAnswerRow(db(), *item, declarationId, &failure) ? existingAssessmentRow(db(), declarationId, itemId)
                                                                           : -1;
    if (id <= 0)
        setError(error, tr("Cannot record the assessment of %1: %2").arg(itemId, failure));
    return id > 0 ? id : -1;
}

bool Workspace::setAssessment(qint64 declarationId, const QString &itemId, Verdict verdict,
                              const QString &justification, const QString &notes, QString *error)
{
    return setAssessmentIfUnchanged(declarationId, itemId, -1, verdict, justification, notes, error);
}

bool Workspace::setAssessmentIfUnchanged(qint64 declarationId, const QString &itemId, qint64 expectedVersion,
                                         Verdict verdict, const QString &justification, const QString &notes,
                                         QString *error, bool *conflict)
{
    if (conflict)
        *conflict = false;
    if (!ensureWritable(error))
        return false;
    Transaction transaction(db(), m_transactionDepth);
    // Holds the row until commit, so the version read here is the one this update replaces.
    // A row exists once its item was checked against the declaration's criteria; only the
    // first answer to an item creates (and checks) it.
    const bool server = m_backend->isServer();
    qint64 organisationId = -1;
    QString failure;
    std::optional<Assessment> stored = lockedAnswer(db(), declarationId, itemId, server, &organisationId, &failure);
    if (!stored && failure.isEmpty()) {
        const CriteriaSet *set = criteriaFor(declarationId);
        const CriteriaItem *item = set ? set->item(itemId) : nullptr;
        if (!item) {
            setError(error, set ? tr("%1 is not an item of %2.").arg(itemId, set->id)
                                : tr("There is no declaration with the id %1.").arg(declarationId));
            return false;
        }
        if (insertAnswerRow(db(), *item, declarationId, &failure))
            stored = lockedAnswer(db(), declarationId, itemId, server, &organisationId, &failure);
    }
    if (!stored) {
        setError(error, tr("Cannot save: %1").arg(failure));
        return false;
    }
    const Assessment &before = *stored;
    if (expectedVersion >= 0 && before.rowVersion != expectedVersion) {
        if (conflict)
            *conflict = true;
        setError(error, describeAssessmentConflict(declarationId, before, expectedVersion));
        return false;
    }
    QList<std::pair<QString, QString>> entries; // action, summary
    if (before.verdict != verdict)
        entries.append({QStringLiteral("verdict"), tr("Verdict: %1 → %2").arg(verdictName(before.verdict), verdictName(verdict))});
    if (before.justification != justification.trimmed())
        entries.append({QStringLiteral("justification"), tr("Justification: %1").arg(justification.trimmed())});
    if (before.notes != notes.trimmed())
        entries.append({QStringLiteral("notes"), tr("Notes: %1").arg(notes.trimmed())});
    // Vendor-scope answers are recorded against the organisation.
    const qint64 historyDeclaration = before.vendorScope ? -1 : declarationId;
    const qint64 historyOrganisation = before.vendorScope ? organisationId : -1;
    const QString at = nowUtc();
    const QList<QVariant> answer{verdictKey(verdict), justification.trimmed(), notes.trimmed(), at, before.id};
    if (server) {
        const QVariant none; // SQL NULL
        const QList<QVariant> who{at, m_actor, AccountName::osAccount(),
                                  historyDeclaration > 0 ? QVariant(historyDeclaration) : none,
                                  historyOrganisation > 0 ? QVariant(historyOrganisation) : none, itemId};
        if (!updateWithHistory(db(), answer, who, entries, &failure)) {
            setError(error, tr("Cannot record the assessment of %1: %2").arg(itemId, failure));
            return false;
        }
    } else {
        if (!updateWithHistory(db(), answer, {}, {}, &failure)) {
            setError(error, tr("Cannot record the assessment of %1: %2").arg(itemId, failure));
            return false;
        }
        for (const auto &[action, summary] : std::as_const(entries))
            record(historyDeclaration, historyOrganisation, itemId, action, summary);
    }
    return commitChange(transaction, error);
}

bool Workspace::lockRow(const QString &table, qint64 id, QString *error)
{
    if (!m_backend->isServer())
        return true;
    SqlQuery q(db(), QStringLiteral("SELECT 1 FROM %1 WHERE id = ? FOR UPDATE").arg(table));
    if (q.exec({id}))
        return true;
    setError(error, tr("Cannot save: %1").arg(q.errorText()));
    return false;
}

QString Workspace::describeAssessmentConflict(qint64 declarationId, const Assessment &now, qint64 expectedVersion) const
{
    // Who changed it last: the newest history entry of the item only (an item edited many
    // times has a long history, and a busy item conflicts often).
    SqlQuery q(db(), QStringLiteral(
        "SELECT h.actor, h.at FROM history h"
        " WHERE (h.declaration_id = ? OR (h.declaration_id IS NULL AND h.organisation_id ="
        "  (SELECT p.organisation_id FROM declaration d JOIN product p ON p.id = d.product_id WHERE d.id = ?)))"
        " AND h.item_id = ? ORDER BY h.id DESC LIMIT 1"));
    const bool found = q.exec({declarationId, declarationId, now.itemId}) && q.next();
    const QString who = found ? q.text(0) : tr("someone");
    const QString when = found ? DisplayDate::dateTime(QDateTime::fromString(q.text(1), Qt::ISODateWithMs))
                               : QString();
    return tr("%1 was changed by %2 at %3 since you read it (version %4, now %5). Nothing was saved; it now "
              "reads: verdict %6; justification \"%7\"; notes \"%8\".")
        .arg(now.itemId, who, when)
        .arg(expectedVersion)
        .arg(now.rowVersion)
        .arg(verdictName(now.verdict), now.justification, now.notes);
}

// ---- evidence ----

std::optional<Evidence> Workspace::evidence(qint64 id) const
{
    // A kept statement (sqlquery.h): one round trip on a server, where a bare QSqlQuery took three.
    SqlQuery q(db(), QStringLiteral("SELECT id, organisation_id, updated_at, %1 FROM evidence WHERE id = ?").arg(evidenceColumns()));
    if (!q.exec({id}) || !q.next())
        return std::nullopt;
    Evidence e = evidenceFrom(q);
    e.files = filesOf(e.id);
    return e;
}

QList<Evidence> Workspace::evidenceOfDeclaration(qint64 declarationId) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("WITH a AS (%1) SELECT e.id, e.organisation_id, e.updated_at, %2, a.item_id"
                             " FROM a JOIN evidence_link l ON l.assessment_id = a.id JOIN evidence e ON e.id = l.evidence_id"
                             " ORDER BY e.id, a.item_id")
                  .arg(declarationAssessments, evidenceColumns()));
    q.addBindValue(declarationId);
    QList<Evidence> list;
    if (!q.exec())
        return list;
    // id, organisation_id, updated_at, the evidence columns, then a.item_id
    const int itemColumn = evidenceColumnCount; // after the evidence columns
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!list.isEmpty() && list.last().id == id) {
            list.last().itemIds << q.value(itemColumn).toString();
            continue;
        }
        Evidence e = evidenceFrom(q);
        e.itemIds << q.value(itemColumn).toString();
        list << e;
    }
    for (Evidence &e : list)
        e.files = filesOf(e.id);
    return list;
}

QList<Evidence> Workspace::evidenceFor(qint64 declarationId, const QString &itemId) const
{
    QList<Evidence> list;
    for (const Evidence &e : evidenceOfDeclaration(declarationId)) {
        if (e.itemIds.contains(itemId))
            list << e;
    }
    return list;
}

qint64 Workspace::addEvidence(qint64 declarationId, const QStringList &itemIds, const Evidence &e, QString *error)
{
    if (!ensureWritable(error))
        return -1;
    const std::optional<Declaration> d = declaration(declarationId);
    if (!d) {
        setError(error, tr("There is no declaration with the id %1.").arg(declarationId));
        return -1;
    }
    if (itemIds.isEmpty()) {
        setError(error, tr("Evidence must back at least one item."));
        return -1;
    }
    if (QString problem; !ShelfLife::checkDates(e, &problem)) {
        setError(error, problem);
        return -1;
    }
    const qint64 organisationId = product(d->productId)->organisationId;
    Transaction transaction(db(), m_transactionDepth);
    QSqlQuery q(db());
    const QString now = nowUtc();
    const QList<QVariant> values = QList<QVariant>{organisationId, now, now} + evidenceValues(e);
    q.prepare(QStringLiteral("INSERT INTO evidence(organisation_id, created_at, updated_at, %1)"
                             " VALUES (?%2) RETURNING id")
                  .arg(evidenceColumns(), QStringLiteral(", ?").repeated(int(values.size()) - 1)));
    if (!execWith(q, values)) {
        setError(error, tr("Cannot add the evidence: %1").arg(q.lastError().text()));
        return -1;
    }
    const qint64 id = q.next() ? q.value(0).toLongLong() : -1;
    q.finish();
    for (const QString &itemId : itemIds) {
        const qint64 assessmentId = ensureAssessmentRow(declarationId, itemId, error);
        SqlQuery link(db(), QStringLiteral("INSERT INTO evidence_link(evidence_id, assessment_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
        if (assessmentId < 0 || !link.exec({id, assessmentId})) {
            if (assessmentId >= 0)
                setError(error, tr("Cannot link the evidence to %1: %2").arg(itemId, link.errorText()));
            return -1;
        }
        record(declarationId, -1, itemId, QStringLiteral("evidence-added"),
               tr("%1 evidence added: %2").arg(evidenceKindName(e.kind), e.reference()));
    }
    if (!commitChange(transaction, error))
        return -1;
    return id;
}

bool Workspace::updateEvidence(const Evidence &e, QString *error)
{
    if (!ensureWritable(error))
        return false;
    if (QString problem; !ShelfLife::checkDates(e, &problem)) {
        setError(error, problem);
        return false;
    }
    QStringList assignments;
    for (const QString &column : evidenceColumns().split(QLatin1String(", ")))
        assignments << column + QStringLiteral(" = ?");
    Transaction transaction(db(), m_transactionDepth);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE evidence SET %1, updated_at = ?, row_version = row_version + 1 WHERE id = ?").arg(assignments.join(QLatin1String(", "))));
    if (!execWith(q, evidenceValues(e) + QList<QVariant>{nowUtc(), e.id}) || q.numRowsAffected() != 1) {
        setError(error, tr("Cannot update the evidence: %1").arg(q.lastError().text()));
        return false;
    }
    recordForEvidence(e.id, QStringLiteral("evidence-edited"), tr("Evidence edited: %1").arg(e.reference()));
    if (!commitChange(transaction, error))
        return false;
    return true;
}

bool Workspace::linkEvidence(qint64 evidenceId, qint64 declarationId, const QString &itemId, QString *error)
{
    if (!ensureWritable(error))
        return false;
    const std::optional<Evidence> e = evidence(evidenceId);
    if (!e) {
        setError(error, tr("There is no evidence with the id %1.").arg(evidenceId));
        return false;
    }
    Transaction transaction(db(), m_transactionDepth);
    const qint64 assessmentId = ensureAssessmentRow(declarationId, itemId, error);
    if (assessmentId < 0)
        return false;
    SqlQuery q(db(), QStringLiteral("INSERT INTO evidence_link(evidence_id, assessment_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    if (!q.exec({evidenceId, assessmentId})) {
        setError(error, tr("Cannot link the evidence to %1: %2").arg(itemId, q.errorText()));
        return false;
    }
    record(declarationId, -1, itemId, QStringLiteral("evidence-linked"), tr("Evidence linked: %1").arg(e->reference()));
    if (!commitChange(transaction, error))
        return false;
    return true;
}

bool Workspace::unlinkEvidence(qint64 evidenceId, qint64 declarationId, const QString &itemId, QString *error)
{
    if (!ensureWritable(error))
        return false;
    const Assessment a = assessment(declarationId, itemId);
    Transaction transaction(db(), m_transactionDepth);
    SqlQuery q(db(), QStringLiteral("DELETE FROM evidence_link WHERE evidence_id = ? AND assessment_id = ?"));
    if (!q.exec({evidenceId, a.id}) || q.rowsAffected() != 1) {
        setError(error, tr("That evidence does not back %1.").arg(itemId));
        return false;
    }
    record(declarationId, -1, itemId, QStringLiteral("evidence-unlinked"), tr("Evidence %1 unlinked").arg(evidenceId));
    if (!commitChange(transaction, error))
        return false;
    return true;
}

bool Workspace::removeEvidence(qint64 evidenceId, QString *error)
{
    if (!ensureWritable(error))
        return false;
    const std::optional<Evidence> e = evidence(evidenceId);
    if (!e) {
        setError(error, tr("There is no evidence with the id %1.").arg(evidenceId));
        return false;
    }
    Transaction transaction(db(), m_transactionDepth);
    recordForEvidence(evidenceId, QStringLiteral("evidence-removed"), tr("Evidence removed: %1").arg(e->reference()));
    for (const EvidenceFile &f : e->files) {
        if (!removeFile(f.id, error))
            return false;
    }
    SqlQuery q(db(), QStringLiteral("DELETE FROM evidence WHERE id = ?"));
    if (!q.exec({evidenceId})) {
        setError(error, tr("Cannot remove the evidence: %1").arg(q.errorText()));
        return false;
    }
    if (!commitChange(transaction, error))
        return false;
    return true;
}

} // namespace hoshi

namespace hoshi {

qint64 Workspace::carryOverDeclaration(qint64 fromDeclarationId, const QString &toCriteriaSetId, QStringList *review,
                                       QString *error)
{
    if (!ensureWritable(error))
        return -1;
    const std::optional<Declaration> from = declaration(fromDeclarationId);
    const CriteriaSet *storedOldSet = from ? criteriaFor(fromDeclarationId) : nullptr;
    if (!from || !storedOldSet) {
        setError(error, tr("There is no declaration with the id %1.").arg(fromDeclarationId));
        return -1;
    }
    // A copy: adding the new declaration stores its set, which may move the stored sets.
    const CriteriaSet oldSetCopy = *storedOldSet;
    const CriteriaSet *oldSet = &oldSetCopy;
    Transaction transaction(db(), m_transactionDepth);
    const qint64 to = addDeclaration(from->productId, toCriteriaSetId, from->route, error);
    if (to < 0)
        return -1;
    const CriteriaSet *newSet = criteriaFor(to); // stable until the next set is stored
    const QList<Assessment> oldAnswers = assessments(fromDeclarationId);
    const QList<Evidence> oldEvidence = evidenceOfDeclaration(fromDeclarationId);
    QStringList changed;
    for (const CriteriaItem &item : newSet->items) {
        const CriteriaItem *old = oldSet->item(item.id);
        // Matched on the official identity: Hoshi rewording its summary of a criterion between
        // data files does not make it another criterion.
        if (!old || old->identityHash != item.identityHash || old->scope != item.scope) {
            changed << item.id; // new, or its methods, N/A rule or official text changed: judge again
            continue;
        }
        const Assessment answer = oldAnswers.value(oldSet->indexOf(item.id));
        // Vendor-scope answers of the new set may already exist (another product moved first).
        if (answer.id > 0 && assessment(to, item.id).id < 0
            && !setAssessment(to, item.id, answer.verdict, answer.justification, answer.notes, error))
            return -1;
        for (const Evidence &e : oldEvidence) {
            if (e.itemIds.contains(item.id) && !linkEvidence(e.id, to, item.id, error))
                return -1;
        }
        if (!copyPointData(fromDeclarationId, to, item.id, error))
            return -1;
    }
    record(to, -1, QString(), QStringLiteral("declaration-carried-over"),
           tr("Carried over from declaration %1 (%2); to review: %3")
               .arg(fromDeclarationId).arg(oldSet->id, changed.isEmpty() ? tr("nothing") : changed.join(QLatin1String(", "))));
    if (!commitChange(transaction, error))
        return -1;
    if (review)
        *review = changed;
    return to;
}

} // namespace hoshi
