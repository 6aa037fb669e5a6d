// SPDX-License-Identifier: Apache-2.0
// A 2 GiB evidence file streams into the workspace with flat memory, hashes like sha256sum,
// and is stored once however often it is imported. HOSHI_LARGE_IMPORT_MB shrinks it for
// quick local runs; CI runs the full size.
#include "memoryprobe.h"
#include "storage/workspace.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;

namespace {

// Pseudo-random content (xorshift), so neither SQLite nor the filesystem can shortcut it.
bool writeTestFile(const QString &path, qint64 megabytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray block(1 << 20, Qt::Uninitialized);
    quint64 state = 0x9e3779b97f4a7c15ull;
    for (qint64 i = 0; i < megabytes; ++i) {
        auto *words = reinterpret_cast<quint64 *>(block.data());
        for (int w = 0; w < block.size() / 8; ++w) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            words[w] = state;
        }
        if (file.write(block) != block.size())
            return false;
    }
    return true;
}

} // namespace

class TestLargeImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoGigabytesFlatMemoryAndStoredOnce()
    {
        const qint64 megabytes = qEnvironmentVariableIntValue("HOSHI_LARGE_IMPORT_MB") > 0
                                     ? qEnvironmentVariableIntValue("HOSHI_LARGE_IMPORT_MB")
                                     : 2048;
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("firmware-dump.bin"));
        QVERIFY(writeTestFile(source, megabytes));

        QProcess sha256sum;
        sha256sum.start(QStringLiteral("sha256sum"), {source});
        QVERIFY(sha256sum.waitForFinished(600000));
        const QString expected = QString::fromLatin1(sha256sum.readAllStandardOutput().left(64));
        QCOMPARE(expected.size(), 64);

        QString error;
        const QString wsPath = dir.filePath(QStringLiteral("big.hoshi"));
        std::unique_ptr<Workspace> ws = Workspace::create(wsPath, &error);
        QVERIFY2(ws, qPrintable(error));
        Organisation o;
        o.name = QStringLiteral("Vendor");
        Product p;
        p.organisationId = ws->addOrganisation(o, &error);
        p.name = QStringLiteral("Router");
        const qint64 decl = ws->addDeclaration(ws->addProduct(p, &error), QStringLiteral("JST-CR-01-01-2024R1"),
                                               Route::Standard, &error);
        Evidence e;
        e.kind = EvidenceKind::DeviceTest;
        const qint64 evidence = ws->addEvidence(decl, {QStringLiteral("S1.1-13")}, e, &error);
        QVERIFY2(evidence > 0, qPrintable(error));

        const qint64 rssBefore = test::procStatusKiB("VmRSS:");
        QVERIFY2(test::resetPeakMemory(), "cannot reset VmHWM on this kernel");
        const qint64 first = ws->attachFile(evidence, source, &error);
        QVERIFY2(first > 0, qPrintable(error));
        const qint64 peakGrowthKiB = test::procStatusKiB("VmHWM:") - rssBefore;
        qInfo("imported %lld MiB; peak memory growth %lld KiB", megabytes, peakGrowthKiB);
        QVERIFY2(peakGrowthKiB < 100 * 1024, qPrintable(QStringLiteral("peak growth %1 KiB").arg(peakGrowthKiB)));
        QCOMPARE(ws->file(first)->sha256, expected);
        QCOMPARE(ws->file(first)->size, megabytes << 20);

        const qint64 sizeAfterFirst = QFile(wsPath).size();
        const qint64 second = ws->attachFile(evidence, source, &error);
        QVERIFY2(second > 0, qPrintable(error));
        QCOMPARE(ws->storedBlobCount(), 1);
        QCOMPARE(ws->file(second)->sha256, expected);
        // Stored once: the file did not grow by another copy (a little slack for pages).
        QVERIFY(QFile(wsPath).size() < sizeAfterFirst + (megabytes << 20) / 10);
        QVERIFY(QFile::remove(source)); // give the disk back before verifying
        QVERIFY2(ws->verifyContent(expected, &error), qPrintable(error));
        QCOMPARE(ws->integrityCheck(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestLargeImport)
#include "testlargeimport.moc"
