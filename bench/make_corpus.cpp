// SPDX-License-Identifier: Apache-2.0
// make_corpus: writes a scale corpus, a vendor's whole catalogue (see scalecorpus.h), into a new
// workspace file or an empty server database, for the benchmarks and the GUI to run against.
//
//   make_corpus [--declarations N] [--seed S] [--products-per-organisation K]
//               [--declarations-per-product D] LOCATION
//
// LOCATION is a new workspace file or a postgresql:// URL of an empty database (for a private
// cluster: tools/pgcluster.sh start DIR; createdb; tools/pgcluster.sh url DIR DATABASE).
#include "benchsupport.h"
#include "scalecorpus.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace hoshi;
using namespace hoshi::bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a deterministic scale corpus into a new workspace."));
    parser.addHelpOption();
    const QCommandLineOption declarations(QStringLiteral("declarations"), QStringLiteral("Declarations (default 1000)."),
                                          QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed (default 20261207)."), QStringLiteral("S"),
                                  QStringLiteral("20261207"));
    const QCommandLineOption perOrganisation(QStringLiteral("products-per-organisation"),
                                             QStringLiteral("Products per organisation (default 20)."), QStringLiteral("K"),
                                             QStringLiteral("20"));
    const QCommandLineOption perProduct(QStringLiteral("declarations-per-product"),
                                        QStringLiteral("Declarations per product (default 2)."), QStringLiteral("D"),
                                        QStringLiteral("2"));
    parser.addOptions({declarations, seed, perOrganisation, perProduct});
    parser.addPositionalArgument(QStringLiteral("location"), QStringLiteral("New workspace file or postgresql:// URL."));
    parser.process(app);
    ScaleCorpusSpec spec;
    spec.declarations = parser.value(declarations).toInt();
    spec.seed = parser.value(seed).toUInt();
    spec.productsPerOrganisation = parser.value(perOrganisation).toInt();
    spec.declarationsPerProduct = parser.value(perProduct).toInt();
    if (parser.positionalArguments().size() != 1 || spec.declarations <= 0 || spec.productsPerOrganisation <= 0
        || spec.declarationsPerProduct <= 0) {
        fprintf(stderr, "%s", qPrintable(parser.helpText()));
        return 2;
    }
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::create(parser.positionalArguments().constFirst(), &error);
    if (!ws) {
        fprintf(stderr, "make_corpus: %s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    ScaleCorpusStats stats;
    const bool ok = makeScaleCorpus(*ws, spec, &stats, &error, [&](int done) {
        if (done % 100 == 0)
            say() << "  " << done << " declarations, " << timer.elapsed() / 1000 << " s" << Qt::endl;
    });
    if (!ok) {
        fprintf(stderr, "make_corpus: %s\n", qPrintable(error));
        return 1;
    }
    say() << "make_corpus: " << stats.organisations << " organisations, " << stats.products << " products, "
          << stats.declarations << " declarations, " << stats.evidence << " evidence records, " << stats.files
          << " files (" << stats.bytes / 1024 / 1024 << " MiB), " << stats.comments << " comments, " << stats.approvals
          << " approvals, " << stats.labels << " labels, " << stats.baselines << " extra baselines; "
          << timer.elapsed() / 1000.0 << " s, load average " << loadAverage() << Qt::endl;
    return 0;
}
