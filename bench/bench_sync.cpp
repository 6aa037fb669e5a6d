// SPDX-License-Identifier: Apache-2.0
// bench_sync: synchronising two copies of a scale corpus (scalecorpus.h) after 1 % of the
// assessments changed, half on each side. Prints times; asserts none.
//
//   bench_sync [--declarations N] [--changed PERCENT]
#include "scalecorpus.h"

#include "storage/workspacecopy.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace hoshi;
using namespace hoshi::bench;

namespace {

int fail(const QString &what, const QString &error)
{
    fprintf(stderr, "bench_sync: %s: %s\n", qPrintable(what), qPrintable(error));
    return 1;
}

// Changes every n-th answered assessment of the workspace's declarations, starting at `offset`.
int changeAssessments(Workspace &ws, int every, int offset, QString *error)
{
    int changed = 0, seen = 0;
    for (const Declaration &d : ws.declarations()) {
        for (const Assessment &a : ws.assessments(d.id)) {
            if (seen++ % every != offset)
                continue;
            if (!ws.setAssessment(d.id, a.itemId, a.verdict, a.justification + QStringLiteral(" (rev)"), a.notes, error))
                return -1;
            ++changed;
        }
    }
    return changed;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption declarations(QStringLiteral("declarations"), QStringLiteral("Declarations (default 1000)."),
                                          QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption percent(QStringLiteral("changed"), QStringLiteral("Percent of assessments changed (default 1)."),
                                     QStringLiteral("P"), QStringLiteral("1"));
    parser.addOptions({declarations, percent});
    parser.process(app);
    QTemporaryDir dir;
    QString error;
    ScaleCorpusSpec spec;
    spec.declarations = parser.value(declarations).toInt();
    const int every = qMax(1, int(200 / qMax(0.01, parser.value(percent).toDouble()))); // half on each side
    std::unique_ptr<Workspace> a = Workspace::create(dir.filePath(QStringLiteral("a.hoshi")), &error);
    if (!a)
        return fail(QStringLiteral("create"), error);
    QElapsedTimer timer;
    timer.start();
    ScaleCorpusStats stats;
    if (!makeScaleCorpus(*a, spec, &stats, &error))
        return fail(QStringLiteral("corpus"), error);
    printf("corpus: %d declarations, %d evidence, %d files in %.1f s\n", stats.declarations, stats.evidence, stats.files,
           timer.elapsed() / 1000.0);
    std::unique_ptr<Workspace> b = Workspace::create(dir.filePath(QStringLiteral("b.hoshi")), &error);
    if (!b || !storage::WorkspaceCopy::copy(*a, *b, {}, nullptr, &error))
        return fail(QStringLiteral("copy"), error);
    // Opened again: a workspace reads the criteria sets it holds when it is opened.
    b.reset();
    b = Workspace::open(dir.filePath(QStringLiteral("b.hoshi")), Workspace::Access::ReadWrite, &error);
    if (!b)
        return fail(QStringLiteral("open"), error);
    sync::SyncOptions options;
    timer.restart();
    sync::SyncResult result;
    if (!sync::SyncEngine(*a, *b).apply(options, &result, &error))
        return fail(QStringLiteral("first sync"), error);
    printf("first sync (no base yet, records it): %.2f s\n", timer.elapsed() / 1000.0);
    const int changedA = changeAssessments(*a, every, 0, &error);
    const int changedB = changedA < 0 ? -1 : changeAssessments(*b, every, every / 2, &error);
    if (changedB < 0)
        return fail(QStringLiteral("changes"), error);
    timer.restart();
    if (!sync::SyncEngine(*a, *b).plan(options, &result.plan, &error))
        return fail(QStringLiteral("plan"), error);
    printf("plan: %.2f s (%lld items)\n", timer.elapsed() / 1000.0, qint64(result.plan.items.size()));
    timer.restart();
    if (!sync::SyncEngine(*a, *b).apply(options, &result, &error))
        return fail(QStringLiteral("sync"), error);
    printf("sync of %d + %d changed assessments: %.2f s (%lld records to a, %lld to b)\n", changedA, changedB,
           timer.elapsed() / 1000.0, result.recordsToA, result.recordsToB);
    timer.restart();
    if (!sync::SyncEngine(*a, *b).apply(options, &result, &error))
        return fail(QStringLiteral("again"), error);
    printf("sync with nothing to do: %.2f s\n", timer.elapsed() / 1000.0);
    return 0;
}
