// SPDX-License-Identifier: Apache-2.0
#include "syncengine.h"

#include "syncbase.h"
#include "syncmerge.h"
#include "syncwrite.h"

#include "storage/readtransaction.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"
#include "storage/workspacecopy.h"

#include <QSqlError>

#include <optional>

namespace hoshi::sync {

using storage::WorkspaceCopy;

namespace {

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace

struct SyncEngine::Private {
    struct End {
        Workspace *workspace = nullptr;
        QSqlDatabase db;
        int *depth = nullptr;
        detail::SideData data;
        detail::PeerState peer; // what this side remembers of the other
    };
    End a;
    End b;
    detail::MergeOutcome outcome;
    const detail::PeerState *base = nullptr;

    [[nodiscard]] bool load(End &end, const QString &peerId, QString *error);
    [[nodiscard]] bool prepare(const SyncOptions &options, SyncPlan *plan, QString *error);
    void keepOneWay(Side written, SyncPlan *plan);
    [[nodiscard]] bool write(End &to, End &from, const QList<detail::Op> &ops, const SyncOptions &options,
                             detail::WriteOutcome *written, QString *error);
    [[nodiscard]] bool remember(End &end, const End &other, const detail::WriteOutcome &written, qint64 generation,
                                QString *error);
};

SyncEngine::SyncEngine(Workspace &a, Workspace &b) : d(std::make_unique<Private>())
{
    d->a.workspace = &a;
    d->b.workspace = &b;
    for (Private::End *end : {&d->a, &d->b}) {
        const WorkspaceCopy::Connection connection = WorkspaceCopy::connectionOf(*end->workspace);
        end->db = connection.db;
        end->depth = connection.transactionDepth;
    }
}

SyncEngine::~SyncEngine() = default;

bool SyncEngine::Private::load(End &end, const QString &peerId, QString *error)
{
    QString problem;
    if (detail::loadSide(end.db, &end.data, &problem) && detail::loadPeer(end.db, peerId, &end.peer, &problem))
        return true;
    setError(error, SyncEngine::tr("Cannot read %1: %2").arg(end.workspace->path(), problem));
    return false;
}

bool SyncEngine::Private::prepare(const SyncOptions &options, SyncPlan *plan, QString *error)
{
    if (a.workspace->path() == b.workspace->path()) {
        setError(error, SyncEngine::tr("%1 and %2 are the same workspace.").arg(a.workspace->path(), b.workspace->path()));
        return false;
    }
    if (!load(a, b.workspace->workspaceId(), error) || !load(b, a.workspace->workspaceId(), error))
        return false;
    // After an interrupted synchronisation one side may have committed and the other not: the
    // older record is what both still descend from.
    base = nullptr;
    if (a.peer.known && (!b.peer.known || a.peer.generation <= b.peer.generation))
        base = &a.peer;
    else if (b.peer.known)
        base = &b.peer;
    detail::MergeInput input{&a.data, &b.data, base ? &base->base : nullptr, QString(), &options};
    if (options.organisationId >= 0) {
        input.organisation = detail::tableOf(a.data, QStringLiteral("organisation")).keyOfId.value(options.organisationId);
        if (input.organisation.isEmpty()) {
            setError(error, SyncEngine::tr("There is no organisation with the id %1 in %2.")
                                .arg(options.organisationId)
                                .arg(a.workspace->path()));
            return false;
        }
    }
    QString problem;
    if (!detail::merge(input, &outcome, &problem)) {
        setError(error, problem);
        return false;
    }
    *plan = {};
    plan->aLocation = a.workspace->path();
    plan->bLocation = b.workspace->path();
    plan->firstSync = base == nullptr;
    if (options.onlyWrite)
        keepOneWay(*options.onlyWrite, plan);
    plan->counts = outcome.counts;
    plan->items = outcome.items;
    plan->conflicts = outcome.conflicts;
    plan->contentBytesToA = detail::contentNeeded({a.db, b.db, &a.data, &b.data, &outcome.toA, {}});
    plan->contentBytesToB = detail::contentNeeded({b.db, a.db, &b.data, &a.data, &outcome.toB, {}});
    return true;
}

// A one-way form writes one side only: what would have gone the other way stays pending, so
// neither side may take it as agreed.
void SyncEngine::Private::keepOneWay(Side written, SyncPlan *plan)
{
    Q_UNUSED(plan);
    QList<detail::Op> &dropped = written == Side::A ? outcome.toB : outcome.toA;
    for (const detail::Op &op : std::as_const(dropped)) {
        outcome.agreed[op.table].remove(op.key);
        outcome.gone[op.table].removeAll(op.key);
    }
    dropped.clear();
    const Side other = written == Side::A ? Side::B : Side::A;
    outcome.items.removeIf([other](const SyncItem &item) { return item.to == other; });
    for (TableCounts &counts : outcome.counts)
        (other == Side::A ? counts.toA : counts.toB) = 0;
    outcome.counts.removeIf([](const TableCounts &c) { return c.toA == 0 && c.toB == 0; });
}

bool SyncEngine::plan(const SyncOptions &options, SyncPlan *plan, QString *error)
{
    if (!plan) {
        setError(error, tr("No plan to fill."));
        return false;
    }
    ReadTransaction readA(d->a.db, *d->a.depth);
    ReadTransaction readB(d->b.db, *d->b.depth);
    return d->prepare(options, plan, error);
}

bool SyncEngine::Private::write(End &to, End &from, const QList<detail::Op> &ops, const SyncOptions &options,
                                detail::WriteOutcome *written, QString *error)
{
    QString problem;
    qint64 criteriaRows = 0;
    if (to.workspace->isServer() && !WorkspaceCopy::keepOriginalAuthors(*to.workspace, error))
        return false;
    detail::WriteJob job{to.db, from.db, &to.data, &from.data, &ops, options.progress};
    if (!detail::copyCriteria(from.db, to.db, &criteriaRows, &problem) || !detail::writeSide(job, written, &problem)) {
        setError(error, SyncEngine::tr("Cannot synchronise %1: %2; nothing was changed in either workspace.")
                            .arg(to.workspace->path(), problem));
        return false;
    }
    written->records += criteriaRows;
    if (written->explicitIds && to.workspace->isServer() && !WorkspaceCopy::renumberAfterCopy(*to.workspace, error))
        return false;
    return true;
}

bool SyncEngine::Private::remember(End &end, const End &other, const detail::WriteOutcome &written, qint64 generation,
                                   QString *error)
{
    detail::PeerUpdate update{other.workspace->workspaceId(), other.workspace->path(), generation, &end.peer, &outcome,
                              written.organisationIds};
    if (update.organisationIds.isEmpty()) {
        const auto &ids = detail::tableOf(end.data, QStringLiteral("organisation")).keyOfId;
        for (auto it = ids.constBegin(); it != ids.constEnd(); ++it)
            update.organisationIds.insert(it.value(), it.key());
    }
    QString problem;
    Transaction savepoint(end.db, *end.depth);
    if (detail::storePeer(end.db, update, &problem) && savepoint.commit())
        return true;
    // A server that lets this user read but not keep the record (an auditor, or workspace-wide
    // records of a preparer) while nothing else changes there: the other side keeps the record
    // alone, which the next run uses as the base.
    const QList<detail::Op> &ops = &end == &a ? outcome.toA : outcome.toB;
    if (end.workspace->isServer() && ops.isEmpty())
        return true;
    setError(error, SyncEngine::tr("Cannot record the synchronisation in %1: %2; nothing was changed in either "
                                   "workspace.").arg(end.workspace->path(), problem));
    return false;
}

bool SyncEngine::apply(const SyncOptions &options, SyncResult *result, QString *error)
{
    SyncResult scratch;
    SyncResult &done = result ? *result : scratch;
    done = {};
    const bool writeA = !d->a.workspace->isReadOnly() && options.onlyWrite != Side::B;
    const bool writeB = !d->b.workspace->isReadOnly() && options.onlyWrite != Side::A;
    for (const auto &[end, writes] : {std::pair{&d->a, writeA}, std::pair{&d->b, writeB}}) {
        if (writes && !WorkspaceCopy::ensureWritable(*end->workspace, error))
            return false;
    }
    // Writers first: one write transaction per side, held from reading to committing.
    std::optional<Transaction> transactionA, transactionB;
    std::optional<ReadTransaction> readA, readB;
    for (const auto &[end, writes, transaction, read] :
         {std::tuple{&d->a, writeA, &transactionA, &readA}, std::tuple{&d->b, writeB, &transactionB, &readB}}) {
        if (!writes) {
            read->emplace(end->db, *end->depth);
            continue;
        }
        transaction->emplace(end->db, *end->depth);
        if (!(*transaction)->isActive()) {
            setError(error, tr("Cannot write to %1: %2").arg(end->workspace->path(), end->db.lastError().text()));
            return false;
        }
    }
    if (!d->prepare(options, &done.plan, error))
        return false;
    if (!done.plan.conflicts.isEmpty()) {
        setError(error, tr("%n conflict(s) between %1 and %2; nothing was written.", nullptr,
                           int(done.plan.conflicts.size()))
                            .arg(d->a.workspace->path(), d->b.workspace->path()));
        return false;
    }
    for (const auto &[end, writes, ops] : {std::tuple{&d->a, writeA, &d->outcome.toA}, std::tuple{&d->b, writeB, &d->outcome.toB}}) {
        if (!writes && !ops->isEmpty()) {
            setError(error, tr("%1 would change, but it is open read-only; nothing was written.").arg(end->workspace->path()));
            return false;
        }
    }
    detail::WriteOutcome writtenA, writtenB;
    if ((writeB && !d->outcome.toB.isEmpty() && !d->write(d->b, d->a, d->outcome.toB, options, &writtenB, error))
        || (writeA && !d->outcome.toA.isEmpty() && !d->write(d->a, d->b, d->outcome.toA, options, &writtenA, error)))
        return false;
    // Each side commits on its own. The side whose record served as the base commits last, and
    // the side that commits first marks its new record pending until the other has committed:
    // killed in between, the next run ignores the pending record and merges against the other
    // side's, which both sides still descend from (or, with none, as a first synchronisation,
    // which copies rather than removes).
    const qint64 generation = qMax(d->a.peer.generation, d->b.peer.generation) + 1;
    const bool baseFromA = d->base == &d->a.peer;
    Private::End &first = baseFromA ? d->b : d->a;
    Private::End &last = baseFromA ? d->a : d->b;
    std::optional<Transaction> &firstTransaction = baseFromA ? transactionB : transactionA;
    std::optional<Transaction> &lastTransaction = baseFromA ? transactionA : transactionB;
    const bool pending = firstTransaction && lastTransaction;
    const detail::WriteOutcome &writtenFirst = baseFromA ? writtenB : writtenA;
    const detail::WriteOutcome &writtenLast = baseFromA ? writtenA : writtenB;
    if ((firstTransaction && !d->remember(first, last, writtenFirst, pending ? -generation : generation, error))
        || (lastTransaction && !d->remember(last, first, writtenLast, generation, error)))
        return false;
    for (const auto &[end, transaction] : {std::pair{&first, &firstTransaction}, std::pair{&last, &lastTransaction}}) {
        if (*transaction && !(*transaction)->commit()) {
            setError(error, tr("Cannot save %1: %2").arg(end->workspace->path(), end->db.lastError().text()));
            return false;
        }
    }
    if (pending) {
        SqlQuery confirm(first.db, QStringLiteral("UPDATE sync_peer SET generation = ? WHERE peer = ?"));
        if (!confirm.exec({generation, last.workspace->workspaceId()})) {
            setError(error, tr("Cannot save %1: %2").arg(first.workspace->path(), confirm.errorText()));
            return false;
        }
    }
    done.recordsToA = writtenA.records;
    done.recordsToB = writtenB.records;
    return true;
}

QList<SyncEngine::PeerRecord> SyncEngine::peers(const Workspace &workspace, QString *error)
{
    const WorkspaceCopy::Connection connection = WorkspaceCopy::connectionOf(workspace);
    SqlQuery q(connection.db, QStringLiteral("SELECT peer, location, synced_at FROM sync_peer ORDER BY synced_at DESC"));
    QList<PeerRecord> records;
    if (!q.exec()) {
        setError(error, tr("Cannot read %1: %2").arg(workspace.path(), q.errorText()));
        return records;
    }
    while (q.next())
        records.append({q.text(0), q.text(1), q.text(2)});
    return records;
}

bool SyncEngine::adoptPeers(const Workspace &source, Workspace &copy, qint64 organisationId, QString *error)
{
    const WorkspaceCopy::Connection from = WorkspaceCopy::connectionOf(source);
    const WorkspaceCopy::Connection to = WorkspaceCopy::connectionOf(copy);
    if (!WorkspaceCopy::ensureWritable(copy, error))
        return false;
    ReadTransaction read(from.db, *from.transactionDepth);
    Transaction transaction(to.db, *to.transactionDepth);
    SqlQuery peers(from.db, QStringLiteral("SELECT peer, location, generation, synced_at FROM sync_peer"));
    SqlQuery seen(from.db, QStringLiteral("SELECT peer, tbl, record, organisation_id, fields FROM sync_seen")
                               + (organisationId >= 0 ? QStringLiteral(" WHERE organisation_id = ?") : QString()));
    SqlQuery addPeer(to.db, QStringLiteral("INSERT INTO sync_peer(peer, location, generation, synced_at) VALUES (?, ?, ?, ?)"));
    SqlQuery addSeen(to.db, QStringLiteral("INSERT INTO sync_seen(peer, tbl, record, organisation_id, fields)"
                                           " VALUES (?, ?, ?, ?, ?)"));
    QList<QList<QVariant>> rows;
    bool ok = transaction.isActive() && peers.exec();
    while (ok && peers.next())
        rows.append({peers.value(0), peers.value(1), peers.value(2), peers.value(3)});
    for (const QList<QVariant> &row : std::as_const(rows))
        ok = ok && addPeer.exec({row.at(0), row.at(1), row.at(2), row.at(3)});
    rows.clear();
    ok = ok && (organisationId >= 0 ? seen.exec({organisationId}) : seen.exec());
    while (ok && seen.next())
        rows.append({seen.value(0), seen.value(1), seen.value(2), seen.value(3), seen.value(4)});
    for (const QList<QVariant> &row : std::as_const(rows))
        ok = ok && addSeen.exec({row.at(0), row.at(1), row.at(2), row.at(3), row.at(4)});
    if (ok && transaction.commit())
        return true;
    setError(error, tr("Cannot record in %1 what %2 knew of other copies: %3")
                        .arg(copy.path(), source.path(),
                             addSeen.errorText() + addPeer.errorText() + seen.errorText() + peers.errorText()));
    return false;
}

} // namespace hoshi::sync
