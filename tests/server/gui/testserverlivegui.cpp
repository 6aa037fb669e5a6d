// SPDX-License-Identifier: Apache-2.0
// The desktop window on a server workspace: opened from its address, named with the signed-in
// user, refreshed within a second when someone else changes the declaration on screen, and
// refusing to overwrite an answer someone else saved since it was shown.
// Built only with the desktop application (tests/CMakeLists.txt: server/gui links hoshi_forms).
#include "../../forms/formstest.h"

#include "common/committextedit.h"
#include "common/conflictdialog.h"
#include "common/settings.h"
#include "export/exportdialog.h"
#include "common/messagebox.h"
#include "itempage/itempage.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/openserverdialog.h"
#include "session/session.h"
#include "storage/workspace.h"
#include "storage/location.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace hoshi;
using formstest::find;

class TestServerLiveGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void windowNamesServerAndUser();
    void othersChangeShowsWithinASecond();
    void staleEditIsRefusedAndReloaded();
    void savingKeepsTheWindowResponsive();
    void addressSurvivesRecentList();
    void openServerDialog();

private:
    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<Workspace> m_other; // someone else, on a connection of their own
    qint64 m_declarationId = -1;
    QString m_item;
};

void TestServerLiveGui::initTestCase()
{
    formstest::initApplication();
    if (!testserver::enabled())
        QSKIP("needs the test cluster (HOSHI_TEST_SERVER)");
    QString error;
    m_location = testserver::newWorkspaceLocation(m_dir, QStringLiteral("gui.hoshi"));
    m_other = Workspace::create(m_location, &error);
    QVERIFY2(m_other, qPrintable(error));
    Organisation organisation;
    organisation.name = QStringLiteral("Live Co.");
    Product product;
    product.organisationId = m_other->addOrganisation(organisation, &error);
    product.name = QStringLiteral("Sensor");
    const qint64 productId = m_other->addProduct(product, &error);
    QVERIFY2(productId > 0, qPrintable(error));
    m_declarationId = m_other->addDeclaration(productId, QStringLiteral("JST-CR-01-01-2024R1"), Route::Standard, &error);
    QVERIFY2(m_declarationId > 0, qPrintable(error));
    for (const Assessment &a : m_other->assessments(m_declarationId)) {
        if (!a.vendorScope) {
            m_item = a.itemId;
            break;
        }
    }
}

void TestServerLiveGui::windowNamesServerAndUser()
{
    MainWindow window;
    QVERIFY(window.openWorkspace(m_location));
    QVERIFY(window.session()->workspace()->isServer());
    QVERIFY(window.session()->workspace()->changeFeed());
    const QString database = QUrl(m_location).path().mid(1);
    QVERIFY2(window.windowTitle().contains(database) && window.windowTitle().contains(QLatin1String("hoshi")),
             qPrintable(window.windowTitle()));
    // Readable: the socket folder as a folder, not percent-encoded; the address in the tooltip.
    auto *statusPath = find<QLabel>(&window, "statusPath");
    const QString status = statusPath->text();
    QVERIFY2(status.contains(QLatin1String("signed in as hoshi")) && status.contains(testserver::clusterDir())
                 && status.contains(database) && !status.contains(QLatin1String("%2F")),
             qPrintable(status));
    QCOMPARE(statusPath->toolTip(), window.session()->workspace()->path());
}

void TestServerLiveGui::othersChangeShowsWithinASecond()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openWorkspace(m_location));
    window.showDeclaration(m_declarationId);
    window.showItem(m_item);
    auto *notes = find<QPlainTextEdit>(window.itemPage(), "notesEdit");
    QString error;
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(m_other->setAssessment(m_declarationId, m_item, Verdict::Conforming, QString(),
                                    QStringLiteral("measured on the bench"), &error),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(notes->toPlainText(), QStringLiteral("measured on the bench"), 2000);
    qInfo("someone else's answer was on the item page after %lld ms", clock.elapsed());
    QVERIFY(clock.elapsed() < 1000);
    QCOMPARE(window.session()->assessment(m_item).verdict, Verdict::Conforming);
    QCOMPARE(window.itemPage()->shownVersion(), m_other->assessment(m_declarationId, m_item).rowVersion);
}

