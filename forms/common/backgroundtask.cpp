// SPDX-License-Identifier: Apache-2.0
#include "backgroundtask.h"

#include <QPromise>
#include <QtConcurrent>

namespace hoshi {

bool BackgroundTask::Control::report(int value, const QString &label)
{
    m_promise.setProgressValueAndText(qBound(0, value, ProgressRange), label);
    return !isCancelled();
}

ProgressScale BackgroundTask::Control::stage(int from, int to, const QString &label)
{
    return ProgressScale(
        from, to, [this, label](int value) { report(value, label); }, [this] { return !isCancelled(); });
}

BackgroundTask::BackgroundTask(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QVariant>::progressValueChanged, this,
            [this](int value) { Q_EMIT progress(value, m_watcher.progressText()); });
    connect(&m_watcher, &QFutureWatcher<QVariant>::finished, this, [this] {
        const QVariant result = m_watcher.future().resultCount() > 0 ? m_watcher.result() : QVariant();
        Q_EMIT finished(result, m_cancel && m_cancel->load());
    });
}

BackgroundTask::~BackgroundTask()
{
    cancel();
    waitForFinished();
}

bool BackgroundTask::start(Work work)
{
    if (isRunning())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(QtConcurrent::run(
        m_pool ? m_pool : QThreadPool::globalInstance(),
        [](QPromise<QVariant> &promise, const Work &work, const std::shared_ptr<std::atomic_bool> &cancel) {
            promise.setProgressRange(0, ProgressRange);
            Control control(promise, cancel);
            promise.addResult(work(control));
        },
        std::move(work), m_cancel));
    return true;
}

void BackgroundTask::cancel()
{
    if (m_cancel && isRunning())
        m_cancel->store(true);
}

bool BackgroundTask::isRunning() const
{
    return m_watcher.isRunning();
}

bool BackgroundTask::isCancelling() const
{
    return m_cancel && m_cancel->load() && isRunning();
}

void BackgroundTask::waitForFinished()
{
    m_watcher.waitForFinished();
}

} // namespace hoshi
