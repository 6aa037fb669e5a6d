// SPDX-License-Identifier: Apache-2.0
#include "exportrunner.h"

#include "export/exportpdf.h"

#include <QCoreApplication>

namespace hoshi {

namespace {

ExportRunner::Result runExport(BackgroundTask::Control &control, const QString &workspacePath, bool readOnly,
                               ExportJob::Request request)
{
    ExportRunner::Result result;
    std::unique_ptr<Workspace> ws = readOnly
                                        ? Workspace::open(workspacePath, Workspace::Access::ReadOnly, &result.error)
                                        : Workspace::openSecondary(workspacePath, &result.error);
    if (!ws)
        return result;
    // Each phase has its own range of values (progress never goes down), and the GUI tells the
    // phase from the value. ExportJob reports only while the archive streams; the package is
    // written before that and cannot be interrupted, so a cancel then takes effect when the
    // archive starts (and the job takes the package back out again).
    request.progress = control.stage(ExportRunner::ArchiveStart, ExportRunner::VerifyStart - 1);
    result.ok = ExportJob::run(*ws, request, &result.outcome, &result.error);
    if (!result.ok) {
        if (control.isCancelled() && !result.outcome.blocked) {
            result.cancelled = true;
            result.error.clear();
        }
        return result;
    }
    if (!result.outcome.archive.path.isEmpty()) {
        control.report(ExportRunner::VerifyStart);
        ArchiveVerifier::Options options;
        options.progress = control.stage(ExportRunner::VerifyStart, ExportRunner::ProgressRange);
        result.verification = ArchiveVerifier::verify(result.outcome.archive.path, options);
        result.verificationCancelled = control.isCancelled();
        result.verified = !result.verificationCancelled;
    }
    control.report(ExportRunner::ProgressRange);
    return result;
}

} // namespace

ExportRunner::ExportRunner(QObject *parent) : QObject(parent)
{
    connect(&m_task, &BackgroundTask::progress, this, [this](int value) {
        Q_EMIT progress(value, value >= VerifyStart    ? Phase::Verify
                               : value >= ArchiveStart ? Phase::Archive
                                                       : Phase::Package);
    });
    connect(&m_task, &BackgroundTask::finished, this, [this](const QVariant &value, bool) {
        Result result;
        if (value.canConvert<Result>())
            result = value.value<Result>();
        else
            result.error = tr("The export ended without a result.");
        Q_EMIT finished(result);
    });
}

bool ExportRunner::start(const QString &workspacePath, bool readOnly, const ExportJob::Request &request)
{
    if (isRunning())
        return false;
    // The PDFs' font is registered with the font database once; do that here, on the GUI
    // thread, rather than in the worker.
    (void)ExportPdf::fontFamily();
    return m_task.start([workspacePath, readOnly, request](BackgroundTask::Control &control) {
        return QVariant::fromValue(runExport(control, workspacePath, readOnly, request));
    });
}

} // namespace hoshi
