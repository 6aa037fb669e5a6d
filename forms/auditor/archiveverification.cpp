#include "archiveverification.h"

#include <QPromise>
#include <QtConcurrent>

namespace hoshi {

namespace {

void verifyArchive(QPromise<VerificationResult> &promise, const QString &path, std::shared_ptr<std::atomic_bool> cancel)
{
    promise.setProgressRange(0, ArchiveVerification::ProgressRange);
    ArchiveVerifier::Options options;
    options.progress = [&](qint64 done, qint64 total) {
        if (total > 0)
            promise.setProgressValue(int(double(done) / double(total) * ArchiveVerification::ProgressRange));
        return !cancel->load();
    };
    promise.addResult(ArchiveVerifier::verify(path, options));
}

} // namespace

ArchiveVerification::ArchiveVerification(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<VerificationResult>::progressValueChanged, this,
            &ArchiveVerification::progress);
    connect(&m_watcher, &QFutureWatcher<VerificationResult>::finished, this, [this] {
        VerificationResult result;
        if (m_watcher.future().resultCount() > 0)
            result = m_watcher.result();
        Q_EMIT finished(result, m_cancel && m_cancel->load());
    });
}

ArchiveVerification::~ArchiveVerification()
{
    cancel();
    waitForFinished();
}

bool ArchiveVerification::start(const QString &archivePath)
{
    if (isRunning())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(QtConcurrent::run(verifyArchive, archivePath, m_cancel));
    return true;
}

void ArchiveVerification::cancel()
{
    if (m_cancel && isRunning())
        m_cancel->store(true);
}

bool ArchiveVerification::isRunning() const
{
    return m_watcher.isRunning();
}

void ArchiveVerification::waitForFinished()
{
    m_watcher.waitForFinished();
}

} // namespace hoshi
