// SPDX-License-Identifier: Apache-2.0
#include "syncrunner.h"

#include "storage/serverrefusal.h"

namespace hoshi {

namespace {

// The sentence for a person and the raw text apart (a server's refusal carries SQLSTATE and
// driver words that belong in a details pane, not in the message).
void setFailure(SyncRunner::Outcome *outcome, const QString &error)
{
    const ServerRefusal refusal = ServerRefusal::explain(error);
    outcome->error = refusal.message.isEmpty() ? error : refusal.message;
    outcome->details = refusal.details;
}

SyncRunner::Outcome runStep(BackgroundTask::Control &control, SyncRunner::Step step, const QString &thisLocation,
                            const QString &otherLocation, sync::SyncOptions options)
{
    SyncRunner::Outcome outcome;
    outcome.step = step;
    QString error;
    const std::unique_ptr<Workspace> a = Workspace::openSecondary(thisLocation, &error);
    if (!a) {
        setFailure(&outcome, error);
        return outcome;
    }
    // Read-write even for the preview: the other copy may need its format brought up to date
    // first, which only a writer can do; the lock is held only while this step runs.
    const std::unique_ptr<Workspace> b = Workspace::open(otherLocation, Workspace::Access::ReadWrite, &error);
    if (!b) {
        setFailure(&outcome, error);
        return outcome;
    }
    sync::SyncEngine engine(*a, *b);
    if (step == SyncRunner::Step::Plan) {
        outcome.ok = engine.plan(options, &outcome.plan, &error);
    } else {
        options.progress = control.stage(0, SyncRunner::ProgressRange);
        sync::SyncResult result;
        outcome.ok = engine.apply(options, &result, &error);
        outcome.plan = result.plan;
        outcome.recordsToA = result.recordsToA;
        outcome.recordsToB = result.recordsToB;
    }
    if (!outcome.ok) {
        outcome.cancelled = control.isCancelled();
        if (!outcome.cancelled)
            setFailure(&outcome, error);
        return outcome;
    }
    control.report(SyncRunner::ProgressRange);
    return outcome;
}

} // namespace

SyncRunner::SyncRunner(QObject *parent) : QObject(parent)
{
    connect(&m_task, &BackgroundTask::progress, this, [this](int value) { Q_EMIT progress(value); });
    connect(&m_task, &BackgroundTask::finished, this, [this](const QVariant &value, bool) {
        Outcome outcome;
        if (value.canConvert<Outcome>())
            outcome = value.value<Outcome>();
        else
            outcome.error = tr("The synchronisation ended without a result.");
        Q_EMIT finished(outcome);
    });
}

bool SyncRunner::startPlan(const QString &thisLocation, const QString &otherLocation, const sync::SyncOptions &options)
{
    return start(Step::Plan, thisLocation, otherLocation, options);
}

bool SyncRunner::startApply(const QString &thisLocation, const QString &otherLocation, const sync::SyncOptions &options)
{
    return start(Step::Apply, thisLocation, otherLocation, options);
}

bool SyncRunner::start(Step step, const QString &thisLocation, const QString &otherLocation,
                       const sync::SyncOptions &options)
{
    if (isRunning())
        return false;
    return m_task.start([step, thisLocation, otherLocation, options](BackgroundTask::Control &control) {
        return QVariant::fromValue(runStep(control, step, thisLocation, otherLocation, options));
    });
}

} // namespace hoshi
