// SPDX-License-Identifier: Apache-2.0
// Change notifications respect the access rules: a user granted one organisation hears of its
// changes and of nothing in another organisation, and what the server sends on the channel
// (which any connection may listen on) names no organisation or declaration.
#include "clirun.h"
#include "storage/changefeed.h"
#include "storage/location.h"
#include "storage/workspace.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <memory>

using namespace hoshi;
using exporttest::cliInEnglish;
using exporttest::describe;

namespace {
const QString criteriaSet = QStringLiteral("JST-CR-01-01-2024R1");
const QString user = QStringLiteral("nora");
} // namespace

class TestServerNotifyAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void changeOfAnotherOrganisationIsNotSignalled();
    void payloadNamesNoOrganisation();

private:
    [[nodiscard]] QString asUser() const { return m_url.section(QLatin1Char('&'), 0, 0) + QStringLiteral("&user=") + user; }
    qint64 addDeclaration(qint64 organisationId, const QString &name);

    QTemporaryDir m_dir;
    QString m_url; // as the superuser "hoshi", who owns the workspace
    std::unique_ptr<Workspace> m_owner;
    qint64 m_granted = -1, m_other = -1;          // organisations
    qint64 m_grantedDeclaration = -1, m_otherDeclaration = -1;
    QString m_item;
};

qint64 TestServerNotifyAccess::addDeclaration(qint64 organisationId, const QString &name)
{
    QString error;
    Product product;
    product.organisationId = organisationId;
    product.name = name;
    const qint64 productId = m_owner->addProduct(product, &error);
    const qint64 id = productId > 0 ? m_owner->addDeclaration(productId, criteriaSet, Route::Standard, &error) : -1;
    if (id < 0)
        qWarning("cannot add a declaration: %s", qPrintable(error));
    return id;
}

void TestServerNotifyAccess::initTestCase()
{
    if (!testserver::enabled())
        QSKIP("needs the test cluster (HOSHI_TEST_SERVER)");
    QString error;
    m_url = testserver::createDatabase(&error);
    QVERIFY2(!m_url.isEmpty(), qPrintable(error));
    m_owner = Workspace::create(m_url, &error);
    QVERIFY2(m_owner, qPrintable(error));
    Organisation granted;
    granted.name = QStringLiteral("Granted Co.");
    m_granted = m_owner->addOrganisation(granted, &error);
    Organisation other;
    other.name = QStringLiteral("Other Co.");
    m_other = m_owner->addOrganisation(other, &error);
    QVERIFY2(m_other > 0, qPrintable(error));
    m_grantedDeclaration = addDeclaration(m_granted, QStringLiteral("Granted camera"));
    m_otherDeclaration = addDeclaration(m_other, QStringLiteral("Other camera"));
    QVERIFY(m_grantedDeclaration > 0 && m_otherDeclaration > 0);
    for (const Assessment &a : m_owner->assessments(m_grantedDeclaration)) {
        if (!a.vendorScope) {
            m_item = a.itemId;
            break;
        }
    }
    // Roles belong to the whole cluster: another run may have made this one already.
    QVERIFY2(testserver::exec(m_url, {QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1')"
                                                     " THEN CREATE ROLE %1 LOGIN; END IF; END $$").arg(user)},
                              &error),
             qPrintable(error));
    for (const QStringList &args :
         {QStringList{QStringLiteral("server"), QStringLiteral("init"), m_url},
          QStringList{QStringLiteral("server"), QStringLiteral("grant"), m_url, QStringLiteral("--user"), user,
                      QStringLiteral("--organisation"), QString::number(m_granted), QStringLiteral("--role"),
                      QStringLiteral("preparer")}}) {
        const exporttest::ToolRun run = cliInEnglish(args);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    }
}

void TestServerNotifyAccess::cleanupTestCase()
{
    m_owner.reset();
}

void TestServerNotifyAccess::changeOfAnotherOrganisationIsNotSignalled()
{
    QString error;
    std::unique_ptr<Workspace> nora = Workspace::open(asUser(), Workspace::Access::ReadWrite, &error);
    QVERIFY2(nora, qPrintable(error));
    QVERIFY(nora->changeFeed());
    QSignalSpy heard(nora->changeFeed(), &ChangeFeed::changed);

    // Changes in the organisation nora cannot read: an answer, an organisation-wide edit.
    QVERIFY2(m_owner->setAssessment(m_otherDeclaration, m_item, Verdict::Conforming, QString(),
                                    QStringLiteral("secret"), &error),
             qPrintable(error));
    Organisation renamed = *m_owner->organisation(m_other);
    renamed.name = QStringLiteral("Other Co. (renamed)");
    QVERIFY2(m_owner->updateOrganisation(renamed, &error), qPrintable(error));
    QVERIFY(!heard.wait(600));
    QCOMPARE(heard.count(), 0);

    // A change in her organisation arrives, and only that one.
    QVERIFY2(m_owner->setAssessment(m_grantedDeclaration, m_item, Verdict::Conforming, QString(),
                                    QStringLiteral("visible"), &error),
             qPrintable(error));
    QVERIFY(heard.wait(2000));
    QTest::qWait(200);
    QCOMPARE(heard.count(), 1);
    QCOMPARE(heard.at(0).at(0).toLongLong(), m_grantedDeclaration);
    QVERIFY(!heard.at(0).at(2).toBool());
}

// What any connection of nora's hears on the channel, read behind Hoshi's back: only history
// ids, and the entry behind an id of the other organisation is one she cannot read.
void TestServerNotifyAccess::payloadNamesNoOrganisation()
{
    const QString connection = QStringLiteral("raw-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    QStringList payloads;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        QString error;
        const std::optional<WorkspaceLocation> location = WorkspaceLocation::parse(asUser(), &error);
        QVERIFY2(location, qPrintable(error));
        location->configure(raw);
        QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
        QVERIFY(raw.driver()->subscribeToNotification(QLatin1String(ChangeFeed::Channel)));
        connect(raw.driver(), &QSqlDriver::notification, this,
                [&payloads](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                    payloads << payload.toString();
                });
        QVERIFY2(m_owner->setAssessment(m_otherDeclaration, m_item, Verdict::NonConforming, QString(),
                                        QStringLiteral("still secret"), &error),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!payloads.isEmpty(), 2000);
        for (const QString &payload : std::as_const(payloads)) {
            QVERIFY2(ChangeFeed::parsePayload(payload) > 0, qPrintable(payload));
            QSqlQuery readable(raw);
            QVERIFY(readable.exec(QStringLiteral("SELECT count(*) FROM history WHERE id = %1").arg(payload)));
            QVERIFY(readable.next());
            QCOMPARE(readable.value(0).toInt(), 0);
        }
        raw.driver()->unsubscribeFromNotification(QLatin1String(ChangeFeed::Channel));
        raw.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

QTEST_MAIN(TestServerNotifyAccess)
#include "testservernotifyaccess.moc"
