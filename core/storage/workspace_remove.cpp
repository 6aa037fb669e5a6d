// Removing organisations, products and declarations, the whole history, and running a batch as
// one transaction.
// Removal is refused while anything depends on the record: the user removes the dependants
// first, knowingly, rather than losing recorded work as a side effect.
#include "workspace.h"

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

bool Workspace::removeOrganisation(qint64 id, QString *error)
{
    if (!ensureWritable(error))
        return false;
    const std::optional<Organisation> o = organisation(id);
    if (!o) {
        setError(error, tr("There is no organisation with the id %1.").arg(id));
        return false;
    }
    const qint64 products = countOf(db(), QStringLiteral("SELECT count(*) FROM product WHERE organisation_id = ?"), id);
    const qint64 evidence = countOf(db(), QStringLiteral("SELECT count(*) FROM evidence WHERE organisation_id = ?"), id);
    const qint64 answers = countOf(db(), QStringLiteral("SELECT count(*) FROM assessment WHERE organisation_id = ? AND")
                                             + QLatin1String(recordedWork), id);
    if (products != 0 || evidence != 0 || answers != 0) {
        setError(error, tr("The organisation \"%1\" cannot be removed: it still has %2 product(s), %3 evidence record(s) "
                           "and %4 vendor-wide answer(s). Remove those first.")
                            .arg(o->name).arg(products).arg(evidence).arg(answers));
        return false;
    }
    Transaction transaction(db(), m_transactionDepth);
    SqlQuery emptyAnswers(db(), QStringLiteral("DELETE FROM assessment WHERE organisation_id = ?"));
    SqlQuery remove(db(), QStringLiteral("DELETE FROM organisation WHERE id = ?"));
    if (!emptyAnswers.exec({id}) || !remove.exec({id})) {
        setError(error, tr("Cannot remove the organisation \"%1\": other records refer to it (%2).")
                            .arg(o->name, emptyAnswers.errorText() + remove.errorText()));
        return false;
    }
    record(-1, id, QString(), QStringLiteral("organisation-removed"), tr("Organisation \"%1\" removed").arg(o->name));
    return commitOrError(transaction, db(), error);
}

bool Workspace::removeProduct(qint64 id, QString *error)
{
    if (!ensureWritable(error))
        return false;
    const std::optional<Product> p = product(id);
    if (!p) {
        setError(error, tr("There is no product with the id %1.").arg(id));
        return false;
    }
    const qint64 declarations = countOf(db(), QStringLiteral("SELECT count(*) FROM declaration WHERE product_id = ?"), id);
    if (declarations != 0) {
        setError(error, tr("The product \"%1\" cannot be removed: it still has %2 declaration(s). Remove those first.")
                            .arg(p->name).arg(declarations));
        return false;
    }
    Transaction transaction(db(), m_transactionDepth);
    SqlQuery remove(db(), QStringLiteral("DELETE FROM product WHERE id = ?"));
    if (!remove.exec({id})) {
        setError(error, tr("Cannot remove the product \"%1\": other records refer to it (%2).").arg(p->name, remove.errorText()));
        return false;
    }
    record(-1, p->organisationId, QString(), QStringLiteral("product-removed"), tr("Product \"%1\" removed").arg(p->name));
    return commitOrError(transaction, db(), error);
}

bool Workspace::removeDeclaration(qint64 id, QString *error)
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
    const qint64 baselines = countOf(db(), QStringLiteral("SELECT count(*) FROM baseline WHERE declaration_id = ?"), id);
    if (d->state != DeclarationState::Draft || d->labelStatus != LabelStatus::None || baselines != 0) {
        setError(error, tr("Declaration %1 cannot be removed: it has been approved, exported or labelled, and its record must stay.")
                            .arg(id));
        return false;
    }
    const std::optional<Product> p = product(d->productId);
    Transaction transaction(db(), m_transactionDepth);
    SqlQuery emptyAnswers(db(), QStringLiteral("DELETE FROM assessment WHERE declaration_id = ?"));
    SqlQuery remove(db(), QStringLiteral("DELETE FROM declaration WHERE id = ?"));
    // A foreign key from a record kept elsewhere (a baseline, a review, a label) refuses here.
    if (!emptyAnswers.exec({id}) || !remove.exec({id})) {
        setError(error, tr("Declaration %1 cannot be removed: other records refer to it (%2).")
                            .arg(id).arg(emptyAnswers.errorText() + remove.errorText()));
        return false;
    }
    record(id, p ? p->organisationId : -1, QString(), QStringLiteral("declaration-removed"),
           tr("Declaration against %1 removed").arg(d->criteriaSetId));
    return commitOrError(transaction, db(), error);
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
    return commitOrError(transaction, db(), error);
}

} // namespace hoshi
