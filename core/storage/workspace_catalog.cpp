// SPDX-License-Identifier: Apache-2.0
// Organisations, products and declarations.
#include "workspace.h"

#include "sqlquery.h"
#include "transaction.h"
#include "workspaceutil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>

namespace hoshi {

using namespace detail;

namespace {





// A firmware image hash is what sha256sum prints: 64 hex digits (either case), or nothing.
bool isImageHash(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() || hex.match(trimmed).hasMatch();
}

QDate dateFrom(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

// Text columns of product, in the order the queries below use them.
struct TextField {
    const char *column;
    QString Product::*member;
};
const TextField productText[] = {
    {"name", &Product::name},
    {"category", &Product::category},
    {"firmware_name", &Product::firmwareName},
    {"firmware_version", &Product::firmwareVersion},
    {"firmware_image_sha256", &Product::firmwareImageSha256},
    {"version_notice", &Product::versionNotice},
    {"summary", &Product::summary},
    {"web_page", &Product::webPage},
    {"configuration_diagram", &Product::configurationDiagram},
    {"product_contact", &Product::productContact},
    {"vulnerability_contact", &Product::vulnerabilityContact},
    {"vdp_url", &Product::vdpUrl},
    {"technical_conformity_number", &Product::technicalConformityNumber},
    {"other_certifications", &Product::otherCertifications},
    {"other_security_info", &Product::otherSecurityInfo},
};

QString productColumns()
{
    QStringList columns;
    for (const TextField &f : productText)
        columns << QLatin1String(f.column);
    columns << QStringLiteral("model_numbers") << QStringLiteral("support_until");
    return columns.join(QLatin1String(", "));
}

QList<QVariant> productValues(const Product &p)
{
    QList<QVariant> values;
    for (const TextField &f : productText)
        values << (f.member == &Product::firmwareImageSha256 ? (p.*f.member).trimmed().toLower() : (p.*f.member).trimmed());
    QJsonArray models;
    for (const QString &m : p.modelNumbers) {
        if (!m.trimmed().isEmpty())
            models.append(m.trimmed());
    }
    values << QString::fromUtf8(QJsonDocument(models).toJson(QJsonDocument::Compact)) << dateText(p.supportUntil);
    return values;
}


Product productFrom(const QSqlQuery &q)
{
    Product p;
    p.id = q.value(0).toLongLong();
    p.organisationId = q.value(1).toLongLong();
    int i = 2;
    for (const TextField &f : productText)
        p.*f.member = q.value(i++).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(i++).toString().toUtf8()).array())
        p.modelNumbers << v.toString();
    p.supportUntil = dateFrom(q.value(i).toString());
    return p;
}

const char organisationColumns[] = "name, name_en, corporate_number, address, contact_name, contact_email, website";

Organisation organisationFrom(SqlQuery &q)
{
    return {q.integer(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6), q.text(7)};
}

const char declarationColumns[] = "product_id, criteria_set_id, route, state, evaluation_completed_on, psti_statement,"
                                  " registration_number, issued_on, valid_until, label_status, created_at,"
                                  " criteria_data_revision";

Declaration declarationFrom(SqlQuery &q)
{
    Declaration d;
    d.id = q.integer(0);
    d.productId = q.integer(1);
    d.criteriaSetId = q.text(2);
    d.route = routeFromKey(q.text(3)).value_or(Route::Standard);
    d.state = stateFromKey(q.text(4));
    d.evaluationCompletedOn = dateFrom(q.text(5));
    d.pstiStatement = q.text(6);
    d.registrationNumber = q.text(7);
    d.issuedOn = dateFrom(q.text(8));
    d.validUntil = dateFrom(q.text(9));
    d.labelStatus = labelStatusFromKey(q.text(10));
    d.createdAt = QDateTime::fromString(q.text(11), Qt::ISODateWithMs);
    d.criteriaDataRevision = int(q.integer(12));
    return d;
}

} // namespace

// ---- organisations ----

QList<Organisation> Workspace::organisations() const
{
    SqlQuery q(db(), QStringLiteral("SELECT id, %1 FROM organisation ORDER BY name, id").arg(QLatin1String(organisationColumns)));
    QList<Organisation> list;
    if (q.exec()) {
        while (q.next())
            list << organisationFrom(q);
    }
    return list;
}

