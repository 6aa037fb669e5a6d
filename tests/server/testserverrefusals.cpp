// SPDX-License-Identifier: Apache-2.0
// What a real server refuses, as the application explains it: an auditor's write, a preparer's
// approval, an auditor's export record; and the roles the application reads per organisation.
#include "demo/demoworkspace.h"
#include "storage/serveraccess.h"
#include "storage/serverrefusal.h"
#include "storage/serverroles.h"
#include "storage/workspace.h"
#include "testserver.h"

#include <QtTest>

using namespace hoshi;

class TestServerRefusals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rolesPerOrganisation();
    void auditorWriteIsExplained();
    void preparerApprovalIsExplained();
    void auditorExportRecordIsExplained();

private:
    [[nodiscard]] QString as(const char *user) const
    {
        return testserver::url(QUrl(m_url).path().mid(1), QLatin1String(user));
    }
    static void checkExplained(const QString &raw, ServerRefusal::Kind kind)
    {
        const ServerRefusal r = ServerRefusal::explain(raw);
        QVERIFY2(r.kind == kind, qPrintable(raw));
        for (const char *word : {"ERROR:", "QPSQL", "42501", "PL/pgSQL"})
            QVERIFY2(!r.message.contains(QLatin1String(word)), qPrintable(r.message));
        QVERIFY(r.details.contains(QLatin1String("42501")));
    }

    QString m_url;
    DemoIds m_demo;
    QString m_item;
};

void TestServerRefusals::initTestCase()
{
    if (!testserver::enabled())
        QSKIP("needs the test cluster (HOSHI_TEST_SERVER)");
    QString error;
    m_url = testserver::createDatabase(&error);
    QVERIFY2(!m_url.isEmpty(), qPrintable(error));
    {
        std::unique_ptr<Workspace> ws = Workspace::create(m_url, &error);
        QVERIFY2(ws, qPrintable(error));
        QVERIFY2(DemoWorkspace::write(*ws, &m_demo, &error), qPrintable(error));
        m_item = ws->assessments(m_demo.completeDeclaration).value(0).itemId;
    }
    std::unique_ptr<ServerAccess> access = ServerAccess::connect(m_url, &error);
    QVERIFY2(access && access->initialise(&error), qPrintable(error));
    for (const char *user : {"refusal_preparer", "refusal_auditor"}) {
        QVERIFY2(testserver::exec(m_url, {QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1')"
                                                         " THEN CREATE ROLE %1 LOGIN; END IF; END $$").arg(QLatin1String(user))},
                                  &error),
                 qPrintable(error));
    }
    QVERIFY2(access->grant(QStringLiteral("refusal_preparer"), m_demo.organisation, ServerAccess::Role::Preparer, &error),
             qPrintable(error));
    QVERIFY2(access->grant(QStringLiteral("refusal_auditor"), m_demo.organisation, ServerAccess::Role::Auditor, &error),
             qPrintable(error));
}

void TestServerRefusals::rolesPerOrganisation()
{
    QString error;
    const std::optional<ServerRoles> owner = ServerRoles::read(m_url, &error);
    QVERIFY2(owner, qPrintable(error));
    QVERIFY(owner->isUnrestricted());
    const std::optional<ServerRoles> auditor = ServerRoles::read(as("refusal_auditor"), &error);
    QVERIFY2(auditor, qPrintable(error));
    QCOMPARE(auditor->roleIn(m_demo.organisation), ServerRoles::Role::Auditor);
    QVERIFY(!auditor->mayChange(m_demo.organisation));
    QVERIFY(!auditor->mayChangeAnything());
    const std::optional<ServerRoles> preparer = ServerRoles::read(as("refusal_preparer"), &error);
    QVERIFY2(preparer, qPrintable(error));
    QCOMPARE(preparer->roleIn(m_demo.organisation), ServerRoles::Role::Preparer);
    QVERIFY(preparer->mayChange(m_demo.organisation));
    QVERIFY(!preparer->mayApprove(m_demo.organisation));
    QCOMPARE(preparer->roleIn(m_demo.organisation + 1000), ServerRoles::Role::None);
    // A bad address is an error, not "no roles".
    QVERIFY(!ServerRoles::read(testserver::url(QStringLiteral("no_such_database")), &error));
    QVERIFY(!error.isEmpty());
}

void TestServerRefusals::auditorWriteIsExplained()
{
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::open(as("refusal_auditor"), Workspace::Access::ReadWrite, &error);
    QVERIFY2(ws, qPrintable(error));
    const Assessment before = ws->assessment(m_demo.completeDeclaration, m_item);
    QVERIFY(!ws->setAssessment(m_demo.completeDeclaration, m_item, before.verdict, before.justification,
                               QStringLiteral("an auditor's note"), &error));
    checkExplained(error, ServerRefusal::Kind::NotPermitted);
    QCOMPARE(ws->assessment(m_demo.completeDeclaration, m_item).notes, before.notes);
    QVERIFY(ServerRefusal::connectionAnswers(*ws)); // a refusal is not a lost connection
}

void TestServerRefusals::preparerApprovalIsExplained()
{
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::open(as("refusal_preparer"), Workspace::Access::ReadWrite, &error);
    QVERIFY2(ws, qPrintable(error));
    QVERIFY(!ws->approve(m_demo.completeDeclaration, ws->actor(), &error));
    checkExplained(error, ServerRefusal::Kind::ApproverNotReviewer);
}

void TestServerRefusals::auditorExportRecordIsExplained()
{
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::open(as("refusal_auditor"), Workspace::Access::ReadWrite, &error);
    QVERIFY2(ws, qPrintable(error));
    QVERIFY(!ws->recordExport(m_demo.completeDeclaration, QStringLiteral("x-export"), QByteArray("{}"), &error));
    checkExplained(error, ServerRefusal::Kind::NotPermitted);
}

QTEST_GUILESS_MAIN(TestServerRefusals)
#include "testserverrefusals.moc"
