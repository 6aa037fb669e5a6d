// SPDX-License-Identifier: Apache-2.0
// The capture GUI: File ▸ Capture test result… previews a tool output file (parsed in the
// background) before anything is stored and captures it onto the item the user chose; a refused
// file shows the parser's reason and changes nothing; dropping a file on the item page opens the
// dialog for that item; the findings panel answers a finding with a note and the gate's warning
// goes away; "Run again…" runs nmap against a port this test listens on (127.0.0.1 only), shows
// its output, stores the new capture and marks the old one superseded, and a cancelled run
// stores nothing.
#include "formstest.h"

#include "capture/capturedialog.h"
#include "capture/capturerecipe.h"
#include "capture/captureservice.h"
#include "capture/rerundialog.h"
#include "capture/toolrun.h"
#include "demo/demoworkspace.h"
#include "itempage/capturefindingspanel.h"
#include "itempage/itempage.h"
#include "mainwindow/mainwindow.h"
#include "session/session.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUrl>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace hoshi;
using formstest::find;

namespace {

const QString Item = QStringLiteral("S1.1-04");

// A CycloneDX SBOM as a build pipeline writes it: two components, one known vulnerability.
QByteArray cycloneDx()
{
    return R"({
  "bomFormat": "CycloneDX",
  "specVersion": "1.5",
  "serialNumber": "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79",
  "version": 1,
  "metadata": {
    "timestamp": "2026-11-30T09:15:00Z",
    "tools": [{"vendor": "CycloneDX", "name": "cyclonedx-cli", "version": "0.25.0"}],
    "component": {"type": "firmware", "name": "sensor-fw", "version": "2.1.0", "bom-ref": "fw"}
  },
  "components": [
    {"type": "library", "name": "openssl", "version": "1.1.1k", "purl": "pkg:generic/openssl@1.1.1k", "bom-ref": "openssl"},
    {"type": "library", "name": "busybox", "version": "1.36.1", "purl": "pkg:generic/busybox@1.36.1", "bom-ref": "busybox"}
  ],
  "vulnerabilities": [
    {"id": "CVE-2021-3711", "bom-ref": "v1",
     "ratings": [{"severity": "critical", "score": 9.8, "method": "CVSSv31"}],
     "description": "SM2 decryption buffer overflow",
     "affects": [{"ref": "openssl"}]}
  ]
})";
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

// A TCP port this test listens on, on 127.0.0.1 only, for nmap to find open (the kernel completes
// the handshake from the backlog; nothing is read or written).
class LoopbackListener
{
public:
    LoopbackListener()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = 0;
        socklen_t length = sizeof address;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
            || ::listen(m_fd, 16) != 0 || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return;
        m_port = ntohs(address.sin_port);
    }
    ~LoopbackListener()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    LoopbackListener(const LoopbackListener &) = delete;
    LoopbackListener &operator=(const LoopbackListener &) = delete;
    [[nodiscard]] int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

int capturedCount(const Session &session, const QString &itemId)
{
    int count = 0;
    for (const Evidence &e : session.evidenceFor(itemId))
        count += e.tool.isEmpty() ? 0 : 1;
    return count;
}

int captureWarnings(const Session &session, const QString &itemId)
{
    int count = 0;
    for (const GateProblem &p : session.problemsOfItem(itemId))
        count += p.code == QLatin1String("capture-finding") ? 1 : 0;
    return count;
}

} // namespace

class TestCaptureGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DemoIds m_ids;
    int m_workspaces = 0;

    std::unique_ptr<MainWindow> openDemo()
    {
        const QString path = m_dir.filePath(QStringLiteral("capture%1.hoshi").arg(++m_workspaces));
        QString error;
        if (!DemoWorkspace::create(path, &m_ids, &error))
            qWarning("demo: %s", qPrintable(error));
        auto window = std::make_unique<MainWindow>();
        window->resize(1280, 800);
        window->show();
        if (!window->openWorkspace(path))
            return nullptr;
        window->showDeclaration(m_ids.inProgressDeclaration);
        return window;
    }

    static CaptureDialog *openDialogWithFile(MainWindow &window, const QString &path)
    {
        window.captureTestResult(path);
        CaptureDialog *dialog = window.captureDialog();
        if (dialog) {
            QSignalSpy ready(dialog, &CaptureDialog::previewReady);
            if (dialog->isParsing() && !ready.wait(20000))
                qWarning("capture: no preview");
        }
        return dialog;
    }

