// SPDX-License-Identifier: Apache-2.0
#include "archiveverification.h"

namespace hoshi {

ArchiveVerification::ArchiveVerification(QObject *parent) : QObject(parent)
{
    connect(&m_task, &BackgroundTask::progress, this, [this](int value) { Q_EMIT progress(value); });
    connect(&m_task, &BackgroundTask::finished, this, [this](const QVariant &result, bool cancelled) {
        Q_EMIT finished(result.value<VerificationResult>(), cancelled);
    });
}

bool ArchiveVerification::start(const QString &archivePath)
{
    return m_task.start([archivePath](BackgroundTask::Control &control) {
        ArchiveVerifier::Options options;
        options.progress = control.stage(0, ProgressRange);
        return QVariant::fromValue(ArchiveVerifier::verify(archivePath, options));
    });
}

} // namespace hoshi
