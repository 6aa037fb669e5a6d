// SPDX-License-Identifier: Apache-2.0
// The export dialog in the main window: the demo's complete declaration exported (signed, with
// a key pair made in the dialog) and verified intact on disk; the in-progress declaration
// refused with its blocking problems, one of which jumps to its item; a declaration that starts
// blocking while the dialog is open refused by the core; and cancel leaving nothing behind.
#include "formstest.h"

#include "checklist/checklistpage.h"
#include "common/desktop.h"
#include "common/filedialog.h"
#include "demo/demoworkspace.h"
#include "export/exportdialog.h"
#include "itempage/itempage.h"
#include "mainwindow/mainwindow.h"
#include "session/session.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace hoshi;
using formstest::find;

namespace {

void click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(button->objectName()));
    QTest::mouseClick(button, Qt::LeftButton);
}

// Everything in a folder, recursively, as relative paths (to show that nothing was written).
QStringList contents(const QString &folder)
{
    QStringList names;
    const QDir dir(folder);
    for (const QFileInfo &info : dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        names << info.fileName();
    return names;
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        formstest::initApplication();
        Desktop::setRecording(true);
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("demo.hoshi"));
        QString error;
        QVERIFY2(DemoWorkspace::create(m_workspace, &m_ids, &error), qPrintable(error));
    }

    void exportsCompleteDeclaration()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(m_workspace));
        window.showDeclaration(m_ids.completeDeclaration);
        QCOMPARE(window.session()->blockingCount(), 0);

        // From the checklist page's button.
        click(find<QPushButton>(window.checklistPage(), "checklistExportButton"));
        ExportDialog *dialog = window.exportDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->state(), ExportDialog::State::Options);
        QVERIFY(find<QLabel>(dialog, "gateLabel")->text().contains(QStringLiteral("Nothing blocks")));

        const QString out = m_dir.filePath(QStringLiteral("out-complete"));
        QVERIFY(QDir().mkpath(out));
        FileDialog::setNextFileName(out);
        click(find<QPushButton>(dialog, "chooseFolderButton"));
        QCOMPARE(QDir::fromNativeSeparators(find<QLineEdit>(dialog, "outputFolderEdit")->text()), out);

        // Without outputs there is nothing to export.
        find<QCheckBox>(dialog, "packageCheck")->setChecked(false);
        find<QCheckBox>(dialog, "archiveCheck")->setChecked(false);
        QVERIFY(!find<QPushButton>(dialog, "exportButton")->isEnabled());
        find<QCheckBox>(dialog, "packageCheck")->setChecked(true);
        find<QCheckBox>(dialog, "archiveCheck")->setChecked(true);

        // Signing without key and certificate cannot start.
        find<QCheckBox>(dialog, "signCheck")->setChecked(true);
        QVERIFY(!find<QPushButton>(dialog, "exportButton")->isEnabled());
        find<QCheckBox>(dialog, "signCheck")->setChecked(false);
        QVERIFY(!find<QLineEdit>(dialog, "signKeyEdit")->isEnabled());

        // A key pair made from the dialog fills the signing fields and switches signing on.
        const QString keys = m_dir.filePath(QStringLiteral("keys"));
        QVERIFY(QDir().mkpath(keys));
        FileDialog::setNextFileName(keys);
        click(find<QPushButton>(dialog, "createKeyButton"));
        QVERIFY(find<QCheckBox>(dialog, "signCheck")->isChecked());
        QCOMPARE(QDir::fromNativeSeparators(find<QLineEdit>(dialog, "signKeyEdit")->text()),
                 keys + QStringLiteral("/hoshi-signing-key.pem"));
        QVERIFY(QFile::exists(keys + QStringLiteral("/hoshi-signing-cert.pem")));
        QVERIFY(find<QLabel>(dialog, "keyInfoLabel")->text().contains(QStringLiteral("SHA-256")));
        // A second key pair in the same folder is refused (never replaced), and said so.
        FileDialog::setNextFileName(keys);
        click(find<QPushButton>(dialog, "createKeyButton"));
        QVERIFY(!find<QLabel>(dialog, "keyInfoLabel")->text().contains(QStringLiteral("fingerprint")));

        QSignalSpy finished(dialog, &ExportDialog::exportFinished);
        QSignalSpy progress(dialog->runner(), &ExportRunner::progress);
        click(find<QPushButton>(dialog, "exportButton"));
        QCOMPARE(dialog->state(), ExportDialog::State::Running);
        QVERIFY(find<QProgressBar>(dialog, "exportProgress")->isVisible());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);
        QCOMPARE(dialog->state(), ExportDialog::State::Done);
        QVERIFY(progress.count() > 0);

        // The written files are listed and exist.
        const ExportJob::Outcome &outcome = dialog->result().outcome;
        QCOMPARE(outcome.writtenPaths().size(), 3);
        auto *list = find<QTreeWidget>(dialog, "writtenList");
        QCOMPARE(list->topLevelItemCount(), 3);
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QString path = list->topLevelItem(i)->data(0, Qt::UserRole).toString();
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
            QVERIFY(path.startsWith(out));
        }
        QVERIFY(outcome.archive.path.endsWith(QStringLiteral("-evidence.zip")));
        QVERIFY(QFileInfo(outcome.package.folder).isDir());
        QVERIFY(QFileInfo::exists(QDir(outcome.package.folder).filePath(QStringLiteral("checklist.pdf"))));
        QVERIFY(contents(out).filter(QStringLiteral(".partial")).isEmpty());
        // The declaration now says it was exported.
        QCOMPARE(window.session()->workspace()->declaration(m_ids.completeDeclaration)->state, DeclarationState::Exported);

        // The archive on disk was verified: intact and signed.
        const VerificationResult &v = dialog->result().verification;
        QVERIFY(dialog->result().verified);
        QCOMPARE(v.status, VerificationResult::Status::Intact);
        QCOMPARE(v.signature.state, SignatureInfo::State::Valid);
        const QString verification = find<QLabel>(dialog, "verificationLabel")->text();
        QVERIFY2(verification.contains(QStringLiteral("Intact")), qPrintable(verification));
        QVERIFY2(verification.contains(QStringLiteral("signature valid")), qPrintable(verification));

        Desktop::clearOpenedUrls();
        click(find<QPushButton>(dialog, "openFolderButton"));
        QCOMPARE(Desktop::openedUrls(), QList<QUrl>{QUrl::fromLocalFile(out)});

        click(find<QPushButton>(dialog, "closeButton"));
        QTRY_VERIFY(!window.exportDialog());
    }

    void blockedDeclarationShowsProblemsAndWritesNothing()
    {
        MainWindow window;
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openWorkspace(m_workspace));
        window.showDeclaration(m_ids.inProgressDeclaration);
        const int blocking = window.session()->blockingCount();
        QVERIFY(blocking > 0);
        const QString out = m_dir.filePath(QStringLiteral("out-blocked"));
        QVERIFY(QDir().mkpath(out));
        FileDialog::setNextFileName(QString()); // no dialog may ask for anything

        // By the documented shortcut.
        auto *action = find<QAction>(&window, "actionExport");
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
        QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(window.exportDialog());
        ExportDialog *dialog = window.exportDialog();
        dialog->setOutputDirectory(out);
        QCOMPARE(dialog->state(), ExportDialog::State::Blocked);
        QVERIFY(!find<QPushButton>(dialog, "exportButton")->isVisible());
        QVERIFY(find<QLabel>(dialog, "blockedLabel")->isVisible());
        auto *list = find<QListWidget>(dialog, "blockedList");
        QCOMPARE(list->count(), blocking);
        dialog->startExport(); // refused: nothing to start from this state
        QCOMPARE(dialog->state(), ExportDialog::State::Blocked);
        QVERIFY(contents(out).isEmpty());

        // A click on a problem of an item goes to that item, as the problem panel does.
        int row = -1;
        QString itemId;
        for (int i = 0; i < window.session()->problems().size() && row < 0; ++i) {
            const GateProblem &p = window.session()->problems().at(i);
            if (!p.isBlocking() || p.itemId.isEmpty())
                continue;
            for (int j = 0; j < list->count(); ++j) {
                if (list->item(j)->text() == p.message) {
                    row = j;
                    itemId = p.itemId;
                    break;
                }
            }
        }
        QVERIFY(row >= 0);
        QListWidgetItem *item = list->item(row);
        list->scrollToItem(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
        QTRY_VERIFY(!window.exportDialog());
        QCOMPARE(window.currentPage(), MainWindow::Page::Item);
        QCOMPARE(window.currentItemId(), itemId);
        QVERIFY(contents(out).isEmpty());
    }

    void coreRefusesWhatStartedToBlock()
    {
        // The gate runs again in the core when the export starts: a declaration that became
        // blocked behind the dialog's back is refused there, and the dialog shows why.
        const QString copy = m_dir.filePath(QStringLiteral("refuse.hoshi"));
        QVERIFY(QFile::copy(m_workspace, copy));
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(copy));
        window.showDeclaration(m_ids.completeDeclaration);
        window.exportDeclaration();
        ExportDialog *dialog = window.exportDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->state(), ExportDialog::State::Options);
        const QString out = m_dir.filePath(QStringLiteral("out-refused"));
        QVERIFY(QDir().mkpath(out));
        dialog->setOutputDirectory(out);
        window.session()->setVerdict(QStringLiteral("S1.1-02"), Verdict::NonConforming);
        QSignalSpy finished(dialog, &ExportDialog::exportFinished);
        click(find<QPushButton>(dialog, "exportButton"));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
        QCOMPARE(dialog->state(), ExportDialog::State::Blocked);
        QVERIFY(dialog->result().outcome.blocked);
        QVERIFY(find<QListWidget>(dialog, "blockedList")->count() > 0);
        QVERIFY(contents(out).isEmpty());
    }

    void cancelLeavesNothing()
    {
        // Enough evidence that the archive streams for a while: cancel lands mid-archive, after
        // the package was written, so the job must take the package back out too.
        const QString copy = m_dir.filePath(QStringLiteral("big.hoshi"));
        QVERIFY(QFile::copy(m_workspace, copy));
        {
            QString error;
            std::unique_ptr<Workspace> ws = Workspace::open(copy, Workspace::Access::ReadWrite, &error);
            QVERIFY2(ws, qPrintable(error));
            const std::optional<DeclarationSnapshot> s =
                ws->snapshot(m_ids.completeDeclaration, Workspace::ContentCheck::Skip, &error);
            QVERIFY2(s, qPrintable(error));
            qint64 evidenceId = -1;
            for (const QList<Evidence> &list : s->evidence) {
                for (const Evidence &e : list) {
                    if (e.kind == EvidenceKind::DeviceTest)
                        evidenceId = e.id;
                }
            }
            QVERIFY(evidenceId > 0);
            const QString big = m_dir.filePath(QStringLiteral("capture.pcap"));
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray block(1 << 20, Qt::Uninitialized);
            QRandomGenerator random(11);
            for (int i = 0; i < 128; ++i) {
                random.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
                f.write(block);
            }
            f.close();
            QVERIFY2(ws->attachFile(evidenceId, big, &error) > 0, qPrintable(error));
        }
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(copy));
        window.showDeclaration(m_ids.completeDeclaration);
        QCOMPARE(window.session()->blockingCount(), 0);
        window.exportDeclaration();
        ExportDialog *dialog = window.exportDialog();
        QVERIFY(dialog);
        const QString out = m_dir.filePath(QStringLiteral("out-cancel"));
        QVERIFY(QDir().mkpath(out));
        dialog->setOutputDirectory(out);

        // Cancel as soon as the archive is being written (the package is done by then).
        bool clicked = false;
        connect(dialog->runner(), &ExportRunner::progress, dialog, [&](int, ExportRunner::Phase phase) {
            if (phase == ExportRunner::Phase::Archive && !clicked) {
                clicked = true;
                QTest::mouseClick(find<QPushButton>(dialog, "cancelExportButton"), Qt::LeftButton);
            }
        });
        QSignalSpy finished(dialog, &ExportDialog::exportFinished);
        click(find<QPushButton>(dialog, "exportButton"));
        QVERIFY(finished.wait(120000));
        QVERIFY(clicked);
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
        QVERIFY(dialog->result().cancelled);
        QCOMPARE(dialog->state(), ExportDialog::State::Options);
        auto *message = find<QLabel>(dialog, "exportMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("cancelled")), qPrintable(message->text()));
        // Nothing under the final names, and no partial file either.
        QVERIFY2(contents(out).isEmpty(), qPrintable(contents(out).join(QLatin1Char(' '))));

        // The same dialog can export afterwards.
        disconnect(dialog->runner(), &ExportRunner::progress, dialog, nullptr);
        finished.clear();
        click(find<QPushButton>(dialog, "exportButton"));
        QVERIFY(finished.wait(120000));
        QCOMPARE(dialog->state(), ExportDialog::State::Done);
        QCOMPARE(dialog->result().verification.status, VerificationResult::Status::Intact);
        QCOMPARE(contents(out).size(), 3);
    }

    void readOnlyWorkspaceExports()
    {
        // An export only reads: a workspace opened read-only (no lock) exports too, its worker
        // opening the file read-only as well.
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(m_workspace, true));
        QVERIFY(window.session()->isReadOnly());
        window.showDeclaration(m_ids.completeDeclaration);
        QVERIFY(find<QAction>(&window, "actionExport")->isEnabled());
        window.exportDeclaration();
        ExportDialog *dialog = window.exportDialog();
        QVERIFY(dialog);
        const QString out = m_dir.filePath(QStringLiteral("out-read-only"));
        QVERIFY(QDir().mkpath(out));
        dialog->setOutputDirectory(out);
        find<QCheckBox>(dialog, "archiveCheck")->setChecked(false);
        QVERIFY(!find<QGroupBox>(dialog, "signGroup")->isEnabled());
        QSignalSpy finished(dialog, &ExportDialog::exportFinished);
        click(find<QPushButton>(dialog, "exportButton"));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);
        QCOMPARE(dialog->state(), ExportDialog::State::Done);
        // Package only: nothing to verify, and no archive written.
        QVERIFY(!find<QLabel>(dialog, "verificationLabel")->isVisible());
        QCOMPARE(contents(out).size(), 2);
        QVERIFY(contents(out).filter(QStringLiteral("evidence")).isEmpty());
    }

    void uncreatableFolderIsReported()
    {
        // A missing folder is created; one under a regular file can not be, and is reported.
        QFile blocker(m_dir.filePath(QStringLiteral("gone")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(m_workspace));
        window.showDeclaration(m_ids.completeDeclaration);
        window.exportDeclaration();
        ExportDialog *dialog = window.exportDialog();
        QVERIFY(dialog);
        dialog->setOutputDirectory(m_dir.filePath(QStringLiteral("gone/sub")));
        QSignalSpy finished(dialog, &ExportDialog::exportFinished);
        click(find<QPushButton>(dialog, "exportButton"));
        QVERIFY(finished.wait(60000));
        QCOMPARE(dialog->state(), ExportDialog::State::Options);
        auto *message = find<QLabel>(dialog, "exportMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("gone")), qPrintable(message->text()));
        QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("gone"))).isFile());
    }

    void closingWhileRunningCancels()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(m_dir.filePath(QStringLiteral("big.hoshi"))));
        window.showDeclaration(m_ids.completeDeclaration);
        window.exportDeclaration();
        QPointer<ExportDialog> dialog = window.exportDialog();
        QVERIFY(dialog);
        const QString out = m_dir.filePath(QStringLiteral("out-close"));
        QVERIFY(QDir().mkpath(out));
        dialog->setOutputDirectory(out);
        click(find<QPushButton>(dialog, "exportButton"));
        QCOMPARE(dialog->state(), ExportDialog::State::Running);
        dialog->reject(); // Esc or the window's close button
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 120000);
        QVERIFY2(contents(out).isEmpty(), qPrintable(contents(out).join(QLatin1Char(' '))));
    }

    void quittingWhileRunningCancels()
    {
        const QString out = m_dir.filePath(QStringLiteral("out-quit"));
        QVERIFY(QDir().mkpath(out));
        {
            MainWindow window;
            window.show();
            QVERIFY(window.openWorkspace(m_dir.filePath(QStringLiteral("big.hoshi"))));
            window.showDeclaration(m_ids.completeDeclaration);
            window.exportDeclaration();
            ExportDialog *dialog = window.exportDialog();
            QVERIFY(dialog);
            dialog->setOutputDirectory(out);
            click(find<QPushButton>(dialog, "exportButton"));
            QCOMPARE(dialog->state(), ExportDialog::State::Running);
        } // the window goes (application quit) while the worker writes
        QVERIFY2(contents(out).isEmpty(), qPrintable(contents(out).join(QLatin1Char(' '))));
    }

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    DemoIds m_ids;
};

QTEST_MAIN(TestExportDialog)
#include "testexportdialog.moc"
