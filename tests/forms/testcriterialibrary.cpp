// SPDX-License-Identifier: Apache-2.0
// The criteria library window and the evaluation points on the item page, driven offscreen.
#include "criteriafixtures.h"
#include "formstest.h"

#include "criteria/criterialibrarypage.h"
#include "criteria/criteriadataupdatedialog.h"
#include "itempage/evaluationpointspanel.h"
#include "itempage/itempage.h"
#include "session/session.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QComboBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>

using namespace hoshi;
using formstest::find;

namespace {

const QString Star1 = QStringLiteral("JST-CR-01-01-2024R1");

QStringList listTexts(const QListWidget *list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    return texts;
}

} // namespace

class TestCriteriaLibrary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Session m_session;
    qint64 m_declaration = -1;

private Q_SLOTS:
    void initTestCase()
    {
        formstest::initApplication();
        QString error;
        QVERIFY2(m_session.createWorkspace(m_dir.filePath(QStringLiteral("c.hoshi")), &error), qPrintable(error));
        const qint64 organisation = m_session.addOrganisation(QStringLiteral("O"));
        const qint64 product = m_session.addProduct(organisation, QStringLiteral("P"));
        m_declaration = m_session.addDeclaration(product, Star1, Route::Standard);
        m_session.setCurrentDeclaration(m_declaration);
        for (const char *item : {"S1.1-01", "S1.1-03", "S1.1-08"})
            m_session.setVerdict(QLatin1String(item), Verdict::Conforming);
        m_session.setNotes(QStringLiteral("S1.1-01"), QStringLiteral("kept"));
    }

    void evaluationPointsOnTheItemPage()
    {
        ItemPage page(&m_session);
        page.resize(1000, 900);
        page.show();
        page.setItem(QStringLiteral("S1.1-07"));
        auto *panel = find<EvaluationPointsPanel>(&page, "evaluationPointsPanel");
        QVERIFY(panel && panel->isVisible());
        QVERIFY(find<QLabel>(panel, "itemProvenanceLabel")->text().contains(QLatin1String("secondary source")));
        auto *choice = find<QCheckBox>(panel, "pointChoice_S1.1-07-b");
        QVERIFY(choice);
        choice->click();
        QTRY_COMPARE(m_session.snapshot()->chosenPoints.value(QStringLiteral("S1.1-07")), QStringList{QStringLiteral("S1.1-07-b")});

        const qint64 evidence = m_session.addEvidence({QStringLiteral("S1.1-07")}, EvidenceKind::DocumentReview);
        QVERIFY(evidence > 0);
        page.setItem(QStringLiteral("S1.1-07"));
        auto *link = find<QToolButton>(panel, "pointLink_S1.1-07-b");
        QVERIFY(link && link->menu() && !link->menu()->actions().isEmpty());
        link->menu()->actions().first()->trigger();
        QTRY_COMPARE(m_session.snapshot()->evidencePoints.value(QStringLiteral("S1.1-07")).value(evidence),
                     QStringList{QStringLiteral("S1.1-07-b")});
        QTRY_VERIFY(find<QLabel>(panel, "pointStatus_S1.1-07-b")->text().contains(QStringLiteral("✓")));
    }

    void importShowsProblemsWithPointers()
    {
        CriteriaLibraryPage page(&m_session);
        page.importFile(QStringLiteral(HOSHI_TEST_DATA "/criteria/bad/point-unknown-method.json"));
        const QStringList problems = listTexts(find<QListWidget>(&page, "importProblems"));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QLatin1String("point-unknown-method.json"))
                     && problems.first().contains(QLatin1String("/items/0/evaluationPoints/points/1/methods/0")),
                 qPrintable(problems.first()));
    }

    void importCompareAndCarryOver()
    {
        const QString copy = m_dir.filePath(QStringLiteral("edited.json"));
        QVERIFY(hoshi::testsupport::writeEditedStar1Copy(QStringLiteral(HOSHI_SOURCE_DIR), copy));
        CriteriaLibraryPage page(&m_session);
        page.resize(1200, 800);
        page.show();
        page.importFile(copy);
        QVERIFY(listTexts(find<QListWidget>(&page, "importProblems")).first().contains(QLatin1String("TEST-STAR1-EDITED")));
        auto *sets = find<QTreeWidget>(&page, "criteriaSets");
        QVERIFY(!sets->findItems(QStringLiteral("TEST-STAR1-EDITED"), Qt::MatchExactly).isEmpty());
        // One official id, three data revisions of Hoshi's file; the older ones say a newer exists.
        const QList<QTreeWidgetItem *> first = sets->findItems(Star1, Qt::MatchExactly);
        QCOMPARE(first.size(), 3);
        QCOMPARE(first.first()->text(1), QStringLiteral("1"));
        QVERIFY2(first.first()->text(4).contains(QLatin1String("data revision 3")), qPrintable(first.first()->text(4)));

        page.compare(Star1, QStringLiteral("TEST-STAR1-EDITED"));
        auto *diff = find<QTableWidget>(&page, "criteriaDiff");
        QStringList rows;
        for (int r = 0; r < diff->rowCount(); ++r)
            rows << diff->item(r, 0)->text() + QLatin1Char(' ') + diff->item(r, 2)->text();
        QCOMPARE(rows, (QStringList{QStringLiteral("S1.1-03 requirement"), QStringLiteral("S1.1-08 methods"),
                                    QStringLiteral("S1.1-09 title"), QStringLiteral("S1.1-17 requirement")}));
        QVERIFY(diff->item(0, 4)->text().contains(QLatin1String("Authentication values can be changed.")));

        // Carry the declaration over from the GUI.
        auto *usage = find<QTreeWidget>(&page, "criteriaUsage");
        usage->setCurrentItem(usage->findItems(QString::number(m_declaration), Qt::MatchExactly).first());
        auto *target = find<QComboBox>(&page, "carryOverTarget");
        // Offered: other ★1 sets only; not the declaration's own set, not a ★3 draft.
        auto *targets = qobject_cast<QListView *>(target->view());
        QVERIFY(targets);
        const QString own = usage->currentItem()->data(2, Qt::UserRole + 3).toString(); // the official set id
        QVERIFY(targets->isRowHidden(target->findData(own)));
        QVERIFY(targets->isRowHidden(target->findData(QStringLiteral("JST-CR-03-COMM-DRAFT"))));
        QVERIFY(!targets->isRowHidden(target->findData(QStringLiteral("TEST-STAR1-EDITED"))));
        QVERIFY(target->currentData().toString() != own);
        target->setCurrentIndex(target->findData(QStringLiteral("TEST-STAR1-EDITED")));
        find<QPushButton>(&page, "carryOver")->click();
        const QStringList review = listTexts(find<QListWidget>(&page, "carryOverReview"));
        QVERIFY2(review.contains(QStringLiteral("S1.1-03")) && review.contains(QStringLiteral("S1.1-08"))
                     && review.contains(QStringLiteral("S1.1-17")) && !review.contains(QStringLiteral("S1.1-01")),
                 qPrintable(review.join(QLatin1Char('|'))));
        QCOMPARE(review.size(), 4); // the heading line and the three items

        // The unchanged answers (verdict, notes, chosen alternative, linked evidence) came along.
        const QList<Declaration> declarations = m_session.workspace()->declarations();
        const qint64 carried = declarations.last().id;
        QCOMPARE(declarations.last().criteriaSetId, QStringLiteral("TEST-STAR1-EDITED"));
        const Assessment kept = m_session.workspace()->assessment(carried, QStringLiteral("S1.1-01"));
        QCOMPARE(kept.verdict, Verdict::Conforming);
        QCOMPARE(kept.notes, QStringLiteral("kept"));
        QCOMPARE(m_session.workspace()->assessment(carried, QStringLiteral("S1.1-03")).verdict, Verdict::NotAssessed);
        QCOMPARE(m_session.workspace()->chosenPoints(carried, QStringLiteral("S1.1-07")), QStringList{QStringLiteral("S1.1-07-b")});
        QCOMPARE(find<QTreeWidget>(&page, "criteriaUsage")->topLevelItemCount(), 2);
    }

    void updateToNewerDataInPlace()
    {
        Workspace *ws = m_session.workspace();
        QString error;
        const qint64 product = m_session.addProduct(ws->organisations().first().id, QStringLiteral("Older"));
        const qint64 declaration = m_session.addDeclaration(product, Star1, Route::Standard);
        QVERIFY(ws->updateCriteriaData(declaration, 1, nullptr, &error));
        QVERIFY(ws->setAssessment(declaration, QStringLiteral("S1.1-14"), Verdict::Conforming, QStringLiteral("held"), {}, &error));
        QCOMPARE(ws->newerCriteriaDataRevision(declaration), 3);
        // The dialog lists the changed texts, item by item, before anything is applied.
        CriteriaDataUpdateDialog dialog(*ws->storedCriteriaFor(declaration), *ws->criteria().find(Star1, 3));
        auto *changes = find<QTableWidget>(&dialog, "dataRevisionChanges");
        QStringList items;
        for (int r = 0; r < changes->rowCount(); ++r)
            items << changes->item(r, 0)->text();
        QVERIFY(items.contains(QStringLiteral("S1.1-14")) && items.contains(QStringLiteral("S1.1-13")));
        QCOMPARE(ws->declaration(declaration)->criteriaDataRevision, 1);

        CriteriaLibraryPage page(&m_session);
        auto *usage = find<QTreeWidget>(&page, "criteriaUsage");
        usage->setCurrentItem(usage->findItems(QString::number(declaration), Qt::MatchExactly).first());
        QVERIFY(find<QPushButton>(&page, "updateCriteriaData")->isEnabled());
        QVERIFY(page.updateCriteriaData(declaration, 3));
        QCOMPARE(ws->declaration(declaration)->criteriaDataRevision, 3);
        QCOMPARE(ws->assessment(declaration, QStringLiteral("S1.1-14")).justification, QStringLiteral("held"));
        QVERIFY(listTexts(find<QListWidget>(&page, "carryOverReview")).first().contains(QLatin1String("every answer was kept")));
    }
};

QTEST_MAIN(TestCriteriaLibrary)
#include "testcriterialibrary.moc"
