// SPDX-License-Identifier: Apache-2.0
// Checks made before a workspace is opened for real: they run on a connection that can not write,
// so a file that is refused (damaged, newer) is left exactly as it was, without -wal, -shm or lock
// files beside it.
#include "workspace.h"
#include "workspaceutil.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <sys/stat.h>

namespace hoshi {

namespace detail {

QString fileIdentity(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return QStringLiteral("%1:%2:%3").arg(QFileInfo(path).absoluteFilePath()).arg(st.st_dev).arg(st.st_ino);
}

QString readOnlyDatabaseName(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Without a -wal file nobody has the workspace open (every writer keeps one while it is
    // open), and the main file holds everything: read it as immutable so SQLite creates nothing.
    // With a -wal file a writer is present or crashed; its -wal and -shm are read as they are.
    const bool walPresent = QFileInfo::exists(absolute + QStringLiteral("-wal"));
    return QUrl::fromLocalFile(absolute).toString(QUrl::FullyEncoded)
        + (walPresent ? QStringLiteral("?mode=ro") : QStringLiteral("?mode=ro&immutable=1"));
}

void setNewerFormatError(const QString &path, int version, QString *error)
{
    setError(error, Workspace::tr("%1 was written by a newer Hoshi (format %2; this version reads up to %3). Update "
                                  "Hoshi to open it.").arg(path).arg(version).arg(Workspace::SchemaVersion));
}

} // namespace detail

using namespace detail;

namespace {

bool soundAndCurrent(const QSqlDatabase &database, const QString &path, bool *identityKnown, QString *error)
{
    QSqlQuery q(database);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        setError(error, Workspace::tr("%1 cannot be read: %2").arg(path, q.lastError().text()));
        return false;
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version > Workspace::SchemaVersion) {
        setNewerFormatError(path, version, error);
        return false;
    }
    // A file copied, moved or received from elsewhere is checked page by page before use.
    QString known;
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'identity'")) && q.next())
        known = q.value(0).toString();
    q.finish();
    *identityKnown = known == fileIdentity(path);
    if (*identityKnown && QFileInfo(path).size() >= 64 * 1024 * 1024)
        return true;
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()) {
        setError(error, Workspace::tr("%1 is damaged and cannot be read: %2").arg(path, q.lastError().text()));
        return false;
    }
    const QString verdict = q.value(0).toString();
    if (verdict != QLatin1String("ok")) {
        setError(error, Workspace::tr("%1 is damaged (%2). Restore it from a backup.").arg(path, verdict));
        return false;
    }
    return true;
}

} // namespace

bool Workspace::probe(const QString &path, Probe *probe, QString *error)
{
    const QString connection = QStringLiteral("hoshi-probe-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    bool ok = false;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(readOnlyDatabaseName(path));
        database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000;QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (!database.open())
            setError(error, tr("Cannot open %1: %2").arg(path, database.lastError().text()));
        else
            ok = soundAndCurrent(database, QFileInfo(path).absoluteFilePath(), &probe->identityKnown, error);
        database.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace hoshi
