// SPDX-License-Identifier: Apache-2.0
// Review: comment threads per item and the sign-off states of a declaration.
#include "workspace.h"

#include "baseline/changedetector.h"
#include "baseline/declarationfingerprint.h"
#include "evidencerows.h"
#include "snapshotreader.h"
#include "sqlquery.h"
#include "transaction.h"
#include "workspaceutil.h"
#include "util/accountname.h"

#include <QCoreApplication>
#include <QSet>

namespace hoshi {

using namespace detail;
using namespace evidencerows;

namespace {

const char commentColumns[] = "id, declaration_id, item_id, author, created_at, text, resolved_by, resolved_at,"
                              " origin, finding_status, account";
const QString requireApprovalKey = QStringLiteral("require-approval");

QDateTime stamp(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

ReviewComment commentFrom(const SqlQuery &q)
{
    ReviewComment c;
    c.id = q.integer(0);
    c.declarationId = q.integer(1);
    c.itemId = q.text(2);
    c.author = q.text(3);
    c.createdAt = stamp(q.text(4));
    c.text = q.text(5);
    c.resolvedBy = q.text(6);
    c.resolvedAt = stamp(q.text(7));
    c.resolved = !c.resolvedBy.isEmpty();
    c.origin = q.text(8);
    c.findingStatus = q.text(9);
    c.account = q.text(10);
    return c;
}

// Review steps and settings are about the declaration, not changes of it.
bool isContentChange(const QString &action)
{
    return !action.startsWith(QLatin1String("review-")) && !action.startsWith(QLatin1String("baseline"))
           && action != QLatin1String("setting");
}

const QStringList findingStatuses{QString(), QStringLiteral("accepted"), QStringLiteral("question"),
                                  QStringLiteral("more-evidence")};

} // namespace

qint64 Workspace::recordAs(const QString &actor, qint64 declarationId, const QString &itemId, const QString &action,
                           const QString &summary, QString *error)
{
    SqlQuery q(db(), QStringLiteral("INSERT INTO history(at, actor, account, declaration_id, item_id, action, summary)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    if (!q.exec({nowUtc(), actor, AccountName::osAccount(), declarationId > 0 ? QVariant(declarationId) : QVariant(),
                 itemId, action, summary})) {
        setError(error, tr("Cannot record the history: %1").arg(q.errorText()));
        return -1;
    }
    return q.insertedId();
}

// ---- comments ----

qint64 Workspace::addComment(qint64 declarationId, const QString &itemId, const QString &author, const QString &text,
                             QString *error)
{
    ReviewComment c;
    c.declarationId = declarationId;
    c.itemId = itemId;
    c.author = author;
    c.text = text;
    QList<qint64> ids;
    if (!addComments({c}, error, &ids))
        return -1;
    return ids.value(0, -1); // from the insert itself: on a server another user may add one meanwhile
}

bool Workspace::addComments(const QList<ReviewComment> &comments, QString *error, QList<qint64> *ids)
{
    if (!ensureWritable(error))
        return false;
    if (comments.isEmpty()) {
        setError(error, tr("There are no comments to add."));
        return false;
    }
    Transaction transaction(db(), m_transactionDepth);
    QList<qint64> added;
    for (const ReviewComment &c : comments) {
        const CriteriaSet *set = criteriaFor(c.declarationId);
        if (!set) {
            setError(error, tr("There is no declaration with the id %1.").arg(c.declarationId));
            return false;
        }
        if (!c.itemId.isEmpty() && !set->item(c.itemId)) {
            setError(error, tr("%1 is not an item of %2.").arg(c.itemId, set->id));
            return false;
        }
        if (c.author.trimmed().isEmpty() || c.text.trimmed().isEmpty()) {
            setError(error, tr("A comment needs an author and a text."));
            return false;
        }
        if (!findingStatuses.contains(c.findingStatus)) {
            setError(error, tr("\"%1\" is not a finding status (accepted, question, more-evidence).").arg(c.findingStatus));
            return false;
        }
        const QString created = c.createdAt.isValid() ? c.createdAt.toUTC().toString(Qt::ISODateWithMs) : nowUtc();
        // A comment that arrives resolved (an accepted finding) keeps who resolved it and when.
        const QString resolvedBy = c.resolved ? c.resolvedBy.trimmed() : QString();
        const QString resolvedAt = resolvedBy.isEmpty() ? QString()
                                   : c.resolvedAt.isValid() ? c.resolvedAt.toUTC().toString(Qt::ISODateWithMs)
                                                            : created;
        SqlQuery q(db(), QStringLiteral("INSERT INTO review_comment(declaration_id, item_id, author, account, created_at,"
                                        " text, origin, finding_status, resolved_by, resolved_at)"
                                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        if (!q.exec({c.declarationId, c.itemId, c.author.trimmed(), AccountName::osAccount(), created, c.text.trimmed(),
                     c.origin, c.findingStatus, resolvedBy, resolvedAt})) {
            setError(error, tr("Cannot add the comment: %1").arg(q.errorText()));
            return false;
        }
        const qint64 id = q.insertedId();
        added.append(id);
        const QString summary = tr("Comment %1 by %2: %3").arg(id).arg(c.author.trimmed(), c.text.trimmed());
        if (recordAs(c.author.trimmed(), c.declarationId, c.itemId, QStringLiteral("review-comment"), summary, error) < 0)
            return false;
    }
    if (!commitChange(transaction, error))
        return false;
    if (ids)
        *ids = added;
    return true;
}

std::optional<ReviewComment> Workspace::comment(qint64 commentId) const
{
    SqlQuery q(db(), QStringLiteral("SELECT %1 FROM review_comment WHERE id = ?").arg(QLatin1String(commentColumns)));
    if (!q.exec({commentId}) || !q.next())
        return std::nullopt;
    return commentFrom(q);
}

bool Workspace::resolveComment(qint64 commentId, const QString &author, QString *error)
{
    if (!ensureWritable(error))
        return false;
    const std::optional<ReviewComment> c = comment(commentId);
    if (!c) {
        setError(error, tr("There is no comment with the id %1.").arg(commentId));
        return false;
    }
    if (author.trimmed().isEmpty()) {
        setError(error, tr("Resolving a comment needs the name of who resolves it."));
        return false;
    }
    if (c->resolved) {
        setError(error, tr("Comment %1 was already resolved by %2.").arg(commentId).arg(c->resolvedBy));
        return false;
    }
    Transaction transaction(db(), m_transactionDepth);
    SqlQuery q(db(), QStringLiteral("UPDATE review_comment SET resolved_by = ?, resolved_at = ? WHERE id = ?"));
    if (!q.exec({author.trimmed(), nowUtc(), commentId})) {
        setError(error, tr("Cannot resolve the comment: %1").arg(q.errorText()));
        return false;
    }
    if (recordAs(author.trimmed(), c->declarationId, c->itemId, QStringLiteral("review-comment-resolved"),
                 tr("Comment %1 resolved by %2").arg(commentId).arg(author.trimmed()), error) < 0)
        return false;
    return commitChange(transaction, error);
}

QList<ReviewComment> Workspace::comments(qint64 declarationId) const
{
    QList<ReviewComment> list;
    SqlQuery q(db(), QStringLiteral("SELECT %1 FROM review_comment WHERE declaration_id = ? ORDER BY id")
                         .arg(QLatin1String(commentColumns)));
    if (q.exec({declarationId})) {
        while (q.next())
            list << commentFrom(q);
    }
    return list;
}

// ---- sign-off ----

QList<SignOff> Workspace::signOffs(qint64 declarationId) const
{
    QList<SignOff> list;
    SqlQuery q(db(), QStringLiteral("SELECT %1 FROM sign_off WHERE declaration_id = ? ORDER BY id")
                         .arg(QLatin1String(signOffColumns)));
    if (q.exec({declarationId})) {
        while (q.next())
            list << signOffFrom(q);
    }
    return list;
}

ReviewState Workspace::reviewState(qint64 declarationId) const
{
    SqlQuery q(db(), QStringLiteral("SELECT state FROM sign_off WHERE declaration_id = ? ORDER BY id DESC LIMIT 1"));
    if (!q.exec({declarationId}) || !q.next())
        return ReviewState::Draft;
    return reviewStateFromKey(q.text(0)).value_or(ReviewState::Draft);
}

std::optional<SignOff> Workspace::currentApproval(qint64 declarationId) const
{
    SqlQuery q(db(), QStringLiteral("SELECT %1 FROM sign_off WHERE declaration_id = ? ORDER BY id DESC LIMIT 1")
                         .arg(QLatin1String(signOffColumns)));
    if (!q.exec({declarationId}) || !q.next())
        return std::nullopt;
    SignOff s = signOffFrom(q);
    if (s.state != ReviewState::Approved)
        return std::nullopt;
    return s;
}

QStringList Workspace::changersSinceApproval(qint64 declarationId) const
{
    SqlQuery last(db(), QStringLiteral("SELECT coalesce(max(history_id), 0) FROM sign_off"
                                       " WHERE declaration_id = ? AND state = 'approved'"));
    const qint64 since = last.exec({declarationId}) && last.next() ? last.integer(0) : 0;
    QStringList names;
    for (const HistoryEntry &h : history(declarationId)) {
        if (h.id > since && isContentChange(h.action) && !names.contains(h.actor))
            names << h.actor;
    }
    return names;
}

QString Workspace::selfApprovedAccount(qint64 declarationId) const
{
    // The latest approval, the approval before it and the review request between them.
    SqlQuery approvals(db(), QStringLiteral("SELECT account, history_id FROM sign_off WHERE declaration_id = ?"
                                            " AND state = 'approved' ORDER BY id DESC LIMIT 2"));
    if (!approvals.exec({declarationId}) || !approvals.next())
        return {};
    const QString approver = approvals.text(0);
    const qint64 approvedAt = approvals.integer(1);
    const qint64 since = approvals.next() ? approvals.integer(1) : 0;
    if (approver.isEmpty())
        return {};
    SqlQuery request(db(), QStringLiteral("SELECT account FROM sign_off WHERE declaration_id = ? AND state = 'in-review'"
                                          " AND history_id > ? AND history_id < ? ORDER BY id DESC LIMIT 1"));
    if (request.exec({declarationId, since, approvedAt}) && request.next() && request.text(0) == approver)
        return approver;
    SqlQuery changes(db(), QStringLiteral("SELECT action FROM history WHERE declaration_id = ? AND account = ?"
                                          " AND id > ? AND id < ?"));
    if (changes.exec({declarationId, approver, since, approvedAt})) {
        while (changes.next()) {
            if (isContentChange(changes.text(0)))
                return approver;
        }
    }
    return {};
}

bool Workspace::addSignOff(qint64 declarationId, ReviewState state, const QString &author, const QString &reason,
                           const QString &summary, QString *error)
{
    Transaction transaction(db(), m_transactionDepth);
    QString fingerprint;
    if (state == ReviewState::Approved) {
        // What was approved is kept as an Approval baseline (recorded under the approver's
        // name), so "changes since approval" can name every difference later.
        const QString actor = m_actor;
        m_actor = author;
        const qint64 baseline = addBaseline(declarationId, BaselineKind::Approval, QString(), error);
        m_actor = actor;
        const std::optional<Baseline> kept = baseline > 0 ? latestBaseline(declarationId, BaselineKind::Approval)
                                                          : std::nullopt;
        if (!kept)
            return false;
        fingerprint = kept->fingerprint;
    }
    const qint64 historyId = recordAs(author, declarationId, QString(),
                                      QStringLiteral("review-") + reviewStateKey(state), summary, error);
    if (historyId < 0)
        return false;
    SqlQuery q(db(), QStringLiteral("INSERT INTO sign_off(declaration_id, state, author, account, at, reason,"
                                    " fingerprint, history_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q.exec({declarationId, reviewStateKey(state), author, AccountName::osAccount(), nowUtc(), reason, fingerprint,
                 historyId})) {
        setError(error, tr("Cannot record the sign-off: %1").arg(q.errorText()));
        return false;
    }
    return commitChange(transaction, error);
}

bool Workspace::requestReview(qint64 declarationId, const QString &author, QString *error)
{
    if (!ensureWritable(error))
        return false;
    if (!declaration(declarationId)) {
        setError(error, tr("There is no declaration with the id %1.").arg(declarationId));
        return false;
    }
    if (author.trimmed().isEmpty()) {
        setError(error, tr("A review request needs the name of who asks for it."));
        return false;
    }
    if (reviewState(declarationId) == ReviewState::InReview) {
        setError(error, tr("Declaration %1 is already in review.").arg(declarationId));
        return false;
    }
    return addSignOff(declarationId, ReviewState::InReview, author.trimmed(), QString(),
                      tr("Review requested by %1").arg(author.trimmed()), error);
}

bool Workspace::approve(qint64 declarationId, const QString &author, QString *error)
{
    if (!ensureWritable(error))
        return false;
    const std::optional<DeclarationSnapshot> s = snapshot(declarationId, ContentCheck::Skip, error);
    if (!s)
        return false;
    const QString name = author.trimmed();
    if (name.isEmpty()) {
        setError(error, tr("An approval needs the name of the approver."));
        return false;
    }
    const ReviewSummary &review = s->review;
    if (review.state == ReviewState::Draft) {
        setError(error, tr("Declaration %1 is a draft: request a review before approving it.").arg(declarationId));
        return false;
    }
    if (review.approval && !review.approvalStale) {
        setError(error, tr("Declaration %1 is already approved and has not changed since.").arg(declarationId));
        return false;
    }
    if (changersSinceApproval(declarationId).contains(name)) {
        setError(error, tr("%1 changed declaration %2 since its last approval and so cannot approve it; "
                           "someone else must approve.").arg(name).arg(declarationId));
        return false;
    }
    return addSignOff(declarationId, ReviewState::Approved, name, QString(), tr("Approved by %1").arg(name), error);
}

bool Workspace::reject(qint64 declarationId, const QString &author, const QString &reason, QString *error)
{
    if (!ensureWritable(error))
        return false;
    if (!declaration(declarationId)) {
        setError(error, tr("There is no declaration with the id %1.").arg(declarationId));
        return false;
    }
    if (author.trimmed().isEmpty() || reason.trimmed().isEmpty()) {
        setError(error, tr("Requesting changes needs the reviewer's name and a reason."));
        return false;
    }
    const ReviewState state = reviewState(declarationId);
    if (state != ReviewState::InReview && state != ReviewState::Approved) {
        setError(error, tr("Declaration %1 is not in review (it is %2).").arg(declarationId).arg(reviewStateName(state)));
        return false;
    }
    return addSignOff(declarationId, ReviewState::ChangesRequested, author.trimmed(), reason.trimmed(),
                      tr("Changes requested by %1: %2").arg(author.trimmed(), reason.trimmed()), error);
}

QDateTime Workspace::lastChange(qint64 declarationId) const
{
    SqlQuery q(db(), QStringLiteral("SELECT max(at) FROM history WHERE declaration_id = ?"));
    return q.exec({declarationId}) && q.next() ? stamp(q.text(0)) : QDateTime();
}

// ---- settings and the summary the gate reads ----

bool Workspace::requireApproval() const
{
    SqlQuery q(db(), QStringLiteral("SELECT value FROM workspace_setting WHERE key = ?"));
    return q.exec({requireApprovalKey}) && q.next() && q.text(0) == QLatin1String("1");
}

bool Workspace::setRequireApproval(bool on, QString *error)
{
    if (!ensureWritable(error))
        return false;
    Transaction transaction(db(), m_transactionDepth);
    SqlQuery q(db(), QStringLiteral("INSERT INTO workspace_setting(key, value) VALUES (?, ?)"
                                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (!q.exec({requireApprovalKey, on ? QStringLiteral("1") : QStringLiteral("0")})) {
        setError(error, tr("Cannot save the setting: %1").arg(q.errorText()));
        return false;
    }
    if (recordAs(m_actor, -1, QString(), QStringLiteral("setting"),
                 on ? tr("Setting: approval required before export") : tr("Setting: approval not required before export"),
                 error) < 0)
        return false;
    return commitChange(transaction, error);
}

ReviewSummary Workspace::reviewSummary(const DeclarationSnapshot &snapshot) const
{
    const qint64 declarationId = snapshot.declaration.id;
    int totalComments = 0;
    int openComments = 0;
    SqlQuery count(db(), QStringLiteral("SELECT count(*), count(*) FILTER (WHERE resolved_by = '') FROM review_comment"
                                        " WHERE declaration_id = ?"));
    if (count.exec({declarationId}) && count.next()) {
        totalComments = int(count.integer(0));
        openComments = int(count.integer(1));
    }
    return storage::SnapshotReader::summarise(*this, snapshot, signOffs(declarationId), totalComments, openComments,
                                              requireApproval());
}

// What changed since the approval, field by field: the approval baseline against now.
bool Workspace::describeChangesFromBaseline(const DeclarationSnapshot &snapshot, ReviewSummary *review) const
{
    const std::optional<Baseline> approved = latestBaseline(snapshot.declaration.id, BaselineKind::Approval);
    if (!approved || approved->fingerprint != review->approval->fingerprint)
        return false;
    const std::optional<QList<DeclarationChange>> changes =
        ChangeDetector::compare(approved->json, DeclarationFingerprint::declarationJson(snapshot), nullptr);
    if (!changes || changes->isEmpty())
        return false;
    for (const DeclarationChange &c : *changes)
        review->changesSinceApproval << c.describe();
    review->changedItems = ChangeDetector::touchedItems(*changes);
    return true;
}

// Without a baseline of the approved content: the history entries since the approval.
void Workspace::describeChangesFromHistory(qint64 signOffId, qint64 declarationId, ReviewSummary *review) const
{
    SqlQuery since(db(), QStringLiteral("SELECT history_id FROM sign_off WHERE id = ?"));
    const qint64 from = since.exec({signOffId}) && since.next() ? since.integer(0) : 0;
    const QList<HistoryEntry> entries = history(declarationId);
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->id <= from || !isContentChange(it->action))
            continue;
        const QString where = it->itemId.isEmpty() ? tr("declaration") : it->itemId;
        review->changesSinceApproval << tr("%1: %2 (%3)").arg(where, it->summary, it->actor);
        if (!it->itemId.isEmpty() && !review->changedItems.contains(it->itemId))
            review->changedItems << it->itemId;
    }
}

} // namespace hoshi
