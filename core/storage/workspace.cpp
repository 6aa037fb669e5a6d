// SPDX-License-Identifier: Apache-2.0
#include "workspace.h"

#include "backend.h"
#include "changefeed.h"
#include "connectionuse.h"
#include "schema.h"
#include "sqlquery.h"
#include "transaction.h"
#include "workspaceutil.h"
#include "util/accountname.h"
#include "util/hashstream.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QThread>
#include <QUuid>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace hoshi {

using namespace detail;

namespace {

// QLockFile creates the lock file, takes flock() on it, then writes who holds it. A process
// killed between the first and the last step leaves a file with no holder named, which
// QLockFile never calls stale. The flock says the truth: it goes with its process.
bool lockFileHeldByALiveProcess(const QString &lockPath)
{
    const int fd = ::open(QFile::encodeName(lockPath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool held = ::flock(fd, LOCK_EX | LOCK_NB) != 0;
    ::close(fd); // releases the flock if this took it
    return held;
}




// Reads the SQLite header ourselves before SQLite parses anything of a foreign file.
struct Header {
    bool isSqlite = false;
    quint32 applicationId = 0;
    quint32 pageSize = 0;
    quint32 pageCount = 0;
    quint32 userVersion = 0; // the schema format; the WAL can not change it without a writer present
};

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData() + offset);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

Header readHeader(const QString &path)
{
    Header header;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return header;
    const QByteArray bytes = file.read(100);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArray("SQLite format 3\0", 16)))
        return header;
    header.isSqlite = true;
    const quint32 rawPageSize = (quint32(uchar(bytes[16])) << 8) | quint32(uchar(bytes[17]));
    header.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    header.pageCount = bigEndian32(bytes, 28);
    header.userVersion = bigEndian32(bytes, 60);
    header.applicationId = bigEndian32(bytes, 68);
    return header;
}

WorkspaceLocation fileLocation(const QString &path)
{
    WorkspaceLocation location;
    location.filePath = path;
    return location;
}

// HOSHI_ACTOR, else the login name; without USER/LOGNAME (cron, CI, services) the account's
// passwd entry still names it, as the GUI's default does.
QString defaultActor()
{
    const QString chosen = qEnvironmentVariable("HOSHI_ACTOR");
    if (!chosen.isEmpty())
        return chosen;
    const QString login = AccountName::loginName();
    return login.isEmpty() ? QStringLiteral("unknown") : login;
}

} // namespace

Workspace::Workspace(const WorkspaceLocation &location, Access access)
    : m_location(location),
      m_path(location.isServer() ? location.display() : QFileInfo(location.filePath).absoluteFilePath()),
      m_access(access),
      m_backend(location.isServer() ? storage::makeServerBackend(location) : storage::makeFileBackend(m_path)),
      m_connectionName(QStringLiteral("hoshi-%1").arg(QUuid::createUuid().toString(QUuid::Id128))),
      m_actor(defaultActor()), m_criteria(CriteriaRegistry::withBuiltins())
{
    if (QFileInfo(CriteriaRegistry::userFolder()).isDir())
        m_criteriaProblems = m_criteria.loadFolder(CriteriaRegistry::userFolder());
}

