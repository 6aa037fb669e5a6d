// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace hoshi {

// SHA-256 and SHA-512 of a sequence of streams (files), each digest on its own thread, so that
// the calling thread only reads, compresses and writes. Export and verification both need both
// digests of every byte; on two cores, three threads let the system balance the work whether a
// file is deflated (much work for the caller) or stored (little). The queues between the
// threads are short, so memory stays flat (a few 1 MiB chunks), and chunks are shared, never
// copied (QByteArray is implicitly shared).
class ParallelHasher
{
public:
    struct Digests {
        QString sha256;
        QString sha512;
    };
    struct Results {
        QStringList sha256; // one per stream, in order
        QStringList sha512;
    };

    ParallelHasher();
    ~ParallelHasher();
    ParallelHasher(const ParallelHasher &) = delete;
    ParallelHasher &operator=(const ParallelHasher &) = delete;

    void addData(const QByteArray &chunk);
    void addData(const char *data, qint64 size) { addData(QByteArray(data, size)); } // copies
    // Ends the current stream without waiting for its digests; they join take() later, so a
    // run of small files never stalls on the hashing threads.
    void finishLater();
    // The digests of every stream ended with finishLater() since the last take(), in order.
    [[nodiscard]] Results take();
    // Ends the current stream and waits for its digests (it also takes any that finishLater()
    // left pending: use one style or the other).
    [[nodiscard]] Digests finish();

private:
    struct Shared;
    std::unique_ptr<Shared> d;
};

} // namespace hoshi
