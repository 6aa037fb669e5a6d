// SPDX-License-Identifier: Apache-2.0
// Removing a declaration nobody has worked on (what the CLI allows), the whole history, and
// running a batch as one transaction. (The removal itself is in workspace_catalogedit.cpp.)
// Removal is refused while anything depends on the record: the user removes the dependants
// first, knowingly, rather than losing recorded work as a side effect.
#include "workspace.h"

#include "cra/crarecord.h"
#include "sqlquery.h"
#include "transaction.h"
#include "workspaceutil.h"

namespace hoshi {

using namespace detail;

namespace {

// Number of rows the query (one bound id) counts; -1 when it cannot run.
qint64 countOf(const QSqlDatabase &db, const QString &sql, qint64 id)
{
    SqlQuery q(db, sql);
    if (!q.exec({id}) || !q.next())
        return -1;
    return q.integer(0);
}

// Assessments carrying anything a person recorded: a verdict, a justification, notes or evidence.
const char recordedWork[] = " (verdict <> 'not-assessed' OR justification <> '' OR notes <> ''"
                            " OR EXISTS (SELECT 1 FROM evidence_link l WHERE l.assessment_id = assessment.id))";

} // namespace

bool Workspace::removeEmptyDeclaration(qint64 id, QString *error)
{
    if (!ensureWritable(error))
        return false;
    const std::optional<Declaration> d = declaration(id);
    if (!d) {
        setError(error, tr("There is no declaration with the id %1.").arg(id));
        return false;
    }
    const qint64 answers = countOf(db(), QStringLiteral("SELECT count(*) FROM assessment WHERE declaration_id = ? AND")
                                             + QLatin1String(recordedWork), id);
    if (answers != 0) {
        setError(error, tr("Declaration %1 cannot be removed: %2 item(s) hold a verdict, a justification, notes or "
                           "evidence. Reset them to not assessed and unlink the evidence first.")
                            .arg(id).arg(answers));
        return false;
    }
    const std::optional<CraRecord> cra = craRecord(id, error);
    if (!cra)
        return false;
    if (!cra->isEmpty()) {
        setError(error, tr("Declaration %1 cannot be removed: its CRA record holds what the manufacturer entered. "
                           "Clear those fields first.")
                            .arg(id));
        return false;
    }
    const qint64 baselines = countOf(db(), QStringLiteral("SELECT count(*) FROM baseline WHERE declaration_id = ?"), id);
    if (d->state != DeclarationState::Draft || d->labelStatus != LabelStatus::None || baselines != 0) {
        setError(error, tr("Declaration %1 cannot be removed: it has been approved, exported or labelled, and its record must stay.")
                            .arg(id));
        return false;
    }
    return removeDeclaration(id, error);
}

QList<HistoryEntry> Workspace::workspaceHistory() const
{
    SqlQuery q(db(), QStringLiteral("SELECT id, at, actor, item_id, action, summary, declaration_id FROM history"
                                    " ORDER BY id DESC"));
    QList<HistoryEntry> entries;
    if (!q.exec())
        return entries;
    while (q.next()) {
        entries.append({q.integer(0), QDateTime::fromString(q.text(1), Qt::ISODateWithMs), q.text(2), q.text(3),
                        q.text(4), q.text(5), q.value(6).isNull() ? -1 : q.integer(6)});
    }
    return entries;
}

bool Workspace::inOneTransaction(const std::function<bool(QString *error)> &work, QString *error)
{
    if (!ensureWritable(error))
        return false;
    Transaction transaction(db(), m_transactionDepth);
    if (!transaction.isActive()) {
        setError(error, tr("Cannot save: %1").arg(db().lastError().text()));
        return false;
    }
    if (!work(error))
        return false; // the destructor rolls back everything work did
    return commitChange(transaction, error);
}

} // namespace hoshi