Workspace::~Workspace()
{
    m_changeFeed.reset(); // stops listening while the connection is still open
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        if (database.isOpen()) {
            m_backend->beforeClose(database, isReadOnly());
            database.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    storage::dropKeptStatements(m_connectionName);
}

ChangeFeed *Workspace::changeFeed()
{
    if (!m_changeFeed && isServer())
        m_changeFeed = ChangeFeed::listen(m_connectionName, [this] { return m_transactionDepth > 0; }, nullptr);
    return m_changeFeed.get();
}

QSqlDatabase Workspace::db() const
{
    storage::noteConnectionUse();
    return QSqlDatabase::database(m_connectionName, false);
}

std::unique_ptr<Workspace> Workspace::create(const QString &path, QString *error)
{
    if (WorkspaceLocation::looksLikeServer(path))
        return createOnServer(path, error);
    if (QFileInfo::exists(path)) {
        setError(error, tr("%1 already exists; choose another name or open it instead.").arg(path));
        return nullptr;
    }
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir()) {
        setError(error, tr("The folder for %1 does not exist.").arg(path));
        return nullptr;
    }
    std::unique_ptr<Workspace> ws(new Workspace(fileLocation(path), Access::ReadWrite));
    ws->m_lock = std::make_unique<QLockFile>(ws->m_path + QStringLiteral(".lock"));
    ws->m_lock->setStaleLockTime(0);
    if (!ws->m_lock->tryLock(0)) {
        setError(error, tr("Cannot create %1: another program is creating it.").arg(path));
        return nullptr;
    }
    if (!ws->openConnection(true, error) || !ws->migrate(error) || !ws->loadStoredCriteria(error)) {
        ws.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return nullptr;
    }
    return ws;
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, Access access, QString *error)
{
    if (WorkspaceLocation::looksLikeServer(path))
        return openOnServer(path, access, error);
    const QFileInfo info(path);
    if (!info.exists()) {
        setError(error, tr("%1 does not exist.").arg(path));
        return nullptr;
    }
    if (!info.isFile()) {
        setError(error, tr("%1 is not a file.").arg(path));
        return nullptr;
    }
    const Header header = readHeader(path);
    if (!header.isSqlite) {
        setError(error, tr("%1 is not a Hoshi workspace (it is not an SQLite database file, or it is empty or cut "
                           "short).").arg(path));
        return nullptr;
    }
    if (header.applicationId != quint32(ApplicationId)) {
        setError(error, tr("%1 is an SQLite database but not a Hoshi workspace.").arg(path));
        return nullptr;
    }
    // Without a WAL file the header's page count must fit in the file; otherwise it was cut short.
    if (!QFileInfo::exists(path + QStringLiteral("-wal")) && header.pageSize > 0
        && qint64(header.pageSize) * header.pageCount > info.size()) {
        setError(error, tr("%1 is damaged: the file is shorter than its own header says (%2 of %3 bytes); it was "
                           "probably truncated while copying. Restore it from a backup.")
                            .arg(path).arg(info.size()).arg(qint64(header.pageSize) * header.pageCount));
        return nullptr;
    }

    if (header.userVersion > quint32(SchemaVersion)) {
        setNewerFormatError(path, int(header.userVersion), error);
        return nullptr;
    }
    // Everything else that may refuse the file is checked on a connection that can not write
    // (no -wal, -shm or lock file is created for a file that is then refused).
    Probe probed;
    if (!probe(path, &probed, error))
        return nullptr;

    std::unique_ptr<Workspace> ws(new Workspace(fileLocation(path), access));
    if (access == Access::ReadWrite) {
        ws->m_lock = std::make_unique<QLockFile>(ws->m_path + QStringLiteral(".lock"));
        ws->m_lock->setStaleLockTime(0); // only a dead owner makes a lock stale
        if (!ws->m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host, app;
            // A holder that took the lock a moment ago may not have written who it is yet.
            for (int i = 0; i < 10 && ws->m_lock->error() == QLockFile::LockFailedError
                            && !ws->m_lock->getLockInfo(&pid, &host, &app); ++i)
                QThread::msleep(20);
            if (ws->m_lock->error() == QLockFile::LockFailedError && !ws->m_lock->getLockInfo(&pid, &host, &app)
                && !lockFileHeldByALiveProcess(ws->m_path + QStringLiteral(".lock")) && ws->m_lock->removeStaleLockFile())
                ws->m_lock->tryLock(0); // the holder died before naming itself
        }
        if (!ws->m_lock->isLocked()) {
            qint64 pid = 0;
            QString host, app;
            if (ws->m_lock->error() == QLockFile::LockFailedError && ws->m_lock->getLockInfo(&pid, &host, &app)) {
                setError(error, tr("%1 is already open in %2 (process %3 on %4). Close it there first, or open it "
                                   "read-only.")
                                    .arg(path, app.isEmpty() ? QStringLiteral("Hoshi") : app)
                                    .arg(pid)
                                    .arg(host));
            } else {
                setError(error, tr("%1 cannot be locked for writing (is the folder read-only?). Open it read-only "
                                   "instead.").arg(path));
            }
            return nullptr;
        }
    }
    if (!ws->openConnection(false, error) || !ws->migrate(error) || !ws->loadStoredCriteria(error))
        return nullptr;
    if (access == Access::ReadWrite) {
        if (!probed.identityKnown)
            ws->recordIdentity();
        // Content of imports that a killed process never finished: nothing refers to it.
        QSqlQuery q(ws->db());
        (void)q.exec(QStringLiteral("DELETE FROM blob_chunk WHERE blob_id IN (SELECT id FROM blob WHERE sha256 IS NULL)"));
        (void)q.exec(QStringLiteral("DELETE FROM blob WHERE sha256 IS NULL"));
    }
    return ws;
}

std::unique_ptr<Workspace> Workspace::openSecondary(const QString &path, QString *error)
{
    const std::optional<WorkspaceLocation> location = WorkspaceLocation::parse(path, error);
    if (!location)
        return nullptr;
    std::unique_ptr<Workspace> ws(new Workspace(*location, Access::ReadWrite));
    if (!ws->openConnection(false, error))
        return nullptr;
    // The server names the user only once connected.
    if (location->isServer() && !ws->adoptServerIdentity(error))
        return nullptr;
    if (!ws->loadStoredCriteria(error))
        return nullptr;
    return ws;
}

