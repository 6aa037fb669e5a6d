// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/backgroundtask.h"

#include <QObject>
#include <QStringList>

namespace hoshi {

class Session;

// Attaches files to an evidence record off the GUI thread (a BackgroundTask). The worker opens its own
// connection to the workspace (Workspace::openSecondary), because a Workspace belongs to the
// thread that opened it; the views are refreshed when it is done. Cancel stops within one
// chunk and leaves nothing of the file being imported (files already finished stay).
class EvidenceImporter : public QObject
{
    Q_OBJECT

public:
    struct Result {
        int imported = 0;
        bool cancelled = false;
        QString error;
    };

    explicit EvidenceImporter(Session *session, QObject *parent = nullptr);

    // Returns false (and reports why) when an import is already running or nothing can be written.
    bool start(qint64 evidenceId, const QStringList &files);
    void cancel() { m_task.cancel(); }
    [[nodiscard]] bool isRunning() const { return m_task.isRunning(); }
    [[nodiscard]] qint64 evidenceId() const { return m_evidenceId; }
    // Blocks until the running import (if any) has ended; used on shutdown and in tests.
    void waitForFinished() { m_task.waitForFinished(); }

    static constexpr int ProgressRange = BackgroundTask::ProgressRange;

Q_SIGNALS:
    void started(qint64 evidenceId, int fileCount);
    void progress(int value, const QString &fileName);
    void finished(qint64 evidenceId, int imported, bool cancelled, const QString &error);

private:
    void onFinished(const QVariant &result, bool cancelled);

    Session *m_session;
    BackgroundTask m_task;
    qint64 m_evidenceId = -1;
};

} // namespace hoshi
