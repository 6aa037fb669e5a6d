// SPDX-License-Identifier: Apache-2.0
// The desktop window as an auditor and as a preparer on a server with users and roles: what the
// role may not do is read-only or disabled with the reason; a write the server refuses is said in
// the user's language (the server's text only as details) and the fields show what is stored; an
// auditor's export says that it was not recorded instead of "Export complete".
#include "../../forms/formstest.h"

#include "common/committextedit.h"
#include "demo/demoworkspace.h"
#include "export/exportdialog.h"
#include "itempage/itempage.h"
#include "mainwindow/connectionwatch.h"
#include "mainwindow/mainwindow.h"
#include "session/session.h"
#include "storage/serveraccess.h"
#include "storage/workspace.h"
#include "testserver.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace hoshi;
using formstest::find;

class TestServerRolesGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void auditorSeesReadOnly();
    void preparerCannotApprove();
    void refusedWriteIsTranslatedAndRestored();
    void auditorExportSaysWhatWasNotDone();

private:
    [[nodiscard]] QString as(const char *user) const
    {
        return testserver::url(QUrl(m_url).path().mid(1), QLatin1String(user));
    }
    void openAt(MainWindow &window, const char *user)
    {
        window.show();
        QVERIFY(window.openWorkspace(as(user)));
        window.showDeclaration(m_demo.completeDeclaration);
        window.showItem(m_item);
    }

    QTemporaryDir m_dir;
    QString m_url;
    DemoIds m_demo;
    QString m_item;
    std::unique_ptr<ServerAccess> m_access;
};

void TestServerRolesGui::initTestCase()
{
    formstest::initApplication();
    if (!testserver::enabled())
        QSKIP("needs the test cluster (HOSHI_TEST_SERVER)");
    QString error;
    m_url = testserver::createDatabase(&error);
    QVERIFY2(!m_url.isEmpty(), qPrintable(error));
    {
        std::unique_ptr<Workspace> ws = Workspace::create(m_url, &error);
        QVERIFY2(ws, qPrintable(error));
        QVERIFY2(DemoWorkspace::write(*ws, &m_demo, &error), qPrintable(error));
        for (const Assessment &a : ws->assessments(m_demo.completeDeclaration)) {
            if (!a.vendorScope && !a.notes.isEmpty()) {
                m_item = a.itemId;
                break;
            }
        }
        QVERIFY(!m_item.isEmpty());
    }
    m_access = ServerAccess::connect(m_url, &error);
    QVERIFY2(m_access && m_access->initialise(&error), qPrintable(error));
    for (const char *user : {"gui_preparer", "gui_auditor", "gui_turncoat"}) {
        QVERIFY2(testserver::exec(m_url, {QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1')"
                                                         " THEN CREATE ROLE %1 LOGIN; END IF; END $$").arg(QLatin1String(user))},
                                  &error),
                 qPrintable(error));
    }
    const qint64 org = m_demo.organisation;
    QVERIFY2(m_access->grant(QStringLiteral("gui_preparer"), org, ServerAccess::Role::Preparer, &error), qPrintable(error));
    QVERIFY2(m_access->grant(QStringLiteral("gui_auditor"), org, ServerAccess::Role::Auditor, &error), qPrintable(error));
    QVERIFY2(m_access->grant(QStringLiteral("gui_turncoat"), org, ServerAccess::Role::Preparer, &error), qPrintable(error));
}

void TestServerRolesGui::auditorSeesReadOnly()
{
    MainWindow window;
    openAt(window, "gui_auditor");
    QCOMPARE(window.session()->roles().roleIn(m_demo.organisation), ServerRoles::Role::Auditor);
    QVERIFY(window.session()->isReadOnly());
    auto *banner = find<QLabel>(&window, "serverStateBanner");
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("auditor")), qPrintable(banner->text()));
    QVERIFY(find<CommitTextEdit>(window.itemPage(), "notesEdit")->isReadOnly());
    QVERIFY(!find<QAbstractButton>(window.itemPage(), "verdictConforming")->isEnabled());
    QVERIFY(!find<QPushButton>(window.itemPage(), "addDocumentButton")->isEnabled());
    auto *approve = find<QPushButton>(&window, "approveButton");
    QVERIFY(!approve->isEnabled());
    QVERIFY2(approve->toolTip().contains(QLatin1String("auditor")), qPrintable(approve->toolTip()));
}

