// SPDX-License-Identifier: Apache-2.0
// Evidence file content: streamed in, hashed once, stored once per SHA-256 in ~1 MiB chunks.
#include "workspace.h"

#include "backend.h"
#include "evidencerows.h"
#include "chunkio.h"
#include "sqlquery.h"
#include "transaction.h"
#include "workspaceutil.h"
#include "util/hashstream.h"
#include "util/errors.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSqlError>

#include <functional>
#include <future>
#include <optional>

#include <unistd.h>

namespace hoshi {

using namespace detail;

namespace {

// Whether the evidence record exists: one statement (Workspace::evidence() also reads its files).
bool evidenceExists(const QSqlDatabase &db, qint64 evidenceId)
{
    SqlQuery q(db, QStringLiteral("SELECT 1 FROM evidence WHERE id = ?"));
    return q.exec({evidenceId}) && q.next();
}

// Chunks are committed in batches so a many-GB import neither holds the write lock for
// minutes nor grows the WAL to the size of the file. Until the last step the blob has no
// hash and nothing refers to it; a crash leaves an orphan that the next open removes.
constexpr int ChunksPerBatch = 64;

// Stores content held in memory under a hash (an invalid sha256: an unfinished upload); its id or -1.
qint64 insertContent(const QSqlDatabase &db, const QVariant &sha256, const QByteArray &data, QString *failure)
{
    SqlQuery blob(db, QStringLiteral("INSERT INTO blob(sha256, size, created_at) VALUES (?, ?, ?) RETURNING id"));
    if (!blob.exec({sha256, data.size(), nowUtc()})) {
        setError(failure, blob.errorText());
        return -1;
    }
    const qint64 blobId = blob.insertedId();
    storage::ChunkWriter chunks(db);
    for (qint64 offset = 0, seq = 0; offset < data.size() || seq == 0; offset += Workspace::ChunkSize, ++seq) {
        QString why;
        if (!chunks.write(blobId, seq, data.mid(offset, Workspace::ChunkSize), &why)) {
            setError(failure, why);
            return -1;
        }
    }
    return blobId;
}

bool removeContent(const QSqlDatabase &db, qint64 blobId, QString *failure)
{
    SqlQuery chunks(db, QStringLiteral("DELETE FROM blob_chunk WHERE blob_id = ?"));
    SqlQuery blob(db, QStringLiteral("DELETE FROM blob WHERE id = ?"));
    if (chunks.exec({blobId}) && blob.exec({blobId}))
        return true;
    setError(failure, chunks.errorText() + blob.errorText());
    return false;
}

// Fills the whole buffer unless the file ends: read() may return less than asked for on pipes
// and some filesystems. -1 on a read error.
qint64 fillChunk(QFile &source, QByteArray &buffer)
{
    qint64 filled = 0;
    while (filled < buffer.size()) {
        const qint64 n = source.read(buffer.data() + filled, buffer.size() - filled);
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        filled += n;
    }
    return filled;
}

// Content of the same size is already stored: hash first, and if it is the same content, its
// blob is referred to without writing a second copy (a many-GB write only to delete it again).
// Only then is the file read twice; new content is read once. -1 when no blob holds it;
// *failed when the file could not be hashed.
qint64 blobWithSameContent(const QSqlDatabase &db, const QString &filePath, qint64 size, bool *failed, QString *error)
{
    SqlQuery sameSize(db, QStringLiteral("SELECT id, sha256 FROM blob WHERE size = ? AND sha256 IS NOT NULL"));
    QHash<QString, qint64> candidates;
    if (sameSize.exec({size})) {
        while (sameSize.next())
            candidates.insert(sameSize.text(1), sameSize.integer(0));
    }
    if (candidates.isEmpty())
        return -1;
    const QString sha256 = HashStream::hexOfFile(filePath, HashStream::Algorithm::Sha256, error);
    *failed = sha256.isEmpty();
    return candidates.value(sha256, -1);
}

// One chunk of the file, read and hashed ahead while the previous one is being stored.
struct ReadAhead {
    QByteArray data;
    qint64 filled = 0; // -1: the read failed
};

ReadAhead readAndHash(QFile &source, HashStream *hash)
{
    ReadAhead chunk{QByteArray(Workspace::ChunkSize, Qt::Uninitialized), 0};
    chunk.filled = fillChunk(source, chunk.data);
    if (chunk.filled >= 0) {
        chunk.data.truncate(chunk.filled);
        hash->addData(chunk.data.constData(), chunk.filled);
    }
    return chunk;
}

// Streams the file into chunks of the pending blob, one transaction per batch, hashing on the
// way. Returns why it stopped early (cancel, read or write failure), empty when complete.
// The next chunk is read and hashed on another thread while the current one is stored, so the
// disk, the hash and the database (on a server: the network and the server process) overlap;
// chunks are hashed in order, one reader at a time.
QString copyIntoChunks(const QSqlDatabase &db, int &transactionDepth, QFile &source, const QString &name,
                       qint64 pendingId, const ProgressCallback &progress, HashStream *hash, qint64 *done)
{
    const qint64 total = source.size();
    int seq = 0;
    bool complete = false;
    QString failure;
    std::future<ReadAhead> next = std::async(std::launch::async, readAndHash, std::ref(source), hash);
    while (!complete && failure.isEmpty()) {
        Transaction batch(db, transactionDepth);
        storage::ChunkWriter chunks(db);
        for (int i = 0; i < ChunksPerBatch && !complete && failure.isEmpty(); ++i) {
            const ReadAhead chunk = next.get();
            if (chunk.filled < 0) {
                failure = Workspace::tr("Cannot read %1: %2").arg(source.fileName(), source.errorString());
                break;
            }
            if (chunk.filled == 0 && seq > 0) {
                complete = true;
                break;
            }
            complete = chunk.filled < Workspace::ChunkSize;
            if (!complete)
                next = std::async(std::launch::async, readAndHash, std::ref(source), hash);
            QString why;
            if (!chunks.write(pendingId, seq++, chunk.data, &why)) {
                failure = Workspace::tr("Cannot store %1: %2 (is the disk full?)").arg(name, why);
                break;
            }
            *done += chunk.filled;
        }
        if (failure.isEmpty() && !batch.commit())
            failure = Workspace::tr("Cannot store %1: %2 (is the disk full?)").arg(name, db.lastError().text());
        if (failure.isEmpty() && progress && !progress(*done, total))
            failure = Workspace::tr("Import of %1 cancelled.").arg(name);
    }
    if (next.valid())
        next.wait(); // a chunk read ahead for nothing (failure, cancel): the file stays in use until then
    return failure;
}

// A blob without a hash for content about to be streamed in, committed at once; its id, or -1
// with *failure.
qint64 insertPendingBlob(const QSqlDatabase &db, int &transactionDepth, QString *failure)
{
    Transaction transaction(db, transactionDepth);
    SqlQuery q(db, QStringLiteral("INSERT INTO blob(sha256, size, created_at) VALUES (NULL, 0, ?) RETURNING id"));
    const qint64 id = q.exec({nowUtc()}) ? q.insertedId() : -1;
    if (id >= 0 && transaction.commit())
        return id;
    *failure = q.errorText();
    return -1;
}

// What an unfinished import stored; best effort (an orphan left behind is removed on the next open).
void dropPendingBlob(const QSqlDatabase &db, int &transactionDepth, qint64 pendingId)
{
    Transaction cleanup(db, transactionDepth);
    SqlQuery chunks(db, QStringLiteral("DELETE FROM blob_chunk WHERE blob_id = ?"));
    SqlQuery blob(db, QStringLiteral("DELETE FROM blob WHERE id = ?"));
    if (chunks.exec({pendingId}) && blob.exec({pendingId}))
        (void)cleanup.commit();
}

// The pending blob gets its hash, or is dropped when that content is stored already (one copy is
// kept). Returns the blob that holds the content, -1 on failure. Runs inside the caller's
// transaction.
qint64 finishPendingBlob(const storage::Backend &backend, const QSqlDatabase &db, qint64 pendingId,
                         const QString &sha256, qint64 size, const QString &name, QString *error)
{
    SqlQuery existing(db, QStringLiteral("SELECT id FROM blob WHERE sha256 = ?"));
    if (existing.exec({sha256}) && existing.next()) {
        // On a server, keeping the stored copy requires proving the upload held the same bytes.
        QString failure;
        if (!backend.claimContent(db, pendingId, existing.integer(0), &failure)) {
            setError(error, Workspace::tr("Cannot store %1: %2").arg(name, failure));
            return -1;
        }
        SqlQuery chunks(db, QStringLiteral("DELETE FROM blob_chunk WHERE blob_id = ?"));
        SqlQuery blob(db, QStringLiteral("DELETE FROM blob WHERE id = ?"));
        if (!chunks.exec({pendingId}) || !blob.exec({pendingId})) {
            setError(error, Workspace::tr("Cannot store %1: %2").arg(name, chunks.errorText()));
            return -1;
        }
        return existing.integer(0);
    }
    SqlQuery finish(db, QStringLiteral("UPDATE blob SET sha256 = ?, size = ? WHERE id = ?"));
    if (!finish.exec({sha256, size, pendingId})) {
        setError(error, Workspace::tr("Cannot store %1: %2").arg(name, finish.errorText()));
        return -1;
    }
    return pendingId;
}

} // namespace

qint64 detail::storeContent(const storage::Backend &backend, const QSqlDatabase &db, const QByteArray &data,
                            const QString &name, QString *error)
{
    const QString sha256 = HashStream::hexOf(data);
    QString failure;
    SqlQuery existing(db, QStringLiteral("SELECT id FROM blob WHERE sha256 = ?"));
    if (existing.exec({sha256}) && existing.next()) {
        const qint64 blobId = existing.integer(0);
        // Content the user cannot read yet: upload it too, so the server can see it is the same.
        if (!backend.mayReuseContent(db, blobId)) {
            const qint64 upload = insertContent(db, QVariant(), data, &failure);
            if (upload < 0 || !backend.claimContent(db, upload, blobId, &failure) || !removeContent(db, upload, &failure)) {
                setError(error, Workspace::tr("Cannot store %1: %2").arg(name, failure));
                return -1;
            }
        }
        return blobId;
    }
    const qint64 blobId = insertContent(db, sha256, data, &failure);
    if (blobId < 0)
        setError(error, Workspace::tr("Cannot store %1: %2").arg(name, failure));
    return blobId;
}

QList<EvidenceFile> Workspace::filesOf(qint64 evidenceId) const
{
    SqlQuery q(db(), QStringLiteral("SELECT %1 FROM evidence_file f JOIN blob b ON b.id = f.blob_id WHERE f.evidence_id = ?"
                                    " ORDER BY f.id")
                         .arg(QLatin1String(evidencerows::fileColumns)));
    QList<EvidenceFile> list;
    if (q.exec({evidenceId})) {
        while (q.next())
            list.append(evidencerows::fileFrom(q));
    }
    return list;
}

std::optional<EvidenceFile> Workspace::file(qint64 fileId) const
{
    SqlQuery q(db(), QStringLiteral("SELECT f.id, f.evidence_id, b.sha256, f.original_name, f.media_type, f.size, f.added_at"
                                    " FROM evidence_file f JOIN blob b ON b.id = f.blob_id WHERE f.id = ?"));
    if (q.exec({fileId}) && q.next())
        return EvidenceFile{q.integer(0), q.integer(1), q.text(2), q.text(3), q.text(4), q.integer(5),
                            QDateTime::fromString(q.text(6), Qt::ISODateWithMs)};
    return std::nullopt;
}

qint64 Workspace::storedBlobCount() const
{
    SqlQuery q(db(), QStringLiteral("SELECT count(*) FROM blob WHERE sha256 IS NOT NULL"));
    return q.exec() && q.next() ? q.integer(0) : -1;
}

qint64 Workspace::storeFileRow(qint64 evidenceId, qint64 blobId, const QString &name, qint64 size,
                               const QString &mediaType, QString *error)
{
    SqlQuery q(db(), QStringLiteral("INSERT INTO evidence_file(evidence_id, blob_id, original_name, media_type, size,"
                                    " added_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    if (!q.exec({evidenceId, blobId, name, mediaType, size, nowUtc()})) {
        setError(error, tr("Cannot attach %1: %2").arg(name, q.errorText()));
        return -1;
    }
    const qint64 id = q.insertedId();
    recordForEvidence(evidenceId, QStringLiteral("file-attached"), tr("File attached: %1 (%2 bytes)").arg(name).arg(size));
    return id;
}

qint64 Workspace::attachFile(qint64 evidenceId, const QString &filePath, QString *error,
                             const ProgressCallback &progress)
{
    if (!ensureWritable(error))
        return -1;
    if (!evidenceExists(db(), evidenceId)) {
        setError(error, tr("There is no evidence with the id %1.").arg(evidenceId));
        return -1;
    }
    const QFileInfo info(filePath);
    // Regular files, but also pipes (hoshi-cli evidence add --file /dev/stdin); never folders.
    // (QFileInfo::exists() says false for a FIFO, so ask the OS.)
    if (info.isDir() || ::access(QFile::encodeName(filePath).constData(), F_OK) != 0) {
        setError(error, tr("%1 is not a file.").arg(filePath));
        return -1;
    }
    QFile source(filePath);
    if (!source.open(QIODevice::ReadOnly)) {
        setError(error, tr("Cannot read %1: %2").arg(filePath, source.errorString()));
        return -1;
    }
    const qint64 total = source.size();
    const QString mediaType = QMimeDatabase().mimeTypeForFile(info).name();

    // A file of at most one chunk is read at once and stored like attachData(): one
    // transaction of a few statements, where streaming takes three transactions and about
    // twice the round trips (most evidence files are small; on a server each round trip counts).
    if (info.isFile() && total <= ChunkSize) {
        const QByteArray data = source.readAll();
        if (data.size() != total) {
            setError(error, tr("Cannot read %1: %2").arg(filePath, source.errorString()));
            return -1;
        }
        Transaction transaction(db(), m_transactionDepth);
        const qint64 blobId = storeContent(*m_backend, db(), data, info.fileName(), error);
        const qint64 fileId = blobId < 0 ? -1 : storeFileRow(evidenceId, blobId, info.fileName(), total, mediaType, error);
        if (fileId < 0 || !commitChange(transaction, error))
            return -1;
        if (progress)
            progress(total, total);
        return fileId;
    }
    if (info.isFile()) {
        bool failed = false;
        const qint64 sameBlob = blobWithSameContent(db(), filePath, total, &failed, error);
        if (failed)
            return -1;
        if (sameBlob >= 0 && m_backend->mayReuseContent(db(), sameBlob)) {
            Transaction transaction(db(), m_transactionDepth);
            const qint64 fileId = storeFileRow(evidenceId, sameBlob, info.fileName(), total, mediaType, error);
            if (fileId < 0 || !commitChange(transaction, error))
                return -1;
            if (progress)
                progress(total, total);
            return fileId;
        }
    }

    // A file that fits in one batch is stored in one transaction (the steps below become
    // savepoints): one commit, so one flush of the journal to disk per file instead of three.
    std::optional<Transaction> whole;
    if (info.isFile() && total <= ChunksPerBatch * ChunkSize)
        whole.emplace(db(), m_transactionDepth);
    QString failure;
    const qint64 pendingId = insertPendingBlob(db(), m_transactionDepth, &failure);
    if (pendingId < 0) {
        setError(error, tr("Cannot store %1: %2").arg(info.fileName(), failure));
        return -1;
    }
    HashStream hash;
    qint64 done = 0;
    failure = copyIntoChunks(db(), m_transactionDepth, source, info.fileName(), pendingId, progress, &hash, &done);
    if (!failure.isEmpty()) {
        dropPendingBlob(db(), m_transactionDepth, pendingId);
        setError(error, failure);
        return -1;
    }

    Transaction transaction(db(), m_transactionDepth);
    const qint64 blobId = finishPendingBlob(*m_backend, db(), pendingId, hash.hexResult(), done, info.fileName(), error);
    if (blobId < 0)
        return -1;
    const qint64 fileId = storeFileRow(evidenceId, blobId, info.fileName(), done, mediaType, error);
    if (fileId < 0 || !commitChange(transaction, error) || (whole && !commitOrError(*whole, db(), error)))
        return -1;
    if (done >= 256 * ChunkSize)
        m_backend->afterLargeWrite(db());
    return fileId;
}

qint64 Workspace::attachData(qint64 evidenceId, const QString &originalName, const QByteArray &data, QString *error)
{
    if (!ensureWritable(error))
        return -1;
    if (!evidenceExists(db(), evidenceId)) {
        setError(error, tr("There is no evidence with the id %1.").arg(evidenceId));
        return -1;
    }
    Transaction transaction(db(), m_transactionDepth);
    const qint64 blobId = storeContent(*m_backend, db(), data, originalName, error);
    if (blobId < 0)
        return -1;
    const QString mediaType = QMimeDatabase().mimeTypeForFileNameAndData(originalName, data).name();
    const qint64 fileId = storeFileRow(evidenceId, blobId, originalName, data.size(), mediaType, error);
    if (fileId < 0 || !commitChange(transaction, error))
        return -1;
    return fileId;
}

bool Workspace::removeFile(qint64 fileId, QString *error)
{
    if (!ensureWritable(error))
        return false;
    const std::optional<EvidenceFile> f = file(fileId);
    if (!f) {
        setError(error, tr("There is no evidence file with the id %1.").arg(fileId));
        return false;
    }
    Transaction transaction(db(), m_transactionDepth);
    recordForEvidence(f->evidenceId, QStringLiteral("file-removed"), tr("File removed: %1").arg(f->originalName));
    SqlQuery remove(db(), QStringLiteral("DELETE FROM evidence_file WHERE id = ?"));
    // Content no other file (nor an attached official form) refers to goes too (its chunks cascade).
    SqlQuery orphan(db(), QStringLiteral("DELETE FROM blob WHERE sha256 = ? AND NOT EXISTS"
                                         " (SELECT 1 FROM evidence_file f WHERE f.blob_id = blob.id)"
                                         " AND NOT EXISTS (SELECT 1 FROM declaration_form g WHERE g.blob_id = blob.id)"));
    if (!remove.exec({fileId}) || !orphan.exec({f->sha256})) {
        setError(error, tr("Cannot remove %1: %2").arg(f->originalName, remove.errorText() + orphan.errorText()));
        return false;
    }
    if (!commitChange(transaction, error))
        return false;
    return true;
}

bool Workspace::forEachChunk(const QString &sha256, const std::function<bool(const QByteArray &)> &sink,
                             QString *error) const
{
    SqlQuery blob(db(), QStringLiteral("SELECT id FROM blob WHERE sha256 = ?"));
    if (!blob.exec({sha256}) || !blob.next()) {
        setError(error, blob.errorText().trimmed().isEmpty()
                            ? tr("The workspace holds no content %1.").arg(sha256)
                            : tr("Cannot read stored content %1: %2").arg(sha256, blob.errorText()));
        return false;
    }
    const qint64 blobId = blob.integer(0);
    // One chunk per query: memory stays at one chunk on both backends, and the sink may run
    // queries of its own in between.
    storage::ChunkReader chunks(db());
    for (qint64 seq = 0;; ++seq) {
        QByteArray data;
        bool found = false;
        QString why;
        if (!chunks.read(blobId, seq, &data, &found, &why)) {
            setError(error, tr("Cannot read stored content %1: %2").arg(sha256, why));
            return false;
        }
        if (!found) {
            if (seq > 0)
                return true;
            setError(error, tr("The workspace holds no content %1.").arg(sha256));
            return false;
        }
        if (!sink(data)) {
            setError(error, tr("Reading stored content %1 was stopped.").arg(sha256));
            return false;
        }
    }
}

bool Workspace::readContent(const QString &sha256, QIODevice *out, QString *error, const ProgressCallback &progress) const
{
    qint64 done = 0;
    QString writeError;
    const bool ok = forEachChunk(sha256, [&](const QByteArray &chunk) {
        if (out->write(chunk) != chunk.size()) {
            writeError = tr("Cannot write: %1").arg(out->errorString());
            return false;
        }
        done += chunk.size();
        return !progress || progress(done, -1);
    }, error);
    if (!writeError.isEmpty())
        setError(error, writeError);
    return ok;
}

bool Workspace::verifyContent(const QString &sha256, QString *error) const
{
    SqlQuery sizeQuery(db(), QStringLiteral("SELECT size FROM blob WHERE sha256 = ?"));
    if (!sizeQuery.exec({sha256}) || !sizeQuery.next()) {
        setError(error, tr("The workspace holds no content %1.").arg(sha256));
        return false;
    }
    const qint64 expectedSize = sizeQuery.integer(0);
    HashStream hash;
    qint64 size = 0;
    if (!forEachChunk(sha256, [&](const QByteArray &chunk) {
            hash.addData(chunk);
            size += chunk.size();
            return true;
        }, error))
        return false;
    const QString actual = hash.hexResult();
    if (actual != sha256 || size != expectedSize) {
        setError(error, tr("Stored content no longer matches its SHA-256 (expected %1, found %2; %3 of %4 bytes).")
                            .arg(sha256, actual).arg(size).arg(expectedSize));
        return false;
    }
    return true;
}

} // namespace hoshi
