// SPDX-License-Identifier: Apache-2.0
#include "workspacereader.h"

#include "common/backgroundtask.h"

#include "storage/workspace.h"

#include <QCoreApplication>

namespace hoshi {

// The worker's own connection. Touched only on the pool's single thread: opened there, used
// there and closed there.
struct WorkspaceReader::Worker {
    QString location;
    std::unique_ptr<Workspace> workspace;

    bool connectTo(const QString &wanted, QString *error)
    {
        if (workspace && location == wanted)
            return true;
        workspace.reset();
        location = wanted;
        workspace = Workspace::openSecondary(wanted, error);
        return workspace != nullptr;
    }
};

WorkspaceReader::WorkspaceReader(QObject *parent) : QObject(parent), m_worker(std::make_shared<Worker>())
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // the thread, and with it the connection, lives as long as the reader
}

WorkspaceReader::~WorkspaceReader()
{
    m_latest.clear(); // nothing is answered any more
    std::shared_ptr<Worker> worker = m_worker; // closed on its own thread
    m_pool.start([worker] { worker->workspace.reset(); });
    m_pool.waitForDone();
}

void WorkspaceReader::setLocation(const QString &location)
{
    if (location == m_location)
        return;
    m_location = location;
    m_latest.clear(); // answers about the previous workspace are dropped
    // Let go of the previous workspace now (its folder may be removed next, as the demo's is):
    // the connection closes on its own thread, and the next read opens the new one.
    dropConnection();
}

void WorkspaceReader::dropConnection()
{
    std::shared_ptr<Worker> worker = m_worker;
    m_pool.start([worker] {
        worker->workspace.reset();
        worker->location.clear();
    });
    m_pool.waitForDone();
}

void WorkspaceReader::submit(const QString &key, Job job, std::function<void()> deliver)
{
    const quint64 id = ++m_nextId;
    m_latest.insert(key, id);
    auto *task = new BackgroundTask(this);
    task->setThreadPool(&m_pool);
    ++m_running;
    connect(task, &BackgroundTask::finished, this, [this, task, key, id, deliver](const QVariant &result, bool) {
        --m_running;
        task->deleteLater();
        const QString error = result.toString();
        if (m_latest.value(key) != id)
            return; // a newer read replaced this one, or the workspace changed
        m_latest.remove(key);
        if (!error.isEmpty())
            Q_EMIT failed(error);
        else
            deliver();
    });
    std::shared_ptr<Worker> worker = m_worker;
    const QString location = m_location;
    (void)task->start([worker, location, job, before = m_beforeRead](BackgroundTask::Control &) -> QVariant {
        if (before)
            before();
        QString error;
        if (!worker->connectTo(location, &error))
            return error.isEmpty() ? tr("The workspace could not be opened for reading.") : error;
        if (job(*worker->workspace))
            return QString();
        worker->workspace.reset(); // out of date: read once more on a fresh connection
        if (!worker->connectTo(location, &error))
            return error.isEmpty() ? tr("The workspace could not be opened for reading.") : error;
        (void)job(*worker->workspace);
        return QString();
    });
}

void WorkspaceReader::waitForIdle()
{
    while (m_running > 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

} // namespace hoshi
