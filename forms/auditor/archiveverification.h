#pragma once

#include "verify/archiveverifier.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace hoshi {

// Runs ArchiveVerifier::verify off the GUI thread with progress and cancel. Cancel is a flag
// of our own (the verifier's progress callback returns false) so that the result, which then
// says "unreadable: cancelled", still arrives.
class ArchiveVerification : public QObject
{
    Q_OBJECT

public:
    explicit ArchiveVerification(QObject *parent = nullptr);
    ~ArchiveVerification() override;

    // False when a verification is running already.
    bool start(const QString &archivePath);
    void cancel();
    [[nodiscard]] bool isRunning() const;
    void waitForFinished();

    static constexpr int ProgressRange = 1000;

Q_SIGNALS:
    void progress(int value);
    void finished(const hoshi::VerificationResult &result, bool cancelled);

private:
    QFutureWatcher<VerificationResult> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace hoshi
