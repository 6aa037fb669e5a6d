// SPDX-License-Identifier: Apache-2.0
#include "pdfrenderclient.h"
#include "util/errors.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

#include <csignal>
#include <sys/syscall.h>
#include <unistd.h>

namespace hoshi {

PdfRenderClient::PdfRenderClient() : PdfRenderClient(Options()) {}

PdfRenderClient::PdfRenderClient(Options options) : m_options(std::move(options)) {}

PdfRenderClient::~PdfRenderClient()
{
    close();
}

QString PdfRenderClient::defaultHelperPath()
{
    const QString fromEnvironment = qEnvironmentVariable("HOSHI_PDF_RENDER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QDir dir(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {dir.filePath(QStringLiteral("hoshi-pdf-render")),
                                     dir.filePath(QStringLiteral("../libexec/hoshi/hoshi-pdf-render"))}) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return dir.filePath(QStringLiteral("hoshi-pdf-render"));
}

bool PdfRenderClient::isOpen() const
{
    return m_process && m_process->state() == QProcess::Running && m_pages > 0;
}

void PdfRenderClient::abort()
{
    const std::lock_guard lock(m_pidfdMutex);
    if (m_pidfd >= 0)
        ::syscall(SYS_pidfd_send_signal, m_pidfd, SIGKILL, nullptr, 0);
}

void PdfRenderClient::close()
{
    {
        const std::lock_guard lock(m_pidfdMutex);
        if (m_pidfd >= 0)
            ::close(m_pidfd);
        m_pidfd = -1;
    }
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_process.reset();
    m_pages = 0;
}

QString PdfRenderClient::stoppedText()
{
    QString why;
    if (!m_timedOut && m_process)
        m_process->waitForFinished(2000); // for its exit status
    if (m_timedOut) {
        why = tr("it did not answer in time");
    } else if (m_process && m_process->state() == QProcess::NotRunning && m_process->exitStatus() == QProcess::CrashExit) {
        const int signal = m_process->exitCode();
        why = signal == SIGXCPU || signal == SIGKILL ? tr("it exceeded its time or memory limit")
                                                     : tr("it crashed on this file");
    } else {
        why = tr("it stopped unexpectedly");
    }
    close();
    return tr("the separate PDF renderer stopped (%1); the file itself is kept unchanged.").arg(why);
}

bool PdfRenderClient::send(const QByteArray &frame, QString *error)
{
    const auto length = quint32(frame.size());
    const char header[4] = {char(length >> 24), char(length >> 16), char(length >> 8), char(length)};
    m_process->write(header, 4);
    m_process->write(frame);
    QElapsedTimer timer;
    timer.start();
    while (m_process->bytesToWrite() > 0) {
        if (m_process->state() != QProcess::Running || timer.elapsed() > m_options.timeoutMs
            || !m_process->waitForBytesWritten(qMax(1, int(m_options.timeoutMs - timer.elapsed())))) {
            m_timedOut = m_process->state() == QProcess::Running;
            setError(error, stoppedText());
            return false;
        }
    }
    return true;
}

bool PdfRenderClient::receive(QByteArray *frame, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    auto waitFor = [&](qint64 bytes) {
        while (m_process->bytesAvailable() < bytes) {
            const qint64 left = m_options.timeoutMs - timer.elapsed();
            if (left <= 0) {
                m_timedOut = true;
                return false;
            }
            if (!m_process->waitForReadyRead(int(left)) && m_process->bytesAvailable() < bytes) {
                m_timedOut = m_process->state() == QProcess::Running;
                return false;
            }
        }
        return true;
    };
    if (!waitFor(4)) {
        setError(error, stoppedText());
        return false;
    }
    const QByteArray header = m_process->read(4);
    const quint32 length = (quint32(uchar(header[0])) << 24) | (quint32(uchar(header[1])) << 16)
        | (quint32(uchar(header[2])) << 8) | quint32(uchar(header[3]));
    if (!waitFor(length)) {
        setError(error, stoppedText());
        return false;
    }
    *frame = m_process->read(length);
    return true;
}

