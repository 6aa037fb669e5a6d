// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/backgroundtask.h"
#include "export/exportjob.h"
#include "verify/archiveverifier.h"

#include <QObject>

namespace hoshi {

// Runs one ExportJob off the GUI thread (a BackgroundTask) and then verifies the archive it
// wrote, so that the export dialog can say "intact" about the very file on disk. The worker
// opens its own connection to the workspace, because a Workspace belongs to the thread that
// opened it. A cancelled export still delivers its result: it can finish before the cancel
// reaches it, and then its files exist.
class ExportRunner : public QObject
{
    Q_OBJECT

public:
    struct Result {
        bool ok = false;        // the export wrote everything it was asked for
        bool cancelled = false; // stopped by cancel(); nothing was left under the final names
        QString error;          // translated; empty when ok or cancelled
        ExportJob::Outcome outcome;
        bool verified = false; // verification ran to its end on the written archive
        bool verificationCancelled = false;
        VerificationResult verification;
    };
    enum class Phase { Package, Archive, Verify };

    explicit ExportRunner(QObject *parent = nullptr);

    // `readOnly`: the workspace is open read-only in the GUI, so the worker opens it read-only
    // too (an export only reads). Returns false when one is running already.
    bool start(const QString &workspacePath, bool readOnly, const ExportJob::Request &request);
    void cancel() { m_task.cancel(); }
    [[nodiscard]] bool isRunning() const { return m_task.isRunning(); }
    [[nodiscard]] bool isCancelling() const { return m_task.isCancelling(); }
    void waitForFinished() { m_task.waitForFinished(); }

    // Progress values: the package (which reports nothing while it is written) below
    // ArchiveStart, the archive's evidence streaming up to VerifyStart, then the read-back.
    static constexpr int ProgressRange = BackgroundTask::ProgressRange;
    static constexpr int ArchiveStart = 10;
    static constexpr int VerifyStart = 800;

Q_SIGNALS:
    void progress(int value, hoshi::ExportRunner::Phase phase);
    void finished(const hoshi::ExportRunner::Result &result);

private:
    BackgroundTask m_task;
};

} // namespace hoshi
