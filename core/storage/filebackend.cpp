// SPDX-License-Identifier: Apache-2.0
// The file backend: one SQLite database in WAL mode, the schema version in PRAGMA user_version.
#include "backend.h"

#include "schema.h"
#include "workspace.h"
#include "workspaceutil.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace hoshi::storage {

namespace {

class FileBackend final : public Backend
{
public:
    explicit FileBackend(QString path) : m_path(std::move(path)) {}

    bool isServer() const override { return false; }
    QString driverName() const override { return QStringLiteral("QSQLITE"); }

    bool open(QSqlDatabase &database, bool create, bool readOnly, QString *error) const override
    {
        database.setDatabaseName(readOnly ? detail::readOnlyDatabaseName(m_path) : m_path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
        database.setConnectOptions(options);
        if (!database.open()) {
            detail::setError(error, Workspace::tr("Cannot open %1: %2").arg(m_path, database.lastError().text()));
            return false;
        }
        QSqlQuery q(database);
        QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA trusted_schema = OFF")};
        if (create) {
            // Larger pages suit the 1 MiB content chunks; must be set before WAL.
            pragmas << QStringLiteral("PRAGMA page_size = 16384")
                    << QStringLiteral("PRAGMA application_id = %1").arg(Workspace::ApplicationId);
        }
        if (!readOnly)
            pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL");
        for (const QString &pragma : pragmas) {
            if (!q.exec(pragma)) {
                detail::setError(error, Workspace::tr("%1 cannot be used: %2").arg(m_path, q.lastError().text()));
                return false;
            }
        }
        return true;
    }

    std::optional<int> schemaVersion(const QSqlDatabase &database, QString *error) const override
    {
        QSqlQuery q(database);
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            detail::setError(error, Workspace::tr("%1 cannot be read: %2").arg(m_path, q.lastError().text()));
            return std::nullopt;
        }
        return q.value(0).toInt();
    }

    bool setSchemaVersion(const QSqlDatabase &database, int version, QString *error) const override
    {
        QSqlQuery q(database);
        if (q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
            return true;
        detail::setError(error, Workspace::tr("Cannot upgrade %1: %2").arg(m_path, q.lastError().text()));
        return false;
    }

    QStringList migrationStep(int step) const override { return schema::migrationSteps().at(step); }

    bool beforeUpgrade(const QSqlDatabase &database, int fromVersion, QString *error) const override
    {
        if (fromVersion == 0)
            return true;
        // A snapshot before changing the format, so an upgrade can never lose data.
        const QString backup = m_path + QStringLiteral(".format%1.bak").arg(fromVersion);
        QFile::remove(backup);
        QSqlQuery q(database);
        if (q.exec(QStringLiteral("VACUUM INTO '%1'").arg(QString(backup).replace(QLatin1Char('\''), QLatin1String("''")))))
            return true;
        detail::setError(error, Workspace::tr("Cannot back up %1 before upgrading it: %2").arg(m_path, q.lastError().text()));
        return false;
    }

    QList<std::pair<QString, QString>> referencesTo(const QSqlDatabase &database, const QString &target) const override
    {
        QList<std::pair<QString, QString>> references;
        QSqlQuery tables(database);
        if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
            return references;
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        QSqlQuery keys(database);
        keys.prepare(QStringLiteral("SELECT \"table\", \"from\" FROM pragma_foreign_key_list(?)"));
        for (const QString &table : names) {
            keys.bindValue(0, table);
            if (!keys.exec())
                continue;
            while (keys.next()) {
                if (keys.value(0).toString() == target)
                    references.append({table, keys.value(1).toString()});
            }
        }
        return references;
    }

    QString integrityCheck(const QSqlDatabase &database) const override
    {
        QSqlQuery q(database);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
            return q.lastError().text();
        QStringList lines;
        while (q.next())
            lines << q.value(0).toString();
        return lines.join(QLatin1Char('\n'));
    }

    bool compact(const QSqlDatabase &database, QString *error) const override
    {
        QSqlQuery q(database);
        if (q.exec(QStringLiteral("VACUUM")) && q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            return true;
        detail::setError(error, Workspace::tr("Cannot compact %1: %2").arg(m_path, q.lastError().text()));
        return false;
    }

    void afterLargeWrite(const QSqlDatabase &database) const override
    {
        QSqlQuery(database).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); // give the WAL's space back
    }

    // One user: all content of the file is theirs.
    bool mayReuseContent(const QSqlDatabase &, qint64) const override { return true; }
    bool claimContent(const QSqlDatabase &, qint64, qint64, QString *) const override { return true; }

    void beforeClose(const QSqlDatabase &database, bool readOnly) const override
    {
        if (!readOnly)
            QSqlQuery(database).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }

private:
    QString m_path;
};

} // namespace

std::unique_ptr<Backend> makeFileBackend(const QString &absolutePath)
{
    return std::make_unique<FileBackend>(absolutePath);
}

} // namespace hoshi::storage
