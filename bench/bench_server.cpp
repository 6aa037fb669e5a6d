// SPDX-License-Identifier: Apache-2.0
// bench_server: a workspace on PostgreSQL next to the same work on a .hoshi file: latency of
// single edits, import of mixed evidence (time, MB/s, memory, size on disk), eight concurrent
// writers, and the export of the evidence archive. Prints only; never asserts (see
// docs/performance.md, "Server workspaces").
//
//   bench_server [SCALE=1] [--url postgresql://...] [--work DIR] [--parts edits,writers,io]
//
// SCALE 1 is 1 GiB of evidence, 400 single edits, 8 writers x 100 edits of their own items and
// 8 x 25 edits of one shared item; `bench_server 0.1` is a quick run. Without --url a private
// cluster is started with tools/pgcluster.sh (PostgreSQL's durable defaults) and removed at the
// end; with --url (a database the user may run CREATE DATABASE from) the benchmark makes its
// own databases there and drops them. --parts runs only some of the measurements (default:
// all three; io is the import and the export).
#include "benchsupport.h"
#include "serversupport.h"

#include "export/evidencearchiveexporter.h"
#include "storage/statementcache.h"
#include "storage/workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMutex>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <latch>

using namespace hoshi;
using namespace hoshi::bench;

namespace {

struct Options {
    double scale = 1.0;
    QString url;
    QString workDir;
    QStringList parts{QStringLiteral("edits"), QStringLiteral("writers"), QStringLiteral("io")};
};

std::optional<Options> parseOptions(const QStringList &args)
{
    Options o;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--url") && i + 1 < args.size())
            o.url = args.at(++i);
        else if (args.at(i) == QLatin1String("--work") && i + 1 < args.size())
            o.workDir = args.at(++i);
        else if (args.at(i) == QLatin1String("--parts") && i + 1 < args.size())
            o.parts = args.at(++i).split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (bool ok = false; (o.scale = args.at(i).toDouble(&ok)), !ok || o.scale <= 0)
            return std::nullopt;
    }
    return o;
}

// Round trips through SqlQuery (statementcache.h) since `before`, as a table cell.
storage::RoundTripCount roundTripsSince(const storage::RoundTripCount &before)
{
    const storage::RoundTripCount now = storage::roundTrips();
    return {now.prepares - before.prepares, now.executions - before.executions,
            now.deallocations - before.deallocations};
}

QString describeRoundTrips(const storage::RoundTripCount &c, int per = 1)
{
    return QStringLiteral("%1 round trips (%2 prepares, %3 runs, %4 deallocations)%5")
        .arg(double(c.total()) / per, 0, 'f', per > 1 ? 1 : 0)
        .arg(double(c.prepares) / per, 0, 'f', per > 1 ? 1 : 0)
        .arg(double(c.executions) / per, 0, 'f', per > 1 ? 1 : 0)
        .arg(double(c.deallocations) / per, 0, 'f', per > 1 ? 1 : 0)
        .arg(per > 1 ? QStringLiteral(" per edit") : QString());
}

int scaled(const Options &o, int full, int minimum)
{
    return std::max(minimum, int(full * o.scale));
}

struct Target {
    std::unique_ptr<Workspace> ws;
    qint64 declaration = -1;
    QStringList items; // the declaration's product-scope items
};

// A workspace (file or server URL) holding one organisation, product and declaration.
std::optional<Target> makeTarget(const QString &location, QString *error)
{
    Target t;
    t.ws = Workspace::create(location, error);
    if (!t.ws)
        return std::nullopt;
    Organisation o;
    o.name = QStringLiteral("ベンチマーク株式会社");
    Product p;
    p.organisationId = t.ws->addOrganisation(o, error);
    p.name = QStringLiteral("Bench Camera");
    const qint64 product = p.organisationId > 0 ? t.ws->addProduct(p, error) : -1;
    t.declaration = product > 0 ? t.ws->addDeclaration(product, QStringLiteral("JST-CR-01-01-2024R1"), Route::Standard, error) : -1;
    if (t.declaration < 0)
        return std::nullopt;
    for (const CriteriaItem &item : t.ws->criteriaFor(t.declaration)->items) {
        if (item.scope == ItemScope::Product)
            t.items << item.id;
    }
    return t;
}

