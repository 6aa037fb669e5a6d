// SPDX-License-Identifier: Apache-2.0
// Official forms: the user's copy of IPA's checklist workbook attached to a declaration (schema
// step 9). The template is content like an evidence file (stored once per SHA-256, byte for
// byte); the profile JSON beside it says where each answer goes. What the profile means is
// core/officialform's business: here it is only kept.
#include "workspace.h"

#include "backend.h"
#include "sqlquery.h"
#include "transaction.h"
#include "workspaceutil.h"
#include "util/hashstream.h"

#include <QBuffer>

namespace hoshi {

using namespace detail;

namespace {

// Content nothing refers to any more (neither an evidence file nor a form) goes; chunks cascade.
bool dropUnusedContent(const QSqlDatabase &db, qint64 blobId, QString *failure)
{
    SqlQuery orphan(db, QStringLiteral("DELETE FROM blob WHERE id = ?"
                                       " AND NOT EXISTS (SELECT 1 FROM evidence_file f WHERE f.blob_id = blob.id)"
                                       " AND NOT EXISTS (SELECT 1 FROM declaration_form g WHERE g.blob_id = blob.id)"));
    if (orphan.exec({blobId}))
        return true;
    *failure = orphan.errorText();
    return false;
}

} // namespace

bool Workspace::attachForm(qint64 declarationId, const QString &originalName, const QByteArray &templateBytes,
                           const QByteArray &profileJson, QString *error)
{
    if (!ensureWritable(error))
        return false;
    if (!declaration(declarationId)) {
        setError(error, tr("There is no declaration with the id %1.").arg(declarationId));
        return false;
    }
    if (templateBytes.isEmpty() || profileJson.isEmpty() || originalName.trimmed().isEmpty()) {
        setError(error, tr("An official form needs its file name, its content and its profile."));
        return false;
    }
    const std::optional<AttachedForm> before = attachedForm(declarationId, false);
    Transaction transaction(db(), m_transactionDepth);
    if (!lockRow(QStringLiteral("declaration"), declarationId, error))
        return false;
    SqlQuery previous(db(), QStringLiteral("SELECT blob_id FROM declaration_form WHERE declaration_id = ?"));
    const qint64 previousBlob = previous.exec({declarationId}) && previous.next() ? previous.integer(0) : -1;
    previous.raw().finish();
    const qint64 blobId = storeContent(*m_backend, db(), templateBytes, originalName, error);
    if (blobId < 0)
        return false;
    SqlQuery keep(db(), QStringLiteral(
        "INSERT INTO declaration_form(declaration_id, blob_id, original_name, sha256, size, profile, attached_at,"
        " attached_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (declaration_id) DO UPDATE SET"
        " blob_id = excluded.blob_id, original_name = excluded.original_name, sha256 = excluded.sha256,"
        " size = excluded.size, profile = excluded.profile, attached_at = excluded.attached_at,"
        " attached_by = excluded.attached_by"));
    const QString sha256 = HashStream::hexOf(templateBytes);
    if (!keep.exec({declarationId, blobId, originalName, sha256, templateBytes.size(), profileJson, nowUtc(), m_actor})) {
        setError(error, tr("Cannot attach the form %1: %2").arg(originalName, keep.errorText()));
        return false;
    }
    QString failure;
    if (previousBlob >= 0 && previousBlob != blobId && !dropUnusedContent(db(), previousBlob, &failure)) {
        setError(error, tr("Cannot attach the form %1: %2").arg(originalName, failure));
        return false;
    }
    record(declarationId, -1, QString(), QStringLiteral("form-attached"),
           before ? tr("Official form replaced: %1 (SHA-256 %2) instead of %3").arg(originalName, sha256, before->originalName)
                  : tr("Official form attached: %1 (SHA-256 %2)").arg(originalName, sha256));
    return commitChange(transaction, error);
}

bool Workspace::setFormProfile(qint64 declarationId, const QByteArray &profileJson, QString *error)
{
    if (!ensureWritable(error))
        return false;
    const std::optional<AttachedForm> form = attachedForm(declarationId, false, error);
    if (!form) {
        setError(error, tr("Declaration %1 has no official form attached.").arg(declarationId));
        return false;
    }
    if (profileJson.isEmpty()) {
        setError(error, tr("An official form needs its file name, its content and its profile."));
        return false;
    }
    if (profileJson == form->profileJson)
        return true;
    Transaction transaction(db(), m_transactionDepth);
    SqlQuery update(db(), QStringLiteral("UPDATE declaration_form SET profile = ? WHERE declaration_id = ?"));
    if (!update.exec({profileJson, declarationId})) {
        setError(error, tr("Cannot save the form mapping: %1").arg(update.errorText()));
        return false;
    }
    record(declarationId, -1, QString(), QStringLiteral("form-mapping"),
           tr("Mapping of the official form %1 changed").arg(form->originalName));
    return commitChange(transaction, error);
}

std::optional<AttachedForm> Workspace::attachedForm(qint64 declarationId, bool withTemplate, QString *error) const
{
    SqlQuery q(db(), QStringLiteral("SELECT original_name, sha256, size, profile, attached_at, attached_by"
                                    " FROM declaration_form WHERE declaration_id = ?"));
    if (!q.exec({declarationId})) {
        setError(error, tr("Cannot read the official form: %1").arg(q.errorText()));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    AttachedForm form;
    form.declarationId = declarationId;
    form.originalName = q.text(0);
    form.sha256 = q.text(1);
    form.size = q.integer(2);
    form.profileJson = q.value(3).toByteArray();
    form.attachedAt = QDateTime::fromString(q.text(4), Qt::ISODateWithMs);
    form.attachedBy = q.text(5);
    q.raw().finish();
    if (withTemplate) {
        QBuffer buffer(&form.templateBytes);
        buffer.open(QIODevice::WriteOnly);
        if (!readContent(form.sha256, &buffer, error))
            return std::nullopt;
        if (HashStream::hexOf(form.templateBytes) != form.sha256) {
            setError(error, tr("The stored official form %1 no longer matches its SHA-256.").arg(form.originalName));
            return std::nullopt;
        }
    }
    return form;
}

bool Workspace::removeForm(qint64 declarationId, QString *error)
{
    if (!ensureWritable(error))
        return false;
    const std::optional<AttachedForm> form = attachedForm(declarationId, false, error);
    if (!form) {
        setError(error, tr("Declaration %1 has no official form attached.").arg(declarationId));
        return false;
    }
    Transaction transaction(db(), m_transactionDepth);
    SqlQuery blob(db(), QStringLiteral("SELECT blob_id FROM declaration_form WHERE declaration_id = ?"));
    const qint64 blobId = blob.exec({declarationId}) && blob.next() ? blob.integer(0) : -1;
    blob.raw().finish();
    SqlQuery remove(db(), QStringLiteral("DELETE FROM declaration_form WHERE declaration_id = ?"));
    QString failure;
    if (!remove.exec({declarationId}) || !dropUnusedContent(db(), blobId, &failure)) {
        setError(error, tr("Cannot remove the official form: %1").arg(remove.errorText() + failure));
        return false;
    }
    record(declarationId, -1, QString(), QStringLiteral("form-removed"),
           tr("Official form removed: %1").arg(form->originalName));
    return commitChange(transaction, error);
}

} // namespace hoshi
