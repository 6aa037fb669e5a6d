// SPDX-License-Identifier: Apache-2.0
#include "syncdump.h"

#include "testserver.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace syncdump {

namespace {

const QStringList tables = {
    QStringLiteral("workspace_setting"), QStringLiteral("organisation"),   QStringLiteral("product"),
    QStringLiteral("declaration"),       QStringLiteral("declaration_name"), QStringLiteral("point_overlay"),
    QStringLiteral("assessment"),        QStringLiteral("point_choice"),   QStringLiteral("evidence"),
    QStringLiteral("evidence_link"),     QStringLiteral("point_link"),     QStringLiteral("psti_statement"),
    QStringLiteral("evidence_file"),     QStringLiteral("declaration_form"), QStringLiteral("history"),
    QStringLiteral("baseline"),          QStringLiteral("review_comment"), QStringLiteral("sign_off"),
};

// One connection for the whole dump (a dump runs dozens of queries).
class Connection
{
public:
    explicit Connection(const QString &location)
        : m_name(QStringLiteral("syncdump-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(
            testserver::isServerLocation(location) ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), m_name);
        if (testserver::isServerLocation(location)) {
            const QUrl url(location);
            const QUrlQuery query(url);
            db.setHostName(query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded));
            db.setUserName(query.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded));
            db.setDatabaseName(url.path().mid(1));
        } else {
            db.setDatabaseName(location);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~Connection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QStringList rows(const QString &sql, QString *error) const
    {
        if (!m_error.isEmpty()) {
            *error = m_error;
            return {};
        }
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        QStringList rows;
        if (!q.exec(sql))
            *error = q.lastError().text();
        while (q.next()) {
            QStringList columns;
            for (int i = 0; i < q.record().count(); ++i)
                columns << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            rows << columns.join(QLatin1Char('|'));
        }
        return rows;
    }

private:
    QString m_name;
    QString m_error;
};

QStringList columnsOf(const Connection &db, const QString &location, const QString &table)
{
    QString error;
    return testserver::isServerLocation(location)
               ? db.rows(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_name = '%1'"
                                        " AND table_schema = current_schema() ORDER BY column_name").arg(table),
                         &error)
               : db.rows(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY name").arg(table), &error);
}

// A column as compared: references become what they name on any copy.
QString expression(const QString &column)
{
    static const QStringList parents = {QStringLiteral("organisation"), QStringLiteral("product"),
                                        QStringLiteral("declaration"), QStringLiteral("assessment"),
                                        QStringLiteral("evidence"), QStringLiteral("history")};
    if (column == QLatin1String("blob_id"))
        return QStringLiteral("(SELECT x.sha256 FROM blob x WHERE x.id = t.blob_id)");
    if (column == QLatin1String("superseded_by"))
        return QStringLiteral("(SELECT x.gid FROM evidence x WHERE x.id = t.superseded_by)");
    for (const QString &parent : parents) {
        if (column == parent + QStringLiteral("_id"))
            return QStringLiteral("coalesce((SELECT x.gid FROM %1 x WHERE x.id = t.%2), '#' || t.%2)").arg(parent, column);
    }
    // Bytes (baselines, overlays, profiles) as text on both backends.
    if (column == QLatin1String("json") || column == QLatin1String("profile"))
        return QStringLiteral("length(t.%1)").arg(column);
    return QStringLiteral("t.") + column;
}

} // namespace

QMap<QString, QStringList> dump(const QString &location)
{
    QMap<QString, QStringList> result;
    const Connection db(location);
    for (const QString &table : tables) {
        QStringList selected;
        for (const QString &column : columnsOf(db, location, table)) {
            if (column != QLatin1String("id") && column != QLatin1String("row_version"))
                selected << expression(column);
        }
        QString error;
        QStringList rows = db.rows(QStringLiteral("SELECT %1 FROM %2 t").arg(selected.join(QStringLiteral(", ")), table),
                                   &error);
        if (!error.isEmpty())
            rows = {QStringLiteral("ERROR ") + error};
        rows.sort();
        result.insert(table, rows);
    }
    return result;
}

QString firstDifference(const QMap<QString, QStringList> &a, const QMap<QString, QStringList> &b)
{
    for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
        const QStringList other = b.value(it.key());
        if (other == it.value())
            continue;
        for (int i = 0; i < qMax(it->size(), other.size()); ++i) {
            if (it->value(i) != other.value(i))
                return QStringLiteral("%1 row %2:\n  %3\n  %4").arg(it.key()).arg(i).arg(it->value(i), other.value(i));
        }
    }
    return {};
}

} // namespace syncdump
