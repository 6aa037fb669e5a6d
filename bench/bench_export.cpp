// SPDX-License-Identifier: Apache-2.0
// bench_export: writes the retained evidence archive for ~1 GiB of mixed evidence and, on the
// same files, `bsdtar --format zip` with store, printing times, throughput, the ratio and peak
// memory. Prints only; never asserts (see docs/performance.md).
//
//   bench_export [SIZE_MIB=1024] [WORK_DIR=$TMPDIR] [ROUNDS=3]
#include "benchsupport.h"

#include "export/evidencearchiveexporter.h"
#include "storage/workspace.h"
#include "util/hashstream.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using namespace hoshi;

using namespace hoshi::bench;


int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the checklist PDF needs QtGui, not a display
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 sizeMiB = args.size() > 1 ? args.at(1).toLongLong() : 1024;
    QTemporaryDir work(args.size() > 2 && !args.at(2).isEmpty() ? args.at(2) + QStringLiteral("/bench-export-XXXXXX") : QString());
    if (!work.isValid() || sizeMiB <= 0) {
        fprintf(stderr, "usage: bench_export [SIZE_MIB] [WORK_DIR] [ROUNDS]\n");
        return 2;
    }
    // HOSHI_BENCH_KEEP=1 keeps the generated files for looking at them afterwards.
    work.setAutoRemove(qEnvironmentVariableIntValue("HOSHI_BENCH_KEEP") == 0);
    say() << "bench_export: " << sizeMiB << " MiB of evidence in " << work.path() << ", " << QThread::idealThreadCount()
          << " cores, load average " << loadAverage() << Qt::endl;

    QElapsedTimer timer;
    timer.start();
    const QString source = work.filePath(QStringLiteral("evidence"));
    const Corpus corpus = makeCorpus(source, sizeMiB);
    say() << "  corpus: " << corpus.files.size() << " files, " << corpus.bytes << " bytes (" << timer.elapsed() / 1000.0
          << " s to generate)" << Qt::endl;

    QString error;
    timer.restart();
    std::unique_ptr<Workspace> ws = Workspace::create(work.filePath(QStringLiteral("bench.hoshi")), &error);
    std::optional<DeclarationSnapshot> snapshot = ws ? importCorpus(*ws, corpus, &error) : std::nullopt;
    if (!snapshot) {
        fprintf(stderr, "import failed: %s\n", qPrintable(error));
        return 1;
    }
    const double importSeconds = timer.nsecsElapsed() / 1e9;
    say() << "  import into the workspace: " << QString::number(importSeconds, 'f', 2) << " s ("
          << QString::number(corpus.bytes / 1e6 / importSeconds, 'f', 0) << " MB/s)" << Qt::endl;

    // Warm both inputs equally: the workspace was just written; read the source files once.
    QProcess::execute(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("cat %1/* > /dev/null").arg(source)});

    // Page-cache writes on a shared VM vary a lot from one run to the next, so the tools take
    // turns, ROUNDS times, each starting with nothing dirty in the page cache and its previous
    // output deleted; medians are printed. The Hoshi export ends with fsync() (it renames a
    // complete, durable file), so bsdtar is shown as it runs and followed by `sync FILE`, which
    // is the same amount of work.
    const int rounds = args.size() > 3 ? std::max(1, args.at(3).toInt()) : 3;
    QList<double> tarTimes, tarSyncTimes, hoshiTimes, hoshiCpuTimes;
    qint64 tarRss = -1;
    qint64 hoshiRss = -1;
    qint64 zipSize = 0;
    EvidenceArchiveExporter::Result result;
    const QString tarZip = work.filePath(QStringLiteral("bsdtar.zip"));
    const QString zip = work.filePath(QStringLiteral("hoshi-evidence.zip"));
    for (int round = 0; round < rounds; ++round) {
        QProcess::execute(QStringLiteral("sync"), {});
        double tarSeconds = 0;
        if (runTimed(QStringLiteral("bsdtar"),
                     {QStringLiteral("-c"), QStringLiteral("--format"), QStringLiteral("zip"), QStringLiteral("--options"),
                      QStringLiteral("zip:compression=store"), QStringLiteral("-f"), tarZip, QStringLiteral("-C"), source,
                      QStringLiteral(".")},
                     work.path(), &tarSeconds, &tarRss)) {
            timer.restart();
            QProcess::execute(QStringLiteral("sync"), {tarZip});
            tarTimes << tarSeconds;
            tarSyncTimes << tarSeconds + timer.nsecsElapsed() / 1e9;
        }
        QFile::remove(tarZip);
        QProcess::execute(QStringLiteral("sync"), {});

        // Hoshi: the figure includes SHA-256 + SHA-512 of every byte and the checklist PDF.
        resetPeakRss();
        const double cpuBefore = cpuSeconds();
        timer.restart();
        if (!EvidenceArchiveExporter::write(*ws, *snapshot, zip, {}, &result, &error)) {
            fprintf(stderr, "export failed: %s\n", qPrintable(error));
            return 1;
        }
        hoshiTimes << timer.nsecsElapsed() / 1e9;
        hoshiCpuTimes << cpuSeconds() - cpuBefore;
        hoshiRss = std::max(hoshiRss, peakRssKb());
        zipSize = QFileInfo(zip).size();
        QFile::remove(zip);
        say() << "  round " << round + 1 << ": bsdtar " << QString::number(tarTimes.value(round), 'f', 2) << " s (+ sync "
              << QString::number(tarSyncTimes.value(round), 'f', 2) << " s), hoshi " << QString::number(hoshiTimes.last(), 'f', 2)
              << " s, load " << loadAverage() << Qt::endl;
    }
    // The floor: SHA-512 cannot be split across cores for one stream, so one core must hash
    // every byte once; on CPUs without SHA-512 instructions this alone takes seconds per GiB.
    timer.restart();
    for (const QString &path : corpus.files) {
        QString hashError;
        (void)HashStream::hexOfFile(path, HashStream::Algorithm::Sha512, &hashError);
    }
    const double sha512Floor = timer.nsecsElapsed() / 1e9;

    const bool tarOk = !tarTimes.isEmpty();
    const double tar = median(tarTimes);
    const double tarSync = median(tarSyncTimes);
    const double hoshi = median(hoshiTimes);

    say() << Qt::endl << "medians of " << rounds << " rounds:" << Qt::endl
          << "| tool | time | throughput | vs bsdtar + sync | peak RSS |" << Qt::endl << "|---|---|---|---|---|" << Qt::endl;
    if (tarOk) {
        row("bsdtar --format zip (store)", tar, corpus.bytes, 0, tarRss);
        row("bsdtar --format zip (store) + sync FILE", tarSync, corpus.bytes, 0, tarRss);
    }
    row("hoshi export (archive, fsync included)", hoshi, corpus.bytes, tarOk ? tarSync : 0, hoshiRss);
    if (tarOk)
        say() << "  ratio to bsdtar without sync: " << QString::number(hoshi / tar, 'f', 2) << "x" << Qt::endl;
    say() << Qt::endl
          << "  archive: " << zipSize << " bytes for " << result.payloadFiles << " payload files (" << result.payloadBytes
          << " bytes); peak RSS is the export alone (VmHWM reset before each)" << Qt::endl
          << "  hoshi export CPU time (all threads, user+sys, median): " << QString::number(median(hoshiCpuTimes), 'f', 2)
          << " s" << Qt::endl
          << "  SHA-512 alone over the same files on one core (the floor for any export that writes "
             "manifest-sha512.txt): "
          << QString::number(sha512Floor, 'f', 2) << " s" << Qt::endl;
    return 0;
}