std::optional<Organisation> Workspace::organisation(qint64 id) const
{
    SqlQuery q(db(), QStringLiteral("SELECT id, %1 FROM organisation WHERE id = ?").arg(QLatin1String(organisationColumns)));
    if (q.exec({id}) && q.next())
        return organisationFrom(q);
    return std::nullopt;
}

qint64 Workspace::addOrganisation(const Organisation &o, QString *error)
{
    if (!ensureWritable(error))
        return -1;
    if (o.name.trimmed().isEmpty()) {
        setError(error, tr("An organisation needs a name."));
        return -1;
    }
    Transaction transaction(db(), m_transactionDepth);
    SqlQuery q(db(), QStringLiteral("INSERT INTO organisation(%1, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                         .arg(QLatin1String(organisationColumns)));
    if (!q.exec({o.name.trimmed(), o.nameEn, o.corporateNumber, o.address, o.contactName, o.contactEmail, o.website,
                 nowUtc()})) {
        setError(error, tr("Cannot add the organisation: %1").arg(q.errorText()));
        return -1;
    }
    const qint64 id = q.insertedId();
    record(-1, id, QString(), QStringLiteral("organisation-added"), tr("Organisation \"%1\" added").arg(o.name));
    if (!commitChange(transaction, error))
        return -1;
    return id;
}

bool Workspace::updateOrganisation(const Organisation &o, QString *error)
{
    if (!ensureWritable(error))
        return false;
    if (o.name.trimmed().isEmpty()) {
        setError(error, tr("An organisation needs a name."));
        return false;
    }
    Transaction transaction(db(), m_transactionDepth);
    SqlQuery q(db(), QStringLiteral("UPDATE organisation SET name = ?, name_en = ?, corporate_number = ?, address = ?,"
                                    " contact_name = ?, contact_email = ?, website = ?, row_version = row_version + 1 WHERE id = ?"));
    if (!q.exec({o.name.trimmed(), o.nameEn, o.corporateNumber, o.address, o.contactName, o.contactEmail, o.website, o.id})
        || q.rowsAffected() != 1) {
        setError(error, tr("Cannot update the organisation: %1").arg(q.errorText()));
        return false;
    }
    record(-1, o.id, QString(), QStringLiteral("organisation-edited"), tr("Organisation details edited"));
    if (!commitChange(transaction, error))
        return false;
    return true;
}

// ---- products ----

QList<Product> Workspace::products(qint64 organisationId) const
{
    // Two statements rather than "? < 0 OR organisation_id = ?", which no index can serve: the
    // navigator asks once per organisation (index product_organisation, schema step 13).
    SqlQuery q(db(), QStringLiteral("SELECT id, organisation_id, %1 FROM product%2 ORDER BY name, id")
                         .arg(productColumns(), organisationId < 0 ? QString() : QStringLiteral(" WHERE organisation_id = ?")));
    QList<Product> list;
    if (organisationId < 0 ? q.exec() : q.exec({organisationId})) {
        while (q.next())
            list << productFrom(q.raw());
    }
    return list;
}

std::optional<Product> Workspace::product(qint64 id) const
{
    SqlQuery q(db(), QStringLiteral("SELECT id, organisation_id, %1 FROM product WHERE id = ?").arg(productColumns()));
    if (q.exec({id}) && q.next())
        return productFrom(q.raw());
    return std::nullopt;
}

qint64 Workspace::addProduct(const Product &p, QString *error)
{
    if (!ensureWritable(error))
        return -1;
    if (p.name.trimmed().isEmpty()) {
        setError(error, tr("A product needs a name."));
        return -1;
    }
    if (!isImageHash(p.firmwareImageSha256)) {
        setError(error, tr("\"%1\" is not a firmware image SHA-256 (64 hexadecimal digits).").arg(p.firmwareImageSha256));
        return -1;
    }
    if (!organisation(p.organisationId)) {
        setError(error, tr("There is no organisation with the id %1.").arg(p.organisationId));
        return -1;
    }
    Transaction transaction(db(), m_transactionDepth);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO product(organisation_id, %1, created_at) VALUES (?%2, ?, ?, ?) RETURNING id")
                  .arg(productColumns(), QStringLiteral(", ?").repeated(int(std::size(productText)))));
    if (!execWith(q, QList<QVariant>{p.organisationId} + productValues(p) + QList<QVariant>{nowUtc()})) {
        setError(error, tr("Cannot add the product: %1").arg(q.lastError().text()));
        return -1;
    }
    const qint64 id = q.next() ? q.value(0).toLongLong() : -1;
    q.finish();
    record(-1, p.organisationId, QString(), QStringLiteral("product-added"), tr("Product \"%1\" added").arg(p.name));
    if (!commitChange(transaction, error))
        return -1;
    return id;
}

bool Workspace::updateProduct(const Product &p, QString *error)
{
    if (!ensureWritable(error))
        return false;
    if (p.name.trimmed().isEmpty()) {
        setError(error, tr("A product needs a name."));
        return false;
    }
    if (!isImageHash(p.firmwareImageSha256)) {
        setError(error, tr("\"%1\" is not a firmware image SHA-256 (64 hexadecimal digits).").arg(p.firmwareImageSha256));
        return false;
    }
    const std::optional<Product> before = product(p.id);
    if (!before) {
        setError(error, tr("There is no product with the id %1.").arg(p.id));
        return false;
    }
    QStringList assignments;
    for (const QString &column : productColumns().split(QLatin1String(", ")))
        assignments << column + QStringLiteral(" = ?");
    Transaction transaction(db(), m_transactionDepth);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE product SET %1, row_version = row_version + 1 WHERE id = ?").arg(assignments.join(QLatin1String(", "))));
    if (!execWith(q, productValues(p) + QList<QVariant>{p.id})) {
        setError(error, tr("Cannot update the product: %1").arg(q.lastError().text()));
        return false;
    }
    // Record which fields changed, so the history says more than "edited".
    QStringList changed;
    for (const TextField &f : productText) {
        if ((before.value().*f.member) != (p.*f.member).trimmed())
            changed << QLatin1String(f.column);
    }
    if (before->modelNumbers != p.modelNumbers)
        changed << QStringLiteral("model_numbers");
    if (before->supportUntil != p.supportUntil)
        changed << QStringLiteral("support_until");
    SqlQuery decls(db(), QStringLiteral("SELECT id FROM declaration WHERE product_id = ?"));
    if (decls.exec({p.id})) {
        while (decls.next())
            record(decls.integer(0), -1, QString(), QStringLiteral("product-edited"),
                   tr("Product fields changed: %1").arg(changed.join(QLatin1String(", "))));
    }
    if (!commitChange(transaction, error))
        return false;
    return true;
}

// ---- declarations ----

QList<Declaration> Workspace::declarations(qint64 productId) const
{
    // As products(): once per product in the navigator (index declaration_product, schema step 13).
    SqlQuery q(db(), QStringLiteral("SELECT id, %1 FROM declaration%2 ORDER BY id")
                         .arg(QLatin1String(declarationColumns), productId < 0 ? QString() : QStringLiteral(" WHERE product_id = ?")));
    QList<Declaration> list;
    if (productId < 0 ? q.exec() : q.exec({productId})) {
        while (q.next())
            list << declarationFrom(q);
    }
    return list;
}

std::optional<Declaration> Workspace::declaration(qint64 id) const
{
    SqlQuery q(db(), QStringLiteral("SELECT id, %1 FROM declaration WHERE id = ?").arg(QLatin1String(declarationColumns)));
    if (q.exec({id}) && q.next())
        return declarationFrom(q);
    return std::nullopt;
}

qint64 Workspace::addDeclaration(qint64 productId, const QString &criteriaSetId, Route route, QString *error)
{
    return addDeclaration(productId, criteriaSetId, 0, route, error);
}

qint64 Workspace::addDeclaration(qint64 productId, const QString &criteriaSetId, int dataRevision, Route route,
                                 QString *error)
{
    if (!ensureWritable(error))
        return -1;
    const std::optional<Product> p = product(productId);
    if (!p) {
        setError(error, tr("There is no product with the id %1.").arg(productId));
        return -1;
    }
    // The newest data revision known; the workspace's own copy of it when it holds one (a
    // conflicting built-in never replaces what declarations already use).
    const CriteriaSet *set = dataRevision > 0 ? m_criteria.find(criteriaSetId, dataRevision) : m_criteria.find(criteriaSetId);
    if (const CriteriaSet *stored = set ? m_stored.find(criteriaSetId, set->dataRevision)
                                        : (dataRevision > 0 ? m_stored.find(criteriaSetId, dataRevision) : m_stored.find(criteriaSetId)))
        set = stored;
    if (!set) {
        setError(error, dataRevision > 0 ? tr("Unknown criteria set %1 with data revision %2.").arg(criteriaSetId).arg(dataRevision)
                                         : tr("Unknown criteria set %1.").arg(criteriaSetId));
        return -1;
    }
    if (route == Route::Psti && set->level != 1) {
        setError(error, tr("The UK PSTI route exists only for ★1 declarations."));
        return -1;
    }
    Transaction transaction(db(), m_transactionDepth);
    if (!storeCriteriaSet(*set, error))
        return -1;
    SqlQuery q(db(), QStringLiteral("INSERT INTO declaration(product_id, criteria_set_id, criteria_data_revision, route,"
                                    " created_at) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    if (!q.exec({productId, criteriaSetId, set->dataRevision, routeKey(route), nowUtc()})) {
        setError(error, tr("Cannot add the declaration: %1").arg(q.errorText()));
        return -1;
    }
    const qint64 id = q.insertedId();
    record(id, p->organisationId, QString(), QStringLiteral("declaration-added"),
           tr("Declaration against %1 (%2) started").arg(criteriaSetId, routeName(route)));
    if (!commitChange(transaction, error))
        return -1;
    return id;
}

bool Workspace::updateDeclaration(const Declaration &d, QString *error)
{
    if (!ensureWritable(error))
        return false;
    const std::optional<Declaration> before = declaration(d.id);
    if (!before) {
        setError(error, tr("There is no declaration with the id %1.").arg(d.id));
        return false;
    }
    if (before->criteriaSetId != d.criteriaSetId || before->productId != d.productId) {
        setError(error, tr("A declaration's product and criteria set cannot be changed; start a new declaration."));
        return false;
    }
    // The label fields edited here obey the same rules as the label record.
    LabelRecord label = labelRecord(d.id).value_or(LabelRecord{});
    const LabelRecord labelBefore = label;
    label.registrationNumber = d.registrationNumber.trimmed();
    label.issuedOn = d.issuedOn;
    label.validUntil = d.validUntil;
    label.status = d.labelStatus;
    if (label != labelBefore) {
        const QStringList problems = LabelRules::problems(label);
        if (!problems.isEmpty()) {
            setError(error, problems.join(QLatin1Char('\n')));
            return false;
        }
    }
    Transaction transaction(db(), m_transactionDepth);
    SqlQuery q(db(), QStringLiteral("UPDATE declaration SET route = ?, state = ?, evaluation_completed_on = ?,"
                                    " psti_statement = ?, registration_number = ?, issued_on = ?, valid_until = ?,"
                                    " label_status = ?, row_version = row_version + 1 WHERE id = ?"));
    if (!q.exec({routeKey(d.route), stateKey(d.state), dateText(d.evaluationCompletedOn), d.pstiStatement.trimmed(),
                 d.registrationNumber.trimmed(), dateText(d.issuedOn), dateText(d.validUntil),
                 labelStatusKey(d.labelStatus), d.id})) {
        setError(error, tr("Cannot update the declaration: %1").arg(q.errorText()));
        return false;
    }
    record(d.id, -1, QString(), QStringLiteral("declaration-edited"), tr("Declaration details edited"));
    if (label.status != labelBefore.status)
        record(d.id, -1, QString(), QStringLiteral("label-status"),
               tr("Label status: %1 → %2").arg(labelStatusName(labelBefore.status), labelStatusName(label.status)));
    if (!commitChange(transaction, error))
        return false;
    return true;
}

} // namespace hoshi
