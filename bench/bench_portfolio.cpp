// SPDX-License-Identifier: Apache-2.0
// bench_portfolio: a workspace of 200 products with one declaration each (16 items, every item
// conforming with one evidence record of 3 files), across 10 organisations; prints the time to
// compute the portfolio (reading every declaration and judging it). Prints only; never asserts
// (see docs/performance.md). With "corpus" the workspace is the scale corpus instead
// (scalecorpus.h: DECLARATIONS declarations with realistic evidence); with a path, an existing
// workspace. Prints the batch read the portfolio uses and, for comparison, the same snapshots
// read one declaration at a time.
//
//   bench_portfolio [PRODUCTS=200] [ROUNDS=5] [simple|corpus|WORKSPACE]
#include "benchsupport.h"
#include "scalecorpus.h"

#include "gate/gatecache.h"
#include "portfolio/portfolio.h"
#include "storage/snapshotreader.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace hoshi;
using namespace hoshi::bench;

namespace {

const QString Star1 = QStringLiteral("JST-CR-01-01-2024R1");

bool addProduct(Workspace &ws, qint64 organisation, int n, QString *error)
{
    Product p;
    p.organisationId = organisation;
    p.name = QStringLiteral("Product %1").arg(n);
    p.modelNumbers = {QStringLiteral("M-%1").arg(n)};
    p.category = QStringLiteral("Router");
    p.firmwareName = QStringLiteral("FW");
    p.firmwareVersion = QStringLiteral("1.0");
    p.supportUntil = QDate::currentDate().addDays(30 + n * 5);
    p.productContact = QStringLiteral("support@example.com");
    p.vulnerabilityContact = QStringLiteral("psirt@example.com");
    const qint64 declaration = ws.addDeclaration(ws.addProduct(p, error), Star1, Route::Standard, error);
    if (declaration < 0)
        return false;
    for (const Assessment &a : ws.assessments(declaration)) {
        Evidence e;
        e.kind = EvidenceKind::DocumentReview;
        e.title = QStringLiteral("Manual %1").arg(n);
        e.pages = QStringLiteral("12");
        const qint64 evidence = ws.addEvidence(declaration, {a.itemId}, e, error);
        if (evidence < 0)
            return false;
        for (int f = 0; f < 3; ++f) {
            const QByteArray data = QStringLiteral("product %1 item %2 file %3\n").arg(n).arg(a.itemId).arg(f).toUtf8();
            if (ws.attachData(evidence, QStringLiteral("file%1.txt").arg(f), data, error) < 0)
                return false;
        }
        if (!ws.setAssessment(declaration, a.itemId, Verdict::Conforming, {}, {}, error))
            return false;
    }
    return true;
}

} // namespace

