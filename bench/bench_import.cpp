// SPDX-License-Identifier: Apache-2.0
// Prints how long importing one large evidence file takes next to `sha256sum` on the same file.
// Usage: bench_import [MEGABYTES=2048] [FOLDER=/tmp]. Measures and prints; asserts nothing.
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace hoshi;

namespace {

qint64 peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 2048;
    QTemporaryDir dir(QString::fromLocal8Bit(argc > 2 ? argv[2] : "/tmp") + QStringLiteral("/bench-import-XXXXXX"));
    const QString source = dir.filePath(QStringLiteral("evidence.bin"));
    {
        QFile file(source);
        if (!file.open(QIODevice::WriteOnly))
            return 2;
        QByteArray block(1 << 20, Qt::Uninitialized);
        quint64 state = 88172645463325252ull;
        for (qint64 i = 0; i < megabytes; ++i) {
            auto *w = reinterpret_cast<quint64 *>(block.data());
            for (int j = 0; j < block.size() / 8; ++j) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                w[j] = state;
            }
            file.write(block);
        }
    }

    QElapsedTimer timer;
    timer.start();
    QProcess sha;
    sha.start(QStringLiteral("sha256sum"), {source});
    sha.waitForFinished(-1);
    const double shaSeconds = timer.nsecsElapsed() / 1e9;

    QString error;
    std::unique_ptr<Workspace> ws = Workspace::create(dir.filePath(QStringLiteral("bench.hoshi")), &error);
    Organisation o;
    o.name = QStringLiteral("Bench");
    Product p;
    p.organisationId = ws->addOrganisation(o, &error);
    p.name = QStringLiteral("Bench");
    const qint64 decl = ws->addDeclaration(ws->addProduct(p, &error), QStringLiteral("JST-CR-01-01-2024R1"), Route::Standard, &error);
    const qint64 evidence = ws->addEvidence(decl, {QStringLiteral("S1.1-13")}, Evidence(), &error);
    timer.restart();
    const qint64 fileId = ws->attachFile(evidence, source, &error);
    const double importSeconds = timer.nsecsElapsed() / 1e9;
    if (fileId < 0) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(error));
        return 1;
    }
    timer.restart();
    const qint64 again = ws->attachFile(evidence, source, &error);
    const double dedupSeconds = timer.nsecsElapsed() / 1e9;

    const bool same = ws->file(fileId)->sha256 == QString::fromLatin1(sha.readAllStandardOutput().left(64));
    std::printf("file: %lld MiB\n", megabytes);
    std::printf("%-28s %8.2f s  %8.1f MB/s\n", "sha256sum", shaSeconds, megabytes / shaSeconds);
    std::printf("%-28s %8.2f s  %8.1f MB/s  (%.2fx sha256sum)\n", "hoshi import (hash+store)", importSeconds,
                megabytes / importSeconds, importSeconds / shaSeconds);
    std::printf("%-28s %8.2f s  (same content: hashed, not stored again%s)\n", "hoshi import again", dedupSeconds,
                again > 0 ? "" : " - FAILED");
    std::printf("hash matches sha256sum: %s; peak RSS %lld KiB\n", same ? "yes" : "NO", peakKiB());
    return same ? 0 : 1;
}
