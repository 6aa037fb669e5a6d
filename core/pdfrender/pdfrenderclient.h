// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>

class QJsonObject;
class QProcess;

namespace hoshi {

// Talks to hoshi-pdf-render (app/pdfrender/), the separate, limited process that parses
// untrusted PDFs: nothing of a PDF is parsed in the application's own process. Blocking calls
// with a time-out, from one thread only (the GUI makes them on a worker thread of its own);
// abort() is the one call allowed from any other thread. When the helper crashes, hangs or exceeds its limits,
// the call fails with a reason (translated, lower case: "This PDF cannot be shown: <reason>")
// and the helper is gone; open() starts a new one.
class PdfRenderClient
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::PdfRenderClient)

public:
    enum class Outcome { Ok, PasswordNeeded, Failed };
    struct Options {
        QString helperPath;      // empty: defaultHelperPath()
        int timeoutMs = 30000;   // for one answer
        QStringList environment; // extra NAME=value entries (limits and test hooks of the helper)
    };
    struct Hit {
        int page = 0; // 0-based
        QString context;
    };

    PdfRenderClient();
    explicit PdfRenderClient(Options options);
    ~PdfRenderClient();
    PdfRenderClient(const PdfRenderClient &) = delete;
    PdfRenderClient &operator=(const PdfRenderClient &) = delete;

    // hoshi-pdf-render next to the running program (HOSHI_PDF_RENDER overrides).
    [[nodiscard]] static QString defaultHelperPath();

    // Starts a helper and hands it the document (and password, which may be empty).
    [[nodiscard]] Outcome open(const QByteArray &pdf, const QString &password, QString *error);
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] int pageCount() const { return m_pages; }
    // Page (0-based) rendered `width` pixels wide.
    [[nodiscard]] QImage render(int page, int width, QString *error);
    [[nodiscard]] bool pageText(int page, QString *text, QString *error);
    // Every page whose text holds `text` (case-insensitive), with a little context (searched in
    // the helper: one request for the whole document).
    [[nodiscard]] bool search(const QString &text, QList<Hit> *hits, QString *error);
    void close();
    // Ends the running helper from any thread (the call blocked on it then fails at once), so
    // that a thread waiting on a slow or hung helper can be given other work. Safe against a
    // helper that ends by itself meanwhile: the signal goes through a pidfd, never to a reused pid.
    void abort();

private:
    [[nodiscard]] bool send(const QByteArray &frame, QString *error);
    [[nodiscard]] bool receive(QByteArray *frame, QString *error);
    [[nodiscard]] bool request(const QByteArray &command, QJsonObject *answer, QString *error);
    [[nodiscard]] QString stoppedText();

    Options m_options;
    std::unique_ptr<QProcess> m_process;
    int m_pages = 0;
    bool m_timedOut = false;
    std::mutex m_pidfdMutex;
    int m_pidfd = -1; // the running helper, for abort()
};

} // namespace hoshi
