#pragma once

#include "export/exportjob.h"
#include "verify/archiveverifier.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace hoshi {

// Runs one ExportJob off the GUI thread and then verifies the archive it wrote, so that the
// export dialog can say "intact" about the very file on disk. The worker opens its own
// connection to the workspace, because a Workspace belongs to the thread that opened it.
//
// Cancel is a flag of our own rather than QFuture::cancel(): a cancelled QFuture drops its
// result, and the dialog must still learn what happened (an export can finish before the
// cancel reaches it, and then its files exist).
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
    ~ExportRunner() override;

    // `readOnly`: the workspace is open read-only in the GUI, so the worker opens it read-only
    // too (an export only reads). Returns false when one is running already.
    bool start(const QString &workspacePath, bool readOnly, const ExportJob::Request &request);
    void cancel();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] bool isCancelling() const;
    void waitForFinished();

    // Progress values: the package (which reports nothing while it is written) below
    // ArchiveStart, the archive's evidence streaming up to VerifyStart, then the read-back.
    static constexpr int ProgressRange = 1000;
    static constexpr int ArchiveStart = 10;
    static constexpr int VerifyStart = 800;

Q_SIGNALS:
    void progress(int value, hoshi::ExportRunner::Phase phase);
    void finished(const hoshi::ExportRunner::Result &result);

private:
    QFutureWatcher<Result> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace hoshi
