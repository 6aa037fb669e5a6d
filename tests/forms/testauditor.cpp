// SPDX-License-Identifier: Apache-2.0
// Auditor mode: an exported demo archive opened read-only shows "Intact", its signer, its
// bag-info and the 16-item checklist with evidence read from the archive; a tampered archive
// names the changed file; hostile, garbage and missing files give an "unreadable" banner and
// nothing else. The new models run under QAbstractItemModelTester.
#include "util/displaydate.h"
#include "formstest.h"

#include "auditor/auditchecklistmodel.h"
#include "auditor/auditfilemodel.h"
#include "auditor/audititemview.h"
#include "auditor/auditorpage.h"
#include "common/desktop.h"
#include "common/statuscolours.h"
#include "common/filedialog.h"
#include "demo/demoworkspace.h"
#include "export/exportjob.h"
#include "export/keygenerator.h"
#include "exportzipcraft.h"
#include "exportzipedit.h"
#include "mainwindow/mainwindow.h"
#include "preview/evidencepreview.h"
#include "session/session.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace hoshi;
using formstest::find;

namespace {

const QString TamperedLog = QStringLiteral("data/evidence/S1.1-04/001_S1.1-04_test.log");

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(data), data.size());
}

// Opens `path` in the auditor mode and waits for the verification to end.
void openAndWait(MainWindow &window, const QString &path)
{
    QSignalSpy done(window.auditorPage(), &AuditorPage::verificationFinished);
    QVERIFY(window.openArchive(path));
    QVERIFY(window.isAuditing());
    QCOMPARE(window.currentPage(), MainWindow::Page::Auditor);
    QVERIFY(done.wait(60000));
    QVERIFY(!window.auditorPage()->isBusy());
}

QString bannerText(const MainWindow &window)
{
    return find<QLabel>(window.auditorPage(), "auditBanner")->text();
}

} // namespace

class TestAuditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        formstest::initApplication();
        Desktop::setRecording(true);
        QVERIFY(m_dir.isValid());
        QString error;
        const QString workspace = m_dir.filePath(QStringLiteral("demo.hoshi"));
        DemoIds ids;
        QVERIFY2(DemoWorkspace::create(workspace, &ids, &error), qPrintable(error));
        KeyGenerator::Result key;
        QVERIFY2(KeyGenerator::generate(m_dir.path(), QStringLiteral("Sakura Devices"), 30, &key, &error),
                 qPrintable(error));

        // The archive as the export dialog writes it (same core job).
        std::unique_ptr<Workspace> ws = Workspace::open(workspace, Workspace::Access::ReadWrite, &error);
        QVERIFY2(ws, qPrintable(error));
        ExportJob::Request request;
        request.declarationId = ids.completeDeclaration;
        request.outputDir = m_dir.path();
        request.package = false;
        request.signingKey = key.keyPath;
        request.signingCertificate = key.certificatePath;
        ExportJob::Outcome outcome;
        QVERIFY2(ExportJob::run(*ws, request, &outcome, &error), qPrintable(error));
        m_archive = outcome.archive.path;
        m_bag = outcome.archive.bagName;
        QVERIFY(QFile::exists(m_archive));

        // Tampered: one byte of one evidence file changed, the archive rebuilt around it.
        const QMap<QString, QByteArray> entries = exporttest::readZip(m_archive, &error);
        const QString logEntry = m_bag + QLatin1Char('/') + TamperedLog;
        QVERIFY2(entries.contains(logEntry), qPrintable(entries.keys().join(QLatin1Char(' '))));
        QByteArray log = entries.value(logEntry);
        log[0] = char(log.at(0) ^ 0x20);
        exporttest::ZipEdit edit;
        edit.replace.insert(logEntry, log);
        m_tampered = m_dir.filePath(QStringLiteral("tampered-evidence.zip"));
        QVERIFY2(exporttest::rewriteZip(m_archive, m_tampered, edit, &error), qPrintable(error));

        // Hostile: an entry that climbs out of the folder it would be extracted to.
        m_hostile = m_dir.filePath(QStringLiteral("hostile.zip"));
        exporttest::CraftedEntry evil;
        evil.name = "bag/../../evil.txt";
        evil.data = "owned\n";
        exporttest::CraftedEntry bagit;
        bagit.name = "bag/bagit.txt";
        bagit.data = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";
        writeFile(m_hostile, exporttest::ZipCraft::build({bagit, evil}));

        // Garbage: random bytes under a .zip name, and a ZIP header followed by noise.
        m_garbage = m_dir.filePath(QStringLiteral("garbage.zip"));
        QByteArray noise(64 * 1024, Qt::Uninitialized);
        QRandomGenerator(5).fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        writeFile(m_garbage, noise);
        m_truncated = m_dir.filePath(QStringLiteral("truncated.zip"));
        QFile original(m_archive);
        QVERIFY(original.open(QIODevice::ReadOnly));
        writeFile(m_truncated, original.read(original.size() / 2));
    }

    void intactArchive()
    {
        MainWindow window;
        window.show();
        AuditorPage *page = window.auditorPage();
        QAbstractItemModelTester checklistTester(page->checklistModel(),
                                                 QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filesTester(page->fileModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // From the menu, through the file dialog seam.
        FileDialog::setNextFileName(m_archive);
        QSignalSpy done(page, &AuditorPage::verificationFinished);
        find<QAction>(&window, "actionOpenArchive")->trigger();
        QVERIFY(window.isAuditing());
        QVERIFY(done.wait(60000));

        QCOMPARE(page->result().status, VerificationResult::Status::Intact);
        QCOMPARE(bannerText(window), QStringLiteral("Intact"));
        QVERIFY(find<QLabel>(page, "auditBannerDetails")->text().contains(QStringLiteral("nothing is missing")));
        const QString signer = find<QLabel>(page, "auditSigner")->text();
        QVERIFY2(signer.startsWith(QStringLiteral("Signed by CN=Sakura Devices")), qPrintable(signer));
        QVERIFY2(signer.contains(QStringLiteral("self-signed")) && signer.contains(QStringLiteral("signature valid")),
                 qPrintable(signer));
        QVERIFY(find<QLabel>(page, "auditFingerprint")->text().contains(page->result().signature.fingerprint));

        // Bag-info.
        QVERIFY(find<QLabel>(page, "auditOrganisation")->text().contains(QStringLiteral("さくらデバイス")));
        QVERIFY(find<QLabel>(page, "auditProduct")->text().contains(QStringLiteral("SR-200")));
        QVERIFY(find<QLabel>(page, "auditCriteria")->text().contains(QStringLiteral("JST-CR-01-01-2024R1")));
        QVERIFY(find<QLabel>(page, "auditSoftware")->text().startsWith(QStringLiteral("Hoshi ")));
        QVERIFY(!find<QLabel>(page, "auditExported")->text().isEmpty());
        // Shown as a person reads it: the one date format of the language, in local time.
        QCOMPARE(find<QLabel>(page, "auditExported")->text(),
                 DisplayDate::dateTime(QDateTime::fromString(page->result().bagInfoValue(QStringLiteral("Hoshi-Export-Date")),
                                                             Qt::ISODate)));

        // The checklist: 16 items, verdicts, badges, every file ok.
        auto *view = find<QTableView>(page, "auditChecklistView");
        QCOMPARE(view->model()->rowCount(), 16);
        QCOMPARE(page->checklistModel()->itemIdAt(0), QStringLiteral("S1.1-01"));
        const int row04 = page->checklistModel()->rowOf(QStringLiteral("S1.1-04"));
        QVERIFY(row04 >= 0);
        const QAbstractItemModel *model = view->model();
        QCOMPARE(model->index(row04, AuditChecklistModel::VerdictColumn).data().toString(),
                 verdictName(Verdict::Conforming));
        const CriteriaItem *criteria04 = page->result().declaration->snapshot.criteria.item(QStringLiteral("S1.1-04"));
        QVERIFY(criteria04);
        QCOMPARE(model->index(row04, AuditChecklistModel::MethodsColumn).data().toString(),
                 methodsBadge(criteria04->methods));
        QVERIFY(model->index(row04, AuditChecklistModel::EvidenceColumn).data().toInt() > 0);
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->index(r, 0).data(AuditChecklistModel::ChangedFilesRole).toInt(), 0);
        QCOMPARE(view->editTriggers(), QAbstractItemView::NoEditTriggers);

        // An item with its evidence and files; the log file previewed from the archive.
        page->selectItem(QStringLiteral("S1.1-04"));
        AuditItemView *item = page->itemView();
        QCOMPARE(item->itemId(), QStringLiteral("S1.1-04"));
        const QString details = find<QTextBrowser>(item, "auditItemDetails")->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("S1.1-04")), qPrintable(details));
        auto *files = find<QTreeWidget>(item, "auditItemFiles");
        QTreeWidgetItem *logItem = nullptr;
        for (int i = 0; i < files->topLevelItemCount(); ++i) {
            for (int j = 0; j < files->topLevelItem(i)->childCount(); ++j) {
                QTreeWidgetItem *child = files->topLevelItem(i)->child(j);
                QCOMPARE(child->text(1), QStringLiteral("ok"));
                if (child->text(3) == TamperedLog)
                    logItem = child;
            }
        }
        QVERIFY(logItem);
        files->setCurrentItem(logItem);
        // Read from the archive on the preview's worker thread.
        QTRY_COMPARE_WITH_TIMEOUT(item->preview()->mode(), EvidencePreview::Mode::Text, 60000);
        // The PDF of S1.1-01 too.
        page->selectItem(QStringLiteral("S1.1-01"));
        QTRY_COMPARE_WITH_TIMEOUT(item->preview()->mode(), EvidencePreview::Mode::Pdf, 60000);

        // "Open" copies the file out of the archive (into a temporary folder) for the desktop.
        page->selectItem(QStringLiteral("S1.1-04"));
        // The item's rows were rebuilt; find the log again.
        const QList<QTreeWidgetItem *> matches =
            files->findItems(TamperedLog, Qt::MatchExactly | Qt::MatchRecursive, 3);
        QCOMPARE(matches.size(), 1);
        files->setCurrentItem(matches.constFirst());
        Desktop::clearOpenedUrls();
        QTest::mouseClick(find<QPushButton>(item, "auditOpenFileButton"), Qt::LeftButton);
        // Extracted off the GUI thread (the click returns before the copy exists), then handed to
        // the desktop when the result comes back through the event loop.
        QCOMPARE(Desktop::openedUrls().size(), 0);
        QVERIFY(item->isExtracting() || QTest::qWaitFor([] { return !Desktop::openedUrls().isEmpty(); }, 0));
        QTRY_COMPARE_WITH_TIMEOUT(Desktop::openedUrls().size(), 1, 60000);
        QVERIFY(!item->isExtracting());
        const QString extracted = Desktop::openedUrls().constFirst().toLocalFile();
        QVERIFY(extracted.startsWith(QDir::tempPath()));
        QFile copy(extracted);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QString error;
        QCOMPARE(copy.readAll(), exporttest::readZip(m_archive, &error).value(m_bag + QLatin1Char('/') + TamperedLog));

        // The per-file report: every file checked, all ok.
        QCOMPARE(page->fileModel()->rowCount(), int(page->result().files.size()));
        QVERIFY(page->fileModel()->rowCount() > 16);
        QCOMPARE(page->fileModel()->problemCount(), 0);

        // Nothing edits: the workbench's edit commands are off and the docks are hidden.
        for (const char *name :
             {"actionConforming", "actionAddDocument", "actionNewOrganisation", "actionExport", "actionUndo"})
            QVERIFY2(!find<QAction>(&window, name)->isEnabled(), name);
        QVERIFY(!find<QDockWidget>(&window, "navigatorDock")->isVisible());
        QVERIFY(window.windowTitle().contains(QFileInfo(m_archive).fileName()));

        // Closing the archive goes back to where the window was.
        QTest::mouseClick(find<QPushButton>(page, "auditCloseButton"), Qt::LeftButton);
        QVERIFY(!window.isAuditing());
        QCOMPARE(window.currentPage(), MainWindow::Page::Welcome);
        // The welcome page has no workspace to navigate: no empty navigator beside it.
        QVERIFY(!find<QDockWidget>(&window, "navigatorDock")->isVisible());
        QCOMPARE(page->checklistModel()->rowCount(), 0);
    }

    void workspaceComesBack()
    {
        // With a workspace open, the auditor mode is in front of it and gives it back.
        MainWindow window;
        window.show();
        QVERIFY(window.openDemo());
        QVERIFY(!window.isReadOnlyView());
        openAndWait(window, m_archive);
        QVERIFY(window.isReadOnlyView());
        QVERIFY(!find<QAction>(&window, "actionConforming")->isEnabled());
        find<QAction>(&window, "actionCloseWorkspace")->trigger(); // Ctrl+W closes the archive first
        QVERIFY(!window.isAuditing());
        QVERIFY(window.session()->hasWorkspace());
        QCOMPARE(window.currentPage(), MainWindow::Page::Checklist);
        QVERIFY(!window.isReadOnlyView());
        QVERIFY(find<QDockWidget>(&window, "problemsDock")->isVisible());
    }

    void tamperedArchiveNamesTheFile()
    {
        MainWindow window;
        window.show();
        AuditorPage *page = window.auditorPage();
        QAbstractItemModelTester checklistTester(page->checklistModel(),
                                                 QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filesTester(page->fileModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        openAndWait(window, m_tampered);

        QCOMPARE(page->result().status, VerificationResult::Status::NotIntact);
        const QString banner = bannerText(window);
        // (No translator in the test: the source text's plural form "file(s)".)
        QVERIFY2(banner.startsWith(QStringLiteral("Not intact: 1 file")), qPrintable(banner));
        QVERIFY2(banner.contains(TamperedLog), qPrintable(banner));
        QVERIFY(find<QLabel>(page, "auditBannerDetails")->text().contains(TamperedLog));

        // Still browsable: the declaration itself is intact, one item's file is not.
        QCOMPARE(page->checklistModel()->rowCount(), 16);
        const int row = page->checklistModel()->rowOf(QStringLiteral("S1.1-04"));
        QCOMPARE(page->checklistModel()->index(row, 0).data(AuditChecklistModel::ChangedFilesRole).toInt(), 1);
        QCOMPARE(page->checklistModel()->index(row, AuditChecklistModel::FilesColumn).data().toString(),
                 QStringLiteral("1 changed"));
        // The first changed item is opened.
        QCOMPARE(page->itemView()->itemId(), QStringLiteral("S1.1-04"));

        // The per-file report, filtered to problems.
        QCOMPARE(page->fileModel()->problemCount(), 1);
        const int fileRow = page->fileModel()->rowOf(TamperedLog);
        QVERIFY(fileRow >= 0);
        const QModelIndex status = page->fileModel()->index(fileRow, AuditFileModel::StatusColumn);
        QCOMPARE(status.data(AuditFileModel::ProblemRole).toString(), QStringLiteral("modified"));
        QCOMPARE(status.data().toString(), QStringLiteral("modified"));
        const QString expected = page->fileModel()->index(fileRow, AuditFileModel::ExpectedColumn).data().toString();
        const QString actual = page->fileModel()->index(fileRow, AuditFileModel::ActualColumn).data().toString();
        QVERIFY(expected.startsWith(QStringLiteral("sha256 ")));
        QVERIFY(actual.startsWith(QStringLiteral("sha256 ")));
        QVERIFY(expected != actual);
        auto *filesView = find<QTableView>(page, "auditFilesView");
        find<QCheckBox>(page, "auditProblemsOnly")->setChecked(true);
        QCOMPARE(filesView->model()->rowCount(), 1);
        QCOMPARE(filesView->model()->index(0, AuditFileModel::PathColumn).data().toString(), TamperedLog);
        find<QCheckBox>(page, "auditProblemsOnly")->setChecked(false);
        QCOMPARE(filesView->model()->rowCount(), page->fileModel()->rowCount());
    }

    void tamperedArchiveIsNeverShownAsGood()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        AuditorPage *page = window.auditorPage();
        openAndWait(window, m_tampered);

        // The signature is valid, but it covers manifests the files no longer match: said so,
        // and not in the colour of a good result.
        auto *signer = find<QLabel>(page, "auditSigner");
        QVERIFY2(signer->text().contains(QStringLiteral("signature valid")), qPrintable(signer->text()));
        QVERIFY2(signer->text().contains(QStringLiteral("no longer match")), qPrintable(signer->text()));
        QVERIFY(signer->styleSheet().contains(StatusColours::foreground(Tone::Bad).name()));

        // The affected item's verdict cell is red with the blocking icon; the others are not.
        const QAbstractItemModel *model = page->checklistModel();
        const int row = page->checklistModel()->rowOf(QStringLiteral("S1.1-04"));
        const QModelIndex verdict = model->index(row, AuditChecklistModel::VerdictColumn);
        QCOMPARE(verdict.data(Qt::BackgroundRole).value<QColor>(), StatusColours::background(Tone::Bad));
        QVERIFY(verdict.data(Qt::ToolTipRole).toString().contains(QStringLiteral("do not match")));
        const int clean = page->checklistModel()->rowOf(QStringLiteral("S1.1-01"));
        QVERIFY(!model->index(clean, AuditChecklistModel::VerdictColumn).data(Qt::BackgroundRole).isValid());

        // The changed log in the preview carries the red band; an intact file does not.
        AuditItemView *item = page->itemView();
        QCOMPARE(item->itemId(), QStringLiteral("S1.1-04"));
        auto *files = find<QTreeWidget>(item, "auditItemFiles");
        const QList<QTreeWidgetItem *> log = files->findItems(TamperedLog, Qt::MatchExactly | Qt::MatchRecursive, 3);
        QCOMPARE(log.size(), 1);
        files->setCurrentItem(log.constFirst());
        auto *overlay = find<QLabel>(item, "auditPreviewOverlay");
        QVERIFY(overlay->isVisible());
        QVERIFY2(overlay->text().contains(QStringLiteral("does not match the manifest")), qPrintable(overlay->text()));
        // Above the content, as wide as it, and covering none of it (the changed lines stay readable).
        QCOMPARE(overlay->width(), item->preview()->width());
        const int bandBottom = overlay->mapTo(item, QPoint(0, overlay->height())).y();
        QVERIFY2(bandBottom <= item->preview()->mapTo(item, QPoint(0, 0)).y(), "the band covers the preview");
        page->selectItem(QStringLiteral("S1.1-01"));
        QVERIFY(!overlay->isVisible());

        // The files tab explains its count: payload and tag files.
        const QString counts = find<QLabel>(page, "auditFileCounts")->text();
        QVERIFY2(counts.contains(QStringLiteral("payload file")) && counts.contains(QStringLiteral("tag file")),
                 qPrintable(counts));
    }

    void unreadableArchives_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason"); // part of the message that must be shown
        QTest::newRow("path traversal") << m_hostile << QStringLiteral("..");
        QTest::newRow("random bytes") << m_garbage << QString();
        QTest::newRow("truncated") << m_truncated << QString();
        QTest::newRow("missing file") << m_dir.filePath(QStringLiteral("no-such.zip")) << QStringLiteral("no-such.zip");
    }

    void unreadableArchives()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const QStringList before = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        MainWindow window;
        window.show();
        AuditorPage *page = window.auditorPage();
        QAbstractItemModelTester checklistTester(page->checklistModel(),
                                                 QAbstractItemModelTester::FailureReportingMode::QtTest);
        openAndWait(window, path);
        QCOMPARE(page->result().status, VerificationResult::Status::Unreadable);
        const QString banner = bannerText(window);
        QVERIFY2(banner.startsWith(QStringLiteral("Unreadable or hostile: ")), qPrintable(banner));
        QVERIFY(banner.size() > int(qstrlen("Unreadable or hostile: ")));
        QVERIFY2(banner.contains(reason), qPrintable(banner));
        QCOMPARE(page->checklistModel()->rowCount(), 0);
        QVERIFY(!find<QLabel>(page, "auditSigner")->isVisible());
        QCOMPARE(find<QLabel>(page, "auditProduct")->text(), QStringLiteral("—"));
        // Nothing was written next to the archive (nor above it: evil.txt).
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
        QVERIFY(!QFile::exists(QFileInfo(m_dir.path()).absolutePath() + QStringLiteral("/evil.txt")));
    }

    void cancelVerification()
    {
        // An archive large enough that its verification is still running when cancelled.
        const QString big = m_dir.filePath(QStringLiteral("big-evidence.zip"));
        QByteArray blob(96 << 20, Qt::Uninitialized);
        QRandomGenerator(3).fillRange(reinterpret_cast<quint32 *>(blob.data()), blob.size() / 4);
        exporttest::ZipEdit edit;
        edit.add.insert(m_bag + QStringLiteral("/data/evidence/S1.1-04/003_capture.bin"), blob);
        blob.clear();
        QString error;
        QVERIFY2(exporttest::rewriteZip(m_archive, big, edit, &error), qPrintable(error));

        MainWindow window;
        window.show();
        AuditorPage *page = window.auditorPage();
        QSignalSpy done(page, &AuditorPage::verificationFinished);
        QVERIFY(window.openArchive(big));
        QVERIFY(page->isBusy());
        QVERIFY(find<QPushButton>(page, "auditCancelButton")->isVisible());
        QTest::mouseClick(find<QPushButton>(page, "auditCancelButton"), Qt::LeftButton);
        QVERIFY(done.wait(60000));
        QVERIFY2(bannerText(window).contains(QStringLiteral("cancelled")), qPrintable(bannerText(window)));
        QCOMPARE(page->checklistModel()->rowCount(), 0);

        // The same archive checked to its end: the added file is named.
        openAndWait(window, big);
        QCOMPARE(page->result().status, VerificationResult::Status::NotIntact);
        QVERIFY(bannerText(window).contains(QStringLiteral("003_capture.bin")));
        QCOMPARE(page->fileModel()
                     ->index(page->fileModel()->rowOf(QStringLiteral("data/evidence/S1.1-04/003_capture.bin")),
                             AuditFileModel::StatusColumn)
                     .data()
                     .toString(),
                 QStringLiteral("unlisted"));
    }

private:
    QTemporaryDir m_dir;
    QString m_archive;
    QString m_bag;
    QString m_tampered;
    QString m_hostile;
    QString m_garbage;
    QString m_truncated;
};

QTEST_MAIN(TestAuditor)
#include "testauditor.moc"