void TestServerRolesGui::preparerCannotApprove()
{
    MainWindow window;
    openAt(window, "gui_preparer");
    QVERIFY(!window.session()->isReadOnly());
    QVERIFY(!find<CommitTextEdit>(window.itemPage(), "notesEdit")->isReadOnly());
    QVERIFY(find<QLabel>(&window, "serverStateBanner")->isHidden());
    auto *approve = find<QPushButton>(&window, "approveButton");
    QVERIFY(!approve->isEnabled());
    QVERIFY2(approve->toolTip().contains(QLatin1String("Only a reviewer")), qPrintable(approve->toolTip()));
    // Asked anyway (a shortcut, a script of the window), the session refuses with the reason.
    QString error;
    QVERIFY(!window.session()->signOff(Session::SignOffStep::Approve, QString(), &error));
    QVERIFY2(error.contains(QLatin1String("Only a reviewer")) && !error.contains(QLatin1String("ERROR")), qPrintable(error));
}

void TestServerRolesGui::refusedWriteIsTranslatedAndRestored()
{
    MainWindow window;
    openAt(window, "gui_turncoat");
    auto *notes = find<CommitTextEdit>(window.itemPage(), "notesEdit");
    notes->setIdleCommitDelay(60'000);
    QVERIFY(!notes->isReadOnly());
    const QString stored = notes->toPlainText();
    // Behind the window's back the owner makes the user an auditor: the server now refuses.
    QString error;
    QVERIFY2(m_access->grant(QStringLiteral("gui_turncoat"), m_demo.organisation, ServerAccess::Role::Auditor, &error),
             qPrintable(error));
    QVERIFY2(testserver::exec(m_url, {QStringLiteral("REVOKE hoshi_preparer FROM gui_turncoat")}, &error), qPrintable(error));
    notes->setFocus();
    notes->moveCursor(QTextCursor::End);
    formstest::keyText(notes, QStringLiteral(" refused"));
    MessageBox::clearShownMessages();
    window.itemPage()->commitPending();
    const QStringList messages = MessageBox::shownMessages();
    QVERIFY2(messages.size() == 1, qPrintable(messages.join(QLatin1Char('\n'))));
    for (const char *raw : {"ERROR", "42501", "QPSQL", "permission denied for table"})
        QVERIFY2(!messages.first().contains(QLatin1String(raw)), qPrintable(messages.first()));
    QVERIFY2(messages.first().contains(QLatin1String("may read it but not change it")), qPrintable(messages.first()));
    QVERIFY2(MessageBox::shownDetails().value(0).contains(QLatin1String("42501")),
             qPrintable(MessageBox::shownDetails().join(QLatin1Char('\n'))));
    QCOMPARE(notes->toPlainText(), stored); // the stored value again, not the refused one
    QVERIFY2(testserver::exec(m_url, {QStringLiteral("GRANT hoshi_preparer TO gui_turncoat")}, &error), qPrintable(error));
    QVERIFY2(m_access->grant(QStringLiteral("gui_turncoat"), m_demo.organisation, ServerAccess::Role::Preparer, &error),
             qPrintable(error));
}

void TestServerRolesGui::auditorExportSaysWhatWasNotDone()
{
    MainWindow window;
    openAt(window, "gui_auditor");
    window.exportDeclaration();
    ExportDialog *dialog = window.exportDialog();
    QVERIFY(dialog);
    // A server workspace has no folder of its own: the default is a real folder.
    const QString folder = find<QLineEdit>(dialog, "outputFolderEdit")->text();
    QVERIFY2(QFileInfo(folder).isDir() && !folder.contains(QLatin1String("postgresql:")), qPrintable(folder));
    const QString out = m_dir.filePath(QStringLiteral("auditor-export"));
    QVERIFY(QDir().mkpath(out));
    dialog->setOutputDirectory(out);
    MessageBox::clearShownMessages();
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    find<QPushButton>(dialog, "exportButton")->click();
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    const QString result = find<QLabel>(dialog, "resultLabel")->text();
    QVERIFY2(!result.contains(QLatin1String("Export complete")) && result.contains(QLatin1String("not recorded")),
             qPrintable(result));
    QVERIFY2(MessageBox::shownMessages().isEmpty(), qPrintable(MessageBox::shownMessages().join(QLatin1Char('\n'))));
    QVERIFY(!QDir(out).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

QTEST_MAIN(TestServerRolesGui)
#include "testserverrolesgui.moc"
