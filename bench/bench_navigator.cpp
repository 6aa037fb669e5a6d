// SPDX-License-Identifier: Apache-2.0
// bench_navigator: the navigator's reload (organisations -> products -> declarations, each
// declaration judged by the gate) on a scale corpus; prints the first reload (every declaration
// read and judged in one batch) and later reloads (served by the gate cache while nothing
// changed), and a reload after one verdict changed. Prints only; never asserts.
//
//   bench_navigator [DECLARATIONS=1000] [ROUNDS=5] [WORKSPACE]
// Without WORKSPACE a corpus is written to a temporary folder first (see make_corpus).
#include "benchsupport.h"
#include "scalecorpus.h"

#include "navigator/navigatormodel.h"
#include "session/session.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace hoshi;
using namespace hoshi::bench;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int declarations = args.size() > 1 ? args.at(1).toInt() : 1000;
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 5;
    QTemporaryDir work;
    QString path = args.size() > 3 ? args.at(3) : work.filePath(QStringLiteral("corpus.hoshi"));
    if (declarations <= 0 || rounds <= 0) {
        fprintf(stderr, "usage: bench_navigator [DECLARATIONS] [ROUNDS] [WORKSPACE]\n");
        return 2;
    }
    QString error;
    if (args.size() <= 3) {
        std::unique_ptr<Workspace> ws = Workspace::create(path, &error);
        ScaleCorpusSpec spec;
        spec.declarations = declarations;
        if (!ws || !makeScaleCorpus(*ws, spec, nullptr, &error)) {
            fprintf(stderr, "bench_navigator: %s\n", qPrintable(error));
            return 2;
        }
    }
    say() << "bench_navigator: " << path << ", load average " << loadAverage() << Qt::endl;
    Session session;
    if (!session.openWorkspace(path, false, &error)) {
        fprintf(stderr, "bench_navigator: %s\n", qPrintable(error));
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    NavigatorModel model(&session); // the constructor reloads: the first, uncached reload
    const double first = timer.nsecsElapsed() / 1e6;
    QList<double> cached;
    for (int r = 0; r < rounds; ++r) {
        timer.restart();
        model.reload();
        cached << timer.nsecsElapsed() / 1e6;
    }
    // One verdict changes: the next reload judges that declaration (and those sharing the answer).
    Workspace *ws = session.workspace();
    const QList<Declaration> all = ws->declarations();
    const qint64 changed = all.isEmpty() ? -1 : all.first().id;
    double afterChange = 0;
    if (changed > 0 && ws->setAssessment(changed, QStringLiteral("S1.1-04"), Verdict::NotAssessed, {}, {}, &error)) {
        timer.restart();
        model.reload();
        afterChange = timer.nsecsElapsed() / 1e6;
    }
    say() << "  " << all.size() << " declarations: first reload " << first << " ms; cached reload median of " << rounds
          << " rounds " << median(cached) << " ms; reload after one verdict changed " << afterChange
          << " ms; load average " << loadAverage() << Qt::endl;
    return 0;
}
