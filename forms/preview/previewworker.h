// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/backgroundtask.h"
#include "domain/model.h"
#include "pdfrender/pdfrenderclient.h"
#include "storage/workspace.h" // ProgressCallback

#include <QImage>
#include <QList>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>

class QIODevice;

namespace hoshi {

// Everything the evidence preview does that can take long, off the GUI thread: reading a stored
// file (a PDF may be 512 MiB) from the workspace or an archive, decoding images and text, and
// every exchange with hoshi-pdf-render. The work runs on one thread of its own (a BackgroundTask
// on a pool of one thread), because the pipe to the helper must stay on the thread that opened
// it; requests are served in order, one at a time, and each result arrives by the finished
// signal, tagged with the document it belongs to.
//
// Loading a file drops everything that was waiting, cancels the read in progress and ends the
// helper if it is busy (PdfRenderClient::abort): a slow or hung PDF never holds up the next file.
// A newer render or search request replaces one of the same kind still waiting.
class PreviewWorker : public QObject
{
    Q_OBJECT

public:
    // Writes a file's content to `out`; the progress callback may stop it early (false). Called
    // on the worker thread: it must not touch objects of the GUI thread.
    using ContentReader
        = std::function<bool(const EvidenceFile &file, QIODevice *out, QString *error, const ProgressCallback &progress)>;

    enum class Op { Pdf, Password, Image, Text, Render, Search, Close };
    struct Result {
        Op op = Op::Pdf;
        int document = 0;
        bool readFailed = false; // the file could not be read (error says why)
        QString error;
        // Pdf, Password
        PdfRenderClient::Outcome outcome = PdfRenderClient::Outcome::Failed;
        int pages = 0;
        // Render (the page drawn), Image
        QImage image;
        int page = 0;
        // Text
        QString text;
        // Search
        QString query;
        QList<PdfRenderClient::Hit> hits;
        // Render, Search: false when the helper stopped (crash, hang, limit)
        bool rendererOpen = true;
    };

    // Reads a workspace's content through a connection of the worker's own (a Workspace belongs
    // to the thread that opened it): a secondary one, or a read-only open for read-only sessions.
    [[nodiscard]] static ContentReader workspaceReader(const QString &workspacePath, bool readOnly);

    explicit PreviewWorker(QObject *parent = nullptr);
    // Ends the helper and waits for the worker thread (at most one read block or helper answer).
    ~PreviewWorker() override;

    // Each load replaces whatever was loading or shown. `document` tags the results.
    void loadPdf(int document, const ContentReader &reader, const EvidenceFile &file);
    void retryPassword(int document, const QString &password);
    // Decoded and scaled down to maxWidth on the worker thread.
    void loadImage(int document, const ContentReader &reader, const EvidenceFile &file, int maxWidth);
    void loadText(int document, const ContentReader &reader, const EvidenceFile &file, qint64 maxBytes);
    void render(int document, int page, int width);
    void search(int document, const QString &text);
    // Drops waiting work, ends the helper and frees the document (nothing is shown any more).
    void close();
    [[nodiscard]] bool isBusy() const { return m_task.isRunning() || !m_queue.isEmpty(); }

    // What the worker thread keeps between requests (the renderer, the bytes for a password
    // retry); defined in the .cpp.
    struct State;

    // Test seam: runs before every piece of work, on the worker thread (a slow fake operation).
    void setBeforeWorkHook(std::function<void()> hook) { m_beforeWork = std::move(hook); }

Q_SIGNALS:
    void finished(const hoshi::PreviewWorker::Result &result);

private:
    using Work = std::function<Result(BackgroundTask::Control &control, State &state)>;
    struct Request {
        Op op = Op::Close;
        int document = 0;
        Work work;
        bool deliver = true; // false once dropped: its result is not wanted any more
    };
    void dropAll();
    void enqueue(Request request);
    void startNext();

    QThreadPool m_pool; // one thread; destroyed after m_task has finished
    BackgroundTask m_task;
    std::shared_ptr<State> m_state; // used on the worker thread only (its renderer's abort() excepted)
    QList<Request> m_queue;
    Request m_running;
    std::function<void()> m_beforeWork;
};

} // namespace hoshi

Q_DECLARE_METATYPE(hoshi::PreviewWorker::Result)