// Single edits, one transaction each; every edit changes the notes, so each writes history.
Latencies measureEdits(Target &t, int count, QString *error)
{
    Latencies lat;
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        const QString item = t.items.at(i % t.items.size());
        timer.start();
        if (!t.ws->setAssessment(t.declaration, item, Verdict::Conforming, QStringLiteral("Checked on the bench device."),
                                 QStringLiteral("edit %1").arg(i), error))
            return lat;
        lat.ms << timer.nsecsElapsed() / 1e6;
    }
    return lat;
}

struct WriterResult {
    double seconds = 0;
    Latencies latencies; // per successful edit, retries included
    int edits = 0;
    int conflicts = 0;
    int failures = 0;
    QString firstError;
};

// One writer thread's work: its own items (shared == false) or one item for everybody,
// read-then-update with setAssessmentIfUnchanged and a retry after each conflict.
void writerLoop(Workspace &ws, qint64 decl, const QStringList &items, int index, int writers, int edits, bool shared,
                WriterResult &out, QMutex &mutex)
{
    QStringList mine; // items j with j % writers == index: nobody else's
    for (qsizetype j = index; j < items.size(); j += writers)
        mine << items.at(j);
    QElapsedTimer timer;
    for (int i = 0; i < edits; ++i) {
        const QString item = shared ? items.first() : mine.at(i % mine.size());
        const QString notes = QStringLiteral("writer %1 edit %2").arg(index).arg(i);
        timer.start();
        for (int attempt = 0;; ++attempt) {
            QString error;
            bool conflict = false;
            const qint64 version = ws.assessment(decl, item).rowVersion;
            if (ws.setAssessmentIfUnchanged(decl, item, version, Verdict::Conforming, QStringLiteral("Checked."), notes,
                                            &error, &conflict)) {
                const QMutexLocker lock(&mutex);
                out.latencies.ms << timer.nsecsElapsed() / 1e6;
                ++out.edits;
                break;
            }
            const QMutexLocker lock(&mutex);
            if (conflict && attempt < 1000) {
                ++out.conflicts;
                continue;
            }
            ++out.failures;
            if (out.firstError.isEmpty())
                out.firstError = error;
            break;
        }
    }
}

// `writers` threads, each with its own connection (Workspace::openSecondary), started together.
WriterResult runWriters(const QString &location, qint64 decl, const QStringList &items, int writers, int edits, bool shared)
{
    WriterResult result;
    QMutex mutex;
    std::latch ready(writers + 1);
    std::latch done(writers);
    QList<QThread *> threads;
    for (int index = 0; index < writers; ++index) {
        threads << QThread::create([&, index] {
            QString error;
            std::unique_ptr<Workspace> ws = Workspace::openSecondary(location, &error);
            ready.arrive_and_wait();
            if (ws)
                writerLoop(*ws, decl, items, index, writers, edits, shared, result, mutex);
            else {
                const QMutexLocker lock(&mutex);
                result.failures += edits;
                result.firstError = error;
            }
        });
        threads.last()->start();
    }
    ready.arrive_and_wait(); // every connection is open
    QElapsedTimer timer;
    timer.start();
    for (QThread *thread : std::as_const(threads)) {
        thread->wait();
        delete thread;
    }
    result.seconds = timer.nsecsElapsed() / 1e9;
    return result;
}

void printWriters(const char *backend, const char *phase, const WriterResult &r)
{
    say() << QStringLiteral("| %1 | %2 | %3 | %4 edits/s | %5 ms | %6 ms | %7 | %8 |")
                 .arg(QLatin1String(backend), QLatin1String(phase))
                 .arg(r.edits)
                 .arg(r.edits / r.seconds, 0, 'f', 0)
                 .arg(r.latencies.percentile(0.5), 0, 'f', 1)
                 .arg(r.latencies.percentile(0.95), 0, 'f', 1)
                 .arg(r.conflicts)
                 .arg(r.failures)
          << Qt::endl;
    if (!r.firstError.isEmpty())
        say() << "    first failure: " << r.firstError << Qt::endl;
}

