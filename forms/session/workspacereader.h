// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

namespace hoshi {

class BackgroundTask;
class Workspace;

// Reads of the open workspace off the GUI thread, so that painting never waits for SQLite or
// the server. A QSqlDatabase connection may only be used by the thread that opened it, so the
// reads run through BackgroundTask on a pool of exactly one thread that never expires, which
// opens its own connection to the workspace (Workspace::openSecondary) at the first read and
// keeps it. A read is a function of that connection returning values; the answer runs on the
// thread that owns the reader. Reads under the same key are "latest wins": the answer to a
// request that a newer request with that key replaced is dropped (a declaration or an item
// that is no longer shown). Nothing is ever written through the reader.
class WorkspaceReader : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceReader(QObject *parent = nullptr);
    // Closes the worker's connection on the worker and waits for it.
    ~WorkspaceReader() override;

    // The workspace to read (a path or server address; empty: none). The worker's connection
    // follows at its next read.
    void setLocation(const QString &location);
    // Closes the worker's connection (after a lost server connection was replaced): the next
    // read opens a new one. Waits for what is running.
    void dropConnection();
    [[nodiscard]] QString location() const { return m_location; }

    // Runs read on the worker; answer gets its value back here unless a newer read with the
    // same key was asked for meanwhile. read returns false when its connection looked out of
    // date (criteria stored by another connection after it opened): it then runs once more on
    // a fresh connection.
    template <typename T>
    void read(const QString &key, std::function<bool(const Workspace &, T *)> read, std::function<void(T)> answer)
    {
        auto box = std::make_shared<std::optional<T>>();
        submit(
            key,
            [box, read](Workspace &workspace) {
                T value{};
                const bool current = read(workspace, &value);
                *box = std::move(value);
                return current;
            },
            [box, answer] { answer(std::move(**box)); });
    }

    // Tests only: runs on the worker before each read (to slow it down deliberately).
    void setBeforeReadHook(std::function<void()> hook) { m_beforeRead = std::move(hook); }

    // True while a read is queued or running.
    [[nodiscard]] bool isBusy() const { return m_running > 0; }
    // Processes events until every read asked for so far has answered (tests, benchmarks,
    // closing a workspace).
    void waitForIdle();

Q_SIGNALS:
    // The worker could not open its connection; nothing was read.
    void failed(const QString &error);

private:
    struct Worker;
    using Job = std::function<bool(Workspace &)>;
    void submit(const QString &key, Job job, std::function<void()> deliver);

    QThreadPool m_pool;
    std::shared_ptr<Worker> m_worker; // used only on the pool's thread
    QString m_location;
    QHash<QString, quint64> m_latest; // key -> newest request id
    quint64 m_nextId = 0;
    int m_running = 0;
    std::function<void()> m_beforeRead;
};

} // namespace hoshi
