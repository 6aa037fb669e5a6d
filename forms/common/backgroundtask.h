// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/progressscale.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>

namespace hoshi {

// One piece of work off the GUI thread, with progress and cancel: the one helper behind the
// export runner, the auditor's archive verification and extraction, the evidence importer and
// the evidence preview (reading, decoding, the PDF renderer). The work gets a Control to report progress through and to ask whether it was
// cancelled; its result (any copyable type, in a QVariant) always arrives, cancelled or not,
// because cancel is a flag of our own rather than QFuture::cancel() (which drops the result:
// the GUI must still learn what a cancelled export had already written).
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    static constexpr int ProgressRange = 1000;

    class Control
    {
    public:
        [[nodiscard]] bool isCancelled() const { return m_cancel->load(); }
        // Progress in [0, ProgressRange] with an optional label ("file.pdf"); values must not
        // go down. Returns false once cancelled.
        bool report(int value, const QString &label = {});
        // A ProgressCallback for one stage that fills [from, to] of the range.
        [[nodiscard]] ProgressScale stage(int from, int to, const QString &label = {});

    private:
        friend class BackgroundTask;
        Control(QPromise<QVariant> &promise, std::shared_ptr<std::atomic_bool> cancel)
            : m_promise(promise), m_cancel(std::move(cancel))
        {
        }
        QPromise<QVariant> &m_promise;
        std::shared_ptr<std::atomic_bool> m_cancel;
    };
    using Work = std::function<QVariant(Control &control)>;

    explicit BackgroundTask(QObject *parent = nullptr);
    // Cancels and waits: the work never outlives its owner.
    ~BackgroundTask() override;

    // Where the work runs: the global pool unless set. A pool of one thread that never expires
    // keeps every piece of work on the same thread (for objects that must stay on one thread,
    // such as the pipe to a helper process or a database connection).
    void setThreadPool(QThreadPool *pool) { m_pool = pool; }
    // False when work is running already.
    bool start(Work work);
    void cancel();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] bool isCancelling() const;
    void waitForFinished();

Q_SIGNALS:
    void progress(int value, const QString &label);
    void finished(const QVariant &result, bool cancelled);

private:
    QFutureWatcher<QVariant> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThreadPool *m_pool = nullptr;
};

} // namespace hoshi
