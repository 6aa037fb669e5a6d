// SPDX-License-Identifier: Apache-2.0
// How long the GUI thread stops answering while the real forms do heavy work: a 5 ms timer runs
// on the GUI thread's event loop during each scenario, and every tick records how late it came
// (time since the previous tick minus 5 ms). A stall of the GUI thread shows as one late tick.
// Prints max and p99 lateness per scenario; never asserts.
//
//   bench_gui_stalls [SCALE=1.0] [WORK_DIR=$TMPDIR]
//
// SCALE multiplies every size (0.1 for a quick run). Full sizes: import 2 GiB of evidence, export
// 1 GiB, preview a 300 MiB PDF, open the 1 GiB archive in the auditor mode (verification, the PDF
// previewed from the archive, the largest file opened), step through 50 declarations (with
// the Session's reads on the GUI thread and on its reading thread).
//
// HOSHI_BENCH_CORPUS=<a workspace with many declarations> adds the scale scenarios: open it,
// step through 50 of its declarations (both ways), open the portfolio and filter it.
// HOSHI_BENCH_ONLY_STEPS=1 runs only the stepping (and corpus) scenarios, for profiling them.
#include "benchsupport.h"

#include "auditor/auditorpage.h"
#include "auditor/audititemview.h"
#include "common/desktop.h"
#include "common/messagebox.h"
#include "demo/demoworkspace.h"
#include "evidence/evidenceeditor.h"
#include "export/exportdialog.h"
#include "mainwindow/mainwindow.h"
#include "portfolio/portfoliomodel.h"
#include "portfolio/portfoliopage.h"
#include "preview/evidencepreview.h"
#include "session/evidenceimporter.h"
#include "session/session.h"
#include "storage/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <functional>

using namespace hoshi;
using hoshi::bench::say;

namespace {

constexpr int TickMs = 5;
constexpr qint64 MiB = qint64(1) << 20;
// A step that has not finished after this long is reported (HOSHI_BENCH_STEP_TIMEOUT in seconds).
qint64 stepTimeoutMs()
{
    const int seconds = qEnvironmentVariableIntValue("HOSHI_BENCH_STEP_TIMEOUT");
    return qint64(seconds > 0 ? seconds : 30 * 60) * 1000;
}

// The 5 ms timer and the lateness of each of its ticks.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(TickMs);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }
    void start()
    {
        m_lateness.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop()
    {
        tick(); // a stall at the very end counts too
        m_timer.stop();
    }
    [[nodiscard]] double seconds() const { return m_clock.nsecsElapsed() / 1e9; }
    [[nodiscard]] int ticks() const { return int(m_lateness.size()); }
    [[nodiscard]] double maxMs() const
    {
        return m_lateness.isEmpty() ? 0 : *std::max_element(m_lateness.cbegin(), m_lateness.cend());
    }
    [[nodiscard]] double percentileMs(double p) const
    {
        if (m_lateness.isEmpty())
            return 0;
        QList<double> sorted = m_lateness;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype index = std::clamp<qsizetype>(qsizetype(std::ceil(p * sorted.size())) - 1, 0, sorted.size() - 1);
        return sorted.at(index);
    }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_lateness.append(std::max(0.0, (now - m_last) / 1e6 - TickMs));
        m_last = now;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<double> m_lateness;
};

// One user action, started from the event loop, and how to tell that its result is shown.
// A timed step's duration (start to shown) is reported as "step time".
struct Step {
    std::function<void()> action;
    std::function<bool()> done = [] { return true; };
    bool timed = false;
};

// CPU time the calling thread has used, in milliseconds.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

QString stepTimes(QList<double> ms)
{
    if (ms.isEmpty())
        return QStringLiteral("–");
    std::sort(ms.begin(), ms.end());
    return QStringLiteral("%1 / %2 ms").arg(ms.at(ms.size() / 2), 0, 'f', 1).arg(ms.constLast(), 0, 'f', 1);
}

// Runs the steps one after the other inside the GUI's own event loop while the meter ticks.
bool runScenario(const char *name, const QList<Step> &steps)
{
    StallMeter meter;
    bool finished = true;
    QList<double> timedMs;
    // CPU time of the GUI thread from one timed step to the next (the untimed steps after it,
    // such as showing its first item, included): what the GUI thread itself spends per step,
    // whatever the load of the machine makes the wall-clock times.
    QList<double> guiCpuMs;
    meter.start();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const Step &step = steps.at(i);
        const double cpuBefore = threadCpuMs();
        QElapsedTimer stepClock;
        stepClock.start();
        QTimer::singleShot(0, step.action);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        QElapsedTimer waited;
        waited.start();
        while (!step.done()) {
            if (waited.elapsed() > stepTimeoutMs()) {
                say() << "  step " << i + 1 << " of " << name << " did not finish" << Qt::endl;
                finished = false;
                break;
            }
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        }
        if (!finished)
            break;
        if (step.timed)
            timedMs.append(stepClock.nsecsElapsed() / 1e6);
        // Whatever the step left queued (repaints, deferred refreshes) belongs to it.
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (step.timed || guiCpuMs.isEmpty())
            guiCpuMs.append(0);
        guiCpuMs.last() += threadCpuMs() - cpuBefore;
    }
    meter.stop();
    say() << QStringLiteral("| %1 | %2 s | %3 | %4 ms | %5 ms | %6 | %8 |%7")
                 .arg(QString::fromLatin1(name))
                 .arg(meter.seconds(), 0, 'f', 1)
                 .arg(meter.ticks())
                 .arg(meter.maxMs(), 0, 'f', 1)
                 .arg(meter.percentileMs(0.99), 0, 'f', 1)
                 .arg(stepTimes(timedMs))
                 .arg(finished ? QString() : QStringLiteral(" did not finish in time"))
                 .arg(timedMs.isEmpty() ? QStringLiteral("–") : stepTimes(guiCpuMs))
          << Qt::endl;
    return finished;
}

