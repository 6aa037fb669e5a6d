#include "evidenceimporter.h"

#include "session.h"

#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent>

namespace hoshi {

namespace {

void importFiles(QPromise<EvidenceImporter::Result> &promise, const QString &workspacePath, const QString &actor,
                 qint64 evidenceId, const QStringList &files)
{
    EvidenceImporter::Result result;
    std::unique_ptr<Workspace> ws = Workspace::openSecondary(workspacePath, &result.error);
    if (!ws) {
        promise.addResult(result);
        return;
    }
    ws->setActor(actor);
    promise.setProgressRange(0, EvidenceImporter::ProgressRange);
    const int count = int(files.size());
    for (int i = 0; i < count; ++i) {
        const QString name = QFileInfo(files.at(i)).fileName();
        const auto report = [&](qint64 done, qint64 total) {
            const double fraction = (i + (total > 0 ? double(done) / double(total) : 1.0)) / count;
            promise.setProgressValueAndText(int(fraction * EvidenceImporter::ProgressRange), name);
            return !promise.isCanceled();
        };
        report(0, 1);
        QString error;
        if (ws->attachFile(evidenceId, files.at(i), &error, report) < 0) {
            if (promise.isCanceled()) {
                result.cancelled = true;
            } else {
                result.error = error;
            }
            promise.addResult(result);
            return;
        }
        ++result.imported;
    }
    promise.addResult(result);
}

} // namespace

EvidenceImporter::EvidenceImporter(Session *session, QObject *parent) : QObject(parent), m_session(session)
{
    connect(&m_watcher, &QFutureWatcher<Result>::progressValueChanged, this,
            [this](int value) { Q_EMIT progress(value, m_watcher.progressText()); });
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &EvidenceImporter::onFinished);
}

EvidenceImporter::~EvidenceImporter()
{
    cancel();
    waitForFinished();
}

bool EvidenceImporter::start(qint64 evidenceId, const QStringList &files)
{
    if (isRunning() || files.isEmpty() || !m_session->workspace() || m_session->isReadOnly())
        return false;
    m_evidenceId = evidenceId;
    Workspace *ws = m_session->workspace();
    m_watcher.setFuture(QtConcurrent::run(importFiles, ws->path(), ws->actor(), evidenceId, files));
    Q_EMIT started(evidenceId, int(files.size()));
    return true;
}

void EvidenceImporter::cancel()
{
    if (isRunning())
        m_watcher.cancel();
}

bool EvidenceImporter::isRunning() const
{
    return m_watcher.isRunning();
}

void EvidenceImporter::waitForFinished()
{
    m_watcher.waitForFinished();
}

void EvidenceImporter::onFinished()
{
    // A cancelled QFuture has no result; report the cancel ourselves.
    Result result;
    if (m_watcher.future().resultCount() > 0)
        result = m_watcher.result();
    else
        result.cancelled = true;
    const qint64 id = m_evidenceId;
    m_evidenceId = -1;
    m_session->refresh();
    Q_EMIT finished(id, result.imported, result.cancelled, result.error);
}

} // namespace hoshi
