// SPDX-License-Identifier: Apache-2.0
// bench_verify: verifies a retained evidence archive of ~1 GiB of mixed evidence with
// ArchiveVerifier, next to what an auditor would do by hand (`unzip -q` then `sha256sum -c
// manifest-sha256.txt` inside the bag), printing times, throughput, the ratio and peak memory.
// Prints only; never asserts (see docs/performance.md).
//
//   bench_verify [SIZE_MIB=1024] [WORK_DIR=$TMPDIR] [ROUNDS=3]
#include "benchsupport.h"

#include "export/evidencearchiveexporter.h"
#include "storage/workspace.h"
#include "verify/archiveverifier.h"

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

// The corpus generator and timing helpers are the same as in bench_export.cpp (each benchmark
// is one self-contained program).
using namespace hoshi::bench;


int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // making the archive draws the checklist PDF
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 sizeMiB = args.size() > 1 ? args.at(1).toLongLong() : 1024;
    QTemporaryDir work(args.size() > 2 && !args.at(2).isEmpty() ? args.at(2) + QStringLiteral("/bench-verify-XXXXXX") : QString());
    if (!work.isValid() || sizeMiB <= 0) {
        fprintf(stderr, "usage: bench_verify [SIZE_MIB] [WORK_DIR] [ROUNDS]\n");
        return 2;
    }
    // HOSHI_BENCH_KEEP=1 keeps the generated files for looking at them afterwards.
    work.setAutoRemove(qEnvironmentVariableIntValue("HOSHI_BENCH_KEEP") == 0);
    say() << "bench_verify: " << sizeMiB << " MiB of evidence in " << work.path() << ", " << QThread::idealThreadCount()
          << " cores, load average " << loadAverage() << Qt::endl;

    // The archive under test, made by Hoshi from a generated corpus.
    const QString source = work.filePath(QStringLiteral("evidence"));
    const Corpus corpus = makeCorpus(source, sizeMiB);
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::create(work.filePath(QStringLiteral("bench.hoshi")), &error);
    std::optional<DeclarationSnapshot> snapshot = ws ? importCorpus(*ws, corpus, &error) : std::nullopt;
    const QString zip = work.filePath(QStringLiteral("bench-evidence.zip"));
    EvidenceArchiveExporter::Result made;
    if (!snapshot || !EvidenceArchiveExporter::write(*ws, *snapshot, zip, {}, &made, &error)) {
        fprintf(stderr, "setup failed: %s\n", qPrintable(error));
        return 1;
    }
    ws.reset();
    for (const QString &f : corpus.files)
        QFile::remove(f);
    QFile::remove(work.filePath(QStringLiteral("bench.hoshi")));
    const qint64 zipSize = QFileInfo(zip).size();
    say() << "  archive: " << zipSize << " bytes, " << made.payloadFiles << " payload files, " << made.payloadBytes
          << " payload bytes" << Qt::endl;

    // Both sides read the archive from a warm page cache, start with nothing dirty, and take
    // turns ROUNDS times (page-cache behaviour on a shared VM varies from run to run); medians
    // are printed.
    QProcess::execute(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("cat '%1' > /dev/null").arg(zip)});
    const int rounds = args.size() > 3 ? std::max(1, args.at(3).toInt()) : 3;
    const QString unpacked = work.filePath(QStringLiteral("unpacked"));
    QList<double> unzipTimes, shaTimes, byHandTimes, hoshiTimes, hoshiCpuTimes;
    qint64 unzipRss = -1;
    qint64 shaRss = -1;
    qint64 hoshiRss = -1;
    qsizetype checked = 0;
    for (int round = 0; round < rounds; ++round) {
        // By hand: unzip, then sha256sum -c inside the bag.
        QProcess::execute(QStringLiteral("sync"), {});
        QDir().mkpath(unpacked);
        double unzipSeconds = 0;
        double shaSeconds = 0;
        const bool unzipOk = runTimed(QStringLiteral("unzip"), {QStringLiteral("-q"), zip, QStringLiteral("-d"), unpacked},
                                      work.path(), &unzipSeconds, &unzipRss);
        const bool shaOk = unzipOk
                           && runTimed(QStringLiteral("sha256sum"), {QStringLiteral("--quiet"), QStringLiteral("-c"),
                                                                     QStringLiteral("manifest-sha256.txt")},
                                       QDir(unpacked).filePath(made.bagName), &shaSeconds, &shaRss);
        QDir(unpacked).removeRecursively();
        if (unzipOk && shaOk) {
            unzipTimes << unzipSeconds;
            shaTimes << shaSeconds;
            byHandTimes << unzipSeconds + shaSeconds;
        }
        QProcess::execute(QStringLiteral("sync"), {});

        // Hoshi: no extraction; every entry streamed once, SHA-256 and SHA-512 of all of them,
        // tag manifests, Payload-Oxum.
        resetPeakRss();
        const double cpuBefore = cpuSeconds();
        QElapsedTimer timer;
        timer.start();
        const VerificationResult result = ArchiveVerifier::verify(zip);
        hoshiTimes << timer.nsecsElapsed() / 1e9;
        hoshiCpuTimes << cpuSeconds() - cpuBefore;
        hoshiRss = std::max(hoshiRss, peakRssKb());
        if (result.status != VerificationResult::Status::Intact) {
            fprintf(stderr, "verification did not find the archive intact: %s\n", qPrintable(result.error));
            return 1;
        }
        checked = result.files.size();
        say() << "  round " << round + 1 << ": unzip + sha256sum " << QString::number(byHandTimes.value(round), 'f', 2)
              << " s, hoshi " << QString::number(hoshiTimes.last(), 'f', 2) << " s, load " << loadAverage() << Qt::endl;
    }

    const bool byHandOk = !byHandTimes.isEmpty();
    const double byHand = median(byHandTimes);
    say() << Qt::endl
          << "medians of " << rounds << " rounds:" << Qt::endl
          << "| tool | time | throughput | vs unzip + sha256sum | peak RSS |" << Qt::endl
          << "|---|---|---|---|---|" << Qt::endl;
    if (byHandOk) {
        row("unzip -q", median(unzipTimes), made.payloadBytes, byHand, unzipRss);
        row("sha256sum -c manifest-sha256.txt", median(shaTimes), made.payloadBytes, byHand, shaRss);
        row("unzip -q + sha256sum -c (together)", byHand, made.payloadBytes, 0, std::max(unzipRss, shaRss));
    }
    row("hoshi verify (SHA-256 + SHA-512, no extraction)", median(hoshiTimes), made.payloadBytes, byHandOk ? byHand : 0,
        hoshiRss);
    say() << Qt::endl
          << "  hoshi verify CPU time (all threads, user+sys, median): " << QString::number(median(hoshiCpuTimes), 'f', 2)
          << " s; " << checked << " files checked" << Qt::endl;
    return 0;
}