struct ImportResult {
    std::optional<DeclarationSnapshot> snapshot;
    std::unique_ptr<Workspace> ws;
    double seconds = 0;
    qint64 rssKb = -1;
};

ImportResult importInto(const QString &location, const Corpus &corpus, QString *error)
{
    ImportResult r;
    QProcess::execute(QStringLiteral("sync"), {});
    r.ws = Workspace::create(location, error);
    resetPeakRss();
    QElapsedTimer timer;
    timer.start();
    if (r.ws)
        r.snapshot = importCorpus(*r.ws, corpus, error);
    r.seconds = timer.nsecsElapsed() / 1e9;
    r.rssKb = peakRssKb();
    return r;
}

double exportSeconds(const ImportResult &from, const QString &zip, qint64 *size, QString *error)
{
    QProcess::execute(QStringLiteral("sync"), {});
    EvidenceArchiveExporter::Result result;
    QElapsedTimer timer;
    timer.start();
    if (!EvidenceArchiveExporter::write(*from.ws, *from.snapshot, zip, {}, &result, error))
        return -1;
    const double seconds = timer.nsecsElapsed() / 1e9;
    *size = QFileInfo(zip).size();
    QFile::remove(zip);
    return seconds;
}

// The database file and its write-ahead log, as they are while the workspace is open.
qint64 fileBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

QString fileSizes(const QString &path)
{
    return QStringLiteral("%1 MB (+ %2 MB WAL)")
        .arg(QFileInfo(path).size() / 1e6, 0, 'f', 0)
        .arg(QFileInfo(path + QStringLiteral("-wal")).size() / 1e6, 0, 'f', 0);
}

int runEdits(BenchServer &server, const Options &o, const QTemporaryDir &work)
{
    QString error;
    const int count = scaled(o, 400, 48) / 4 * 4;
    say() << Qt::endl << "## Single edits (" << count << " x setAssessment, one transaction and one history entry each), load "
          << loadAverage() << Qt::endl;
    const QString url = server.createDatabase(QStringLiteral("edits"), &error);
    std::optional<Target> onFile = makeTarget(work.filePath(QStringLiteral("edits.hoshi")), &error);
    std::optional<Target> onServer = onFile && !url.isEmpty() ? makeTarget(url, &error) : std::nullopt;
    if (!onServer) {
        fprintf(stderr, "setup failed: %s\n", qPrintable(error));
        return 1;
    }
    // Alternating blocks, so that a burst of other work on the machine hits both alike.
    Latencies file, pg;
    storage::RoundTripCount serverTrips;
    for (int block = 0; block < 4; ++block) {
        file.ms << measureEdits(*onFile, count / 4, &error).ms;
        const storage::RoundTripCount before = storage::roundTrips();
        pg.ms << measureEdits(*onServer, count / 4, &error).ms;
        const storage::RoundTripCount trips = roundTripsSince(before);
        serverTrips = {serverTrips.prepares + trips.prepares, serverTrips.executions + trips.executions,
                       serverTrips.deallocations + trips.deallocations};
    }
    if (!error.isEmpty())
        say() << "  edit failed: " << error << Qt::endl;
    say() << "| backend | p50 | p95 | max | edits |" << Qt::endl << "|---|---|---|---|---|" << Qt::endl;
    for (const auto &[name, lat] : {std::pair{"file (.hoshi)", &file}, std::pair{"PostgreSQL (Unix socket)", &pg}})
        say() << QStringLiteral("| %1 | %2 ms | %3 ms | %4 ms | %5 |")
                     .arg(QLatin1String(name))
                     .arg(lat->percentile(0.5), 0, 'f', 2)
                     .arg(lat->percentile(0.95), 0, 'f', 2)
                     .arg(lat->max(), 0, 'f', 1)
                     .arg(lat->ms.size())
              << Qt::endl;
    say() << "  server: " << describeRoundTrips(serverTrips, std::max(1, int(pg.ms.size()))) << Qt::endl;
    return 0;
}

