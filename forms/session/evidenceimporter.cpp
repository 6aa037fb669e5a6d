// SPDX-License-Identifier: Apache-2.0
#include "evidenceimporter.h"

#include "session.h"

#include <QFileInfo>

namespace hoshi {

namespace {

EvidenceImporter::Result importFiles(BackgroundTask::Control &control, const QString &workspacePath,
                                     const QString &actor, qint64 evidenceId, const QStringList &files)
{
    EvidenceImporter::Result result;
    std::unique_ptr<Workspace> ws = Workspace::openSecondary(workspacePath, &result.error);
    if (!ws)
        return result;
    ws->setActor(actor);
    const int count = int(files.size());
    for (int i = 0; i < count; ++i) {
        // File i fills its share of the bar.
        const int from = i * EvidenceImporter::ProgressRange / count;
        const int to = (i + 1) * EvidenceImporter::ProgressRange / count;
        ProgressScale report = control.stage(from, to, QFileInfo(files.at(i)).fileName());
        report(0, 1);
        QString error;
        if (ws->attachFile(evidenceId, files.at(i), &error, report) < 0) {
            if (control.isCancelled())
                result.cancelled = true;
            else
                result.error = error;
            return result;
        }
        ++result.imported;
    }
    return result;
}

} // namespace

EvidenceImporter::EvidenceImporter(Session *session, QObject *parent) : QObject(parent), m_session(session)
{
    connect(&m_task, &BackgroundTask::progress, this, &EvidenceImporter::progress);
    connect(&m_task, &BackgroundTask::finished, this, &EvidenceImporter::onFinished);
}

bool EvidenceImporter::start(qint64 evidenceId, const QStringList &files)
{
    if (isRunning() || files.isEmpty() || !m_session->workspace() || m_session->isReadOnly())
        return false;
    m_evidenceId = evidenceId;
    Workspace *ws = m_session->workspace();
    const QString path = ws->path();
    const QString actor = ws->actor();
    m_task.start([path, actor, evidenceId, files](BackgroundTask::Control &control) {
        return QVariant::fromValue(importFiles(control, path, actor, evidenceId, files));
    });
    Q_EMIT started(evidenceId, int(files.size()));
    return true;
}

void EvidenceImporter::onFinished(const QVariant &value, bool)
{
    // Cancelled means an import was stopped part way; one that ended anyway is not cancelled.
    const Result result = value.value<Result>();
    const qint64 id = m_evidenceId;
    m_evidenceId = -1;
    m_session->refresh();
    Q_EMIT finished(id, result.imported, result.cancelled, result.error);
}

} // namespace hoshi
