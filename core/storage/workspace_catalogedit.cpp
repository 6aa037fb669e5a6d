// SPDX-License-Identifier: Apache-2.0
// Renaming and removing organisations, products and declarations. A record that others
// depend on is never removed behind the user's back: the dependants are named instead.
#include "workspace.h"

#include "backend.h"
#include "sqlquery.h"
#include "transaction.h"
#include "workspaceutil.h"

#include <QSet>

namespace hoshi {

using namespace detail;

QString Workspace::describeRecords(const QString &table, int count)
{
    if (table == QLatin1String("product"))
        return tr("%n product(s)", nullptr, count);
    if (table == QLatin1String("declaration"))
        return tr("%n declaration(s)", nullptr, count);
    if (table == QLatin1String("evidence"))
        return tr("%n evidence record(s)", nullptr, count);
    if (table == QLatin1String("hoshi_access"))
        return tr("%n user access grant(s) (hoshi-cli server revoke)", nullptr, count);
    if (table == QLatin1String("baseline"))
        return tr("%n recorded export(s) or approval(s)", nullptr, count);
    if (table == QLatin1String("declaration_form"))
        return tr("an attached official form (hoshi-cli form remove)");
    return tr("%n record(s) in %1", nullptr, count).arg(table);
}

QStringList Workspace::dependantsOf(const QString &table, qint64 id, const QStringList &handled) const
{
    QStringList dependants;
    // Found in the schema itself, so that tables added by later migration steps are counted too.
    for (const auto &[from, column] : m_backend->referencesTo(db(), table)) {
        if (handled.contains(from))
            continue;
        SqlQuery q(db(), QStringLiteral("SELECT COUNT(*) FROM \"%1\" WHERE \"%2\" = ?").arg(from, column));
        if (q.exec({id}) && q.next() && q.integer(0) > 0)
            dependants << describeRecords(from, int(q.integer(0)));
    }
    return dependants;
}

bool Workspace::renameOrganisation(qint64 organisationId, const QString &name, QString *error)
{
    std::optional<Organisation> o = organisation(organisationId);
    if (!o) {
        setError(error, tr("There is no organisation with the id %1.").arg(organisationId));
        return false;
    }
    if (name.trimmed().isEmpty()) {
        setError(error, tr("The name can not be empty."));
        return false;
    }
    const QString before = o->name;
    o->name = name.trimmed();
    Transaction transaction(db(), m_transactionDepth);
    if (!updateOrganisation(*o, error))
        return false;
    record(-1, organisationId, QString(), QStringLiteral("organisation-renamed"),
           tr("Organisation renamed from \"%1\" to \"%2\"").arg(before, o->name));
    return commitChange(transaction, error);
}

bool Workspace::renameProduct(qint64 productId, const QString &name, QString *error)
{
    std::optional<Product> p = product(productId);
    if (!p) {
        setError(error, tr("There is no product with the id %1.").arg(productId));
        return false;
    }
    if (name.trimmed().isEmpty()) {
        setError(error, tr("The name can not be empty."));
        return false;
    }
    const QString before = p->name;
    p->name = name.trimmed();
    Transaction transaction(db(), m_transactionDepth);
    if (!updateProduct(*p, error))
        return false;
    for (const Declaration &d : declarations(productId))
        record(d.id, -1, QString(), QStringLiteral("product-renamed"),
               tr("Product renamed from \"%1\" to \"%2\"").arg(before, p->name));
    record(-1, p->organisationId, QString(), QStringLiteral("product-renamed"),
           tr("Product renamed from \"%1\" to \"%2\"").arg(before, p->name));
    return commitChange(transaction, error);
}

QString Workspace::declarationName(qint64 declarationId) const
{
    SqlQuery q(db(), QStringLiteral("SELECT name FROM declaration_name WHERE declaration_id = ?"));
    return q.exec({declarationId}) && q.next() ? q.text(0) : QString();
}

bool Workspace::renameDeclaration(qint64 declarationId, const QString &name, QString *error)
{
    if (!ensureWritable(error))
        return false;
    if (!declaration(declarationId)) {
        setError(error, tr("There is no declaration with the id %1.").arg(declarationId));
        return false;
    }
    const QString before = declarationName(declarationId);
    Transaction transaction(db(), m_transactionDepth);
    SqlQuery q(db(), name.trimmed().isEmpty()
                         ? QStringLiteral("DELETE FROM declaration_name WHERE declaration_id = ?")
                         : QStringLiteral("INSERT INTO declaration_name(declaration_id, name) VALUES (?, ?)"
                                          " ON CONFLICT(declaration_id) DO UPDATE SET name = excluded.name"));
    const bool ok = name.trimmed().isEmpty() ? q.exec({declarationId}) : q.exec({declarationId, name.trimmed()});
    if (!ok) {
        setError(error, tr("Cannot rename the declaration: %1").arg(q.errorText()));
        return false;
    }
    record(declarationId, -1, QString(), QStringLiteral("declaration-renamed"),
           tr("Declaration renamed from \"%1\" to \"%2\"").arg(before, name.trimmed()));
    return commitChange(transaction, error);
}

bool Workspace::removeOrganisation(qint64 organisationId, QString *error)
{
    if (!ensureWritable(error))
        return false;
    const std::optional<Organisation> o = organisation(organisationId);
    if (!o) {
        setError(error, tr("There is no organisation with the id %1.").arg(organisationId));
        return false;
    }
    // Its vendor-scope answers go with it; products and evidence must be removed first.
    const QStringList dependants = dependantsOf(QStringLiteral("organisation"), organisationId,
                                                {QStringLiteral("assessment")});
    if (!dependants.isEmpty()) {
        setError(error, tr("The organisation \"%1\" can not be removed while other records depend on it: %2.")
                            .arg(o->name, dependants.join(QLatin1String(", "))));
        return false;
    }
    Transaction transaction(db(), m_transactionDepth);
    SqlQuery assessments(db(), QStringLiteral("DELETE FROM assessment WHERE organisation_id = ?"));
    SqlQuery remove(db(), QStringLiteral("DELETE FROM organisation WHERE id = ?"));
    if (!assessments.exec({organisationId}) || !remove.exec({organisationId})) {
        setError(error, tr("Cannot remove the organisation: %1").arg(remove.errorText() + assessments.errorText()));
        return false;
    }
    record(-1, organisationId, QString(), QStringLiteral("organisation-removed"),
           tr("Organisation \"%1\" removed").arg(o->name));
    return commitChange(transaction, error);
}

bool Workspace::removeProduct(qint64 productId, QString *error)
{
    if (!ensureWritable(error))
        return false;
    const std::optional<Product> p = product(productId);
    if (!p) {
        setError(error, tr("There is no product with the id %1.").arg(productId));
        return false;
    }
    const QStringList dependants = dependantsOf(QStringLiteral("product"), productId, {});
    if (!dependants.isEmpty()) {
        setError(error, tr("The product \"%1\" can not be removed while other records depend on it: %2.")
                            .arg(p->name, dependants.join(QLatin1String(", "))));
        return false;
    }
    Transaction transaction(db(), m_transactionDepth);
    SqlQuery remove(db(), QStringLiteral("DELETE FROM product WHERE id = ?"));
    if (!remove.exec({productId})) {
        setError(error, tr("Cannot remove the product: %1").arg(remove.errorText()));
        return false;
    }
    record(-1, p->organisationId, QString(), QStringLiteral("product-removed"),
           tr("Product \"%1\" removed").arg(p->name));
    return commitChange(transaction, error);
}

bool Workspace::removeDeclaration(qint64 declarationId, QString *error)
{
    if (!ensureWritable(error))
        return false;
    const std::optional<Declaration> d = declaration(declarationId);
    const std::optional<Product> p = d ? product(d->productId) : std::nullopt;
    if (!d || !p) {
        setError(error, tr("There is no declaration with the id %1.").arg(declarationId));
        return false;
    }
    // Its own assessments (and the evidence that backs nothing else) go with it; anything
    // else pointing at it (an export baseline, a review, a label) keeps it.
    const QStringList dependants = dependantsOf(QStringLiteral("declaration"), declarationId,
                                                {QStringLiteral("assessment"), QStringLiteral("declaration_name"),
                                                 QStringLiteral("point_overlay"), QStringLiteral("cra_record")});
    if (!dependants.isEmpty()) {
        setError(error, tr("The declaration can not be removed while other records depend on it: %1.")
                            .arg(dependants.join(QLatin1String(", "))));
        return false;
    }
    Transaction transaction(db(), m_transactionDepth);
    QSet<qint64> linkedEvidence;
    for (const Evidence &e : evidenceOfDeclaration(declarationId))
        linkedEvidence.insert(e.id);
    const QStringList statements = {
        QStringLiteral("DELETE FROM evidence_link WHERE assessment_id IN"
                       " (SELECT id FROM assessment WHERE declaration_id = ?)"),
        QStringLiteral("DELETE FROM assessment WHERE declaration_id = ?"),
        QStringLiteral("DELETE FROM declaration_name WHERE declaration_id = ?"),
        QStringLiteral("DELETE FROM point_overlay WHERE declaration_id = ?"),
        QStringLiteral("DELETE FROM cra_record WHERE declaration_id = ?"),
        QStringLiteral("DELETE FROM declaration WHERE id = ?"),
    };
    for (const QString &sql : statements) {
        SqlQuery q(db(), sql);
        if (!q.exec({declarationId})) {
            setError(error, tr("Cannot remove the declaration: %1").arg(q.errorText()));
            return false;
        }
    }
    for (const qint64 evidenceId : std::as_const(linkedEvidence)) {
        SqlQuery links(db(), QStringLiteral("SELECT COUNT(*) FROM evidence_link WHERE evidence_id = ?"));
        if (links.exec({evidenceId}) && links.next() && links.integer(0) == 0 && !removeEvidence(evidenceId, error))
            return false;
    }
    record(declarationId, p->organisationId, QString(), QStringLiteral("declaration-removed"),
           tr("Declaration of \"%1\" (%2) removed").arg(p->name, d->criteriaSetId));
    return commitChange(transaction, error);
}

} // namespace hoshi