int runConcurrent(BenchServer &server, const Options &o, const QTemporaryDir &work)
{
    QString error;
    const int writers = 8;
    const int own = scaled(o, 100, 10);
    const int shared = scaled(o, 25, 5);
    say() << Qt::endl << "## " << writers << " concurrent writers (threads, one connection each): " << own
          << " edits of their own items each, then " << shared << " each of one shared item; load " << loadAverage()
          << Qt::endl;
    const QString url = server.createDatabase(QStringLiteral("writers"), &error);
    const QString file = work.filePath(QStringLiteral("writers.hoshi"));
    std::optional<Target> onFile = makeTarget(file, &error); // holds the file's lock, as a desk application would
    std::optional<Target> onServer = onFile && !url.isEmpty() ? makeTarget(url, &error) : std::nullopt;
    if (!onServer) {
        fprintf(stderr, "setup failed: %s\n", qPrintable(error));
        return 1;
    }
    say() << "| backend | phase | edits | throughput | p50 | p95 | conflicts (retried) | failed |" << Qt::endl
          << "|---|---|---|---|---|---|---|---|" << Qt::endl;
    printWriters("PostgreSQL", "own items", runWriters(url, onServer->declaration, onServer->items, writers, own, false));
    printWriters("PostgreSQL", "one shared item", runWriters(url, onServer->declaration, onServer->items, writers, shared, true));
    printWriters("file, threads of one process", "own items",
                 runWriters(file, onFile->declaration, onFile->items, writers, own, false));
    printWriters("file, threads of one process", "one shared item",
                 runWriters(file, onFile->declaration, onFile->items, writers, shared, true));
    say() << "  (a .hoshi file admits one writing process; its threads queue for SQLite's write lock)" << Qt::endl;
    return 0;
}

