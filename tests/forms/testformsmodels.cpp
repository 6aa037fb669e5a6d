// SPDX-License-Identifier: Apache-2.0
// The item models of the GUI under QAbstractItemModelTester, on the demo workspace and while
// it changes.
#include "formstest.h"

#include "checklist/checklistmodel.h"
#include "demo/demoworkspace.h"
#include "navigator/navigatormodel.h"
#include "problems/problemsmodel.h"
#include "session/session.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace hoshi;

class TestFormsModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        formstest::initApplication();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.hoshi"));
        QString error;
        QVERIFY2(DemoWorkspace::create(m_path, &m_ids, &error), qPrintable(error));
    }

    void init()
    {
        m_session = std::make_unique<Session>();
        QString error;
        QVERIFY2(m_session->openWorkspace(m_path, false, &error), qPrintable(error));
    }

    void cleanup() { m_session.reset(); }

    void navigator()
    {
        NavigatorModel model(m_session.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1); // one organisation
        const QModelIndex organisation = model.index(0, 0);
        QCOMPARE(model.rowCount(organisation), 3); // three products
        int declarations = 0;
        for (int i = 0; i < 3; ++i)
            declarations += model.rowCount(model.index(i, 0, organisation));
        QCOMPARE(declarations, 3);

        const QModelIndex d = model.indexOf(NavigatorModel::Kind::Declaration, m_ids.completeDeclaration);
        QVERIFY(d.isValid());
        QCOMPARE(d.data(NavigatorModel::IdRole).toLongLong(), m_ids.completeDeclaration);
        QVERIFY2(d.data().toString().contains(QLatin1String("16/16")), qPrintable(d.data().toString()));
        QCOMPARE(model.parent(model.parent(d)), organisation);

        // Adding a product and reloading keeps the model consistent (checked by the tester).
        QVERIFY(m_session->addProduct(m_ids.organisation, QStringLiteral("New")) > 0);
        model.reload();
        QCOMPARE(model.rowCount(model.index(0, 0)), 4);
    }

    void checklist()
    {
        m_session->setCurrentDeclaration(m_ids.inProgressDeclaration);
        ChecklistModel model(m_session.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 16);
        QCOMPARE(model.columnCount(), int(ChecklistModel::ColumnCount));
        QCOMPARE(model.itemIdAt(0), QStringLiteral("S1.1-01"));
        const int row = model.rowOf(QStringLiteral("S1.1-13"));
        QCOMPARE(model.index(row, ChecklistModel::MethodsColumn).data().toString(), QStringLiteral("D+T"));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("S1.1-05")), ChecklistModel::ScopeColumn)
                     .data(Qt::DisplayRole)
                     .toString(),
                 ChecklistModel::tr("Vendor"));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("S1.1-04")), 0).data(ChecklistModel::VerdictRole).toInt(),
                 int(Verdict::NonConforming));

        // A change repaints without resetting; another declaration resets.
        m_session->setVerdict(QStringLiteral("S1.1-08"), Verdict::Conforming);
        model.reload();
        QCOMPARE(model.index(model.rowOf(QStringLiteral("S1.1-08")), 0).data(ChecklistModel::VerdictRole).toInt(),
                 int(Verdict::Conforming));
        m_session->undoStack()->undo();
        m_session->setCurrentDeclaration(m_ids.star3Declaration);
        model.reload();
        QCOMPARE(model.rowCount(), 18);
        m_session->setCurrentDeclaration(-1);
        model.reload();
        QCOMPARE(model.rowCount(), 0);
    }

    void problems()
    {
        m_session->setCurrentDeclaration(m_ids.inProgressDeclaration);
        ProblemsModel model(m_session.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), int(m_session->problems().size()));
        QVERIFY(model.blockingCount() > 0);
        // Blocking problems come first.
        bool seenWarning = false;
        for (int i = 0; i < model.rowCount(); ++i) {
            const bool blocking = model.index(i).data(ProblemsModel::BlockingRole).toBool();
            QVERIFY(!(blocking && seenWarning));
            seenWarning = seenWarning || !blocking;
        }
        m_session->setCurrentDeclaration(m_ids.completeDeclaration);
        model.reload();
        QCOMPARE(model.blockingCount(), 0);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    DemoIds m_ids;
    std::unique_ptr<Session> m_session;
};

QTEST_MAIN(TestFormsModels)
#include "testformsmodels.moc"