namespace {

bool buildSimple(const QString &path, int products, QString *error)
{
    std::unique_ptr<Workspace> ws = Workspace::create(path, error);
    qint64 organisation = -1;
    for (int n = 0; ws && n < products; ++n) {
        if (n % 20 == 0)
            organisation = ws->addOrganisation({-1, QStringLiteral("Org %1").arg(n / 20), {}, {}, {}, {}, {}, {}}, error);
        if (organisation < 0 || !addProduct(*ws, organisation, n, error))
            return false;
    }
    return ws != nullptr;
}

bool buildCorpus(const QString &path, int declarations, QString *error)
{
    std::unique_ptr<Workspace> ws = Workspace::create(path, error);
    ScaleCorpusSpec spec;
    spec.declarations = declarations;
    ScaleCorpusStats stats;
    if (!ws || !makeScaleCorpus(*ws, spec, &stats, error))
        return false;
    say() << "  corpus: " << stats.organisations << " organisations, " << stats.products << " products, "
          << stats.declarations << " declarations, " << stats.files << " files" << Qt::endl;
    return true;
}

// The snapshots one declaration at a time, as the portfolio read them before the batch read.
double readOneByOne(const Workspace &ws)
{
    QElapsedTimer timer;
    timer.start();
    for (const Declaration &d : ws.declarations()) {
        const auto s = ws.snapshot(d.id, Workspace::ContentCheck::Skip, nullptr);
        const QDateTime changed = ws.lastChange(d.id);
        Q_UNUSED(s);
        Q_UNUSED(changed);
    }
    return timer.nsecsElapsed() / 1e6;
}

// The reads and judgements NavigatorModel::reload() makes (the tree walk, each declaration's
// name and criteria, the gate's progress through the cache), without the Qt model around them;
// bench_navigator times the model itself where the GUI is built.
double navigatorShapedReload(const Workspace &ws, GateCache &cache)
{
    QElapsedTimer timer;
    timer.start();
    QList<qint64> ids;
    for (const Declaration &d : ws.declarations())
        ids << d.id;
    const auto outcomes = cache.outcomes(ws, ids, GateContext::current(), nullptr);
    QHash<qint64, GateProgress> progress;
    for (const GateOutcome &o : outcomes.value_or(QList<GateOutcome>()))
        progress.insert(o.declarationId, o.progress);
    // The tree from set-wide reads, as NavigatorModel::reload() builds it.
    QHash<qint64, QList<const Declaration *>> declarationsOf;
    const QList<Declaration> declarations = ws.declarations();
    for (const Declaration &d : declarations)
        declarationsOf[d.productId] << &d;
    QHash<qint64, QList<const Product *>> productsOf;
    const QList<Product> products = ws.products();
    for (const Product &p : products)
        productsOf[p.organisationId] << &p;
    const QHash<qint64, QString> names = storage::SnapshotReader::declarationNames(ws);
    int rows = 0;
    for (const Organisation &o : ws.organisations()) {
        for (const Product *p : productsOf.value(o.id)) {
            for (const Declaration *d : declarationsOf.value(p->id)) {
                const CriteriaSet *set = storage::SnapshotReader::storedSet(ws, d->criteriaSetId, d->criteriaDataRevision);
                const QString name = names.value(d->id);
                rows += set ? progress.value(d->id).counted > 0 : 0;
                Q_UNUSED(name);
            }
        }
    }
    Q_UNUSED(rows);
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int products = args.size() > 1 ? args.at(1).toInt() : 200;
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 5;
    const QString mode = args.size() > 3 ? args.at(3) : QStringLiteral("simple");
    QTemporaryDir work;
    if (!work.isValid() || products <= 0 || rounds <= 0) {
        fprintf(stderr, "usage: bench_portfolio [PRODUCTS] [ROUNDS] [simple|corpus|WORKSPACE]\n");
        return 2;
    }
    const bool existing = mode != QLatin1String("simple") && mode != QLatin1String("corpus");
    const QString path = existing ? mode : work.filePath(QStringLiteral("bench.hoshi"));
    say() << "bench_portfolio: " << (existing ? path : QStringLiteral("%1 x %2").arg(products).arg(mode))
          << ", load average " << loadAverage() << Qt::endl;
    QString error;
    QElapsedTimer timer;
    timer.start();
    const bool built = existing || (mode == QLatin1String("corpus") ? buildCorpus(path, products, &error)
                                                                    : buildSimple(path, products, &error));
    if (!built) {
        fprintf(stderr, "bench_portfolio: %s\n", qPrintable(error));
        return 2;
    }
    say() << "  workspace ready in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;

    std::unique_ptr<Workspace> ws = Workspace::open(path, Workspace::Access::ReadOnly, &error);
    if (!ws) {
        fprintf(stderr, "bench_portfolio: %s\n", qPrintable(error));
        return 2;
    }
    QList<double> gather;
    QList<double> compute;
    QList<double> total;
    QList<double> oneByOne;
    int rows = 0;
    for (int r = 0; r < rounds; ++r) {
        timer.restart();
        const QList<PortfolioInput> inputs = Portfolio::gather(*ws, &error);
        const double read = timer.nsecsElapsed() / 1e6;
        timer.restart();
        rows = int(Portfolio::compute(inputs, QDate::currentDate()).size());
        const double judged = timer.nsecsElapsed() / 1e6;
        gather << read;
        compute << judged;
        total << read + judged;
        oneByOne << readOneByOne(*ws);
    }
    GateCache cache;
    const double coldReload = navigatorShapedReload(*ws, cache);
    QList<double> warmReload;
    for (int r = 0; r < rounds; ++r)
        warmReload << navigatorShapedReload(*ws, cache);
    say() << "  navigator-shaped reload: first " << coldReload << " ms (every declaration judged), then median "
          << median(warmReload) << " ms (gate cache, nothing changed)" << Qt::endl;
    say() << "  portfolio of " << rows << " declarations, median of " << rounds << " rounds: " << median(total)
          << " ms (batch reading " << median(gather) << " ms, judging and sorting " << median(compute)
          << " ms); the same snapshots read one declaration at a time: " << median(oneByOne) << " ms; peak RSS "
          << peakRssKb() << " KiB; load average " << loadAverage() << Qt::endl;
    return 0;
}
