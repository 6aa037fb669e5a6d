// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/backgroundtask.h"
#include "verify/archiveverifier.h"

#include <QObject>

namespace hoshi {

// Runs ArchiveVerifier::verify off the GUI thread (a BackgroundTask) with progress and cancel;
// a cancelled verification still delivers its result, which then says "unreadable: cancelled".
class ArchiveVerification : public QObject
{
    Q_OBJECT

public:
    explicit ArchiveVerification(QObject *parent = nullptr);

    // False when a verification is running already.
    bool start(const QString &archivePath);
    void cancel() { m_task.cancel(); }
    [[nodiscard]] bool isRunning() const { return m_task.isRunning(); }
    void waitForFinished() { m_task.waitForFinished(); }

    static constexpr int ProgressRange = BackgroundTask::ProgressRange;

Q_SIGNALS:
    void progress(int value);
    void finished(const hoshi::VerificationResult &result, bool cancelled);

private:
    BackgroundTask m_task;
};

} // namespace hoshi
