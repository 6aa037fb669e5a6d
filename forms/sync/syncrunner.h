// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/backgroundtask.h"
#include "sync/syncengine.h"

#include <QObject>

namespace hoshi {

// Runs the synchronisation engine off the GUI thread (a BackgroundTask): the preview (plan) and
// the synchronisation itself (apply). A Workspace belongs to the thread that opened it, so the
// worker opens its own connections: a secondary one to the workspace the window holds (this
// copy, side A) and the other copy (side B) for the time of the step, so that the other copy's
// lock is held only while the engine runs.
class SyncRunner : public QObject
{
    Q_OBJECT

public:
    enum class Step { Plan, Apply };
    struct Outcome {
        Step step = Step::Plan;
        bool ok = false;
        bool cancelled = false;
        QString error;   // translated sentence; "" when ok or cancelled
        QString details; // the server's or driver's own words, for a details pane ("" for none)
        sync::SyncPlan plan; // the plan (Step::Plan), or what was done or stands in the way (Apply)
        qint64 recordsToA = 0;
        qint64 recordsToB = 0;
    };

    explicit SyncRunner(QObject *parent = nullptr);

    // `thisLocation`: the path (or server address) of the workspace the window holds;
    // `otherLocation`: the other copy. Both return false when a step is running already.
    bool startPlan(const QString &thisLocation, const QString &otherLocation, const sync::SyncOptions &options);
    // options.progress is set here (bytes of file content copied, on the progress signal).
    bool startApply(const QString &thisLocation, const QString &otherLocation, const sync::SyncOptions &options);
    void cancel() { m_task.cancel(); }
    [[nodiscard]] bool isRunning() const { return m_task.isRunning(); }
    void waitForFinished() { m_task.waitForFinished(); }

    static constexpr int ProgressRange = BackgroundTask::ProgressRange;

Q_SIGNALS:
    void progress(int value);
    void finished(const hoshi::SyncRunner::Outcome &outcome);

private:
    bool start(Step step, const QString &thisLocation, const QString &otherLocation, const sync::SyncOptions &options);
    BackgroundTask m_task;
};

} // namespace hoshi

Q_DECLARE_METATYPE(hoshi::SyncRunner::Outcome)
