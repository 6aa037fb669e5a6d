// SPDX-License-Identifier: Apache-2.0
// What the EU Cyber Resilience Act adds to a declaration (schema step 17, table cra_record):
// one row per declaration, written only through setCraRecord (one transaction, a history entry
// naming every field that changed, the row version checked and counted).
#include "workspace.h"

#include "cra/crarecord.h"
#include "sqlquery.h"
#include "transaction.h"
#include "workspaceutil.h"

namespace hoshi {

using namespace detail;

namespace {

QString columnList()
{
    QStringList columns;
    for (CraField f : CraFields::all())
        columns << CraFields::column(f);
    return columns.join(QLatin1String(", "));
}

QString shown(const QString &text)
{
    if (text.isEmpty())
        return QStringLiteral("—");
    // Long texts (a justification, the list of standards) are named, not repeated in full.
    const QString oneLine = QString(text).replace(QLatin1Char('\n'), QLatin1String(" / "));
    return oneLine.size() > 80 ? oneLine.left(77) + QStringLiteral("…") : oneLine;
}

// "SBOM: — → sbom/cyclonedx.json; notified body: …" for the history.
QString describeChanges(const CraRecord &before, const CraRecord &after)
{
    QStringList parts;
    for (CraField f : CraFields::all()) {
        if (before.value(f) != after.value(f))
            parts << QStringLiteral("%1: %2 → %3").arg(CraFields::name(f), shown(before.value(f)), shown(after.value(f)));
    }
    return parts.join(QLatin1String("; "));
}

} // namespace

std::optional<CraRecord> Workspace::craRecord(qint64 declarationId, QString *error) const
{
    if (!declaration(declarationId)) {
        setError(error, tr("There is no declaration with the id %1.").arg(declarationId));
        return std::nullopt;
    }
    CraRecord record;
    record.declarationId = declarationId;
    SqlQuery q(db(), QStringLiteral("SELECT %1, row_version FROM cra_record WHERE declaration_id = ?").arg(columnList()));
    if (!q.exec({declarationId})) {
        setError(error, tr("Cannot read the CRA record: %1").arg(q.errorText()));
        return std::nullopt;
    }
    if (!q.next())
        return record;
    const QList<CraField> fields = CraFields::all();
    for (int i = 0; i < fields.size(); ++i) {
        // Stored values passed CraRules when they were written; a date that no longer parses
        // (edited outside Hoshi) reads as unset rather than failing the whole record.
        if (!record.setValue(fields.at(i), q.text(i), nullptr))
            record.supportPeriodEnd = QDate();
    }
    record.rowVersion = q.integer(int(fields.size()));
    return record;
}

bool Workspace::setCraRecord(const CraRecord &input, qint64 expectedVersion, QString *error, bool *conflict)
{
    if (conflict)
        *conflict = false;
    if (!ensureWritable(error))
        return false;
    const CraRecord wanted = CraRules::normalised(input);
    const QStringList problems = CraRules::problems(wanted);
    if (!problems.isEmpty()) {
        setError(error, problems.join(QLatin1Char('\n')));
        return false;
    }
    Transaction transaction(db(), m_transactionDepth);
    // The row exists before it is read, so that on a server the read below can hold it.
    SqlQuery ensure(db(), QStringLiteral("INSERT INTO cra_record(declaration_id) SELECT id FROM declaration WHERE id = ?"
                                         " ON CONFLICT (declaration_id) DO NOTHING"));
    if (!ensure.exec({wanted.declarationId})) {
        setError(error, tr("Cannot save the CRA record: %1").arg(ensure.errorText()));
        return false;
    }
    if (m_backend->isServer()) {
        SqlQuery lock(db(), QStringLiteral("SELECT 1 FROM cra_record WHERE declaration_id = ? FOR UPDATE"));
        if (!lock.exec({wanted.declarationId})) {
            setError(error, tr("Cannot save the CRA record: %1").arg(lock.errorText()));
            return false;
        }
    }
    const std::optional<CraRecord> before = craRecord(wanted.declarationId, error);
    if (!before)
        return false;
    if (expectedVersion >= 0 && before->rowVersion != expectedVersion) {
        if (conflict)
            *conflict = true;
        setError(error, tr("The CRA record was changed by someone else since you read it (version %1, now %2). "
                           "Nothing was saved; read it again.")
                            .arg(expectedVersion)
                            .arg(before->rowVersion));
        return false;
    }
    if (wanted.sameContent(*before))
        return true; // nothing to change; the transaction ends without a trace
    QStringList assignments;
    QList<QVariant> values;
    for (CraField f : CraFields::all()) {
        assignments << CraFields::column(f) + QStringLiteral(" = ?");
        values << wanted.value(f);
    }
    values << wanted.declarationId;
    QSqlQuery update(db());
    update.prepare(QStringLiteral("UPDATE cra_record SET %1, row_version = row_version + 1 WHERE declaration_id = ?")
                       .arg(assignments.join(QLatin1String(", "))));
    if (!execWith(update, values)) {
        setError(error, tr("Cannot save the CRA record: %1").arg(update.lastError().text()));
        return false;
    }
    record(wanted.declarationId, -1, QString(), QStringLiteral("cra-edited"),
           tr("CRA: %1").arg(describeChanges(*before, wanted)));
    return commitChange(transaction, error);
}

} // namespace hoshi
