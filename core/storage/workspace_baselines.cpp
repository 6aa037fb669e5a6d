// SPDX-License-Identifier: Apache-2.0
// Baselines: frozen copies of a declaration at approval, export and label time.
#include "workspace.h"

#include "baseline/declarationfingerprint.h"
#include "sqlquery.h"
#include "workspaceutil.h"

namespace hoshi {

using namespace detail;

QString baselineKindKey(BaselineKind kind)
{
    switch (kind) {
    case BaselineKind::Approval:
        return QStringLiteral("approval");
    case BaselineKind::Label:
        return QStringLiteral("label");
    case BaselineKind::Export:
        break;
    }
    return QStringLiteral("export");
}

std::optional<BaselineKind> baselineKindFromKey(const QString &key)
{
    for (BaselineKind kind : {BaselineKind::Approval, BaselineKind::Export, BaselineKind::Label}) {
        if (baselineKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

namespace {

QString kindName(BaselineKind kind)
{
    switch (kind) {
    case BaselineKind::Approval:
        return Workspace::tr("approval");
    case BaselineKind::Label:
        return Workspace::tr("label");
    case BaselineKind::Export:
        break;
    }
    return Workspace::tr("export");
}

const char baselineColumns[] = "SELECT id, declaration_id, kind, created_at, actor, export_id, fingerprint, json FROM baseline";

Baseline baselineFrom(const SqlQuery &q)
{
    Baseline b;
    b.id = q.integer(0);
    b.declarationId = q.integer(1);
    b.kind = baselineKindFromKey(q.text(2)).value_or(BaselineKind::Export);
    b.createdAt = QDateTime::fromString(q.text(3), Qt::ISODateWithMs);
    b.actor = q.text(4);
    b.exportId = q.text(5);
    b.fingerprint = q.text(6);
    b.json = q.value(7).toByteArray();
    return b;
}

} // namespace

std::optional<QByteArray> Workspace::declarationJson(qint64 declarationId, QString *error) const
{
    const std::optional<DeclarationSnapshot> s = snapshot(declarationId, ContentCheck::Skip, error);
    if (!s)
        return std::nullopt;
    return DeclarationFingerprint::declarationJson(*s);
}

QString Workspace::fingerprint(qint64 declarationId, QString *error) const
{
    const std::optional<QByteArray> json = declarationJson(declarationId, error);
    return json ? DeclarationFingerprint::ofJson(*json) : QString();
}

qint64 Workspace::addBaseline(qint64 declarationId, BaselineKind kind, const QString &exportId, QString *error)
{
    Transaction transaction(db(), m_transactionDepth); // what is frozen is what is recorded
    const std::optional<QByteArray> json = declarationJson(declarationId, error);
    if (!json)
        return -1;
    const qint64 id = addBaseline(declarationId, kind, exportId, *json, error);
    return id > 0 && commitChange(transaction, error) ? id : -1;
}

qint64 Workspace::addBaseline(qint64 declarationId, BaselineKind kind, const QString &exportId, const QByteArray &json,
                              QString *error)
{
    if (!ensureWritable(error))
        return -1;
    const QString fingerprint = DeclarationFingerprint::ofJson(json);
    if (fingerprint.isEmpty()) {
        setError(error, tr("Cannot keep a baseline of declaration %1: the data is not a Hoshi declaration.").arg(declarationId));
        return -1;
    }
    Transaction transaction(db(), m_transactionDepth);
    SqlQuery q(db(), QStringLiteral("INSERT INTO baseline(declaration_id, kind, created_at, actor, export_id, fingerprint,"
                                    " json) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    if (!q.exec({declarationId, baselineKindKey(kind), nowUtc(), m_actor, exportId, fingerprint, json})) {
        setError(error, tr("Cannot keep a baseline of declaration %1: %2").arg(declarationId).arg(q.errorText()));
        return -1;
    }
    const qint64 id = q.insertedId();
    record(declarationId, -1, QString(), QStringLiteral("baseline"),
           tr("Baseline kept (%1, fingerprint %2)").arg(kindName(kind), fingerprint.left(16)));
    return commitChange(transaction, error) ? id : -1;
}

bool Workspace::recordExport(qint64 declarationId, const QString &exportId, const QByteArray &json, QString *error)
{
    Transaction transaction(db(), m_transactionDepth);
    std::optional<Declaration> d = declaration(declarationId);
    if (!d) {
        setError(error, tr("There is no declaration with the id %1.").arg(declarationId));
        return false;
    }
    if (addBaseline(declarationId, BaselineKind::Export, exportId, json, error) < 0)
        return false;
    if (d->state != DeclarationState::Exported) {
        d->state = DeclarationState::Exported;
        if (!updateDeclaration(*d, error))
            return false;
    }
    return commitChange(transaction, error);
}

QList<Baseline> Workspace::baselines(qint64 declarationId) const
{
    SqlQuery q(db(), QLatin1String(baselineColumns) + QStringLiteral(" WHERE declaration_id = ? ORDER BY id DESC"));
    QList<Baseline> list;
    if (!q.exec({declarationId}))
        return list;
    while (q.next())
        list.append(baselineFrom(q));
    return list;
}

std::optional<Baseline> Workspace::latestBaseline(qint64 declarationId, BaselineKind kind) const
{
    SqlQuery q(db(), QLatin1String(baselineColumns)
                         + QStringLiteral(" WHERE declaration_id = ? AND kind = ? ORDER BY id DESC LIMIT 1"));
    if (!q.exec({declarationId, baselineKindKey(kind)}) || !q.next())
        return std::nullopt;
    return baselineFrom(q);
}

std::optional<qint64> Workspace::declarationOfExport(const QString &exportId) const
{
    if (exportId.isEmpty())
        return std::nullopt; // approval and label baselines carry no export id
    SqlQuery q(db(), QStringLiteral("SELECT declaration_id FROM baseline WHERE export_id = ? AND kind = 'export'"
                                    " ORDER BY id DESC LIMIT 1"));
    if (!q.exec({exportId}) || !q.next())
        return std::nullopt;
    return q.integer(0);
}

} // namespace hoshi
