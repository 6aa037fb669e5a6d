// SPDX-License-Identifier: Apache-2.0
// SnapshotReader::inputKeys: what a snapshot of each declaration is made of, as row ids and
// row versions, read with a few set-wide queries. A cached result judged from a snapshot stays
// valid exactly as long as this key does; a change the key misses would serve a stale gate
// result, so every table snapshot() reads takes part (tests/core/testgatecache.cpp changes each).
#include "snapshotreader.h"

#include "readtransaction.h"
#include "batchquery.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlRecord>

namespace hoshi::storage {

namespace {

// Every column of every row of a query, appended to the text of the row's owner (column 0).
void collect(QSqlDatabase db, const QString &sql, QHash<qint64, QByteArray> *into, const char *tag)
{
    BatchQuery q(db, sql);
    // Read to the end with no query in between, so it may stream; and a result that is not
    // forward-only makes Qt's PostgreSQL driver look up the table of every column (a round
    // trip per table) when its record() is asked for.
    q.raw().setForwardOnly(true);
    if (!q.exec()) {
        // A query that fails leaves a mark that never matches an earlier key: nothing is served stale.
        for (QByteArray &text : *into)
            text += QByteArrayLiteral("!unreadable:") + tag;
        return;
    }
    const int columns = q.raw().record().count();
    while (q.next()) {
        QByteArray &text = (*into)[q.integer(0)];
        text += tag;
        for (int c = 1; c < columns; ++c) {
            text += '|';
            text += q.value(c).toByteArray();
        }
        text += '\n';
    }
}

} // namespace

QHash<qint64, QByteArray> SnapshotReader::inputKeys(const Workspace &workspace, const QList<qint64> &ids)
{
    QHash<qint64, QByteArray> keys;
    if (ids.isEmpty())
        return keys;
    QSqlDatabase db = workspace.db();
    const ReadTransaction readTransaction(db, workspace.m_transactionDepth);
    const QString declarations = idList(ids);
    QHash<qint64, QByteArray> text; // declaration id -> what its key is made of
    collect(db, QStringLiteral("SELECT d.id, d.row_version, d.criteria_set_id, d.criteria_data_revision, p.id,"
                               " p.row_version, o.id, o.row_version FROM declaration d JOIN product p ON p.id = d.product_id"
                               " JOIN organisation o ON o.id = p.organisation_id WHERE d.id IN (%1)")
                    .arg(declarations),
            &text, "d");
    if (text.isEmpty())
        return keys;
    // The assessment rows behind each declaration: its own and its organisation's vendor-scope rows.
    const QString rowsOf = QStringLiteral(
        "SELECT d.id AS declaration_id, a.id AS assessment_id FROM declaration d JOIN assessment a ON a.declaration_id = d.id"
        " WHERE d.id IN (%1) UNION ALL"
        " SELECT d.id, a.id FROM declaration d JOIN product p ON p.id = d.product_id JOIN assessment a"
        " ON a.organisation_id = p.organisation_id AND a.criteria_set_id = d.criteria_set_id"
        " AND a.criteria_data_revision = d.criteria_data_revision WHERE d.id IN (%1)")
                               .arg(declarations);
    collect(db, QStringLiteral("WITH r AS (%1) SELECT r.declaration_id, a.id, a.item_id, a.row_version FROM r"
                               " JOIN assessment a ON a.id = r.assessment_id ORDER BY r.declaration_id, a.id")
                    .arg(rowsOf),
            &text, "a");
    collect(db, QStringLiteral("WITH r AS (%1) SELECT r.declaration_id, l.assessment_id, e.id, e.row_version,"
                               " (SELECT count(*) FROM evidence_file f WHERE f.evidence_id = e.id),"
                               " (SELECT coalesce(max(f.id), 0) FROM evidence_file f WHERE f.evidence_id = e.id)"
                               " FROM r JOIN evidence_link l ON l.assessment_id = r.assessment_id"
                               " JOIN evidence e ON e.id = l.evidence_id ORDER BY r.declaration_id, l.assessment_id, e.id")
                    .arg(rowsOf),
            &text, "e");
    collect(db, QStringLiteral("WITH r AS (%1) SELECT r.declaration_id, c.assessment_id, c.point_id FROM r"
                               " JOIN point_choice c ON c.assessment_id = r.assessment_id"
                               " ORDER BY r.declaration_id, c.assessment_id, c.point_id")
                    .arg(rowsOf),
            &text, "c");
    collect(db, QStringLiteral("WITH r AS (%1) SELECT r.declaration_id, l.assessment_id, l.evidence_id, l.point_id FROM r"
                               " JOIN point_link l ON l.assessment_id = r.assessment_id"
                               " ORDER BY r.declaration_id, l.assessment_id, l.evidence_id, l.point_id")
                    .arg(rowsOf),
            &text, "l");
    collect(db, QStringLiteral("SELECT declaration_id, sha256, set_at FROM point_overlay WHERE declaration_id IN (%1)")
                    .arg(declarations),
            &text, "o");
    collect(db, QStringLiteral("SELECT declaration_id, sha256, attached_at, profile FROM declaration_form"
                               " WHERE declaration_id IN (%1)")
                    .arg(declarations),
            &text, "f");
    collect(db, QStringLiteral("SELECT s.declaration_id, e.id, e.row_version,"
                               " (SELECT count(*) FROM evidence_file f WHERE f.evidence_id = e.id),"
                               " (SELECT coalesce(max(f.id), 0) FROM evidence_file f WHERE f.evidence_id = e.id)"
                               " FROM psti_statement s JOIN evidence e ON e.id = s.evidence_id WHERE s.declaration_id IN (%1)")
                    .arg(declarations),
            &text, "p");
    collect(db, QStringLiteral("SELECT declaration_id, count(*), max(id), count(*) FILTER (WHERE resolved_by = '')"
                               " FROM review_comment WHERE declaration_id IN (%1) GROUP BY declaration_id")
                    .arg(declarations),
            &text, "r");
    collect(db, QStringLiteral("SELECT declaration_id, count(*), max(id) FROM sign_off WHERE declaration_id IN (%1)"
                               " GROUP BY declaration_id")
                    .arg(declarations),
            &text, "s");
    collect(db, QStringLiteral("SELECT declaration_id, count(*), max(id) FROM baseline WHERE declaration_id IN (%1)"
                               " GROUP BY declaration_id")
                    .arg(declarations),
            &text, "b");
    collect(db, QStringLiteral("SELECT declaration_id, max(id) FROM history WHERE declaration_id IN (%1)"
                               " GROUP BY declaration_id")
                    .arg(declarations),
            &text, "h");
    // The workspace settings a snapshot holds: whether approval is required, the review periods.
    const ReviewPeriods periods = workspace.reviewPeriods();
    const QByteArray setting = (workspace.requireApproval() ? QByteArrayLiteral("approval required")
                                                            : QByteArrayLiteral("approval optional"))
                               + QByteArrayLiteral("\nreview months ") + QByteArray::number(periods.documentReviewMonths)
                               + ' ' + QByteArray::number(periods.deviceTestMonths);
    for (auto it = text.cbegin(); it != text.cend(); ++it) {
        if (!it.value().startsWith('d'))
            continue; // rows of a declaration that is not there (the first query found none)
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(setting);
        hash.addData(it.value());
        keys.insert(it.key(), hash.result());
    }
    return keys;
}

QByteArray SnapshotReader::changeStamp(const Workspace &workspace)
{
    QSqlDatabase db = workspace.db();
    if (!db.isOpen() || isServerConnection(db))
        return {}; // other people's commits on a server leave no trace a client can read this cheaply
    // total_changes() counts the rows this connection inserted, updated or deleted since it was
    // opened (rolled back ones too: that only costs a needless comparison); data_version moves
    // when any other connection commits. A Workspace opens its connection once, under a name of
    // its own (a UUID): a workspace opened again, whose counters start again, never matches an
    // older stamp.
    BatchQuery own(db, QStringLiteral("SELECT total_changes()"));
    BatchQuery others(db, QStringLiteral("PRAGMA data_version"));
    if (!own.exec() || !own.next() || !others.exec() || !others.next())
        return {};
    return db.connectionName().toUtf8() + ' ' + QByteArray::number(own.integer(0)) + ' '
           + QByteArray::number(others.integer(0));
}

QHash<qint64, QString> SnapshotReader::declarationNames(const Workspace &workspace)
{
    QHash<qint64, QString> names;
    BatchQuery q(workspace.db(), QStringLiteral("SELECT declaration_id, name FROM declaration_name"));
    if (q.exec()) {
        while (q.next())
            names.insert(q.integer(0), q.text(1));
    }
    return names;
}

const CriteriaSet *SnapshotReader::storedSet(const Workspace &workspace, const QString &setId, int dataRevision)
{
    return workspace.m_stored.find(setId, dataRevision);
}

} // namespace hoshi::storage
