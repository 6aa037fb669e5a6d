// SPDX-License-Identifier: Apache-2.0
#include "serversupport.h"

#include "benchsupport.h"
#include "storage/location.h"
#include "storage/statementcache.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace hoshi::bench {

namespace {

// Runs work on a short-lived connection of its own, configured the way the server backend
// configures a workspace's connection.
template <typename Work>
bool withConnection(const QString &url, QString *error, Work work)
{
    const std::optional<WorkspaceLocation> location = WorkspaceLocation::parse(url, error);
    if (!location)
        return false;
    const QString name = QStringLiteral("bench-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        location->configure(db);
        if (db.open())
            ok = work(db);
        else if (error)
            *error = db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    hoshi::storage::dropKeptStatements(name);
    return ok;
}

QString withDatabase(const QString &url, const QString &database)
{
    QUrl u(url);
    u.setPath(QLatin1Char('/') + database);
    return u.toString();
}

bool runScript(const QStringList &args, QString *error)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGCLUSTER_DURABLE"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("bash"), QStringList{QStringLiteral(HOSHI_SOURCE_DIR "/tools/pgcluster.sh")} + args);
    if (p.waitForFinished(-1) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        return true;
    *error = QString::fromLocal8Bit(p.readAllStandardError());
    return false;
}

} // namespace

BenchServer::BenchServer(const QString &url, const QString &clusterDir)
{
    if (!url.isEmpty()) {
        m_baseUrl = url;
        return;
    }
    if (!runScript({QStringLiteral("start"), clusterDir}, &m_error))
        return;
    m_clusterDir = clusterDir;
    m_baseUrl = QStringLiteral("postgresql:///postgres?host=%1&user=hoshi").arg(clusterDir);
}

BenchServer::~BenchServer()
{
    for (const QString &db : std::as_const(m_databases)) {
        QString ignored;
        withConnection(m_baseUrl, &ignored, [&](QSqlDatabase &c) {
            return QSqlQuery(c).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(db));
        });
    }
    QString ignored;
    if (!m_clusterDir.isEmpty())
        (void)runScript({QStringLiteral("stop"), m_clusterDir}, &ignored);
}

QString BenchServer::createDatabase(const QString &suffix, QString *error)
{
    const QString name = QStringLiteral("hoshi_bench_%1_%2").arg(QCoreApplication::applicationPid()).arg(suffix);
    const bool ok = withConnection(m_baseUrl, error, [&](QSqlDatabase &c) {
        QSqlQuery q(c);
        if (q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            return true;
        *error = q.lastError().text();
        return false;
    });
    if (!ok)
        return {};
    m_databases << name;
    return withDatabase(m_baseUrl, name);
}

std::optional<QString> BenchServer::queryValue(const QString &url, const QString &sql, QString *error) const
{
    std::optional<QString> value;
    withConnection(url, error, [&](QSqlDatabase &c) {
        QSqlQuery q(c);
        if (!q.exec(sql) || !q.next()) {
            *error = q.lastError().text();
            return false;
        }
        value = q.value(0).toString();
        return true;
    });
    return value;
}

QString BenchServer::describe() const
{
    QStringList parts;
    for (const char *setting : {"server_version", "fsync", "synchronous_commit", "full_page_writes", "shared_buffers",
                                "wal_level", "max_wal_size"}) {
        QString error;
        parts << QStringLiteral("%1=%2").arg(QLatin1String(setting),
                                            queryValue(m_baseUrl, QStringLiteral("SHOW %1").arg(QLatin1String(setting)), &error)
                                                .value_or(QStringLiteral("?")));
    }
    return parts.join(QLatin1String(", "));
}

qint64 BenchServer::backendPeakRssKb(const QString &database) const
{
    QString error;
    const std::optional<QString> pid = queryValue(
        m_baseUrl,
        QStringLiteral("SELECT max(pid) FROM pg_stat_activity WHERE datname = '%1' AND backend_type = 'client backend'"
                       " HAVING count(*) = 1")
            .arg(database),
        &error);
    QFile status(QStringLiteral("/proc/%1/status").arg(pid.value_or(QStringLiteral("none"))));
    if (!pid || !status.open(QIODevice::ReadOnly))
        return -1;
    const auto m = QRegularExpression(QStringLiteral("VmHWM:\\s+(\\d+) kB")).match(QString::fromLatin1(status.readAll()));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

double Latencies::percentile(double p) const
{
    if (ms.isEmpty())
        return 0;
    QList<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype rank = std::clamp<qsizetype>(qsizetype(std::ceil(p * sorted.size())) - 1, 0, sorted.size() - 1);
    return sorted.at(rank);
}

double Latencies::max() const
{
    return ms.isEmpty() ? 0 : *std::max_element(ms.begin(), ms.end());
}

QString Latencies::summary() const
{
    return QStringLiteral("p50 %1 ms, p95 %2 ms, max %3 ms (%4 edits)")
        .arg(percentile(0.5), 0, 'f', 2)
        .arg(percentile(0.95), 0, 'f', 2)
        .arg(max(), 0, 'f', 1)
        .arg(ms.size());
}

} // namespace hoshi::bench
