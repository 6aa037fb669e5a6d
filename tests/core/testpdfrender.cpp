// SPDX-License-Identifier: Apache-2.0
// The out-of-process PDF renderer: it renders and searches pages; a helper that crashes, hangs or
// exceeds its limits ends the request with a message while this process carries on; the helper
// links no Qt Widgets and can not create files.
#include "pdfrender/pdfrenderclient.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;

#ifndef HOSHI_PDF_RENDER_PATH
#define HOSHI_PDF_RENDER_PATH "" // built without the desktop application
#endif

namespace {

QByteArray makePdf(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    for (int page = 1; page <= pages; ++page) {
        if (page > 1)
            writer.newPage();
        painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 24));
        painter.drawText(QPointF(500, 1000), QStringLiteral("evidence page %1 marker").arg(page));
    }
    painter.end();
    return bytes;
}

PdfRenderClient::Options options(const QStringList &environment = {}, int timeoutMs = 30000)
{
    PdfRenderClient::Options o;
    o.helperPath = QStringLiteral(HOSHI_PDF_RENDER_PATH);
    o.environment = environment;
    o.timeoutMs = timeoutMs;
    return o;
}

} // namespace

class TestPdfRender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QStringLiteral(HOSHI_PDF_RENDER_PATH).isEmpty())
            QSKIP("hoshi-pdf-render is built with the desktop application (HOSHI_BUILD_GUI)");
    }

    void rendersAndSearches()
    {
        PdfRenderClient client(options());
        QString error;
        QCOMPARE(client.open(makePdf(3), {}, &error), PdfRenderClient::Outcome::Ok);
        QCOMPARE(client.pageCount(), 3);
        const QImage image = client.render(1, 400, &error);
        QVERIFY2(!image.isNull(), qPrintable(error));
        QCOMPARE(image.width(), 400);
        QVERIFY(image.height() > 500); // A4 is taller than wide
        QList<PdfRenderClient::Hit> hits;
        QVERIFY2(client.search(QStringLiteral("PAGE 2 marker"), &hits, &error), qPrintable(error));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().page, 1);
    }

    void damagedFileIsAMessage()
    {
        PdfRenderClient client(options());
        QString error;
        QByteArray pdf = makePdf(1);
        pdf.truncate(pdf.size() / 3);
        QCOMPARE(client.open("%PDF-1.7\nnot really" + pdf.mid(400), {}, &error), PdfRenderClient::Outcome::Failed);
        QVERIFY2(error.contains(QLatin1String("not a valid PDF")), qPrintable(error));
    }

    void crashingHelperIsAMessage()
    {
        PdfRenderClient client(options({QStringLiteral("HOSHI_PDF_RENDER_TEST_HOOK=crash")}));
        QString error;
        QCOMPARE(client.open(makePdf(1), {}, &error), PdfRenderClient::Outcome::Failed);
        QVERIFY2(error.contains(QLatin1String("crashed")), qPrintable(error));
        // The next document gets a fresh helper.
        PdfRenderClient again(options());
        QCOMPARE(again.open(makePdf(1), {}, &error), PdfRenderClient::Outcome::Ok);
    }

    void hangingHelperTimesOut()
    {
        PdfRenderClient client(options({QStringLiteral("HOSHI_PDF_RENDER_TEST_HOOK=hang")}, 1500));
        QString error;
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(client.open(makePdf(1), {}, &error), PdfRenderClient::Outcome::Failed);
        QVERIFY(timer.elapsed() < 10000);
        QVERIFY2(error.contains(QLatin1String("did not answer in time")), qPrintable(error));
    }

    void cpuLimitEndsAHangingHelper()
    {
        PdfRenderClient client(options({QStringLiteral("HOSHI_PDF_RENDER_TEST_HOOK=hang"), QStringLiteral("HOSHI_PDF_RENDER_MAX_CPU=1")}, 20000));
        QString error;
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(client.open(makePdf(1), {}, &error), PdfRenderClient::Outcome::Failed);
        QVERIFY(timer.elapsed() < 15000);
        QVERIFY2(error.contains(QLatin1String("limit")), qPrintable(error));
    }

    void memoryLimitIsAMessage()
    {
        // 160 MiB of address space: a page drawn 4096 pixels wide needs more than that.
        PdfRenderClient client(options({QStringLiteral("HOSHI_PDF_RENDER_MAX_MB=600")}));
        QString error;
        QCOMPARE(client.open(makePdf(1), {}, &error), PdfRenderClient::Outcome::Ok);
        PdfRenderClient small(options({QStringLiteral("HOSHI_PDF_RENDER_MAX_MB=160")}));
        const PdfRenderClient::Outcome outcome = small.open(makePdf(1), {}, &error);
        if (outcome == PdfRenderClient::Outcome::Ok) {
            const QImage image = small.render(0, 4096, &error);
            QVERIFY(image.isNull());
        }
        QVERIFY2(!error.isEmpty(), "no message");
    }

    void helperCanNotCreateFiles()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("written-by-helper"));
        PdfRenderClient client(options({QStringLiteral("HOSHI_PDF_RENDER_TEST_HOOK=try-write:") + target}));
        QString error;
        QCOMPARE(client.open(makePdf(1), {}, &error), PdfRenderClient::Outcome::Ok);
        QVERIFY(!QFileInfo::exists(target));
    }

    void helperLinksNoWidgets()
    {
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {QStringLiteral(HOSHI_PDF_RENDER_PATH)});
        QVERIFY(ldd.waitForFinished(30000));
        const QString libraries = QString::fromLocal8Bit(ldd.readAllStandardOutput());
        QVERIFY(libraries.contains(QLatin1String("libQt6Pdf")));
        QVERIFY2(!libraries.contains(QLatin1String("Widgets")), qPrintable(libraries));
    }
};

// QTEST_MAIN: QPdfWriter needs a QGuiApplication.
QTEST_MAIN(TestPdfRender)
#include "testpdfrender.moc"
