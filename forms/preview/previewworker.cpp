// SPDX-License-Identifier: Apache-2.0
#include "previewworker.h"

#include <QBuffer>
#include <QImageReader>
#include <QStringDecoder>
#include <QtConcurrent>

#include <utility>

namespace hoshi {

struct PreviewWorker::State {
    PdfRenderClient renderer;
    QByteArray pdf; // kept for a password retry
};

namespace {

using Control = BackgroundTask::Control;

// Reads a file into `buffer`, stopping when the work is cancelled or once `limit` bytes are
// there (then it returns false, with what was read in the buffer).
bool readInto(Control &control, const PreviewWorker::ContentReader &reader, const EvidenceFile &file,
              QBuffer *buffer, QString *error, qint64 limit = -1)
{
    return reader(file, buffer, error, [&control, limit](qint64 done, qint64) {
        return !control.isCancelled() && (limit < 0 || done < limit);
    });
}

PreviewWorker::Result openPdf(PreviewWorker::State &state, const QString &password)
{
    PreviewWorker::Result r;
    r.outcome = state.renderer.open(state.pdf, password, &r.error);
    r.pages = state.renderer.pageCount();
    // The renderer has its copy; only a password question keeps the bytes for the next try.
    if (r.outcome != PdfRenderClient::Outcome::PasswordNeeded)
        state.pdf.clear();
    return r;
}

QString decodeText(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // Japanese logs are often Shift_JIS.
        QStringDecoder sjis("Shift_JIS");
        if (sjis.isValid())
            text = sjis.decode(bytes);
    }
    return text;
}

} // namespace

PreviewWorker::ContentReader PreviewWorker::workspaceReader(const QString &workspacePath, bool readOnly)
{
    return [workspacePath, readOnly](const EvidenceFile &file, QIODevice *out, QString *error,
                                     const ProgressCallback &progress) {
        const std::unique_ptr<Workspace> ws = readOnly
            ? Workspace::open(workspacePath, Workspace::Access::ReadOnly, error)
            : Workspace::openSecondary(workspacePath, error);
        return ws && ws->readContent(file.sha256, out, error, progress);
    };
}

PreviewWorker::PreviewWorker(QObject *parent) : QObject(parent), m_state(std::make_shared<State>())
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // the same thread for every piece of work
    m_task.setThreadPool(&m_pool);
    connect(&m_task, &BackgroundTask::finished, this, [this](const QVariant &value, bool cancelled) {
        const Request done = std::exchange(m_running, Request());
        if (done.deliver && !cancelled)
            Q_EMIT finished(value.value<Result>());
        startNext();
    });
}

PreviewWorker::~PreviewWorker()
{
    dropAll();
    m_task.waitForFinished();
    // The helper's pipe belongs to the worker thread: closed there.
    const std::shared_ptr<State> state = m_state;
    QtConcurrent::run(&m_pool, [state] {
        state->renderer.close();
        state->pdf.clear();
    }).waitForFinished();
}

void PreviewWorker::dropAll()
{
    m_queue.clear();
    if (m_task.isRunning()) {
        m_running.deliver = false;
        m_task.cancel();
        m_state->renderer.abort();
    }
}

void PreviewWorker::enqueue(Request request)
{
    if (request.op == Op::Render || request.op == Op::Search)
        m_queue.removeIf([&request](const Request &waiting) { return waiting.op == request.op; });
    m_queue.append(std::move(request));
    startNext();
}

void PreviewWorker::startNext()
{
    if (m_task.isRunning() || m_queue.isEmpty())
        return;
    m_running = m_queue.takeFirst();
    const Request request = m_running;
    const std::shared_ptr<State> state = m_state;
    const std::function<void()> before = m_beforeWork;
    m_task.start([request, state, before](Control &control) {
        if (before)
            before();
        Result result;
        if (!control.isCancelled())
            result = request.work(control, *state);
        result.op = request.op;
        result.document = request.document;
        return QVariant::fromValue(result);
    });
}

void PreviewWorker::close()
{
    dropAll();
    enqueue({Op::Close, 0,
             [](Control &, State &state) {
                 state.renderer.close();
                 state.pdf.clear();
                 return Result();
             },
             false});
}

void PreviewWorker::loadPdf(int document, const ContentReader &reader, const EvidenceFile &file)
{
    dropAll();
    enqueue({Op::Pdf, document, [reader, file](Control &control, State &state) {
                 state.renderer.close();
                 state.pdf.clear();
                 QBuffer buffer(&state.pdf);
                 buffer.open(QIODevice::WriteOnly);
                 QString error;
                 if (!readInto(control, reader, file, &buffer, &error)) {
                     buffer.close();
                     state.pdf.clear();
                     Result r;
                     r.readFailed = true;
                     r.error = error;
                     return r;
                 }
                 buffer.close();
                 return openPdf(state, QString());
             }});
}

void PreviewWorker::retryPassword(int document, const QString &password)
{
    enqueue({Op::Password, document, [password](Control &, State &state) {
                 Result r;
                 r.outcome = PdfRenderClient::Outcome::PasswordNeeded;
                 if (!state.pdf.isEmpty())
                     r = openPdf(state, password);
                 r.query = password; // the password tried: a wrong one is said so
                 return r;
             }});
}

void PreviewWorker::loadImage(int document, const ContentReader &reader, const EvidenceFile &file, int maxWidth)
{
    dropAll();
    enqueue({Op::Image, document, [reader, file, maxWidth](Control &control, State &state) {
                 state.renderer.close();
                 state.pdf.clear();
                 Result r;
                 QBuffer buffer;
                 buffer.open(QIODevice::WriteOnly);
                 if (!readInto(control, reader, file, &buffer, &r.error)) {
                     r.readFailed = true;
                     return r;
                 }
                 buffer.close();
                 buffer.open(QIODevice::ReadOnly);
                 QImageReader decoder(&buffer);
                 decoder.setAutoTransform(true);
                 r.image = decoder.read();
                 if (r.image.isNull())
                     r.error = decoder.errorString();
                 else if (r.image.width() > maxWidth)
                     r.image = r.image.scaledToWidth(maxWidth, Qt::SmoothTransformation);
                 return r;
             }});
}

void PreviewWorker::loadText(int document, const ContentReader &reader, const EvidenceFile &file, qint64 maxBytes)
{
    dropAll();
    enqueue({Op::Text, document, [reader, file, maxBytes](Control &control, State &state) {
                 state.renderer.close();
                 state.pdf.clear();
                 Result r;
                 QBuffer buffer;
                 buffer.open(QIODevice::WriteOnly);
                 // A cut-short read is not an error here: stopping once enough is there to show.
                 if (!readInto(control, reader, file, &buffer, &r.error, maxBytes) && buffer.size() == 0) {
                     r.readFailed = true;
                     return r;
                 }
                 r.text = decodeText(buffer.data().left(maxBytes));
                 return r;
             }});
}

void PreviewWorker::render(int document, int page, int width)
{
    enqueue({Op::Render, document, [page, width](Control &, State &state) {
                 Result r;
                 r.page = page;
                 r.image = state.renderer.render(page, width, &r.error);
                 r.rendererOpen = state.renderer.isOpen();
                 return r;
             }});
}

void PreviewWorker::search(int document, const QString &text)
{
    enqueue({Op::Search, document, [text](Control &, State &state) {
                 Result r;
                 r.query = text;
                 // A failed search with the helper still running shows no hits, as an empty one.
                 (void)state.renderer.search(text, &r.hits, &r.error);
                 r.rendererOpen = state.renderer.isOpen();
                 return r;
             }});
}

} // namespace hoshi