bool Workspace::openConnection(bool create, QString *error)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(m_backend->driverName(), m_connectionName);
    return m_backend->open(database, create, isReadOnly(), error);
}

void Workspace::recordIdentity()
{
    QSqlQuery q(db());
    (void)q.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('identity', '%1')"
                                " ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                     .arg(QString(fileIdentity(m_path)).replace(QLatin1Char('\''), QLatin1String("''"))));
}

bool Workspace::migrate(QString *error)
{
    std::optional<int> version = m_backend->schemaVersion(db(), error);
    if (!version)
        return false;
    if (*version > SchemaVersion) {
        setNewerFormatError(m_path, *version, error);
        return false;
    }
    if (*version == SchemaVersion)
        return true;
    if (isReadOnly()) {
        setError(error, tr("%1 uses an older format and must be upgraded; open it for writing once.").arg(m_path));
        return false;
    }
    if (m_backend->isServer()) {
        Transaction transaction(db(), m_transactionDepth);
        // Another client may have upgraded it while this one waited for the lock.
        if (!m_backend->beforeUpgrade(db(), *version, error) || !(version = m_backend->schemaVersion(db(), error)))
            return false;
        if (*version == SchemaVersion)
            return transaction.commit();
        return applyMigrationSteps(*version, error) && commitChange(transaction, error);
    }
    if (!m_backend->beforeUpgrade(db(), *version, error))
        return false;
    Transaction transaction(db(), m_transactionDepth);
    return applyMigrationSteps(*version, error) && commitChange(transaction, error);
}

