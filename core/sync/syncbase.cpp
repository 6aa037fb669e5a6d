// SPDX-License-Identifier: Apache-2.0
#include "syncbase.h"

#include "storage/sqlquery.h"

#include <QDateTime>
#include <QJsonDocument>

namespace hoshi::sync::detail {

bool loadPeer(const QSqlDatabase &db, const QString &peer, PeerState *state, QString *problem)
{
    *state = {};
    SqlQuery q(db, QStringLiteral("SELECT generation FROM sync_peer WHERE peer = ?"));
    if (!q.exec({peer})) {
        *problem = q.errorText();
        return false;
    }
    if (!q.next())
        return true;
    // A negative generation: this side committed a synchronisation whose other side had not
    // committed yet (and perhaps never did); its record is not a base both sides descend from.
    state->generation = qAbs(q.integer(0));
    if (q.integer(0) < 0)
        return true;
    state->known = true;
    SqlQuery seen(db, QStringLiteral("SELECT tbl, record, fields FROM sync_seen WHERE peer = ?"));
    if (!seen.exec({peer})) {
        *problem = seen.errorText();
        return false;
    }
    while (seen.next())
        state->base[seen.text(0)].insert(seen.text(1), QJsonDocument::fromJson(seen.text(2).toUtf8()).object());
    return true;
}

bool storePeer(const QSqlDatabase &db, const PeerUpdate &update, QString *problem)
{
    SqlQuery upsert(db, QStringLiteral("INSERT INTO sync_seen(peer, tbl, record, organisation_id, fields)"
                                       " VALUES (?, ?, ?, ?, ?) ON CONFLICT (peer, tbl, record) DO UPDATE"
                                       " SET organisation_id = excluded.organisation_id, fields = excluded.fields"));
    SqlQuery drop(db, QStringLiteral("DELETE FROM sync_seen WHERE peer = ? AND tbl = ? AND record = ?"));
    const MergeOutcome &outcome = *update.outcome;
    for (auto table = outcome.agreed.constBegin(); table != outcome.agreed.constEnd(); ++table) {
        const QHash<QString, QJsonObject> previous = update.previous->base.value(table.key());
        const QHash<QString, QString> organisations = outcome.agreedOrganisation.value(table.key());
        for (auto record = table->constBegin(); record != table->constEnd(); ++record) {
            const auto was = previous.constFind(record.key());
            if (was != previous.constEnd() && *was == record.value())
                continue;
            const qint64 organisation = update.organisationIds.value(organisations.value(record.key()), -1);
            const QString fields = QString::fromUtf8(QJsonDocument(record.value()).toJson(QJsonDocument::Compact));
            if (!upsert.exec({update.peer, table.key(), record.key(),
                              organisation >= 0 ? QVariant(organisation) : QVariant(), fields})) {
                *problem = upsert.errorText();
                return false;
            }
        }
    }
    for (auto table = outcome.gone.constBegin(); table != outcome.gone.constEnd(); ++table) {
        for (const QString &record : *table) {
            if (!drop.exec({update.peer, table.key(), record})) {
                *problem = drop.errorText();
                return false;
            }
        }
    }
    SqlQuery peer(db, QStringLiteral("INSERT INTO sync_peer(peer, location, generation, synced_at) VALUES (?, ?, ?, ?)"
                                     " ON CONFLICT (peer) DO UPDATE SET location = excluded.location,"
                                     " generation = excluded.generation, synced_at = excluded.synced_at"));
    if (!peer.exec({update.peer, update.location, update.generation,
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)})) {
        *problem = peer.errorText();
        return false;
    }
    return true;
}

} // namespace hoshi::sync::detail
