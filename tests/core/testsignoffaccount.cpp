// SPDX-License-Identifier: Apache-2.0
// The operating-system account beside every typed name (schema step 10): recorded on sign-offs,
// comments and history, and the warning when one account both changed or submitted a
// declaration and approved it.
#include "storage/workspace.h"
#include "util/accountname.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hoshi;

namespace {

const QString Star1 = QStringLiteral("JST-CR-01-01-2024R1");

struct Fixture {
    std::unique_ptr<Workspace> ws;
    qint64 declaration = -1;
    QString item;
};

Fixture makeFixture(const QString &path)
{
    Fixture f;
    QString error;
    f.ws = Workspace::create(path, &error);
    if (!f.ws)
        qFatal("create: %s", qPrintable(error));
    f.ws->setActor(QStringLiteral("Alice Preparer"));
    const qint64 organisation = f.ws->addOrganisation({-1, QStringLiteral("Vendor"), {}, {}, {}, {}, {}, {}}, &error);
    Product p;
    p.organisationId = organisation;
    p.name = QStringLiteral("Router");
    p.modelNumbers = {QStringLiteral("R-1")};
    p.firmwareVersion = QStringLiteral("1.0");
    f.declaration = f.ws->addDeclaration(f.ws->addProduct(p, &error), Star1, Route::Standard, &error);
    if (f.declaration < 0)
        qFatal("fixture: %s", qPrintable(error));
    f.item = f.ws->assessments(f.declaration).at(0).itemId;
    if (!f.ws->setAssessment(f.declaration, f.item, Verdict::Conforming, QStringLiteral("ok"), {}, &error))
        qFatal("assess: %s", qPrintable(error));
    return f;
}

} // namespace

class TestSignOffAccount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accountIsRecordedBesideTheTypedName()
    {
        QTemporaryDir dir;
        Fixture f = makeFixture(dir.filePath(QStringLiteral("w.hoshi")));
        const QString me = AccountName::osAccount();
        QVERIFY(!me.isEmpty());
        QString error;
        QVERIFY2(f.ws->requestReview(f.declaration, QStringLiteral("Alice Preparer"), &error), qPrintable(error));
        QVERIFY(f.ws->addComment(f.declaration, f.item, QStringLiteral("Bob Reviewer"), QStringLiteral("Why?"), &error) > 0);
        const QList<SignOff> signOffs = f.ws->signOffs(f.declaration);
        QCOMPARE(signOffs.size(), 1);
        QCOMPARE(signOffs.first().author, QStringLiteral("Alice Preparer"));
        QCOMPARE(signOffs.first().account, me);
        QCOMPARE(f.ws->comments(f.declaration).first().account, me);
        QCOMPARE(f.ws->comments(f.declaration).first().author, QStringLiteral("Bob Reviewer"));
    }

    // One person typing two names: Alice's changes and request, "Bob"'s approval, one account.
    void sameAccountOnBothSidesIsNamed()
    {
        QTemporaryDir dir;
        Fixture f = makeFixture(dir.filePath(QStringLiteral("w.hoshi")));
        QString error;
        QCOMPARE(f.ws->selfApprovedAccount(f.declaration), QString()); // nothing approved yet
        QVERIFY(f.ws->requestReview(f.declaration, QStringLiteral("Alice Preparer"), &error));
        QVERIFY2(f.ws->approve(f.declaration, QStringLiteral("Bob Reviewer"), &error), qPrintable(error));
        QCOMPARE(f.ws->selfApprovedAccount(f.declaration), AccountName::osAccount());
    }

    // An approval recorded from another account (as a second person's own session would record
    // it) gives no warning; a workspace from before step 10 (no accounts) neither.
    void differentAccountsGiveNoWarning()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.hoshi"));
        qint64 declaration = -1;
        {
            Fixture f = makeFixture(path);
            declaration = f.declaration;
            QString error;
            QVERIFY(f.ws->requestReview(f.declaration, QStringLiteral("Alice Preparer"), &error));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO history(at, actor, account, declaration_id, item_id, action, summary)"
                                          " VALUES ('2026-12-07T00:00:00.000Z', 'Bob Reviewer', 'bob', %1, '',"
                                          " 'review-approved', 'Approved by Bob Reviewer')").arg(declaration)));
            const qint64 historyId = q.lastInsertId().toLongLong();
            QVERIFY(q.exec(QStringLiteral("INSERT INTO sign_off(declaration_id, state, author, account, at, history_id)"
                                          " VALUES (%1, 'approved', 'Bob Reviewer', 'bob', '2026-12-07T00:00:00.000Z', %2)")
                               .arg(declaration)
                               .arg(historyId)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QString error;
        std::unique_ptr<Workspace> ws = Workspace::open(path, Workspace::Access::ReadOnly, &error);
        QVERIFY2(ws, qPrintable(error));
        QCOMPARE(ws->signOffs(declaration).last().account, QStringLiteral("bob"));
        QCOMPARE(ws->selfApprovedAccount(declaration), QString());
    }

    void historyNamesTheAccount()
    {
        QTemporaryDir dir;
        Fixture f = makeFixture(dir.filePath(QStringLiteral("w.hoshi")));
        f.ws.reset();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw2"));
        db.setDatabaseName(dir.filePath(QStringLiteral("w.hoshi")));
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(account = '%1') FROM history").arg(AccountName::osAccount())));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toInt() > 0);
            QCOMPARE(q.value(1).toInt(), q.value(0).toInt());
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw2"));
    }
};

QTEST_GUILESS_MAIN(TestSignOffAccount)
#include "testsignoffaccount.moc"