// Incompressible bytes, written in 8 MiB blocks.
bool writeRandomFile(const QString &path, qint64 bytes, quint32 seed)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator random(seed);
    QByteArray block(8 * MiB, Qt::Uninitialized);
    for (qint64 left = bytes; left > 0;) {
        random.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        const qint64 n = std::min<qint64>(left, block.size());
        if (f.write(block.constData(), n) != n)
            return false;
        left -= n;
    }
    return true;
}

// A valid three-page PDF ("Hoshi bench page N") padded to `bytes` with one unreferenced stream
// of random bytes, as a scanned manual with embedded images would be large.
bool writeLargePdf(const QString &path, qint64 bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QList<qint64> offsets;
    auto object = [&](const QByteArray &body) {
        offsets.append(f.pos());
        f.write(QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n");
    };
    f.write("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >>");
    for (int page = 0; page < 3; ++page)
        object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 6 0 R >> >> "
               "/Contents "
               + QByteArray::number(7 + page) + " 0 R >>");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    for (int page = 0; page < 3; ++page) {
        const QByteArray content = "BT /F1 24 Tf 72 720 Td (Hoshi bench page " + QByteArray::number(page + 1) + ") Tj ET";
        object("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream");
    }
    const qint64 padding = std::max<qint64>(0, bytes - f.pos() - 400);
    offsets.append(f.pos());
    f.write(QByteArray::number(offsets.size()) + " 0 obj\n<< /Length " + QByteArray::number(padding) + " >>\nstream\n");
    QRandomGenerator random(11);
    QByteArray block(8 * MiB, Qt::Uninitialized);
    for (qint64 left = padding; left > 0;) {
        random.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        const qint64 n = std::min<qint64>(left, block.size());
        f.write(block.constData(), n);
        left -= n;
    }
    f.write("\nendstream\nendobj\n");
    const qint64 xref = f.pos();
    f.write("xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n");
    for (const qint64 offset : std::as_const(offsets))
        f.write(QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n");
    f.write("trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
            + QByteArray::number(xref) + "\n%%EOF\n");
    return f.error() == QFile::NoError;
}

struct Setup {
    QString workspace;
    DemoIds ids;
    qint64 bigEvidence = -1;    // the complete declaration's document evidence, with the big files
    QString bigItem;            // an item it backs
    qint64 importEvidence = -1; // evidence of the declaration in progress, target of the import
    QString pdfName;
    QString binName;
    QList<qint64> declarations; // the 50 stepped through
};

bool fail(const QString &message)
{
    say() << "setup failed: " << message << Qt::endl;
    return false;
}

// The demo workspace, 1 GiB x scale of evidence on the complete declaration (the PDF and a
// firmware dump) and 47 more declarations with answers, so that there are 50 to step through.
bool prepareWorkspace(const QString &dir, double scale, Setup *setup)
{
    QString error;
    setup->workspace = dir + QStringLiteral("/bench.hoshi");
    if (!DemoWorkspace::create(setup->workspace, &setup->ids, &error))
        return fail(error);
    std::unique_ptr<Workspace> ws = Workspace::open(setup->workspace, Workspace::Access::ReadWrite, &error);
    if (!ws)
        return fail(error);
    for (const Evidence &e : ws->evidenceOfDeclaration(setup->ids.completeDeclaration)) {
        if (e.kind == EvidenceKind::DocumentReview && !e.files.isEmpty() && !e.itemIds.isEmpty()
            && setup->bigEvidence < 0) {
            setup->bigEvidence = e.id;
            setup->bigItem = e.itemIds.constFirst();
        }
    }
    // Evidence of the declaration in progress only (vendor-scope evidence is shared with the
    // complete declaration, whose export must stay at its size).
    QSet<qint64> exported;
    for (const Evidence &e : ws->evidenceOfDeclaration(setup->ids.completeDeclaration))
        exported.insert(e.id);
    for (const Evidence &e : ws->evidenceOfDeclaration(setup->ids.inProgressDeclaration)) {
        if (setup->importEvidence < 0 && !exported.contains(e.id))
            setup->importEvidence = e.id;
    }
    if (setup->bigEvidence < 0 || setup->importEvidence < 0)
        return fail(QStringLiteral("the demo has no evidence to attach to"));
    const qint64 pdfBytes = qint64(300 * MiB * scale);
    const qint64 binBytes = qint64(1024 * MiB * scale) - pdfBytes;
    setup->pdfName = QStringLiteral("scanned-manual.pdf");
    setup->binName = QStringLiteral("firmware-dump.bin");
    const QString pdf = dir + QLatin1Char('/') + setup->pdfName;
    const QString bin = dir + QLatin1Char('/') + setup->binName;
    if (!writeLargePdf(pdf, pdfBytes) || !writeRandomFile(bin, binBytes, 3))
        return fail(QStringLiteral("cannot write the evidence files"));
    if (ws->attachFile(setup->bigEvidence, pdf, &error) < 0 || ws->attachFile(setup->bigEvidence, bin, &error) < 0)
        return fail(error);
    QFile::remove(pdf);
    QFile::remove(bin);

    setup->declarations = {setup->ids.completeDeclaration, setup->ids.inProgressDeclaration,
                           setup->ids.star3Declaration};
    for (int i = setup->declarations.size(); i < 50; ++i) {
        Product product;
        product.organisationId = setup->ids.organisation;
        product.name = QStringLiteral("Bench product %1").arg(i + 1);
        product.modelNumbers = {QStringLiteral("BP-%1").arg(i + 1)};
        const qint64 productId = ws->addProduct(product, &error);
        const qint64 declaration =
            productId < 0 ? -1 : ws->addDeclaration(productId, QStringLiteral("JST-CR-01-01-2024R1"), Route::Standard, &error);
        if (declaration < 0)
            return fail(error);
        const QList<Assessment> assessments = ws->assessments(declaration);
        for (int a = 0; a < assessments.size(); a += 2) {
            if (!ws->setAssessment(declaration, assessments.at(a).itemId, Verdict::Conforming,
                                   QStringLiteral("Checked on the bench unit %1.").arg(a), QString(), &error))
                return fail(error);
        }
        setup->declarations.append(declaration);
    }
    return true;
}

QTreeWidgetItem *fileRow(QTreeWidget *files, const QString &name)
{
    const QList<QTreeWidgetItem *> rows = files->findItems(name, Qt::MatchExactly | Qt::MatchRecursive, 0);
    return rows.isEmpty() ? nullptr : rows.constFirst();
}

// The preview shows a newly drawn PDF page, or a message saying why it can not (printed).
bool pdfPageShown(const EvidencePreview *preview, qint64 *shownKey)
{
    if (preview->mode() == EvidencePreview::Mode::Message) {
        say() << "  (the preview says: " << preview->message() << ")" << Qt::endl;
        return true;
    }
    if (preview->mode() != EvidencePreview::Mode::Pdf)
        return false;
    const auto *image = preview->findChild<QLabel *>(QStringLiteral("pdfPageImage"));
    const qint64 key = image ? image->pixmap().cacheKey() : 0;
    if (!image || image->pixmap().isNull() || (shownKey && key == *shownKey))
        return false;
    if (shownKey)
        *shownKey = key;
    return true;
}

QList<Step> importSteps(MainWindow &window, const Setup &setup, const QStringList &files)
{
    auto started = std::make_shared<bool>(false);
    return {{[&window, &setup] { window.showEvidence(setup.importEvidence); }},
            {[&window, &setup, files, started] {
                 *started = window.evidenceEditor()->importer()->start(setup.importEvidence, files);
             },
             [&window, started] { return *started && !window.evidenceEditor()->importer()->isRunning(); }}};
}

QList<Step> exportSteps(MainWindow &window, const Setup &setup, const QString &out, std::shared_ptr<bool> finished)
{
    Session *session = window.session();
    const qint64 declaration = setup.ids.completeDeclaration;
    return {{[&window, declaration] { window.showDeclaration(declaration); },
             [session, declaration] { return session->currentDeclarationId() == declaration && session->snapshot(); }},
            {[&window, out, finished] {
                 window.exportDeclaration();
                 ExportDialog *dialog = window.exportDialog();
                 if (!dialog) {
                     *finished = true;
                     return;
                 }
                 QObject::connect(dialog, &ExportDialog::exportFinished, dialog, [finished](bool) { *finished = true; });
                 dialog->setOutputDirectory(out);
                 dialog->startExport();
             },
             [finished] { return *finished; }},
            {[&window] {
                 if (window.exportDialog())
                     window.exportDialog()->close();
             }}};
}

QList<Step> previewSteps(MainWindow &window, const Setup &setup)
{
    auto shown = std::make_shared<qint64>(0);
    auto preview = [&window] { return window.evidenceEditor()->findChild<EvidencePreview *>(); };
    return {{[&window, &setup] { window.showEvidence(setup.bigEvidence); }},
            {[preview, &setup] {
                 auto *combo = preview()->findChild<QComboBox *>(QStringLiteral("previewFileCombo"));
                 const int index = combo->findText(setup.pdfName);
                 combo->setCurrentIndex(index);
                 Q_EMIT combo->activated(index);
             },
             [preview, shown] { return pdfPageShown(preview(), shown.get()); }},
            {[preview] { preview()->goToPage(2); }, [preview, shown] { return pdfPageShown(preview(), shown.get()); }},
            {[preview] { preview()->search(QStringLiteral("bench page 3")); },
             [preview] {
                 const auto *count = preview()->findChild<QLabel *>(QStringLiteral("pdfSearchCount"));
                 return count && !count->text().isEmpty();
             }}};
}

QList<Step> auditorSteps(MainWindow &window, const Setup &setup, const QString &archive)
{
    auto verified = std::make_shared<bool>(false);
    auto shown = std::make_shared<qint64>(0);
    AuditorPage *page = window.auditorPage();
    QObject::connect(page, &AuditorPage::verificationFinished, page, [verified] { *verified = true; });
    auto files = [page] { return page->itemView()->fileList(); };
    auto preview = [page] { return page->itemView()->preview(); };
    return {{[&window, archive] { window.openArchive(archive); }, [verified] { return *verified; }},
            {[page, &setup] { page->selectItem(setup.bigItem); }},
            {[files, &setup] { files()->setCurrentItem(fileRow(files(), setup.pdfName)); },
             [preview, shown] { return pdfPageShown(preview(), shown.get()); }},
            {[files, &setup] { files()->setCurrentItem(fileRow(files(), setup.binName)); }},
            {[page] { page->itemView()->openSelectedFile(); },
             [page] {
                 const auto *error = page->itemView()->findChild<QLabel *>(QStringLiteral("auditOpenError"));
                 if (error && !error->isHidden()) {
                     say() << "  (the auditor says: " << error->text() << ")" << Qt::endl;
                     return true;
                 }
                 return !Desktop::openedUrls().isEmpty();
             }},
            {[&window] { window.closeArchive(); }}};
}

// Declaration to declaration, each shown with its first item: the step is done when the
// declaration is on screen (with background reads that is when its read has arrived).
QList<Step> declarationSteps(MainWindow &window, const QList<qint64> &declarations)
{
    QList<Step> steps;
    Session *session = window.session();
    for (const qint64 id : declarations) {
        steps.append({[&window, id] { window.showDeclaration(id); },
                      [session, id] { return session->currentDeclarationId() == id && session->snapshot(); }, true});
        steps.append({[&window] { window.showItem(QStringLiteral("S1.1-01")); }});
    }
    return steps;
}

// Both ways of reading: at once on the GUI thread (as before background reads) and on the
// Session's reading thread (as the application runs).
void runDeclarationScenarios(MainWindow &window, const QString &what, const QList<qint64> &declarations)
{
    for (const bool background : {false, true}) {
        window.session()->setBackgroundReads(background);
        window.session()->waitForReads();
        runScenario(qPrintable(QStringLiteral("%1, %2").arg(what, background ? QStringLiteral("background reads")
                                                                             : QStringLiteral("reads on the GUI thread"))),
                    declarationSteps(window, declarations));
    }
    window.session()->setBackgroundReads(true);
}

// A large workspace (e.g. 1,000 declarations): open it, step through 50 of its
// declarations both ways, open the portfolio and filter it by typing.
void runCorpusScenarios(MainWindow &window, const QString &corpus)
{
    Session *session = window.session();
    QElapsedTimer opening;
    opening.start();
    if (!window.openWorkspace(corpus)) {
        say() << "the main window cannot open the corpus " << corpus << Qt::endl;
        return;
    }
    session->waitForReads();
    QList<qint64> declarations;
    for (const Declaration &d : session->workspace()->declarations()) {
        if (declarations.size() < 50)
            declarations << d.id;
    }
    const qsizetype total = session->workspace()->declarations().size();
    say() << "  (corpus: " << total << " declarations, opened in " << opening.elapsed() << " ms)" << Qt::endl;
    const QString what = QStringLiteral("%1 declarations: step through 50").arg(total);
    runDeclarationScenarios(window, what, declarations);

    PortfolioPage *portfolio = window.portfolioPage();
    auto *find = portfolio->findChild<QLineEdit *>(QStringLiteral("portfolioFind"));
    const int rows = int(total);
    QList<Step> steps{{[&window] { window.showPortfolio(); },
                       [portfolio, rows] { return portfolio->model()->rowCount() == rows; }, true}};
    for (const QString &text : {QStringLiteral("0"), QStringLiteral("01"), QStringLiteral("012"), QString()})
        steps.append({[find, text] { find->setText(text); }, [] { return true; }, true});
    runScenario(qPrintable(QStringLiteral("%1 declarations: open the portfolio, filter it").arg(total)), steps);
}

QString findArchive(const QString &folder)
{
    const QStringList zips = QDir(folder).entryList({QStringLiteral("*-evidence.zip")}, QDir::Files);
    return zips.isEmpty() ? QString() : folder + QLatin1Char('/') + zips.constFirst();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef HOSHI_PDF_RENDER_PATH
    if (qEnvironmentVariableIsEmpty("HOSHI_PDF_RENDER"))
        qputenv("HOSHI_PDF_RENDER", HOSHI_PDF_RENDER_PATH);
#endif
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // no user settings read or written
    QApplication::setOrganizationName(QStringLiteral("HoshiBench"));
    QApplication::setApplicationName(QStringLiteral("hoshi-bench"));
    MessageBox::setNonInteractive(true);
    Desktop::setRecording(true);

    const QStringList args = app.arguments();
    const double scale = args.size() > 1 ? args.at(1).toDouble() : 1.0;
    const QString base = args.size() > 2 && !args.at(2).isEmpty() ? args.at(2) : QDir::tempPath();
    if (scale <= 0) {
        say() << "usage: bench_gui_stalls [SCALE=1.0] [WORK_DIR]" << Qt::endl;
        return 2;
    }
    QTemporaryDir dir(base + QStringLiteral("/hoshi-gui-stalls-XXXXXX"));
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("HOSHI_BENCH_KEEP"));
    say() << "bench_gui_stalls: scale " << scale << ", work folder " << dir.path() << ", " << QThread::idealThreadCount()
          << " CPUs, " << QSysInfo::prettyProductName() << ", Qt " << qVersion() << Qt::endl;

    Setup setup;
    QElapsedTimer setupTime;
    setupTime.start();
    if (!prepareWorkspace(dir.path(), scale, &setup))
        return 1;
    const QString importA = dir.filePath(QStringLiteral("capture-a.bin"));
    const QString importB = dir.filePath(QStringLiteral("capture-b.bin"));
    const qint64 importBytes = qint64(1024 * MiB * scale);
    if (!writeRandomFile(importA, importBytes, 21) || !writeRandomFile(importB, importBytes, 22))
        return fail(QStringLiteral("cannot write the files to import")), 1;
    const QString out = dir.filePath(QStringLiteral("out"));
    QDir().mkpath(out);
    say() << "setup " << setupTime.elapsed() / 1000.0 << " s; load average " << bench::loadAverage() << Qt::endl;

    MainWindow window;
    window.resize(1280, 860);
    window.show();
    if (!window.openWorkspace(setup.workspace))
        return fail(QStringLiteral("the main window cannot open the workspace")), 1;
    window.session()->setBackgroundReads(true); // as the application runs
    QCoreApplication::processEvents();

    say() << Qt::endl
          << "| scenario | duration | ticks | max lateness | p99 lateness | step time median / max "
             "| GUI-thread CPU per step median / max |"
          << Qt::endl
          << "|---|---|---|---|---|---|---|" << Qt::endl;
    if (!qEnvironmentVariableIsEmpty("HOSHI_BENCH_ONLY_STEPS")) {
        runDeclarationScenarios(window, QStringLiteral("step through 50 declarations"), setup.declarations);
        if (const QString corpus = qEnvironmentVariable("HOSHI_BENCH_CORPUS"); !corpus.isEmpty())
            runCorpusScenarios(window, corpus);
        say() << Qt::endl << "load average after: " << bench::loadAverage() << Qt::endl;
        return 0;
    }
    const QString importLabel = QStringLiteral("import %1 MiB of evidence").arg(2 * importBytes / MiB);
    runScenario(qPrintable(importLabel), importSteps(window, setup, {importA, importB}));
    QFile::remove(importA);
    QFile::remove(importB);

    auto exported = std::make_shared<bool>(false);
    runScenario(qPrintable(QStringLiteral("export %1 MiB").arg(qint64(1024 * scale))),
                exportSteps(window, setup, out, exported));
    runScenario(qPrintable(QStringLiteral("preview a %1 MiB PDF").arg(qint64(300 * scale))), previewSteps(window, setup));

    const QString archive = findArchive(out);
    if (archive.isEmpty()) {
        say() << "no archive was exported; the auditor scenario is skipped" << Qt::endl;
    } else {
        runScenario(qPrintable(QStringLiteral("auditor: open a %1 MiB archive").arg(QFileInfo(archive).size() / MiB)),
                    auditorSteps(window, setup, archive));
    }
    runDeclarationScenarios(window, QStringLiteral("step through 50 declarations"), setup.declarations);
    if (const QString corpus = qEnvironmentVariable("HOSHI_BENCH_CORPUS"); !corpus.isEmpty())
        runCorpusScenarios(window, corpus);
    say() << Qt::endl << "load average after: " << bench::loadAverage() << Qt::endl;
    return 0;
}
