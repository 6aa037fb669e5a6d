// SPDX-License-Identifier: Apache-2.0
#pragma once

// What bench_export and bench_verify share: the generated evidence corpus, its import into a
// workspace, timing of peer tools and the printed rows. Benchmarks print; they never assert.

#include "storage/workspace.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace hoshi::bench {

QTextStream &say();
qint64 peakRssKb();
double cpuSeconds();
QString loadAverage();
void resetPeakRss();
// Runs a peer tool under /usr/bin/time -v (when present) and reports its wall time and peak RSS.
bool runTimed(const QString &program, const QStringList &args, const QString &dir, double *seconds, qint64 *rssKb);

struct Corpus {
    QStringList files;
    qint64 bytes = 0;
};

Corpus makeCorpus(const QString &dir, qint64 totalMiB);
std::optional<DeclarationSnapshot> importCorpus(Workspace &ws, const Corpus &corpus, QString *error);
double median(QList<double> values);
void row(const char *name, double seconds, qint64 bytes, double baseline, qint64 rssKb);

} // namespace hoshi::bench