void TestServerLiveGui::staleEditIsRefusedAndReloaded()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openWorkspace(m_location));
    window.showDeclaration(m_declarationId);
    window.showItem(m_item);
    auto *notes = find<CommitTextEdit>(window.itemPage(), "notesEdit");
    notes->setIdleCommitDelay(60'000); // committed below, when the test says so
    const qint64 shown = window.itemPage()->shownVersion();
    // The user starts typing; meanwhile someone else saves the same answer.
    notes->setFocus();
    notes->moveCursor(QTextCursor::End);
    formstest::keyText(notes, QStringLiteral(" (mine)"));
    QString error;
    QVERIFY2(m_other->setAssessment(m_declarationId, m_item, Verdict::NonConforming, QString(),
                                    QStringLiteral("theirs"), &error),
             qPrintable(error));
    // The window hears of it, but keeps what is being typed and the version it started from.
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->assessment(m_item).verdict, Verdict::NonConforming, 2000);
    QVERIFY(notes->toPlainText().endsWith(QLatin1String(" (mine)")));
    QCOMPARE(window.itemPage()->shownVersion(), shown);
    const QString mine = notes->toPlainText();
    MessageBox::clearShownMessages();
    window.itemPage()->commitPending();
    // Not saved: the field shows what is stored now, and a dialog shows theirs beside mine.
    QCOMPARE(notes->toPlainText(), QStringLiteral("theirs"));
    QCOMPARE(m_other->assessment(m_declarationId, m_item).notes, QStringLiteral("theirs"));
    QCOMPARE(window.itemPage()->shownVersion(), m_other->assessment(m_declarationId, m_item).rowVersion);
    ConflictDialog *dialog = window.conflictDialog();
    QVERIFY(dialog);
    QVERIFY2(find<QLabel>(dialog, "conflictMessage")->text().contains(QLatin1String("was changed by")),
             qPrintable(find<QLabel>(dialog, "conflictMessage")->text()));
    QCOMPARE(find<QPlainTextEdit>(dialog, "conflictTheirs_notes")->toPlainText(), QStringLiteral("theirs"));
    QCOMPARE(find<QPlainTextEdit>(dialog, "conflictMine_notes")->toPlainText(), mine); // the loser's text is kept
    // The verdict was not mine to change: it is not offered.
    QVERIFY(!dialog->findChild<QWidget *>(QStringLiteral("conflictMine_verdict")));
    // Merge: the result starts as mine and is edited before saving.
    auto *result = find<QPlainTextEdit>(dialog, "conflictResult_notes");
    QCOMPARE(result->toPlainText(), mine);
    result->setPlainText(QStringLiteral("theirs and mine"));
    find<QPushButton>(dialog, "conflictSaveResult")->click();
    QCOMPARE(m_other->assessment(m_declarationId, m_item).notes, QStringLiteral("theirs and mine"));
    QCOMPARE(m_other->assessment(m_declarationId, m_item).verdict, Verdict::NonConforming); // theirs kept
    QTRY_COMPARE(notes->toPlainText(), QStringLiteral("theirs and mine"));
    QVERIFY(MessageBox::shownMessages().isEmpty());
}

