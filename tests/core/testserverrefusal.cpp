// SPDX-License-Identifier: Apache-2.0
// Server errors as a person reads them: the driver's raw text mapped, by SQLSTATE and by the
// names of Hoshi's own server rules, to a translated sentence, the raw text kept as details;
// what the roles allow. The refusals of a real server are in tests/server/testserverrefusals.
#include "storage/serverrefusal.h"
#include "storage/serverroles.h"

#include <QtTest>

using namespace hoshi;

class TestServerRefusal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsByStateAndRule_data();
    void mapsByStateAndRule();
    void plainTextPassesThrough();
    void rolesAllow();
};

void TestServerRefusal::mapsByStateAndRule_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<int>("kind");
    QTest::newRow("auditor write") << QStringLiteral("Cannot save: ERROR:  permission denied for table assessment\n(42501) QPSQL: Unable to create query")
                                   << int(ServerRefusal::Kind::NotPermitted);
    QTest::newRow("approval rule") << QStringLiteral("ERROR:  only a reviewer of the organisation may approve; alice is not one\nCONTEXT:  PL/pgSQL function hoshi_check_approval() line 5 at RAISE\n(42501) QPSQL: Unable to create query")
                                   << int(ServerRefusal::Kind::ApproverNotReviewer);
    QTest::newRow("self approval") << QStringLiteral("ERROR:  carol changed the declaration since its last approval and cannot approve it (42501) QPSQL: Unable to create query")
                                   << int(ServerRefusal::Kind::ApproverChangedIt);
    QTest::newRow("row security") << QStringLiteral("ERROR:  new row violates row-level security policy for table \"evidence\" (42501) QPSQL: Unable to create query")
                                  << int(ServerRefusal::Kind::RowSecurity);
    QTest::newRow("shutdown") << QStringLiteral("FATAL:  terminating connection due to administrator command\n(57P01) QPSQL: Unable to create query")
                              << int(ServerRefusal::Kind::ConnectionLost);
    QTest::newRow("socket closed") << QStringLiteral("server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally\nQPSQL: Unable to create query")
                                   << int(ServerRefusal::Kind::ConnectionLost);
    QTest::newRow("no connection") << QStringLiteral("no connection to the server\nQPSQL: Unable to create query")
                                   << int(ServerRefusal::Kind::ConnectionLost);
    QTest::newRow("read only") << QStringLiteral("ERROR:  cannot execute INSERT in a read-only transaction\n(25006) QPSQL: Unable to create query")
                               << int(ServerRefusal::Kind::ReadOnly);
    QTest::newRow("append only") << QStringLiteral("ERROR:  history is append-only\n(23000) QPSQL: Unable to create query")
                                 << int(ServerRefusal::Kind::AppendOnly);
    QTest::newRow("other") << QStringLiteral("ERROR:  value too long for type character varying(5)\n(22001) QPSQL: Unable to create query")
                           << int(ServerRefusal::Kind::Other);
}

void TestServerRefusal::mapsByStateAndRule()
{
    QFETCH(QString, raw);
    QFETCH(int, kind);
    const ServerRefusal r = ServerRefusal::explain(raw);
    QCOMPARE(int(r.kind), kind);
    QVERIFY(r.isServerError());
    QCOMPARE(r.details, raw.trimmed());
    // The main text carries none of the server's or the driver's words.
    for (const char *word : {"ERROR:", "FATAL:", "QPSQL", "CONTEXT", "PL/pgSQL", "(42501)", "(57P01)", "42501"})
        QVERIFY2(!r.message.contains(QLatin1String(word)), qPrintable(r.message));
    QVERIFY(!r.message.isEmpty());
}

void TestServerRefusal::plainTextPassesThrough()
{
    const QString text = QStringLiteral("This product no longer exists.");
    const ServerRefusal r = ServerRefusal::explain(text);
    QCOMPARE(r.kind, ServerRefusal::Kind::None);
    QCOMPARE(r.message, text);
    QVERIFY(r.details.isEmpty());
    QCOMPARE(ServerRefusal::sqlStateIn(QStringLiteral("x (42501) QPSQL")), QStringLiteral("42501"));
    QVERIFY(ServerRefusal::sqlStateIn(text).isEmpty());
}

void TestServerRefusal::rolesAllow()
{
    using Role = ServerRoles::Role;
    const ServerRoles roles = ServerRoles::fromGrants(QStringLiteral("dave"), {{1, Role::Auditor}, {2, Role::Preparer}, {3, Role::Reviewer}});
    QVERIFY(!roles.mayChange(1));
    QVERIFY(roles.mayChange(2) && roles.mayChange(3));
    QVERIFY(!roles.mayChange(4)); // no role at all
    QVERIFY(!roles.mayApprove(2) && roles.mayApprove(3));
    QVERIFY(!roles.mayAddOrganisations());
    QVERIFY(roles.mayChangeAnything());
    QVERIFY(roles.cannotChangeReason(1, QStringLiteral("Sakura")).contains(QLatin1String("auditor of Sakura")));
    QVERIFY(roles.cannotChangeReason(2, QStringLiteral("Sakura")).isEmpty());
    QVERIFY(roles.cannotApproveReason(2, QStringLiteral("Sakura")).contains(QLatin1String("preparer")));
    const ServerRoles auditor = ServerRoles::fromGrants(QStringLiteral("bob"), {{1, Role::Auditor}});
    QVERIFY(!auditor.mayChangeAnything());
    const ServerRoles owner = ServerRoles::unrestricted();
    QVERIFY(owner.mayChange(7) && owner.mayApprove(7) && owner.mayAddOrganisations());
}

QTEST_GUILESS_MAIN(TestServerRefusal)
#include "testserverrefusal.moc"
