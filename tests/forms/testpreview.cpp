// SPDX-License-Identifier: Apache-2.0
// The evidence preview: PDFs (pages, zoom, search, "use this page"), images and text, and
// files it cannot show (a broken PDF, random bytes, unknown types) give a message, not a crash.
#include "formstest.h"

#include "preview/evidencepreview.h"
#include "storage/workspace.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace hoshi;

namespace {

QByteArray makePdf(int pages)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        const QStringList words{QStringLiteral("Alpha"), QStringLiteral("Bravo"), QStringLiteral("Lockout")};
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            painter.drawText(QPointF(300, 600), QStringLiteral("Page %1 %2").arg(i + 1).arg(words.value(i)));
        }
    }
    return buffer.data();
}

QByteArray makePng()
{
    QImage image(120, 80, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

// The preview reads, decodes and renders on its worker thread: wait for what it shows.
bool settle(const EvidencePreview &preview)
{
    return QTest::qWaitFor([&preview] { return !preview.isBusy(); }, 60000);
}

} // namespace

class TestPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        formstest::initApplication();
        QString error;
        m_ws = Workspace::create(m_dir.filePath(QStringLiteral("p.hoshi")), &error);
        QVERIFY2(m_ws, qPrintable(error));
        Organisation o;
        o.name = QStringLiteral("O");
        Product p;
        p.organisationId = m_ws->addOrganisation(o, &error);
        p.name = QStringLiteral("P");
        const qint64 declaration = m_ws->addDeclaration(m_ws->addProduct(p, &error),
                                                        QStringLiteral("JST-CR-01-01-2024R1"), Route::Standard, &error);
        QVERIFY2(declaration > 0, qPrintable(error));
        m_evidence = m_ws->addEvidence(declaration, {QStringLiteral("S1.1-01")}, Evidence(), &error);
        QVERIFY2(m_evidence > 0, qPrintable(error));
    }

    void pdf()
    {
        EvidencePreview preview;
        preview.resize(700, 600);
        preview.show();
        QSignalSpy usePage(&preview, &EvidencePreview::usePageRequested);
        preview.showFiles(m_ws.get(), {attach(QStringLiteral("manual.pdf"), makePdf(3))});
        QVERIFY(settle(preview));
        QCOMPARE(preview.mode(), EvidencePreview::Mode::Pdf);
        QCOMPARE(preview.pageCount(), 3);
        QCOMPARE(preview.currentPage(), 1);
        preview.goToPage(3);
        QTRY_COMPARE(preview.currentPage(), 3);
        preview.goToPage(99); // clamped, not a crash
        QTRY_COMPARE(preview.currentPage(), 3);
        QTest::mouseClick(preview.findChild<QPushButton *>(QStringLiteral("usePageButton")), Qt::LeftButton);
        QCOMPARE(usePage.count(), 1);
        QCOMPARE(usePage.constFirst().constFirst().toInt(), 3);
        const qreal zoom = preview.zoom();
        preview.setZoom(zoom * 2);
        QCOMPARE(preview.zoom(), zoom * 2);
        preview.search(QStringLiteral("Lockout"));
        QTRY_COMPARE(preview.searchResultCount(), 1);
        preview.search(QStringLiteral("nowhere-to-be-found"));
        QTRY_COMPARE(preview.searchResultCount(), 0);
    }

    void pdfPageIsWhiteUnderADarkPalette()
    {
        // A dark desktop: the page must still be drawn on white paper, not on the window colour.
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(40, 40, 40));
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::WindowText, Qt::white);
        dark.setColor(QPalette::Text, Qt::white);
        EvidencePreview preview;
        preview.setPalette(dark);
        preview.resize(700, 600);
        preview.show();
        preview.showFiles(m_ws.get(), {attach(QStringLiteral("dark.pdf"), makePdf(1))});
        QVERIFY(settle(preview));
        QCOMPARE(preview.mode(), EvidencePreview::Mode::Pdf);
        auto *page = preview.findChild<QLabel *>(QStringLiteral("pdfPageImage"));
        QVERIFY(page);
        QTRY_VERIFY(!page->pixmap().isNull());
        // Sample what is on screen: corners and the middle of the page widget are paper white.
        const QImage shown = page->grab().toImage();
        QVERIFY(shown.width() > 50 && shown.height() > 50);
        for (const QPoint p : {QPoint(3, 3), QPoint(shown.width() - 4, 3), QPoint(3, shown.height() - 4),
                               QPoint(shown.width() / 2, shown.height() / 4)})
            QCOMPARE(shown.pixelColor(p), QColor(Qt::white));
        // And the text is still there: some pixels are dark.
        bool ink = false;
        for (int y = 0; y < shown.height() && !ink; y += 2)
            for (int x = 0; x < shown.width() && !ink; x += 2)
                ink = shown.pixelColor(x, y).lightness() < 128;
        QVERIFY2(ink, "the page text is not drawn");
    }

    void brokenPdf_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("truncated") << makePdf(2).left(300);
        QTest::newRow("header only") << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >>\n");
        QByteArray random(64 * 1024, Qt::Uninitialized);
        QRandomGenerator seeded(42);
        for (char &c : random)
            c = char(seeded.bounded(256));
        QTest::newRow("random bytes") << random;
        // (Workspace::attachData cannot store 0 bytes yet, a reported core bug; an empty PDF is
        // covered by "one byte".)
        QTest::newRow("one byte") << QByteArray("%");
    }

    void brokenPdf()
    {
        QFETCH(QByteArray, content);
        EvidencePreview preview;
        preview.show();
        preview.showFiles(m_ws.get(), {attach(QStringLiteral("broken.pdf"), content)});
        QVERIFY(settle(preview));
        QCOMPARE(preview.mode(), EvidencePreview::Mode::Message);
        QVERIFY2(preview.message().contains(EvidencePreview::tr("This PDF cannot be shown: %1").left(20)),
                 qPrintable(preview.message()));
        QCOMPARE(preview.pageCount(), 0);
        preview.goToPage(2); // nothing to do, nothing to crash
        // The next good file shows normally.
        preview.showFiles(m_ws.get(), {attach(QStringLiteral("good.pdf"), makePdf(1))});
        QVERIFY(settle(preview));
        QCOMPARE(preview.mode(), EvidencePreview::Mode::Pdf);
    }

    // PDFs are parsed in hoshi-pdf-render: made to crash, or to spin until its CPU limit ends it,
    // the renderer takes only itself down; this process shows a message and the next PDF works.
    void rendererFailureIsAMessage_data()
    {
        QTest::addColumn<QByteArray>("hook");
        QTest::addColumn<QByteArray>("cpuSeconds");
        QTest::addColumn<QString>("said");
        QTest::newRow("crash") << QByteArray("crash") << QByteArray() << QStringLiteral("crashed");
        QTest::newRow("hang until the CPU limit") << QByteArray("hang") << QByteArray("1") << QStringLiteral("limit");
    }

    void rendererFailureIsAMessage()
    {
        QFETCH(QByteArray, hook);
        QFETCH(QByteArray, cpuSeconds);
        QFETCH(QString, said);
        EvidencePreview preview;
        preview.resize(600, 500);
        preview.show();
        qputenv("HOSHI_PDF_RENDER_TEST_HOOK", hook);
        if (!cpuSeconds.isEmpty())
            qputenv("HOSHI_PDF_RENDER_MAX_CPU", cpuSeconds);
        // The helper starts on the worker thread: the hook stays set until the preview settles.
        preview.showFiles(m_ws.get(), {attach(QStringLiteral("hostile-%1.pdf").arg(QString::fromLatin1(hook)), makePdf(2))});
        QVERIFY(settle(preview));
        qunsetenv("HOSHI_PDF_RENDER_TEST_HOOK");
        qunsetenv("HOSHI_PDF_RENDER_MAX_CPU");
        QCOMPARE(preview.mode(), EvidencePreview::Mode::Message);
        QVERIFY2(preview.message().contains(QLatin1String("renderer stopped")) && preview.message().contains(said),
                 qPrintable(preview.message()));
        preview.showFiles(m_ws.get(), {attach(QStringLiteral("after.pdf"), makePdf(1))});
        QVERIFY(settle(preview));
        QCOMPARE(preview.mode(), EvidencePreview::Mode::Pdf);
        QCOMPARE(preview.pageCount(), 1);
    }

    // A slow read or render runs on the worker thread: the GUI thread's event loop keeps
    // ticking a 5 ms timer all the while, and the preview says what it is doing.
    void slowWorkLeavesTheGuiThreadFree()
    {
        constexpr int SlowMs = 1000;
        EvidencePreview preview;
        preview.resize(600, 500);
        preview.show();
        std::atomic<QThread *> ranOn = nullptr;
        preview.worker()->setBeforeWorkHook([&ranOn] {
            ranOn = QThread::currentThread();
            QThread::msleep(SlowMs);
        });
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longestGap = 0;
        int ticks = 0;
        QTimer timer;
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(5);
        connect(&timer, &QTimer::timeout, &timer, [&] {
            longestGap = std::max(longestGap, clock.elapsed() - last);
            last = clock.elapsed();
            ++ticks;
        });
        clock.start();
        timer.start();
        preview.showFiles(m_ws.get(), {attach(QStringLiteral("slow.pdf"), makePdf(2))});
        QCOMPARE(preview.mode(), EvidencePreview::Mode::Loading);
        QVERIFY(preview.message().contains(QStringLiteral("slow.pdf")));
        QVERIFY(settle(preview)); // opening, then drawing the first page: two slow pieces of work
        timer.stop();
        QCOMPARE(preview.mode(), EvidencePreview::Mode::Pdf);
        QVERIFY(ranOn.load() && ranOn.load() != QThread::currentThread());
        QVERIFY2(clock.elapsed() >= 2 * SlowMs, qPrintable(QString::number(clock.elapsed())));
        // Had the work run on this thread, one gap would be at least SlowMs long.
        QVERIFY2(longestGap < SlowMs, qPrintable(QStringLiteral("longest gap %1 ms").arg(longestGap)));
        QVERIFY2(ticks > 20, qPrintable(QString::number(ticks)));
    }

    // A hung helper is ended as soon as another file is chosen, instead of holding the worker
    // until its 30 s time-out.
    void hungHelperDoesNotHoldUpTheNextFile()
    {
        EvidencePreview preview;
        preview.resize(600, 500);
        preview.show();
        qputenv("HOSHI_PDF_RENDER_TEST_HOOK", "hang");
        preview.showFiles(m_ws.get(), {attach(QStringLiteral("hangs.pdf"), makePdf(2))});
        QTest::qWait(1000); // the helper has started (with the hook) and hangs
        qunsetenv("HOSHI_PDF_RENDER_TEST_HOOK");
        QCOMPARE(preview.mode(), EvidencePreview::Mode::Loading);
        QElapsedTimer clock;
        clock.start();
        preview.showFiles(m_ws.get(), {attach(QStringLiteral("next.pdf"), makePdf(1))});
        QVERIFY(settle(preview));
        QCOMPARE(preview.mode(), EvidencePreview::Mode::Pdf);
        QCOMPARE(preview.pageCount(), 1);
        QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
    }

    void passwordPdf()
    {
        // Written by tools/make_encrypted_pdf.py (RC4, user password "hoshi").
        QFile fixture(QStringLiteral(HOSHI_SOURCE_DIR "/tests/forms/data/encrypted.pdf"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        EvidencePreview preview;
        preview.resize(600, 500);
        preview.show();
        preview.showFiles(m_ws.get(), {attach(QStringLiteral("secret.pdf"), fixture.readAll())});
        QVERIFY(settle(preview));
        QCOMPARE(preview.mode(), EvidencePreview::Mode::Password);
        auto *password = preview.findChild<QLineEdit *>(QStringLiteral("pdfPasswordEdit"));
        QVERIFY(password->isVisibleTo(&preview));
        formstest::typeInto(password, QStringLiteral("wrong"));
        QVERIFY(settle(preview));
        QCOMPARE(preview.mode(), EvidencePreview::Mode::Password);
        formstest::typeInto(password, QStringLiteral("hoshi"));
        QVERIFY(settle(preview));
        QCOMPARE(preview.mode(), EvidencePreview::Mode::Pdf);
        QCOMPARE(preview.pageCount(), 1);
        preview.search(QStringLiteral("lockout"));
        QTRY_COMPARE(preview.searchResultCount(), 1);
    }

    void imageAndText()
    {
        EvidencePreview preview;
        preview.show();
        const EvidenceFile png = attach(QStringLiteral("screen.png"), makePng());
        const EvidenceFile log = attach(QStringLiteral("test.log"), "line one\nline two: ログイン失敗\n");
        preview.showFiles(m_ws.get(), {png, log});
        QVERIFY(settle(preview));
        QCOMPARE(preview.mode(), EvidencePreview::Mode::Image);
        QCOMPARE(preview.currentFileId(), png.id);
        preview.showFiles(m_ws.get(), {png, log}, log.id);
        QVERIFY(settle(preview));
        QCOMPARE(preview.mode(), EvidencePreview::Mode::Text);
        QVERIFY(preview.findChild<QPlainTextEdit *>(QStringLiteral("previewText"))->toPlainText().contains(
            QStringLiteral("ログイン失敗")));
        // A PNG that is not one, and a type without a preview.
        preview.showFiles(m_ws.get(), {attach(QStringLiteral("fake.png"), "not an image at all")});
        QVERIFY(settle(preview));
        QCOMPARE(preview.mode(), EvidencePreview::Mode::Message);
        preview.showFiles(m_ws.get(), {attach(QStringLiteral("firmware.bin"), QByteArray("\x7f" "ELF\x02\x01\x01\x00\x00\x00", 10))});
        QVERIFY(settle(preview));
        QCOMPARE(preview.mode(), EvidencePreview::Mode::Message);
        preview.showFiles(m_ws.get(), {});
        QVERIFY(settle(preview));
        QCOMPARE(preview.mode(), EvidencePreview::Mode::Empty);
    }

private:
    EvidenceFile attach(const QString &name, const QByteArray &data)
    {
        QString error;
        const qint64 id = m_ws->attachData(m_evidence, name, data, &error);
        if (id < 0)
            qFatal("attach failed: %s", qPrintable(error));
        return *m_ws->file(id);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_evidence = -1;
};

QTEST_MAIN(TestPreview)
#include "testpreview.moc"
