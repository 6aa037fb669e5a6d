#include "exportrunner.h"

#include "export/exportpdf.h"

#include <QCoreApplication>
#include <QPromise>
#include <QtConcurrent>

namespace hoshi {

namespace {

void runExport(QPromise<ExportRunner::Result> &promise, const QString &workspacePath, bool readOnly,
               ExportJob::Request request, std::shared_ptr<std::atomic_bool> cancel)
{
    ExportRunner::Result result;
    promise.setProgressRange(0, ExportRunner::ProgressRange);
    // QFutureInterface drops values that do not grow, so each phase has its own range of
    // values and the GUI tells the phase from the value.
    const auto report = [&promise](int value) { promise.setProgressValue(value); };

    std::unique_ptr<Workspace> ws = readOnly
                                        ? Workspace::open(workspacePath, Workspace::Access::ReadOnly, &result.error)
                                        : Workspace::openSecondary(workspacePath, &result.error);
    if (!ws) {
        promise.addResult(result);
        return;
    }
    // ExportJob reports only while the archive streams; the package is written before that
    // and cannot be interrupted, so a cancel then takes effect when the archive starts (and
    // the job takes the package back out again).
    request.progress = [&](qint64 done, qint64 total) {
        const double fraction = total > 0 ? double(done) / double(total) : 0.0;
        report(ExportRunner::ArchiveStart
               + int(fraction * (ExportRunner::VerifyStart - 1 - ExportRunner::ArchiveStart)));
        return !cancel->load();
    };
    result.ok = ExportJob::run(*ws, request, &result.outcome, &result.error);
    if (!result.ok) {
        if (cancel->load() && !result.outcome.blocked) {
            result.cancelled = true;
            result.error.clear();
        }
        promise.addResult(result);
        return;
    }
    if (!result.outcome.archive.path.isEmpty()) {
        report(ExportRunner::VerifyStart);
        ArchiveVerifier::Options options;
        options.progress = [&](qint64 done, qint64 total) {
            const double fraction = total > 0 ? double(done) / double(total) : 0.0;
            report(ExportRunner::VerifyStart
                   + int(fraction * (ExportRunner::ProgressRange - ExportRunner::VerifyStart)));
            return !cancel->load();
        };
        result.verification = ArchiveVerifier::verify(result.outcome.archive.path, options);
        result.verificationCancelled = cancel->load();
        result.verified = !result.verificationCancelled;
    }
    report(ExportRunner::ProgressRange);
    promise.addResult(result);
}

} // namespace

ExportRunner::ExportRunner(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result>::progressValueChanged, this, [this](int value) {
        Q_EMIT progress(value, value >= VerifyStart    ? Phase::Verify
                               : value >= ArchiveStart ? Phase::Archive
                                                       : Phase::Package);
    });
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        Result result;
        if (m_watcher.future().resultCount() > 0)
            result = m_watcher.result();
        else
            result.error = tr("The export ended without a result.");
        Q_EMIT finished(result);
    });
}

ExportRunner::~ExportRunner()
{
    cancel();
    waitForFinished();
}

bool ExportRunner::start(const QString &workspacePath, bool readOnly, const ExportJob::Request &request)
{
    if (isRunning())
        return false;
    // The PDFs' font is registered with the font database once; do that here, on the GUI
    // thread, rather than in the worker.
    (void)ExportPdf::fontFamily();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(QtConcurrent::run(runExport, workspacePath, readOnly, request, m_cancel));
    return true;
}

void ExportRunner::cancel()
{
    if (m_cancel && isRunning())
        m_cancel->store(true);
}

bool ExportRunner::isRunning() const
{
    return m_watcher.isRunning();
}

bool ExportRunner::isCancelling() const
{
    return m_cancel && m_cancel->load() && isRunning();
}

void ExportRunner::waitForFinished()
{
    m_watcher.waitForFinished();
}

} // namespace hoshi
