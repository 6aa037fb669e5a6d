// SPDX-License-Identifier: Apache-2.0
#pragma once

// What bench_server needs besides benchsupport: a PostgreSQL server to measure against (a
// private cluster it starts, or an existing one), databases made and dropped on it, and the
// latency figures it prints. Benchmarks print; they never assert.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hoshi::bench {

// A server for the benchmark: either a private cluster started with tools/pgcluster.sh (with
// PostgreSQL's durable defaults, like the file backend's synchronous commits) and stopped
// again by the destructor, or an existing server reached through a maintenance database URL.
class BenchServer
{
public:
    // An empty url starts a private cluster in clusterDir.
    BenchServer(const QString &url, const QString &clusterDir);
    ~BenchServer();
    BenchServer(const BenchServer &) = delete;
    BenchServer &operator=(const BenchServer &) = delete;

    [[nodiscard]] bool isValid() const { return !m_baseUrl.isEmpty(); }
    [[nodiscard]] QString error() const { return m_error; }
    // Creates an empty database for a workspace and returns its URL (remembered for dropping).
    [[nodiscard]] QString createDatabase(const QString &suffix, QString *error);
    // One value of the first row, run on a short connection to `url`.
    [[nodiscard]] std::optional<QString> queryValue(const QString &url, const QString &sql, QString *error) const;
    // Server settings that decide the figures (fsync, synchronous_commit, shared_buffers, version).
    [[nodiscard]] QString describe() const;
    // VmHWM (kB) of the one server process serving `database`, when the server runs on this
    // machine and its /proc entry is readable; -1 otherwise.
    [[nodiscard]] qint64 backendPeakRssKb(const QString &database) const;

private:
    QString m_baseUrl;
    QString m_clusterDir; // non-empty while a private cluster runs
    QString m_error;
    QStringList m_databases;
};

// Percentiles of latencies in milliseconds.
struct Latencies {
    QList<double> ms;
    [[nodiscard]] double percentile(double p) const;
    [[nodiscard]] double max() const;
    [[nodiscard]] QString summary() const; // "p50 x ms, p95 y ms, max z ms (n)"
};

} // namespace hoshi::bench