bool PdfRenderClient::request(const QByteArray &command, QJsonObject *answer, QString *error)
{
    if (!m_process || m_process->state() != QProcess::Running) {
        setError(error, tr("the separate PDF renderer is not running."));
        return false;
    }
    QByteArray frame;
    if (!send(command, error) || !receive(&frame, error))
        return false;
    *answer = QJsonDocument::fromJson(frame).object();
    return true;
}

PdfRenderClient::Outcome PdfRenderClient::open(const QByteArray &pdf, const QString &password, QString *error)
{
    close();
    m_timedOut = false;
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(m_options.helperPath.isEmpty() ? defaultHelperPath() : m_options.helperPath);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &entry : std::as_const(m_options.environment))
        environment.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    m_process->setProcessEnvironment(environment);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(QIODevice::ReadWrite | QIODevice::Unbuffered);
    if (!m_process->waitForStarted(m_options.timeoutMs)) {
        setError(error, tr("the PDF renderer %1 can not be started (%2).")
                            .arg(m_process->program(), m_process->errorString()));
        close();
        return Outcome::Failed;
    }
    {
        // Taken right after the start, before anything has waited for the helper (which is what
        // would free its pid for reuse).
        const std::lock_guard lock(m_pidfdMutex);
        m_pidfd = int(::syscall(SYS_pidfd_open, pid_t(m_process->processId()), 0));
    }
    QJsonObject answer;
    if (!send(pdf, error) || !request(password.toUtf8(), &answer, error))
        return Outcome::Failed;
    if (answer.value(QStringLiteral("ok")).toBool()) {
        m_pages = answer.value(QStringLiteral("pages")).toInt();
        return Outcome::Ok;
    }
    const QString code = answer.value(QStringLiteral("error")).toString();
    close();
    if (code == QLatin1String("password"))
        return Outcome::PasswordNeeded;
    setError(error, code == QLatin1String("unsupported")
                        ? tr("its encryption is not supported.")
                        : tr("it is not a valid PDF file (damaged or of another type)."));
    return Outcome::Failed;
}

QImage PdfRenderClient::render(int page, int width, QString *error)
{
    QJsonObject answer;
    const QJsonObject command{{QStringLiteral("op"), QStringLiteral("render")}, {QStringLiteral("page"), page},
                              {QStringLiteral("width"), width}};
    if (!request(QJsonDocument(command).toJson(QJsonDocument::Compact), &answer, error))
        return {};
    if (!answer.value(QStringLiteral("ok")).toBool()) {
        setError(error, tr("page %1 could not be drawn.").arg(page + 1));
        return {};
    }
    QByteArray png;
    if (!receive(&png, error))
        return {};
    QImage image;
    if (!image.loadFromData(png, "PNG"))
        setError(error, tr("page %1 could not be drawn.").arg(page + 1));
    return image;
}

bool PdfRenderClient::pageText(int page, QString *text, QString *error)
{
    QJsonObject answer;
    const QJsonObject command{{QStringLiteral("op"), QStringLiteral("text")}, {QStringLiteral("page"), page}};
    if (!request(QJsonDocument(command).toJson(QJsonDocument::Compact), &answer, error))
        return false;
    *text = answer.value(QStringLiteral("text")).toString();
    return answer.value(QStringLiteral("ok")).toBool();
}

bool PdfRenderClient::search(const QString &needle, QList<Hit> *hits, QString *error)
{
    hits->clear();
    if (needle.trimmed().isEmpty())
        return true;
    QJsonObject answer;
    const QJsonObject command{{QStringLiteral("op"), QStringLiteral("search")}, {QStringLiteral("text"), needle}};
    if (!request(QJsonDocument(command).toJson(QJsonDocument::Compact), &answer, error))
        return false;
    for (const QJsonValue &hit : answer.value(QStringLiteral("hits")).toArray()) {
        const QJsonObject o = hit.toObject();
        hits->append({o.value(QStringLiteral("page")).toInt(), o.value(QStringLiteral("context")).toString()});
    }
    return answer.value(QStringLiteral("ok")).toBool();
}

} // namespace hoshi
