// SPDX-License-Identifier: Apache-2.0
// The label record of a declaration (label lifecycle).
#include "workspace.h"

#include "sqlquery.h"
#include "transaction.h"
#include "workspaceutil.h"

namespace hoshi {

using namespace detail;

namespace {

const char labelColumns[] = "application_number, submitted_on, registration_number, issued_on, valid_until,"
                            " extended_on, successor, product_page_url, label_status";

QDate dateFrom(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

QString shown(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

// "registration number: — → 2025030500001527; valid until: …" for the history.
QString describeChanges(const LabelRecord &before, const LabelRecord &after)
{
    QStringList parts;
    const auto field = [&parts](const QString &name, const QString &a, const QString &b) {
        if (a != b)
            parts << QStringLiteral("%1: %2 → %3").arg(name, shown(a), shown(b));
    };
    field(Workspace::tr("application number"), before.applicationNumber, after.applicationNumber);
    field(Workspace::tr("submitted on"), dateText(before.submittedOn), dateText(after.submittedOn));
    field(Workspace::tr("registration number"), before.registrationNumber, after.registrationNumber);
    field(Workspace::tr("issued on"), dateText(before.issuedOn), dateText(after.issuedOn));
    field(Workspace::tr("valid until"), dateText(before.validUntil), dateText(after.validUntil));
    field(Workspace::tr("extended on"), dateText(before.extendedOn), dateText(after.extendedOn));
    field(Workspace::tr("successor"), before.successor, after.successor);
    field(Workspace::tr("product page"), before.productPageUrl, after.productPageUrl);
    return parts.join(QStringLiteral("; "));
}

} // namespace

std::optional<LabelRecord> Workspace::labelRecord(qint64 declarationId) const
{
    SqlQuery q(db(), QStringLiteral("SELECT %1 FROM declaration WHERE id = ?").arg(QLatin1String(labelColumns)));
    if (!q.exec({declarationId}) || !q.next())
        return std::nullopt;
    LabelRecord r;
    r.declarationId = declarationId;
    r.applicationNumber = q.text(0);
    r.submittedOn = dateFrom(q.text(1));
    r.registrationNumber = q.text(2);
    r.issuedOn = dateFrom(q.text(3));
    r.validUntil = dateFrom(q.text(4));
    r.extendedOn = dateFrom(q.text(5));
    r.successor = q.text(6);
    r.productPageUrl = q.text(7);
    r.status = labelStatusFromKey(q.text(8));
    return r;
}

bool Workspace::setLabelRecord(const LabelRecord &input, QString *error)
{
    if (!ensureWritable(error))
        return false;
    const std::optional<LabelRecord> before = labelRecord(input.declarationId);
    if (!before) {
        setError(error, tr("There is no declaration with the id %1.").arg(input.declarationId));
        return false;
    }
    const LabelRecord stored = LabelRules::normalised(input);
    const QStringList problems = LabelRules::problems(stored);
    if (!problems.isEmpty()) {
        setError(error, problems.join(QLatin1Char('\n')));
        return false;
    }
    if (stored == *before)
        return true;
    Transaction transaction(db(), m_transactionDepth);
    SqlQuery q(db(), QStringLiteral("UPDATE declaration SET application_number = ?, submitted_on = ?,"
                                    " registration_number = ?, issued_on = ?, valid_until = ?, extended_on = ?,"
                                    " successor = ?, product_page_url = ?, label_status = ?, row_version = row_version + 1 WHERE id = ?"));
    if (!q.exec({stored.applicationNumber, dateText(stored.submittedOn), stored.registrationNumber,
                 dateText(stored.issuedOn), dateText(stored.validUntil), dateText(stored.extendedOn), stored.successor,
                 stored.productPageUrl, labelStatusKey(stored.status), stored.declarationId})) {
        setError(error, tr("Cannot save the label record: %1").arg(q.errorText()));
        return false;
    }
    const QString changes = describeChanges(*before, stored);
    if (!changes.isEmpty())
        record(stored.declarationId, -1, QString(), QStringLiteral("label-edited"), tr("Label record: %1").arg(changes));
    if (stored.status != before->status)
        record(stored.declarationId, -1, QString(), QStringLiteral("label-status"),
               tr("Label status: %1 → %2").arg(labelStatusName(before->status), labelStatusName(stored.status)));
    // The label covers the declaration as it stands now: keep it as the Label baseline that
    // "changes since label" and the change report compare with, tied to the latest export.
    const bool labelRecorded = !stored.registrationNumber.isEmpty() && stored.issuedOn.isValid()
                               && (stored.registrationNumber != before->registrationNumber
                                   || stored.issuedOn != before->issuedOn);
    if (labelRecorded) {
        const std::optional<Baseline> exported = latestBaseline(stored.declarationId, BaselineKind::Export);
        if (addBaseline(stored.declarationId, BaselineKind::Label, exported ? exported->exportId : QString(), error) < 0)
            return false;
    }
    return commitChange(transaction, error);
}

QList<HistoryEntry> Workspace::labelHistory(qint64 declarationId) const
{
    QList<HistoryEntry> entries;
    for (const HistoryEntry &e : history(declarationId)) {
        if (e.action.startsWith(QLatin1String("label-")))
            entries.append(e);
    }
    return entries;
}

} // namespace hoshi
