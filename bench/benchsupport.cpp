// SPDX-License-Identifier: Apache-2.0
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

namespace hoshi::bench {

QTextStream &say()
{
    static QTextStream out(stdout);
    return out;
}

// Peak resident memory of this process since the last reset (kB), from /proc/self/status.
qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression re(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
    const auto m = re.match(QString::fromLatin1(status.readAll()));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Other work on the machine skews every figure: printed with them.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2)
                                          : QStringLiteral("?");
}

void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5"); // resets VmHWM to the current RSS (Linux >= 4.0)
}

// Runs a tool under /usr/bin/time -v when present, returning wall seconds and peak RSS (kB).
bool runTimed(const QString &program, const QStringList &args, const QString &dir, double *seconds, qint64 *rssKb)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    const bool haveTime = QFile::exists(QStringLiteral("/usr/bin/time"));
    QElapsedTimer timer;
    timer.start();
    if (haveTime)
        p.start(QStringLiteral("/usr/bin/time"), QStringList{QStringLiteral("-v"), program} + args);
    else
        p.start(program, args);
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        say() << "  " << program << " failed: " << p.readAllStandardError() << Qt::endl;
        return false;
    }
    *seconds = timer.nsecsElapsed() / 1e9;
    const auto m = QRegularExpression(QStringLiteral("Maximum resident set size \\(kbytes\\): (\\d+)"))
                       .match(QString::fromLatin1(p.readAllStandardError()));
    *rssKb = m.hasMatch() ? m.captured(1).toLongLong() : -1;
    return true;
}


// A few large incompressible files (video, firmware images) and many small, compressible
// text files (logs, configuration dumps): the shape of real device-test evidence.
Corpus makeCorpus(const QString &dir, qint64 totalMiB)
{
    Corpus c;
    QDir().mkpath(dir);
    const qint64 total = totalMiB << 20;
    const qint64 largeShare = total * 7 / 8;
    const int largeCount = 4;
    QRandomGenerator rng(20260101);
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (int i = 0; i < largeCount; ++i) {
        const QString path = QDir(dir).filePath(i % 2 ? QStringLiteral("test-video-%1.mp4").arg(i)
                                                      : QStringLiteral("firmware-dump-%1.bin").arg(i));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        for (qint64 left = largeShare / largeCount; left > 0; left -= block.size()) {
            rng.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
            f.write(block.constData(), std::min<qint64>(left, block.size()));
        }
        c.bytes += f.size();
        c.files << path;
    }
    const qint64 smallSize = 100 * 1024;
    const int smallCount = int((total - largeShare) / smallSize);
    for (int i = 0; i < smallCount; ++i) {
        const QString path = QDir(dir).filePath(QStringLiteral("log-%1.txt").arg(i, 5, 10, QLatin1Char('0')));
        QByteArray text;
        for (int line = 0; text.size() < smallSize; ++line)
            text += QStringLiteral("2026-10-%1 12:%2:%3 sshd[%4]: Failed password for admin from 192.0.2.%5 port %6\n")
                        .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                        .arg(line % 60, 2, 10, QLatin1Char('0'))
                        .arg((line * 7) % 60, 2, 10, QLatin1Char('0'))
                        .arg(1000 + line)
                        .arg(rng.bounded(255))
                        .arg(40000 + rng.bounded(20000))
                        .toLatin1();
        text.truncate(smallSize);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(text);
        c.bytes += text.size();
        c.files << path;
    }
    return c;
}

// Everything attached to one declaration (the export does not run the gate; ExportJob does).
std::optional<DeclarationSnapshot> importCorpus(Workspace &ws, const Corpus &corpus, QString *error)
{
    Organisation o;
    o.name = QStringLiteral("ベンチマーク株式会社");
    const qint64 org = ws.addOrganisation(o, error);
    Product p;
    p.organisationId = org;
    p.name = QStringLiteral("Bench Router");
    p.modelNumbers = {QStringLiteral("BR-1")};
    const qint64 product = org > 0 ? ws.addProduct(p, error) : -1;
    const qint64 decl = product > 0 ? ws.addDeclaration(product, QStringLiteral("JST-CR-01-01-2024R1"), Route::Standard, error)
                                    : -1;
    if (decl < 0)
        return std::nullopt;
    const QStringList items = {QStringLiteral("S1.1-04"), QStringLiteral("S1.1-06"), QStringLiteral("S1.1-13"),
                               QStringLiteral("S1.1-14")};
    QList<qint64> evidence;
    for (const QString &item : items) {
        Evidence e;
        e.kind = EvidenceKind::DeviceTest;
        e.summary = QStringLiteral("bench");
        const qint64 id = ws.addEvidence(decl, {item}, e, error);
        if (id < 0)
            return std::nullopt;
        evidence << id;
    }
    for (int i = 0; i < corpus.files.size(); ++i) {
        if (ws.attachFile(evidence.at(i % evidence.size()), corpus.files.at(i), error) < 0)
            return std::nullopt;
    }
    return ws.snapshot(decl, Workspace::ContentCheck::Skip, error);
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

void row(const char *name, double seconds, qint64 bytes, double baseline, qint64 rssKb)
{
    say() << QStringLiteral("| %1 | %2 s | %3 MB/s | %4 | %5 MiB |")
                 .arg(QLatin1String(name))
                 .arg(seconds, 0, 'f', 2)
                 .arg(bytes / 1e6 / seconds, 0, 'f', 0)
                 .arg(baseline > 0 ? QStringLiteral("%1x").arg(seconds / baseline, 0, 'f', 2) : QStringLiteral("1.00x"))
                 .arg(rssKb >= 0 ? QString::number(rssKb / 1024.0, 'f', 0) : QStringLiteral("?"))
          << Qt::endl;
}

} // namespace hoshi::bench