bool Workspace::applyMigrationSteps(int version, QString *error)
{
    QSqlQuery q(db());
    Q_ASSERT(schema::migrationSteps().size() == SchemaVersion);
    for (int step = version; step < SchemaVersion; ++step) {
        for (const QString &sql : m_backend->migrationStep(step)) {
            if (!q.exec(sql)) {
                setError(error, tr("Cannot upgrade %1 to format %2: %3").arg(m_path).arg(step + 1).arg(q.lastError().text()));
                return false;
            }
        }
        // Step 8 renames stored sets, which needs their JSON parsed: done in code.
        if (step == schema::CriteriaIdentityStep && version > 0 && !migrateLegacyCriteriaIds(error))
            return false;
    }
    if (version == 0) {
        SqlQuery meta(db(), QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"));
        if (!meta.exec({QStringLiteral("created_at"), nowUtc()})
            || !meta.exec({QStringLiteral("workspace_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)})
            || (!m_backend->isServer() && !meta.exec({QStringLiteral("identity"), fileIdentity(m_path)}))) {
            setError(error, tr("Cannot initialise %1: %2").arg(m_path, meta.errorText()));
            return false;
        }
    }
    return m_backend->setSchemaVersion(db(), SchemaVersion, error);
}

bool Workspace::loadStoredCriteria(QString *error)
{
    SqlQuery q(db(), QStringLiteral("SELECT set_id, json FROM criteria_revision ORDER BY set_id, data_revision"));
    if (!q.exec()) {
        setError(error, tr("Cannot read the criteria stored in %1: %2").arg(m_path, q.errorText()));
        return false;
    }
    while (q.next()) {
        CriteriaLoadResult result = CriteriaLoader::loadData(q.value(1).toByteArray(), QStringLiteral("workspace"));
        if (!result.set) {
            setError(error, tr("The criteria set %1 stored in %2 is invalid: %3")
                                .arg(q.text(0), m_path, result.problems.value(0).toString()));
            return false;
        }
        (void)m_stored.add(*result.set);
        (void)m_criteria.add(*result.set); // a conflicting built-in keeps its place for new declarations
    }
    return true;
}

bool Workspace::ensureWritable(QString *error) const
{
    if (m_transactionDepth == 0)
        m_historyFailure.clear(); // left by a change that failed for another reason
    if (isReadOnly()) {
        setError(error, tr("%1 is open read-only; nothing can be changed.").arg(m_path));
        return false;
    }
    return true;
}

bool Workspace::addCriteriaSet(const CriteriaSet &set, QString *error)
{
    if (!ensureWritable(error))
        return false;
    Transaction transaction(db(), m_transactionDepth);
    if (!storeCriteriaSet(set, error))
        return false;
    if (!commitChange(transaction, error))
        return false;
    (void)m_criteria.add(set);
    return true;
}

bool Workspace::storeCriteriaSet(const CriteriaSet &set, QString *error)
{
    if (const CriteriaSet *stored = m_stored.find(set.id, set.dataRevision)) {
        if (stored->json == set.json)
            return true;
        setError(error, tr("This workspace already holds a different data revision %1 of the criteria set %2.")
                            .arg(set.dataRevision).arg(set.id));
        return false;
    }
    const QString sha256 = HashStream::hexOf(set.json);
    // The official id's own row comes first (declarations refer to it); its json is the data
    // first stored under the id and is not read again.
    SqlQuery identity(db(), QStringLiteral("INSERT INTO criteria_set(id, json, sha256, added_at) VALUES (?, ?, ?, ?)"
                                           " ON CONFLICT (id) DO NOTHING"));
    SqlQuery q(db(), QStringLiteral("INSERT INTO criteria_revision(set_id, data_revision, json, sha256, added_at)"
                                    " VALUES (?, ?, ?, ?, ?)"));
    if (!identity.exec({set.id, set.json, sha256, nowUtc()})
        || !q.exec({set.id, set.dataRevision, set.json, sha256, nowUtc()})) {
        setError(error, tr("Cannot store the criteria set %1: %2")
                            .arg(set.id, identity.errorText().isEmpty() ? q.errorText() : identity.errorText()));
        return false;
    }
    (void)m_stored.add(set);
    return true;
}

QString Workspace::workspaceId() const
{
    SqlQuery q(db(), QStringLiteral("SELECT value FROM meta WHERE key = 'workspace_id'"));
    return q.exec() && q.next() ? q.text(0) : QString();
}

const CriteriaSet *Workspace::storedCriteriaFor(qint64 declarationId) const
{
    SqlQuery q(db(), QStringLiteral("SELECT criteria_set_id, criteria_data_revision FROM declaration WHERE id = ?"));
    if (!q.exec({declarationId}) || !q.next())
        return nullptr;
    return m_stored.find(q.text(0), int(q.integer(1)));
}

void Workspace::record(qint64 declarationId, qint64 organisationId, const QString &itemId, const QString &action,
                       const QString &summary)
{
    SqlQuery q(db(), QStringLiteral("INSERT INTO history(at, actor, account, declaration_id, organisation_id, item_id,"
                                    " action, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q.exec({nowUtc(), m_actor, AccountName::osAccount(), declarationId > 0 ? QVariant(declarationId) : QVariant(),
                 organisationId > 0 ? QVariant(organisationId) : QVariant(), itemId, action, summary})
        && m_historyFailure.isEmpty())
        m_historyFailure = q.errorText();
}

bool Workspace::commitChange(Transaction &transaction, QString *error)
{
    if (!m_historyFailure.isEmpty()) {
        setError(error, tr("Cannot record the history: %1").arg(m_historyFailure));
        m_historyFailure.clear();
        return false; // the transaction rolls back: no change without its history entry
    }
    return detail::commitOrError(transaction, db(), error);
}

void Workspace::recordForEvidence(qint64 evidenceId, const QString &action, const QString &summary)
{
    // One entry for each answer the evidence backs, written by one statement.
    SqlQuery q(db(), QStringLiteral("INSERT INTO history(at, actor, account, declaration_id, organisation_id, item_id,"
                                    " action, summary) SELECT CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT),"
                                    " a.declaration_id, a.organisation_id, a.item_id, CAST(? AS TEXT), CAST(? AS TEXT)"
                                    " FROM evidence_link l JOIN assessment a ON a.id = l.assessment_id"
                                    " WHERE l.evidence_id = ? ORDER BY l.assessment_id"));
    if (!q.exec({nowUtc(), m_actor, AccountName::osAccount(), action, summary, evidenceId}) && m_historyFailure.isEmpty())
        m_historyFailure = q.errorText();
}

QList<HistoryEntry> Workspace::history(qint64 declarationId, const QString &itemId) const
{
    // Vendor-scope answers are recorded against the organisation, so include those too.
    SqlQuery q(db(), QStringLiteral(
                         "SELECT h.id, h.at, h.actor, h.item_id, h.action, h.summary FROM history h"
                         " WHERE (h.declaration_id = ? OR (h.declaration_id IS NULL AND h.organisation_id ="
                         "  (SELECT p.organisation_id FROM declaration d JOIN product p ON p.id = d.product_id"
                         "   WHERE d.id = ?)))"
                         " AND (? = '' OR h.item_id = ?) ORDER BY h.id DESC"));
    QList<HistoryEntry> entries;
    if (!q.exec({declarationId, declarationId, itemId, itemId}))
        return entries;
    while (q.next()) {
        entries.append({q.integer(0), QDateTime::fromString(q.text(1), Qt::ISODateWithMs), q.text(2), q.text(3),
                        q.text(4), q.text(5)});
    }
    return entries;
}

bool Workspace::compact(QString *error)
{
    if (!ensureWritable(error))
        return false;
    return m_backend->compact(db(), error);
}

QString Workspace::integrityCheck() const
{
    return m_backend->integrityCheck(db());
}

} // namespace hoshi
