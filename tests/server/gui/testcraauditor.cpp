// SPDX-License-Identifier: Apache-2.0
// The CRA fields on a server with users and roles: an auditor sees them read-only with the reason
// (and the server refuses the write anyway), a preparer changes them, the change is in the history
// and the table has its access rule on the server.
#include "../../forms/formstest.h"

#include "cra/crafieldseditor.h"
#include "cra/crareadinesspage.h"
#include "cra/crarecord.h"
#include "demo/demoworkspace.h"
#include "mainwindow/mainwindow.h"
#include "session/session.h"
#include "storage/serveraccess.h"
#include "storage/workspace.h"
#include "testserver.h"

#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace hoshi;
using formstest::find;

class TestCraAuditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void auditorCannotEdit();
    void preparerEditsWithHistory();

private:
    [[nodiscard]] QString as(const char *user) const
    {
        return testserver::url(QUrl(m_url).path().mid(1), QLatin1String(user));
    }
    void openAt(MainWindow &window, const char *user)
    {
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openWorkspace(as(user)));
        window.showDeclaration(m_demo.completeDeclaration);
        window.showCraReadiness();
    }

    QTemporaryDir m_dir;
    QString m_url;
    DemoIds m_demo;
    std::unique_ptr<ServerAccess> m_access;
};

void TestCraAuditor::initTestCase()
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
    }
    m_access = ServerAccess::connect(m_url, &error);
    QVERIFY2(m_access && m_access->initialise(&error), qPrintable(error));
    for (const char *user : {"cra_preparer", "cra_auditor"}) {
        QVERIFY2(testserver::exec(m_url, {QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1')"
                                                         " THEN CREATE ROLE %1 LOGIN; END IF; END $$").arg(QLatin1String(user))},
                                  &error),
                 qPrintable(error));
    }
    QVERIFY2(m_access->grant(QStringLiteral("cra_preparer"), m_demo.organisation, ServerAccess::Role::Preparer, &error),
             qPrintable(error));
    QVERIFY2(m_access->grant(QStringLiteral("cra_auditor"), m_demo.organisation, ServerAccess::Role::Auditor, &error),
             qPrintable(error));
}

void TestCraAuditor::auditorCannotEdit()
{
    MainWindow window;
    openAt(window, "cra_auditor");
    QVERIFY(window.session()->isReadOnly());
    auto *save = find<QPushButton>(&window, "craSaveButton");
    QVERIFY(!save->isEnabled());
    QVERIFY2(save->toolTip().contains(QLatin1String("auditor")), qPrintable(save->toolTip()));
    QVERIFY(find<QLineEdit>(&window, "cra_sbom_reference")->isReadOnly());
    QVERIFY(!find<QWidget>(&window, "cra_conformity_module")->isEnabled());
    QVERIFY(find<QLabel>(&window, "craReadOnlyNote")->text().contains(QLatin1String("auditor")));
    QVERIFY(!window.craReadinessPage()->saveFields());
    // The page only shapes the screen: the server itself refuses the auditor's write.
    QString error;
    std::unique_ptr<Workspace> auditor = Workspace::open(as("cra_auditor"), Workspace::Access::ReadWrite, &error);
    QVERIFY2(auditor, qPrintable(error));
    CraRecord record = *auditor->craRecord(m_demo.completeDeclaration);
    record.sbomReference = QStringLiteral("written by an auditor");
    QVERIFY(!auditor->setCraRecord(record, -1, &error));
    QVERIFY2(!error.isEmpty(), "refused without a message");
    std::unique_ptr<Workspace> owner = Workspace::open(m_url, Workspace::Access::ReadOnly, &error);
    QVERIFY2(owner, qPrintable(error));
    QVERIFY(owner->craRecord(m_demo.completeDeclaration)->sbomReference.isEmpty());
}

void TestCraAuditor::preparerEditsWithHistory()
{
    MainWindow window;
    openAt(window, "cra_preparer");
    QVERIFY(!window.session()->isReadOnly());
    auto *sbom = find<QLineEdit>(&window, "cra_sbom_reference");
    QVERIFY(!sbom->isReadOnly());
    sbom->setText(QStringLiteral("sbom/cam.cdx.json"));
    QVERIFY(window.craReadinessPage()->saveFields());
    QString error;
    std::unique_ptr<Workspace> owner = Workspace::open(m_url, Workspace::Access::ReadOnly, &error);
    QVERIFY2(owner, qPrintable(error));
    QCOMPARE(owner->craRecord(m_demo.completeDeclaration)->sbomReference, QStringLiteral("sbom/cam.cdx.json"));
    bool recorded = false;
    for (const HistoryEntry &h : owner->history(m_demo.completeDeclaration))
        recorded = recorded || (h.action == QLatin1String("cra-edited") && h.actor == QLatin1String("cra_preparer"));
    QVERIFY(recorded);
}

QTEST_MAIN(TestCraAuditor)
#include "testcraauditor.moc"
