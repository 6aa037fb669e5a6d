// SPDX-License-Identifier: Apache-2.0
// Screenshot scenes of captured tool output: "capture-findings" (an item page with an nmap scan
// run twice, the older capture superseded, and a CycloneDX SBOM whose critical CVE is answered
// with a note) and "capture-rerun" (the run-again dialog after nmap ran again). nmap really runs,
// against a port this process listens on at 127.0.0.1 and nowhere else.
#include "screenshot.h"

#include "capture/captureservice.h"
#include "capture/rerundialog.h"
#include "capture/toolrun.h"
#include "itempage/capturefindingspanel.h"
#include "itempage/itempage.h"
#include "mainwindow/mainwindow.h"
#include "session/session.h"
#include "storage/workspace.h"

#include <QFile>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>

namespace hoshi {

namespace {

const QString CaptureItem = QStringLiteral("S1.1-13");

// A TCP port open on 127.0.0.1 for as long as the screenshot runs (the kernel accepts; nothing
// is read or written).
class LoopbackPort : public QObject
{
public:
    explicit LoopbackPort(QObject *parent) : QObject(parent)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_fd >= 0 && ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
            && ::listen(m_fd, 16) == 0 && ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
            m_port = ntohs(address.sin_port);
    }
    ~LoopbackPort() override
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    [[nodiscard]] int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

QByteArray demoSbom()
{
    return R"({"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1,
  "metadata": {"timestamp": "2026-11-30T09:15:00Z",
    "tools": [{"vendor": "CycloneDX", "name": "cyclonedx-cli", "version": "0.25.0"}],
    "component": {"type": "firmware", "name": "hoshi-demo-camera-fw", "version": "1.4.2", "bom-ref": "fw"}},
  "components": [
    {"type": "library", "name": "openssl", "version": "1.1.1k", "purl": "pkg:generic/openssl@1.1.1k", "bom-ref": "openssl"},
    {"type": "library", "name": "busybox", "version": "1.36.1", "purl": "pkg:generic/busybox@1.36.1", "bom-ref": "busybox"},
    {"type": "library", "name": "zlib", "version": "1.2.13", "purl": "pkg:generic/zlib@1.2.13", "bom-ref": "zlib"}],
  "vulnerabilities": [
    {"id": "CVE-2021-3711", "ratings": [{"severity": "critical", "score": 9.8, "method": "CVSSv31"}],
     "affects": [{"ref": "openssl"}]},
    {"id": "CVE-2023-42363", "ratings": [{"severity": "medium", "score": 5.5, "method": "CVSSv31"}],
     "affects": [{"ref": "busybox"}]}]})";
}

bool fail(const QString &what)
{
    std::fprintf(stderr, "hoshi: capture screenshot: %s\n", qPrintable(what));
    return false;
}

} // namespace

bool Screenshot::prepareCapture()
{
    Session *session = m_window->session();
    if (!session->snapshot() || ToolRun::programFor(CaptureTool::Nmap).isEmpty())
        return fail(QStringLiteral("needs the demo and nmap"));
    m_folder = std::make_unique<QTemporaryDir>();
    auto *listener = new LoopbackPort(this);
    if (!m_folder->isValid() || listener->port() <= 0)
        return fail(QStringLiteral("no folder or no port"));
    Workspace &ws = *session->workspace();
    const qint64 declaration = session->currentDeclarationId();
    session->setVerdict(CaptureItem, Verdict::Conforming);

    QString error;
    const QString sbom = m_folder->filePath(QStringLiteral("camera-fw-1.4.2.cdx.json"));
    const QString image = m_folder->filePath(QStringLiteral("camera-fw-1.4.2.bin"));
    QFile sbomFile(sbom);
    QFile imageFile(image);
    if (!sbomFile.open(QIODevice::WriteOnly) || sbomFile.write(demoSbom()) < 0 || !imageFile.open(QIODevice::WriteOnly)
        || imageFile.write(QByteArray(4096, '\x5a')) < 0)
        return fail(QStringLiteral("cannot write the demo files"));
    sbomFile.close();
    imageFile.close();
    CaptureOptions options;
    options.firmwareImagePath = image;
    const qint64 sbomId = CaptureService::capture(ws, declaration, CaptureItem, CaptureTool::CycloneDx, sbom, options, &error);
    if (sbomId < 0 || !CaptureService::setFindingNote(ws, sbomId, QStringLiteral("CVE-2021-3711"),
                                                      QStringLiteral("SM2 is not compiled in (no-sm2); not reachable."),
                                                      &error))
        return fail(error);

    // A real scan of the port above, captured; then run again from its recipe.
    CaptureRecipe recipe;
    recipe.tool = CaptureTool::Nmap;
    recipe.arguments = {QStringLiteral("-sT"), QStringLiteral("-Pn"), QStringLiteral("-v"), QStringLiteral("-p"),
                        QString::number(listener->port())};
    recipe.target = QStringLiteral("127.0.0.1");
    ToolRun run;
    QString output;
    if (!run.runBlocking(recipe, recipe.target, &output, &error))
        return fail(error);
    const qint64 scan = CaptureService::capture(ws, declaration, CaptureItem, CaptureTool::Nmap, output, options, &error);
    if (scan < 0)
        return fail(error);
    if (m_page == QLatin1String("capture-findings")
        && CaptureService::rerun(ws, scan, recipe.target, options, &error, nullptr, 120) < 0)
        return fail(error);
    session->refresh();
    m_window->showItem(CaptureItem);
    ItemPage *page = m_window->itemPage();
    if (m_page == QLatin1String("capture-findings")) {
        if (auto *scroll = page->findChild<QScrollArea *>(QStringLiteral("itemFormScroll")))
            scroll->ensureWidgetVisible(page->captureFindings(), 0, 0);
        return true;
    }
    auto *dialog = new RerunDialog(session, scan, m_window);
    dialog->resize(900, 560);
    dialog->show();
    return dialog->start();
}

bool Screenshot::captureReady() const
{
    const auto *dialog = m_window->findChild<RerunDialog *>(QStringLiteral("rerunDialog"));
    return !dialog || (!dialog->isRunning() && dialog->newEvidenceId() >= 0);
}

} // namespace hoshi
