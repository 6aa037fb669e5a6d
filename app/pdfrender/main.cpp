// SPDX-License-Identifier: Apache-2.0
// hoshi-pdf-render: parses one untrusted PDF, received on stdin, and answers render and text
// requests on stdout (protocol.h), inside the limits of renderlimits.h. A PDF that crashes
// PDFium, loops or eats memory takes down this process only; the application shows a message.
#include "protocol.h"
#include "renderlimits.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfDocument>
#include <QPdfSelection>

#include <csignal>
#include <fcntl.h>
#include <cstdio>
#include <unistd.h>

using namespace hoshi::pdfrender;

namespace {

bool readAll(char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::read(STDIN_FILENO, data, size);
        if (n <= 0)
            return false;
        data += n;
        size -= size_t(n);
    }
    return true;
}

bool writeAll(const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(STDOUT_FILENO, data, size);
        if (n <= 0)
            return false;
        data += n;
        size -= size_t(n);
    }
    return true;
}

bool readFrame(QByteArray *frame, unsigned maxBytes)
{
    unsigned char header[4];
    if (!readAll(reinterpret_cast<char *>(header), 4))
        return false;
    const unsigned length = (unsigned(header[0]) << 24) | (unsigned(header[1]) << 16) | (unsigned(header[2]) << 8) | header[3];
    if (length > maxBytes)
        return false;
    frame->resize(qsizetype(length));
    return readAll(frame->data(), length);
}

bool writeFrame(const QByteArray &frame)
{
    const auto length = quint32(frame.size());
    const unsigned char header[4] = {uchar(length >> 24), uchar(length >> 16), uchar(length >> 8), uchar(length)};
    return writeAll(reinterpret_cast<const char *>(header), 4) && writeAll(frame.constData(), size_t(frame.size()));
}

bool reply(const QJsonObject &o)
{
    return writeFrame(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool replyError(const QString &code)
{
    return reply({{QStringLiteral("ok"), false}, {QStringLiteral("error"), code}});
}

// For the tests of the application's side: make this process misbehave on purpose.
void runTestHook()
{
    const QByteArray hook = qgetenv("HOSHI_PDF_RENDER_TEST_HOOK");
    if (hook == "crash")
        std::raise(SIGSEGV);
    if (hook.startsWith("try-write:")) {
        // Must fail: the filter refuses opening files for writing.
        const int fd = ::open(hook.mid(10).constData(), O_WRONLY | O_CREAT, 0600);
        if (fd >= 0)
            ::close(fd);
    }
    if (hook == "hang") {
        volatile unsigned long spin = 0;
        for (;;)
            spin = spin + 1; // until the CPU limit or the application's time-out ends it
    }
}

bool load(QPdfDocument *pdf, QBuffer *buffer)
{
    pdf->load(buffer);
    QElapsedTimer timer;
    timer.start();
    while (pdf->status() == QPdfDocument::Status::Loading && timer.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    switch (pdf->error()) {
    case QPdfDocument::Error::None:
        if (pdf->pageCount() > 0)
            return reply({{QStringLiteral("ok"), true}, {QStringLiteral("pages"), pdf->pageCount()}});
        replyError(QStringLiteral("damaged"));
        return false;
    case QPdfDocument::Error::IncorrectPassword:
        replyError(QStringLiteral("password"));
        return false;
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        replyError(QStringLiteral("unsupported"));
        return false;
    default:
        replyError(QStringLiteral("damaged"));
        return false;
    }
}

bool render(QPdfDocument *pdf, const QJsonObject &command)
{
    const int page = command.value(QStringLiteral("page")).toInt(-1);
    const int width = qBound(1, command.value(QStringLiteral("width")).toInt(1200), MaxRenderWidth);
    if (page < 0 || page >= pdf->pageCount())
        return replyError(QStringLiteral("page"));
    const QSizeF points = pdf->pagePointSize(page);
    if (points.width() <= 0 || points.height() <= 0)
        return replyError(QStringLiteral("damaged"));
    const int height = qBound(1, int(points.height() * width / points.width()), MaxRenderWidth * 4);
    const QImage image = pdf->render(page, QSize(width, height));
    if (image.isNull())
        return replyError(QStringLiteral("limit"));
    QByteArray png;
    QBuffer out(&png);
    if (!out.open(QIODevice::WriteOnly) || !image.save(&out, "PNG"))
        return replyError(QStringLiteral("limit"));
    return reply({{QStringLiteral("ok"), true}, {QStringLiteral("width"), image.width()}, {QStringLiteral("height"), image.height()}})
        && writeFrame(png);
}

// Every page whose text holds the needle (case-insensitive), with a little context around it.
bool search(QPdfDocument *pdf, const QJsonObject &command)
{
    const QString needle = command.value(QStringLiteral("text")).toString();
    QJsonArray hits;
    for (int page = 0; page < pdf->pageCount() && !needle.trimmed().isEmpty() && hits.size() < 1000; ++page) {
        const QString text = pdf->getAllText(page).text().simplified();
        for (qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0 && hits.size() < 1000;
             at = text.indexOf(needle, at + needle.size(), Qt::CaseInsensitive))
            hits.append(QJsonObject{{QStringLiteral("page"), page},
                                    {QStringLiteral("context"), text.mid(qMax<qsizetype>(0, at - 30), needle.size() + 60)}});
    }
    return reply({{QStringLiteral("ok"), true}, {QStringLiteral("hits"), hits}});
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 memoryMb = qEnvironmentVariableIsSet("HOSHI_PDF_RENDER_MAX_MB") ? qEnvironmentVariableIntValue("HOSHI_PDF_RENDER_MAX_MB") : 2048;
    const int cpuSeconds = qEnvironmentVariableIsSet("HOSHI_PDF_RENDER_MAX_CPU") ? qEnvironmentVariableIntValue("HOSHI_PDF_RENDER_MAX_CPU") : 60;
    const QString missing = applyLimits(memoryMb << 20, cpuSeconds);
    if (!missing.isEmpty())
        std::fprintf(stderr, "hoshi-pdf-render: limits not applied: %s\n", qPrintable(missing));

    QByteArray document;
    QByteArray password;
    if (!readFrame(&document, MaxDocumentBytes) || !readFrame(&password, MaxCommandBytes))
        return 2;
    runTestHook();
    QBuffer buffer(&document);
    if (!buffer.open(QIODevice::ReadOnly))
        return 2;
    QPdfDocument pdf;
    pdf.setPassword(QString::fromUtf8(password));
    if (!load(&pdf, &buffer))
        return 1;
    QByteArray frame;
    while (readFrame(&frame, MaxCommandBytes)) {
        const QJsonObject command = QJsonDocument::fromJson(frame).object();
        const QString op = command.value(QStringLiteral("op")).toString();
        bool ok = true;
        if (op == QLatin1String("render")) {
            ok = render(&pdf, command);
        } else if (op == QLatin1String("text")) {
            const int page = command.value(QStringLiteral("page")).toInt(-1);
            ok = page >= 0 && page < pdf.pageCount()
                ? reply({{QStringLiteral("ok"), true}, {QStringLiteral("text"), pdf.getAllText(page).text()}})
                : replyError(QStringLiteral("page"));
        } else if (op == QLatin1String("search")) {
            ok = search(&pdf, command);
        } else if (op == QLatin1String("quit")) {
            return 0;
        } else {
            ok = replyError(QStringLiteral("command"));
        }
        if (!ok)
            return 1;
    }
    return 0;
}
