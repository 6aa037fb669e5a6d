// SPDX-License-Identifier: Apache-2.0
#include "testserver.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

namespace testserver {

namespace {

// Runs work on a short-lived connection of its own.
template <typename Work>
bool withConnection(const QString &url, QString *error, Work work)
{
    const QString name = QStringLiteral("testserver-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    bool ok = false;
    if (!isServerLocation(url)) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(url);
            if (!db.open()) {
                if (error)
                    *error = db.lastError().text();
            } else {
                ok = work(db);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const QUrl parsed(url);
        const QString query = parsed.query(QUrl::FullyDecoded);
        for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
            const QString key = pair.section(QLatin1Char('='), 0, 0), value = pair.section(QLatin1Char('='), 1);
            if (key == QLatin1String("host"))
                db.setHostName(value);
            else if (key == QLatin1String("user"))
                db.setUserName(value);
        }
        db.setDatabaseName(parsed.path().mid(1));
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            ok = work(db);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

QString clusterDir()
{
    return qEnvironmentVariable("HOSHI_TEST_SERVER");
}

QString url(const QString &database, const QString &user)
{
    return QStringLiteral("postgresql:///%1?host=%2&user=%3").arg(database, clusterDir(), user);
}

QString createDatabase(QString *error)
{
    const QString name = QStringLiteral("ws_%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    if (!exec(url(QStringLiteral("postgres")), {QStringLiteral("CREATE DATABASE %1").arg(name)}, error))
        return {};
    return url(name);
}

bool exec(const QString &address, const QStringList &statements, QString *error)
{
    return withConnection(address, error, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            if (!q.exec(sql)) {
                if (error)
                    *error = sql + QStringLiteral(": ") + q.lastError().text();
                return false;
            }
        }
        return true;
    });
}

QStringList query(const QString &address, const QString &sql, QString *error)
{
    QStringList rows;
    withConnection(address, error, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        while (q.next()) {
            QStringList columns;
            for (int i = 0; i < q.record().count(); ++i)
                columns << q.value(i).toString();
            rows << columns.join(QLatin1Char('|'));
        }
        return true;
    });
    return rows;
}

QString newWorkspaceLocation(const QTemporaryDir &dir, const QString &name)
{
    if (!enabled())
        return dir.filePath(name);
    QString error;
    const QString address = createDatabase(&error);
    if (address.isEmpty())
        qFatal("testserver: cannot create a database on the test cluster: %s", qPrintable(error));
    return address;
}

} // namespace testserver
