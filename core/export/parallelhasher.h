#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <thread>

namespace hoshi {

class HashStream;

// SHA-256 and SHA-512 of one stream at a time, the SHA-512 on a second thread: SHA-512 costs
// about three times SHA-256 with SHA extensions, and export and verification both need both,
// so doing them one after the other would make the hashing, not the disk, the bottleneck.
// The queue between the threads is short, so memory stays flat (a few chunks).
class ParallelHasher
{
public:
    struct Digests {
        QString sha256;
        QString sha512;
    };

    ParallelHasher();
    ~ParallelHasher();
    ParallelHasher(const ParallelHasher &) = delete;
    ParallelHasher &operator=(const ParallelHasher &) = delete;

    // The chunk is shared with the worker (QByteArray is implicitly shared, never copied).
    void addData(const QByteArray &chunk);
    void addData(const char *data, qint64 size) { addData(QByteArray(data, size)); }
    // Digests of everything added since the stream began; the hasher is then ready for the next
    // stream. (It also takes any SHA-512 still pending from finishLater(): use one style or the other.)
    [[nodiscard]] Digests finish();
    // Ends the stream without waiting for its SHA-512: returns the SHA-256 at once, and the
    // SHA-512 joins takeSha512() later. Many small files then never stall on the worker.
    [[nodiscard]] QString finishLater();
    // The SHA-512 of every stream ended with finishLater() since the last call, in order.
    [[nodiscard]] QStringList takeSha512();

private:
    struct Shared;
    void work();

    std::unique_ptr<Shared> d;
    std::unique_ptr<HashStream> m_sha256;
    std::thread m_worker;
};

} // namespace hoshi