int runImportAndExport(BenchServer &server, const Options &o, const QTemporaryDir &work)
{
    QString error;
    const qint64 sizeMiB = std::max<qint64>(8, qint64(1024 * o.scale));
    const Corpus corpus = makeCorpus(work.filePath(QStringLiteral("evidence")), sizeMiB);
    say() << Qt::endl << "## Import of " << corpus.bytes << " bytes of evidence (" << corpus.files.size()
          << " files, attachFile each), load " << loadAverage() << Qt::endl;
    const QString file = work.filePath(QStringLiteral("import.hoshi"));
    ImportResult onFile = importInto(file, corpus, &error);
    const QString url = onFile.snapshot ? server.createDatabase(QStringLiteral("import"), &error) : QString();
    const QString database = url.isEmpty() ? QString() : QUrl(url).path().mid(1);
    const storage::RoundTripCount beforeImport = storage::roundTrips();
    ImportResult onServer = url.isEmpty() ? ImportResult{} : importInto(url, corpus, &error);
    const storage::RoundTripCount importTrips = roundTripsSince(beforeImport);
    const qint64 backendRss = server.backendPeakRssKb(database);
    if (!onServer.snapshot) {
        fprintf(stderr, "import failed: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 dbSize = server.queryValue(url, QStringLiteral("SELECT pg_database_size(current_database())"), &error)
                              .value_or(QStringLiteral("-1"))
                              .toLongLong();
    say() << "| backend | time | throughput | peak RSS (bench process) | size afterwards |" << Qt::endl
          << "|---|---|---|---|---|" << Qt::endl;
    for (const auto &[name, r, size] : {std::tuple{"file (.hoshi)", &onFile, fileSizes(file)},
                                        std::tuple{"PostgreSQL (Unix socket)", &onServer,
                                                   QStringLiteral("%1 MB (pg_database_size)").arg(dbSize / 1e6, 0, 'f', 0)}})
        say() << QStringLiteral("| %1 | %2 s | %3 MB/s | %4 MiB | %5 |")
                     .arg(QLatin1String(name))
                     .arg(r->seconds, 0, 'f', 2)
                     .arg(corpus.bytes / 1e6 / r->seconds, 0, 'f', 0)
                     .arg(r->rssKb / 1024.0, 0, 'f', 0)
                     .arg(size)
              << Qt::endl;
    say() << "  evidence: " << QString::number(corpus.bytes / 1e6, 'f', 0) << " MB; file with WAL: "
          << QString::number(fileBytes(file) / 1e6, 'f', 0) << " MB" << Qt::endl;
    say() << "  server process for the import: peak RSS "
          << (backendRss >= 0 ? QString::number(backendRss / 1024.0, 'f', 0) + QStringLiteral(" MiB") : QStringLiteral("?"))
          << " (includes the shared buffers it touched); pg_database_size includes the empty workspace schema" << Qt::endl;
    say() << "  server import (with creating the workspace): " << describeRoundTrips(importTrips) << Qt::endl;

    say() << Qt::endl << "## Export of the evidence archive (one run each), load " << loadAverage() << Qt::endl
          << "| source | time | throughput | archive |" << Qt::endl << "|---|---|---|---|" << Qt::endl;
    for (const auto &[name, r] : {std::pair{"file (.hoshi)", &onFile}, std::pair{"PostgreSQL (Unix socket)", &onServer}}) {
        qint64 zipSize = 0;
        const storage::RoundTripCount before = storage::roundTrips();
        const double seconds = exportSeconds(*r, work.filePath(QStringLiteral("evidence.zip")), &zipSize, &error);
        const storage::RoundTripCount trips = roundTripsSince(before);
        if (seconds < 0) {
            say() << "| " << name << " | failed: " << error << " | | |" << Qt::endl;
            continue;
        }
        say() << QStringLiteral("| %1 | %2 s | %3 MB/s | %4 MB |")
                     .arg(QLatin1String(name))
                     .arg(seconds, 0, 'f', 2)
                     .arg(corpus.bytes / 1e6 / seconds, 0, 'f', 0)
                     .arg(zipSize / 1e6, 0, 'f', 0)
              << Qt::endl;
        if (r == &onServer)
            say() << "  server export: " << describeRoundTrips(trips) << Qt::endl;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the checklist PDF needs QtGui, not a display
    QGuiApplication app(argc, argv);
    const std::optional<Options> options = parseOptions(app.arguments());
    QTemporaryDir work(options && !options->workDir.isEmpty() ? options->workDir + QStringLiteral("/bench-server-XXXXXX")
                                                              : QString());
    if (!options || !work.isValid()) {
        fprintf(stderr, "usage: bench_server [SCALE=1] [--url postgresql://...] [--work DIR] [--parts edits,writers,io]\n");
        return 2;
    }
    work.setAutoRemove(qEnvironmentVariableIntValue("HOSHI_BENCH_KEEP") == 0);
    // The cluster's folder must be reachable by the account the cluster runs as, so not inside `work`.
    BenchServer server(options->url,
                       QDir::temp().filePath(QStringLiteral("hoshi-pg-bench-%1").arg(QCoreApplication::applicationPid())));
    if (!server.isValid()) {
        fprintf(stderr, "no server: %s\n", qPrintable(server.error()));
        return 1;
    }
    say() << "bench_server: scale " << options->scale << ", work folder " << work.path() << ", " << QThread::idealThreadCount()
          << " cores, load average " << loadAverage() << Qt::endl
          << "  server: " << (options->url.isEmpty() ? QStringLiteral("private cluster, ") : options->url + QStringLiteral(", "))
          << server.describe() << Qt::endl;
    const QStringList &parts = options->parts;
    if ((parts.contains(QLatin1String("edits")) && runEdits(server, *options, work) != 0)
        || (parts.contains(QLatin1String("writers")) && runConcurrent(server, *options, work) != 0)
        || (parts.contains(QLatin1String("io")) && runImportAndExport(server, *options, work) != 0))
        return 1;
    say() << Qt::endl << "done, load average " << loadAverage() << Qt::endl;
    return 0;
}
