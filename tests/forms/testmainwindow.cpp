// SPDX-License-Identifier: Apache-2.0
// The main window around the walkthrough: live language switching, recent workspaces,
// the demo, read-only workspaces and the lock a second opener meets.
#include "formstest.h"

#include "checklist/checklistmodel.h"
#include "checklist/checklistpage.h"
#include "common/settings.h"
#include "evidence/evidenceeditor.h"
#include "itempage/itempage.h"
#include "session/evidenceimporter.h"
#include "mainwindow/mainwindow.h"
#include "session/session.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>

using namespace hoshi;
using formstest::find;

namespace {

// Marks every translated string, so that a test can see which texts followed a switch.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        Q_UNUSED(context);
        Q_UNUSED(disambiguation);
        QString text = QString::fromUtf8(source);
        if (n >= 0)
            text.replace(QLatin1String("%n"), QString::number(n));
        return QStringLiteral("«") + text;
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { formstest::initApplication(); }

    void demoAndLiveLanguageSwitch()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDemo());
        QCOMPARE(window.currentPage(), MainWindow::Page::Checklist);
        QVERIFY(window.session()->blockingCount() > 0); // the in-progress declaration
        QVERIFY(window.windowTitle().contains(MainWindow::tr("Demo workspace")));

        // The language menu remembers the choice and asks the application to switch.
        QSignalSpy requested(&window, &MainWindow::languageRequested);
        find<QAction>(&window, "actionLanguageJapanese")->trigger();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.constFirst().constFirst().toString(), QStringLiteral("ja"));
        QCOMPARE(Settings::language(), QStringLiteral("ja"));

        // Switching retranslates what is on screen without a restart: menus, headers,
        // the problem panel and the gate's messages (re-read from the core).
        MarkingTranslator marker;
        QCoreApplication::installTranslator(&marker);
        QTRY_VERIFY(window.menuBar()->actions().constFirst()->text().startsWith(QStringLiteral("«")));
        QVERIFY(window.checklistPage()->model()->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString().startsWith(
            QStringLiteral("«")));
        QVERIFY(find<QLabel>(&window, "problemsSummary")->text().startsWith(QStringLiteral("«")));
        QVERIFY(window.session()->problems().constFirst().message.startsWith(QStringLiteral("«")));
        window.showItem(QStringLiteral("S1.1-01"));
        QVERIFY(find<QAbstractButton>(window.itemPage(), "verdictConforming")->text().startsWith(QStringLiteral("«")));
        QCoreApplication::removeTranslator(&marker);
        QTRY_VERIFY(!window.menuBar()->actions().constFirst()->text().startsWith(QStringLiteral("«")));
        Settings::setLanguage(QString());
    }

    void recentWorkspacesAndLock()
    {
        Settings::clearRecentWorkspaces();
        const QString path = m_dir.filePath(QStringLiteral("recent.hoshi"));
        {
            MainWindow first;
            QVERIFY(first.createWorkspace(path));
            QCOMPARE(Settings::recentWorkspaces().value(0), QFileInfo(path).absoluteFilePath());

            // A second window meets the lock: a clear message, and nothing opened.
            MessageBox::clearShownMessages();
            MainWindow second;
            QVERIFY(!second.openWorkspace(path));
            QCOMPARE(MessageBox::shownMessages().size(), 1);
            QVERIFY2(MessageBox::shownMessages().constFirst().contains(QLatin1String("read-only")),
                     qPrintable(MessageBox::shownMessages().constFirst()));
            QVERIFY(!second.session()->hasWorkspace());
            // Read-only still works while the other window writes.
            QVERIFY(second.openWorkspace(path, true));
            QVERIFY(second.session()->isReadOnly());
            QVERIFY(second.windowTitle().contains(QLatin1String("read-only")));
            QVERIFY(!find<QAction>(&second, "actionNewOrganisation")->isEnabled());
        }
        MessageBox::clearShownMessages();
        MainWindow again;
        QVERIFY(again.openWorkspace(path)); // the lock went with the first window
        QVERIFY(MessageBox::shownMessages().isEmpty());
    }

    void readOnlyViewEditsNothing()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDemo());
        window.setReadOnlyView(true); // what the auditor mode will use
        window.showItem(QStringLiteral("S1.1-08"));
        QVERIFY(!find<QAbstractButton>(window.itemPage(), "verdictConforming")->isEnabled());
        QVERIFY(!find<QAction>(&window, "actionConforming")->isEnabled());
        find<QAction>(&window, "actionConforming")->trigger();
        QCOMPARE(window.session()->assessment(QStringLiteral("S1.1-08")).verdict, Verdict::NotAssessed);
    }

    void switchingWorkspaceStopsAnImport()
    {
        MainWindow window;
        QVERIFY(window.createWorkspace(m_dir.filePath(QStringLiteral("import.hoshi"))));
        Session *session = window.session();
        const qint64 product = session->addProduct(session->addOrganisation(QStringLiteral("O")), QStringLiteral("P"));
        window.showDeclaration(session->addDeclaration(product, QStringLiteral("JST-CR-01-01-2024R1"), Route::Standard));
        const qint64 evidence = session->addEvidence({QStringLiteral("S1.1-04")}, EvidenceKind::DeviceTest);
        const QString big = m_dir.filePath(QStringLiteral("big.bin"));
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray block(1 << 20, 'x');
        for (int i = 0; i < 64; ++i)
            f.write(block);
        f.close();
        window.showEvidence(evidence);
        window.evidenceEditor()->attachFiles({big});
        QVERIFY(window.evidenceEditor()->importer()->isRunning());

        // Leaving the workspace asks before cancelling; "No" keeps everything as it is.
        MessageBox::clearShownMessages();
        MessageBox::setNextAnswer(QMessageBox::No);
        QVERIFY(!window.openDemo());
        QCOMPARE(MessageBox::shownMessages().size(), 1);
        QVERIFY(session->workspace()->path().endsWith(QLatin1String("import.hoshi")));
        if (window.evidenceEditor()->importer()->isRunning()) {
            MessageBox::setNextAnswer(QMessageBox::Yes);
            QVERIFY(window.openDemo());
            QVERIFY(!window.evidenceEditor()->importer()->isRunning());
        }
        QFile::remove(big);
    }

    void brokenWorkspaceFileIsReported()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.hoshi"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a workspace");
        f.close();
        MessageBox::clearShownMessages();
        MainWindow window;
        QVERIFY(!window.openWorkspace(path));
        QCOMPARE(MessageBox::shownMessages().size(), 1);
        QCOMPARE(window.currentPage(), MainWindow::Page::Welcome);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestMainWindow)
#include "testmainwindow.moc"