private Q_SLOTS:
    void initTestCase() { formstest::initApplication(); }

    void previewThenCaptureOntoTheCurrentItem()
    {
        const QString sbom = m_dir.filePath(QStringLiteral("sensor-fw.cdx.json"));
        QVERIFY(writeFile(sbom, cycloneDx()));
        const QString image = m_dir.filePath(QStringLiteral("sensor-fw-2.1.0.bin"));
        QVERIFY(writeFile(image, QByteArray("firmware image bytes")));
        auto window = openDemo();
        QVERIFY(window);
        window->showItem(Item);
        const int before = capturedCount(*window->session(), Item);

        CaptureDialog *dialog = openDialogWithFile(*window, sbom);
        QVERIFY(dialog);
        // The preview, before anything is stored.
        QVERIFY(dialog->preview().ok);
        QVERIFY2(find<QLabel>(dialog, "captureToolLabel")->text().contains(QLatin1String("CycloneDX")),
                 qPrintable(find<QLabel>(dialog, "captureToolLabel")->text()));
        QVERIFY(find<QLabel>(dialog, "captureTargetLabel")->text().contains(QLatin1String("sensor-fw")));
        QVERIFY(!find<QLabel>(dialog, "captureScannedLabel")->text().isEmpty());
        auto *findings = find<QTreeWidget>(dialog, "captureFindingsPreview");
        QVERIFY(findings->topLevelItemCount() >= 1);
        bool cveShown = false;
        for (int i = 0; i < findings->topLevelItemCount(); ++i)
            cveShown = cveShown || findings->topLevelItem(i)->toolTip(1).contains(QLatin1String("CVE-2021-3711"));
        QVERIFY(cveShown);
        QCOMPARE(capturedCount(*window->session(), Item), before);
        // The user is on an item: it is preselected.
        QCOMPARE(dialog->chosenItemId(), Item);

        find<QLineEdit>(dialog, "captureFirmwareImageEdit")->setText(image);
        auto *capture = find<QPushButton>(dialog, "captureButton");
        QVERIFY(capture->isEnabled());
        QTest::mouseClick(capture, Qt::LeftButton);
        QCOMPARE(capturedCount(*window->session(), Item), before + 1);
        std::optional<Evidence> stored;
        for (const Evidence &e : window->session()->evidenceFor(Item)) {
            if (e.tool == QLatin1String("cyclonedx"))
                stored = e;
        }
        QVERIFY(stored);
        QCOMPARE(stored->kind, EvidenceKind::DeviceTest);
        QCOMPARE(stored->firmwareImageSha256.size(), 64);
        QVERIFY(stored->files.size() >= 1);

        // The item page shows it in the findings panel.
        QCOMPARE(window->currentPage(), MainWindow::Page::Item);
        CaptureFindingsPanel *panel = window->itemPage()->captureFindings();
        QVERIFY(panel->isVisible());
        QVERIFY(panel->tree()->topLevelItemCount() >= 1);
        QVERIFY(panel->tree()->topLevelItem(0)->text(0).contains(stored->firmwareImageSha256.left(12)));
    }

    void noItemPreselectedOutsideAnItem()
    {
        const QString sbom = m_dir.filePath(QStringLiteral("outside.cdx.json"));
        QVERIFY(writeFile(sbom, cycloneDx()));
        auto window = openDemo();
        QVERIFY(window);
        window->showChecklist();
        CaptureDialog *dialog = openDialogWithFile(*window, sbom);
        QVERIFY(dialog && dialog->preview().ok);
        QCOMPARE(dialog->chosenItemId(), QString());
        QVERIFY(!find<QPushButton>(dialog, "captureButton")->isEnabled());
        QVERIFY(!dialog->capture());
        // A suggestion is shown, and only the user's click applies it.
        if (!dialog->preview().result.suggestedItems.isEmpty()) {
            QVERIFY(!find<QLabel>(dialog, "captureSuggestionLabel")->text().isEmpty());
            QTest::mouseClick(find<QPushButton>(dialog, "captureUseSuggestionButton"), Qt::LeftButton);
            QCOMPARE(dialog->chosenItemId(), dialog->preview().result.suggestedItems.first());
        }
        dialog->close();
    }

    void refusedFileShowsTheReasonAndChangesNothing()
    {
        const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
        QByteArray truncated = cycloneDx();
        truncated.chop(40);
        QVERIFY(writeFile(broken, truncated));
        auto window = openDemo();
        QVERIFY(window);
        window->showItem(Item);
        const int before = capturedCount(*window->session(), Item);
        const int history = int(window->session()->workspace()->history(m_ids.inProgressDeclaration, Item).size());

        CaptureDialog *dialog = openDialogWithFile(*window, broken);
        QVERIFY(dialog);
        QVERIFY(!dialog->preview().ok);
        QVERIFY(!dialog->preview().error.isEmpty());
        const QString status = find<QLabel>(dialog, "captureStatusLabel")->text();
        QVERIFY2(status.contains(dialog->preview().error), qPrintable(status));
        QVERIFY(!find<QPushButton>(dialog, "captureButton")->isEnabled());
        QVERIFY(!dialog->capture());
        QCOMPARE(capturedCount(*window->session(), Item), before);
        QCOMPARE(int(window->session()->workspace()->history(m_ids.inProgressDeclaration, Item).size()), history);

        // Not tool output at all: the reason says so.
        const QString text = m_dir.filePath(QStringLiteral("notes.xml"));
        QVERIFY(writeFile(text, "<notes><note>hello</note></notes>"));
        dialog->setFile(text);
        QSignalSpy ready(dialog, &CaptureDialog::previewReady);
        QVERIFY(ready.wait(20000));
        QVERIFY(!dialog->preview().ok);
        QVERIFY(find<QLabel>(dialog, "captureStatusLabel")->text().contains(dialog->preview().error));
        QCOMPARE(capturedCount(*window->session(), Item), before);
    }

    void droppingAFileOnTheItemPageOpensTheDialogForIt()
    {
        const QString sbom = m_dir.filePath(QStringLiteral("dropped.cdx.json"));
        QVERIFY(writeFile(sbom, cycloneDx()));
        auto window = openDemo();
        QVERIFY(window);
        window->showItem(QStringLiteral("S1.1-05"));
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(sbom)});
        ItemPage *page = window->itemPage();
        const QPointF at(page->width() / 2.0, page->height() / 2.0);
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(page, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(page, &drop);
        CaptureDialog *dialog = window->captureDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->filePath(), sbom);
        QCOMPARE(dialog->chosenItemId(), QStringLiteral("S1.1-05"));
        QSignalSpy ready(dialog, &CaptureDialog::previewReady);
        QVERIFY(!dialog->isParsing() || ready.wait(20000));
        QVERIFY(dialog->preview().ok);
        // A file that is no tool output by its name is left to the page.
        QMimeData other;
        other.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("manual.pdf")))});
        QDragEnterEvent refused(at.toPoint(), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(page, &refused);
        QVERIFY(!refused.isAccepted());
        dialog->close();
    }
    void answeringAFindingSettlesTheGateWarning()
    {
        const QString sbom = m_dir.filePath(QStringLiteral("answered.cdx.json"));
        QVERIFY(writeFile(sbom, cycloneDx()));
        auto window = openDemo();
        QVERIFY(window);
        Session *session = window->session();
        window->showItem(Item);
        session->setVerdict(Item, Verdict::Conforming);
        QCOMPARE(captureWarnings(*session, Item), 0);
        CaptureDialog *dialog = openDialogWithFile(*window, sbom);
        QVERIFY(dialog && dialog->preview().ok);
        QVERIFY(dialog->capture());
        dialog->close();
        // The critical CVE contradicts the conforming verdict: the gate warns.
        QVERIFY(captureWarnings(*session, Item) >= 1);

        CaptureFindingsPanel *panel = window->itemPage()->captureFindings();
        QTreeWidgetItem *finding = nullptr;
        for (int i = 0; i < panel->tree()->topLevelItemCount() && !finding; ++i) {
            QTreeWidgetItem *capture = panel->tree()->topLevelItem(i);
            for (int j = 0; j < capture->childCount(); ++j) {
                if (capture->child(j)->data(0, CaptureFindingsPanel::FindingKeyRole).toString().contains(
                        QLatin1String("CVE-2021-3711")))
                    finding = capture->child(j);
            }
        }
        QVERIFY(finding);
        QVERIFY(!finding->text(CaptureFindingsPanel::NoteColumn).isEmpty()); // "needs an answer"
        panel->tree()->setCurrentItem(finding);
        auto *note = find<QLineEdit>(panel, "findingNoteEdit");
        QVERIFY(note->isEnabled());
        QVERIFY(note->text().isEmpty()); // the placeholder text is not an answer
        const QString answer = QStringLiteral("SM2 is not built into the firmware (no-sm2).");
        note->setText(answer);
        QTest::mouseClick(find<QPushButton>(panel, "saveFindingNoteButton"), Qt::LeftButton);
        QCOMPARE(captureWarnings(*session, Item), 0);
        bool stored = false;
        for (const Evidence &e : session->evidenceFor(Item))
            stored = stored || e.findingNotes.contains(QLatin1String("no-sm2"));
        QVERIFY(stored);
        // The answer is shown beside the finding, and clearing it brings the warning back.
        QTreeWidgetItem *current = panel->tree()->currentItem();
        QVERIFY(current);
        QCOMPARE(current->text(CaptureFindingsPanel::NoteColumn), answer);
        QVERIFY(panel->answerSelected(QString()));
        QVERIFY(captureWarnings(*session, Item) >= 1);
    }

    void runAgainWithNmapAgainstALocalPort()
    {
        if (ToolRun::programFor(CaptureTool::Nmap).isEmpty())
            QSKIP("nmap is not installed (packaging/install-deps.sh installs it)");
        LoopbackListener listener;
        QVERIFY(listener.port() > 0);
        const QString port = QString::number(listener.port());
        auto window = openDemo();
        QVERIFY(window);
        Session *session = window->session();
        // The first capture: a real scan of the port this test listens on.
        CaptureRecipe recipe;
        recipe.tool = CaptureTool::Nmap;
        recipe.arguments = {QStringLiteral("-sT"), QStringLiteral("-Pn"), QStringLiteral("-p"), port};
        recipe.target = QStringLiteral("127.0.0.1");
        ToolRun first;
        first.setTimeLimit(120);
        QString output;
        QString error;
        QVERIFY2(first.runBlocking(recipe, recipe.target, &output, &error), qPrintable(error));
        const qint64 old = CaptureService::capture(*session->workspace(), m_ids.inProgressDeclaration, Item,
                                                   CaptureTool::Nmap, output, CaptureOptions(), &error);
        QVERIFY2(old > 0, qPrintable(error));
        session->refresh();
        window->showItem(Item);
        CaptureFindingsPanel *panel = window->itemPage()->captureFindings();
        QVERIFY(panel->isVisible());
        for (int i = 0; i < panel->tree()->topLevelItemCount(); ++i) {
            if (panel->tree()->topLevelItem(i)->data(0, CaptureFindingsPanel::EvidenceIdRole).toLongLong() == old)
                panel->tree()->setCurrentItem(panel->tree()->topLevelItem(i));
        }
        auto *runAgain = find<QPushButton>(panel, "runAgainButton");
        QVERIFY(runAgain->isEnabled());
        QTest::mouseClick(runAgain, Qt::LeftButton);
        auto *dialog = window->findChild<RerunDialog *>(QStringLiteral("rerunDialog"));
        QVERIFY(dialog);
        // The target is the recipe's, prefilled and editable; a bad one is refused before running.
        auto *target = find<QLineEdit>(dialog, "rerunTargetEdit");
        QCOMPARE(target->text(), QStringLiteral("127.0.0.1"));
        target->setText(QStringLiteral("-iL /etc/passwd"));
        QVERIFY(!dialog->start());
        QVERIFY(!dialog->isRunning());
        QVERIFY(!dialog->statusText().isEmpty());
        target->setText(QStringLiteral("127.0.0.1"));

        QSignalSpy ended(dialog, &RerunDialog::runEnded);
        QTest::mouseClick(find<QPushButton>(dialog, "rerunRunButton"), Qt::LeftButton);
        QVERIFY(dialog->isRunning());
        QVERIFY(ended.wait(120000));
        const qint64 fresh = ended.constFirst().at(0).toLongLong();
        QVERIFY2(fresh > 0, qPrintable(dialog->statusText()));
        QCOMPARE(dialog->newEvidenceId(), fresh);
        QVERIFY2(dialog->outputText().contains(QLatin1String("Nmap")), qPrintable(dialog->outputText()));
        QCOMPARE(session->evidence(old)->supersededBy, fresh);
        QCOMPARE(session->evidence(fresh)->tool, QStringLiteral("nmap"));
        QVERIFY(session->evidence(fresh)->captureFindings.contains(port));
        // The panel shows both, the old one as superseded.
        bool supersededShown = false;
        for (int i = 0; i < panel->tree()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *capture = panel->tree()->topLevelItem(i);
            if (capture->data(0, CaptureFindingsPanel::EvidenceIdRole).toLongLong() == old)
                supersededShown = capture->font(0).italic();
        }
        QVERIFY(supersededShown);
        dialog->close();
    }

    void cancelledRunStoresNothing()
    {
        if (ToolRun::programFor(CaptureTool::Nmap).isEmpty())
            QSKIP("nmap is not installed (packaging/install-deps.sh installs it)");
        auto window = openDemo();
        QVERIFY(window);
        Session *session = window->session();
        // A capture whose recipe scans every port slowly: long enough to be cancelled.
        LoopbackListener listener;
        QVERIFY(listener.port() > 0);
        CaptureRecipe quick;
        quick.tool = CaptureTool::Nmap;
        quick.arguments = {QStringLiteral("-sT"), QStringLiteral("-Pn"), QStringLiteral("--max-rate"),
                           QStringLiteral("5"), QStringLiteral("-p"), QStringLiteral("1-65535")};
        quick.target = QStringLiteral("127.0.0.1");
        ToolRun run;
        QString output;
        QString error;
        // Stored by hand from a short scan, with the slow recipe to run again.
        quick.arguments.last() = QString::number(listener.port());
        QVERIFY2(run.runBlocking(quick, quick.target, &output, &error), qPrintable(error));
        const qint64 old = CaptureService::capture(*session->workspace(), m_ids.inProgressDeclaration, Item,
                                                   CaptureTool::Nmap, output, CaptureOptions(), &error);
        QVERIFY2(old > 0, qPrintable(error));
        std::optional<Evidence> stored = session->workspace()->evidence(old);
        quick.arguments.last() = QStringLiteral("1-65535");
        stored->captureRecipe = QString::fromUtf8(quick.toJson());
        QVERIFY(session->workspace()->updateEvidence(*stored, &error));
        session->refresh();
        const int before = capturedCount(*session, Item);

        RerunDialog dialog(session, old, window.get());
        QSignalSpy ended(&dialog, &RerunDialog::runEnded);
        QVERIFY(dialog.start());
        QTest::qWait(300);
        QTest::mouseClick(find<QPushButton>(&dialog, "rerunCancelButton"), Qt::LeftButton); // Stop
        QVERIFY(ended.wait(30000));
        QCOMPARE(ended.constFirst().at(0).toLongLong(), -1);
        QVERIFY(!dialog.isRunning());
        QVERIFY2(dialog.statusText().contains(QLatin1String("Nothing was stored")), qPrintable(dialog.statusText()));
        QCOMPARE(capturedCount(*session, Item), before);
        QCOMPARE(session->evidence(old)->supersededBy, qint64(-1));
    }
};

QTEST_MAIN(TestCaptureGui)
#include "testcapturegui.moc"
