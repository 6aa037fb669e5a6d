// SPDX-License-Identifier: Apache-2.0
// The server goes away under an open window and comes back: the window says the server cannot
// be reached (not that records are missing), becomes read-only, keeps what was typed, reconnects
// by itself, reloads, and offers the typed answer again, which then saves.
// The server here is a private cluster of this test's own (tools/pgcluster.sh, like the shared
// fixture), because stopping the shared one would break the server tests running beside it.
#include "../../forms/formstest.h"

#include "common/committextedit.h"
#include "common/conflictdialog.h"
#include "itempage/itempage.h"
#include "mainwindow/connectionwatch.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/startstrip.h"
#include "session/session.h"
#include "storage/workspace.h"
#include "testserver.h"

#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QUuid>
#include <QtTest>

using namespace hoshi;
using formstest::find;

class TestServerConnectionGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void backoffGrows();
    void serverGoesAwayAndComesBack();

private:
    bool cluster(const QString &action)
    {
        QProcess p;
        p.start(QStringLiteral("bash"), {QStringLiteral(HOSHI_SOURCE_DIR "/tools/pgcluster.sh"), action, m_clusterDir});
        const bool ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (!ok)
            qWarning("pgcluster %s: %s", qPrintable(action), p.readAllStandardError().constData());
        return ok;
    }

    QString m_clusterDir;
    QString m_url;
    std::unique_ptr<Workspace> m_other;
    qint64 m_declarationId = -1;
    QString m_item;
};

void TestServerConnectionGui::initTestCase()
{
    formstest::initApplication();
    if (!testserver::enabled())
        QSKIP("needs the test cluster (HOSHI_TEST_SERVER)");
    m_clusterDir = QDir::tempPath() + QStringLiteral("/hoshi-pgdrop-")
                   + QUuid::createUuid().toString(QUuid::Id128).left(10);
    QVERIFY(cluster(QStringLiteral("start")));
    const QString admin = QStringLiteral("postgresql:///postgres?host=%1&user=hoshi").arg(m_clusterDir);
    QString error;
    QVERIFY2(testserver::exec(admin, {QStringLiteral("CREATE DATABASE dropws")}, &error), qPrintable(error));
    m_url = QStringLiteral("postgresql:///dropws?host=%1&user=hoshi").arg(m_clusterDir);
    std::unique_ptr<Workspace> ws = Workspace::create(m_url, &error);
    QVERIFY2(ws, qPrintable(error));
    Organisation organisation;
    organisation.name = QStringLiteral("Drop Co.");
    Product product;
    product.organisationId = ws->addOrganisation(organisation, &error);
    product.name = QStringLiteral("Router");
    const qint64 productId = ws->addProduct(product, &error);
    QVERIFY2(productId > 0, qPrintable(error));
    m_declarationId = ws->addDeclaration(productId, QStringLiteral("JST-CR-01-01-2024R1"), Route::Standard, &error);
    QVERIFY2(m_declarationId > 0, qPrintable(error));
    for (const Assessment &a : ws->assessments(m_declarationId)) {
        if (!a.vendorScope) {
            m_item = a.itemId;
            break;
        }
    }
}

void TestServerConnectionGui::cleanupTestCase()
{
    if (!m_clusterDir.isEmpty())
        QVERIFY(cluster(QStringLiteral("stop")));
}

void TestServerConnectionGui::backoffGrows()
{
    QCOMPARE(ConnectionWatch::backoffMs(0), 1000);
    QCOMPARE(ConnectionWatch::backoffMs(1), 2000);
    QCOMPARE(ConnectionWatch::backoffMs(4), 16000);
    QCOMPARE(ConnectionWatch::backoffMs(5), 30000);
    QCOMPARE(ConnectionWatch::backoffMs(40), 30000);
}

void TestServerConnectionGui::serverGoesAwayAndComesBack()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openWorkspace(m_url));
    window.showDeclaration(m_declarationId);
    window.showItem(m_item);
    auto *notes = find<CommitTextEdit>(window.itemPage(), "notesEdit");
    notes->setIdleCommitDelay(60'000);
    auto *banner = find<QLabel>(&window, "serverStateBanner");
    QVERIFY(banner->isHidden());

    QVERIFY(cluster(QStringLiteral("pause")));
    notes->setFocus();
    notes->moveCursor(QTextCursor::End);
    formstest::keyText(notes, QStringLiteral("typed while the server was away"));
    MessageBox::clearShownMessages();
    window.itemPage()->commitPending();

    // Said as what it is, not as a missing record; read-only; the guided start stays away.
    QTRY_VERIFY(window.session()->isDisconnected());
    QVERIFY2(MessageBox::shownMessages().isEmpty(), qPrintable(MessageBox::shownMessages().join(QLatin1Char('\n'))));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("cannot be reached")), qPrintable(banner->text()));
    QVERIFY(window.session()->isReadOnly());
    QVERIFY(notes->isReadOnly());
    QVERIFY(!find<QAbstractButton>(window.itemPage(), "verdictConforming")->isEnabled());
    QVERIFY(window.startStrip()->isHidden());
    QVERIFY(window.connectionWatch()->isReconnecting());
    // Attempts fail while it is away, and the window waits longer each time.
    QTest::qWait(3500);
    QVERIFY(window.session()->isDisconnected());
    QVERIFY(!window.connectionWatch()->lastAttemptError().isEmpty());

    QVERIFY(cluster(QStringLiteral("resume")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isDisconnected(), 40000);
    QTRY_VERIFY(banner->isHidden());
    QVERIFY(!notes->isReadOnly());
    QCOMPARE(window.session()->currentDeclarationId(), m_declarationId);

    // The typed answer is offered again beside what is stored, and saves.
    QTRY_VERIFY(window.conflictDialog());
    ConflictDialog *dialog = window.conflictDialog();
    QCOMPARE(find<QPlainTextEdit>(dialog, "conflictMine_notes")->toPlainText(),
             QStringLiteral("typed while the server was away"));
    find<QPushButton>(dialog, "conflictTakeMine")->click();
    QString error;
    m_other = Workspace::open(m_url, Workspace::Access::ReadWrite, &error);
    QVERIFY2(m_other, qPrintable(error));
    QCOMPARE(m_other->assessment(m_declarationId, m_item).notes, QStringLiteral("typed while the server was away"));
    QTRY_COMPARE(notes->toPlainText(), QStringLiteral("typed while the server was away"));

    // Live updates work again on the new connection.
    QVERIFY2(m_other->setAssessment(m_declarationId, m_item, Verdict::Conforming, QString(), QStringLiteral("back"),
                                    &error),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(notes->toPlainText(), QStringLiteral("back"), 3000);
    m_other.reset();
}

QTEST_MAIN(TestServerConnectionGui)
#include "testserverconnectiongui.moc"
