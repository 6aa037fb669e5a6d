// SPDX-License-Identifier: Apache-2.0
// bench_portfolio: a workspace of 200 products with one declaration each (16 items, every item
// conforming with one evidence record of 3 files), across 10 organisations; prints the time to
// compute the portfolio (reading every declaration and judging it). Prints only; never asserts
// (see docs/performance.md).
//
//   bench_portfolio [PRODUCTS=200] [ROUNDS=5]
#include "benchsupport.h"

#include "portfolio/portfolio.h"
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

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int products = args.size() > 1 ? args.at(1).toInt() : 200;
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 5;
    QTemporaryDir work;
    if (!work.isValid() || products <= 0 || rounds <= 0) {
        fprintf(stderr, "usage: bench_portfolio [PRODUCTS] [ROUNDS]\n");
        return 2;
    }
    say() << "bench_portfolio: " << products << " products x 1 declaration (16 items, 3 files each), load average "
          << loadAverage() << Qt::endl;
    QString error;
    QElapsedTimer timer;
    timer.start();
    {
        std::unique_ptr<Workspace> ws = Workspace::create(work.filePath(QStringLiteral("bench.hoshi")), &error);
        qint64 organisation = -1;
        for (int n = 0; ws && n < products; ++n) {
            if (n % 20 == 0)
                organisation = ws->addOrganisation({-1, QStringLiteral("Org %1").arg(n / 20), {}, {}, {}, {}, {}, {}}, &error);
            if (organisation < 0 || !addProduct(*ws, organisation, n, &error))
                break;
        }
        if (!error.isEmpty() || !ws) {
            fprintf(stderr, "bench_portfolio: %s\n", qPrintable(error));
            return 2;
        }
    }
    say() << "  workspace built in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;

    std::unique_ptr<Workspace> ws = Workspace::open(work.filePath(QStringLiteral("bench.hoshi")),
                                                    Workspace::Access::ReadOnly, &error);
    QList<double> gather;
    QList<double> compute;
    QList<double> total;
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
    }
    say() << "  portfolio of " << rows << " declarations, median of " << rounds << " rounds: " << median(total)
          << " ms (reading " << median(gather) << " ms, judging and sorting " << median(compute) << " ms); peak RSS "
          << peakRssKb() << " KiB" << Qt::endl;
    return 0;
}
