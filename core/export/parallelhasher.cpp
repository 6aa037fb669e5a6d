// SPDX-License-Identifier: Apache-2.0
#include "parallelhasher.h"

#include "util/hashstream.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <utility>

namespace hoshi {

namespace {

constexpr size_t QueueLength = 8; // chunks of up to 1 MiB: a few MiB in flight at most

// One digest computed on its own thread from a short queue of shared chunks.
class HashWorker
{
public:
    explicit HashWorker(HashStream::Algorithm algorithm) : m_algorithm(algorithm)
    {
        m_thread = std::thread([this] { run(); });
    }
    ~HashWorker()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

    // An empty `end` item closes the current stream.
    void push(const QByteArray &chunk, bool end)
    {
        bool wasEmpty = false;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_queue.size() < QueueLength; });
            wasEmpty = m_queue.empty();
            m_queue.push_back({chunk, end});
            if (end)
                ++m_ended;
        }
        // Wake the worker only when it may be asleep on an empty queue: fewer futex round trips.
        if (wasEmpty)
            m_changed.notify_all();
    }

    QStringList take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_finished.size() == m_ended; });
        m_ended = 0;
        return std::exchange(m_finished, {});
    }

private:
    struct Item {
        QByteArray data;
        bool end = false;
    };

    void run()
    {
        auto hash = std::make_unique<HashStream>(m_algorithm);
        for (;;) {
            Item item;
            bool wasFull = false;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_stop || !m_queue.empty(); });
                if (m_queue.empty())
                    return; // stopping, nothing left
                wasFull = m_queue.size() >= QueueLength;
                item = std::move(m_queue.front());
                m_queue.pop_front();
            }
            if (wasFull)
                m_changed.notify_all(); // the producer may be waiting for room
            if (!item.end) {
                hash->addData(item.data);
                continue;
            }
            const QString result = hash->hexResult();
            hash = std::make_unique<HashStream>(m_algorithm);
            {
                std::lock_guard lock(m_mutex);
                m_finished.append(result);
            }
            m_changed.notify_all();
        }
    }

    HashStream::Algorithm m_algorithm;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Item> m_queue;
    QStringList m_finished; // digests of ended streams not yet taken, in order
    qsizetype m_ended = 0;  // streams ended and not yet taken
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace

struct ParallelHasher::Shared {
    HashWorker sha256{HashStream::Algorithm::Sha256};
    HashWorker sha512{HashStream::Algorithm::Sha512};
};

ParallelHasher::ParallelHasher() : d(std::make_unique<Shared>()) {}

ParallelHasher::~ParallelHasher() = default;

void ParallelHasher::addData(const QByteArray &chunk)
{
    if (chunk.isEmpty())
        return;
    d->sha256.push(chunk, false);
    d->sha512.push(chunk, false);
}

void ParallelHasher::finishLater()
{
    d->sha256.push({}, true);
    d->sha512.push({}, true);
}

ParallelHasher::Results ParallelHasher::take()
{
    return {d->sha256.take(), d->sha512.take()};
}

ParallelHasher::Digests ParallelHasher::finish()
{
    finishLater();
    const Results results = take();
    return {results.sha256.value(results.sha256.size() - 1), results.sha512.value(results.sha512.size() - 1)};
}

} // namespace hoshi
