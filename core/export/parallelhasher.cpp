#include "parallelhasher.h"

#include "util/hashstream.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <utility>

namespace hoshi {

namespace {

constexpr size_t QueueLength = 8; // chunks of up to 1 MiB: a few MiB in flight at most

} // namespace

struct ParallelHasher::Shared {
    struct Item {
        QByteArray data;
        bool end = false;
    };
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Item> queue;
    QStringList finished; // SHA-512 of ended streams not yet taken, in order
    qsizetype ended = 0;  // streams ended and not yet taken
    bool stop = false;
};

ParallelHasher::ParallelHasher()
    : d(std::make_unique<Shared>()), m_sha256(std::make_unique<HashStream>(HashStream::Algorithm::Sha256))
{
    m_worker = std::thread([this] { work(); });
}

ParallelHasher::~ParallelHasher()
{
    {
        std::lock_guard lock(d->mutex);
        d->stop = true;
    }
    d->changed.notify_all();
    m_worker.join();
}

void ParallelHasher::work()
{
    auto sha512 = std::make_unique<HashStream>(HashStream::Algorithm::Sha512);
    for (;;) {
        Shared::Item item;
        bool wasFull = false;
        {
            std::unique_lock lock(d->mutex);
            d->changed.wait(lock, [this] { return d->stop || !d->queue.empty(); });
            if (d->queue.empty())
                return; // stopping
            wasFull = d->queue.size() >= QueueLength;
            item = std::move(d->queue.front());
            d->queue.pop_front();
        }
        if (wasFull)
            d->changed.notify_all(); // the producer may be waiting for room
        if (!item.end) {
            sha512->addData(item.data);
            continue;
        }
        const QString result = sha512->hexResult();
        sha512 = std::make_unique<HashStream>(HashStream::Algorithm::Sha512);
        {
            std::lock_guard lock(d->mutex);
            d->finished.append(result);
        }
        d->changed.notify_all();
    }
}

void ParallelHasher::addData(const QByteArray &chunk)
{
    if (chunk.isEmpty())
        return;
    bool wasEmpty = false;
    {
        std::unique_lock lock(d->mutex);
        d->changed.wait(lock, [this] { return d->queue.size() < QueueLength; });
        wasEmpty = d->queue.empty();
        d->queue.push_back({chunk, false});
    }
    // Wake the worker only when it may be asleep on an empty queue: fewer futex round trips.
    if (wasEmpty)
        d->changed.notify_all();
    m_sha256->addData(chunk);
}

QString ParallelHasher::finishLater()
{
    {
        std::unique_lock lock(d->mutex);
        d->changed.wait(lock, [this] { return d->queue.size() < QueueLength; });
        d->queue.push_back({QByteArray(), true});
        ++d->ended;
    }
    d->changed.notify_all();
    const QString sha256 = m_sha256->hexResult();
    m_sha256 = std::make_unique<HashStream>(HashStream::Algorithm::Sha256);
    return sha256;
}

QStringList ParallelHasher::takeSha512()
{
    std::unique_lock lock(d->mutex);
    d->changed.wait(lock, [this] { return d->finished.size() == d->ended; });
    d->ended = 0;
    return std::exchange(d->finished, {});
}

ParallelHasher::Digests ParallelHasher::finish()
{
    Digests digests;
    digests.sha256 = finishLater();
    const QStringList pending = takeSha512();
    digests.sha512 = pending.isEmpty() ? QString() : pending.last();
    return digests;
}

} // namespace hoshi