// A save on a server writes on the window's connection and then reads the declaration again off
// the GUI thread (as the application does): the window's 5 ms timer keeps ticking. Printed, not
// asserted: how long a tick may be late depends on the machine. What is asserted is that the save
// went through and the page shows it.
void TestServerLiveGui::savingKeepsTheWindowResponsive()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openWorkspace(m_location));
    window.session()->setBackgroundReads(true);
    window.showDeclaration(m_declarationId);
    QTRY_COMPARE(window.session()->currentDeclarationId(), m_declarationId);
    window.showItem(m_item);
    auto *notes = find<CommitTextEdit>(window.itemPage(), "notesEdit");
    notes->setIdleCommitDelay(60'000);
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&] {
        longestGap = std::max(longestGap, sinceTick.restart());
    });
    for (int save = 0; save < 5; ++save) {
        const QString text = QStringLiteral("saved %1").arg(save);
        notes->setPlainText(text);
        sinceTick.start();
        longestGap = 0;
        ticker.start();
        QElapsedTimer clock;
        clock.start();
        window.itemPage()->commitPending();
        const qint64 commitMs = clock.elapsed();
        QTRY_COMPARE(m_other->assessment(m_declarationId, m_item).notes, text);
        QTest::qWait(300); // the reload that follows the save, off the GUI thread
        ticker.stop();
        qInfo("save %d: the commit held the GUI thread %lld ms; longest gap between 5 ms ticks until the"
              " page was read again: %lld ms", save + 1, commitMs, longestGap);
        QCOMPARE(notes->toPlainText(), text);
    }
}

void TestServerLiveGui::addressSurvivesRecentList()
{
    Settings::clearRecentWorkspaces();
    QString stored; // the address as the workspace writes it (without a password)
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(m_location));
        stored = window.session()->workspace()->path();
    }
    // Stored as the address, never as "<folder>/postgresql:/..."; offered by the open-server dialog.
    const QStringList recent = Settings::recentWorkspaces();
    QVERIFY2(WorkspaceLocation::looksLikeServer(recent.value(0)), qPrintable(recent.value(0)));
    QCOMPARE(recent.value(0), stored);
    QCOMPARE(OpenServerDialog::recentServerAddresses(recent), QStringList{stored});
    OpenServerDialog dialog(OpenServerDialog::recentServerAddresses(recent));
    QCOMPARE(find<QListWidget>(&dialog, "recentServers")->count(), 1);
    // An entry mangled by an earlier version is dropped, not offered.
    QSettings().setValue(QStringLiteral("workspaces/recent"),
                         QStringList{QStringLiteral("/home/me/postgresql:/alice@db/team"), stored});
    QCOMPARE(Settings::recentWorkspaces(), QStringList{stored});
    // Opened again from the recent list, it is the same workspace.
    MainWindow window;
    QVERIFY(window.openWorkspace(Settings::recentWorkspaces().value(0)));
    QVERIFY(window.session()->workspace()->isServer());
    // The export dialog offers a real folder, not one named after the address.
    window.showDeclaration(m_declarationId);
    window.exportDeclaration();
    QVERIFY(window.exportDialog());
    const QString folder = find<QLineEdit>(window.exportDialog(), "outputFolderEdit")->text();
    QVERIFY2(QFileInfo(folder).isDir() && !folder.contains(QLatin1String("postgresql")), qPrintable(folder));
}

void TestServerLiveGui::openServerDialog()
{
    const QStringList recent{QStringLiteral("/home/me/a.hoshi"), QStringLiteral("postgresql://db.example/hoshi")};
    QCOMPARE(OpenServerDialog::recentServerAddresses(recent), QStringList{recent.at(1)});
    OpenServerDialog dialog(OpenServerDialog::recentServerAddresses(recent));
    auto *address = find<QLineEdit>(&dialog, "serverAddress");
    QVERIFY(address->placeholderText().startsWith(QLatin1String("postgresql://")));
    address->setText(QStringLiteral("/not/a/server.hoshi"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open, with the problem shown
    QVERIFY(!find<QLabel>(&dialog, "serverAddressProblem")->isHidden());
    address->setText(m_location);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.address(), m_location);
}

QTEST_MAIN(TestServerLiveGui)
#include "testserverlivegui.moc"

