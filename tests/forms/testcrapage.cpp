// SPDX-License-Identifier: Apache-2.0
// The CRA readiness page: reached from the declaration page and the Item menu, every Annex I
// point listed with its coverage and details, the CRA fields saved through the core with their
// history (a bad value shows the core's message and changes nothing), read-only with the reason
// when the workspace may not be changed, and the drafts written.
#include "formstest.h"

#include "cra/crafieldseditor.h"
#include "cra/crareadinesspage.h"
#include "demo/demoworkspace.h"
#include "mainwindow/mainwindow.h"
#include "session/session.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>

using namespace hoshi;
using formstest::find;

namespace {

int requirementRows(const QTreeWidget *tree)
{
    int rows = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        rows += tree->topLevelItem(i)->childCount();
    return rows;
}

} // namespace

class TestCraPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    DemoIds m_ids;

    void openAt(MainWindow &window, bool readOnly)
    {
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openWorkspace(m_path, readOnly));
        window.showDeclaration(m_ids.completeDeclaration);
        window.showCraReadiness();
        QCOMPARE(window.currentPage(), MainWindow::Page::Cra);
    }

private Q_SLOTS:
    void initTestCase()
    {
        formstest::initApplication();
        m_path = m_dir.filePath(QStringLiteral("cra.hoshi"));
        QString error;
        QVERIFY2(DemoWorkspace::create(m_path, &m_ids, &error), qPrintable(error));
    }

    void reachedFromTheDeclaration()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openWorkspace(m_path));
        window.showDeclaration(m_ids.completeDeclaration);
        window.showDeclarationDetails();
        QTest::mouseClick(find<QPushButton>(&window, "craReadinessButton"), Qt::LeftButton);
        QCOMPARE(window.currentPage(), MainWindow::Page::Cra);
        auto *tree = find<QTreeWidget>(&window, "craRequirementList");
        QCOMPARE(requirementRows(tree), 22);
        auto *page = find<CraReadinessPage>(&window, "craReadinessPage");
        QVERIFY(page->selectRequirement(QStringLiteral("ii1")));
        const QString details = find<QTextBrowser>(&window, "craRequirementDetails")->toPlainText();
        QVERIFY2(details.contains(QLatin1String("Part II (1)")) && details.contains(QLatin1String("Software bill of materials")),
                 qPrintable(details));
        QVERIFY(find<QTreeWidget>(&window, "craGapList")->topLevelItemCount() >= 5);
        QTest::mouseClick(find<QPushButton>(&window, "craBackButton"), Qt::LeftButton);
        QCOMPARE(window.currentPage(), MainWindow::Page::Declaration);
        auto *action = find<QAction>(&window, "actionCraReadiness");
        QVERIFY(action->isEnabled());
        action->trigger();
        QCOMPARE(window.currentPage(), MainWindow::Page::Cra);
    }

    void fieldsSavedWithHistory()
    {
        MainWindow window;
        openAt(window, false);
        auto *page = window.craReadinessPage();
        page->showTab(CraReadinessPage::Tab::Fields);
        auto *sbom = find<QLineEdit>(&window, "cra_sbom_reference");
        QVERIFY(!sbom->isReadOnly());
        sbom->setFocus();
        formstest::keyText(sbom, QStringLiteral("sbom/cam.cdx.json"));
        QTest::mouseClick(find<QPushButton>(&window, "craSaveButton"), Qt::LeftButton);
        Workspace *ws = window.session()->workspace();
        QCOMPARE(ws->craRecord(m_ids.completeDeclaration)->sbomReference, QStringLiteral("sbom/cam.cdx.json"));
        auto *history = find<QListWidget>(&window, "craHistoryList");
        QVERIFY2(history->item(0)->text().contains(QLatin1String("sbom/cam.cdx.json")), qPrintable(history->item(0)->text()));
        // The SBOM is now recorded: the gap says so.
        bool recorded = false;
        for (const CraGap &g : page->readiness()->allGaps())
            recorded = recorded || (g.id == QLatin1String("sbom") && g.addressed);
        QVERIFY(recorded);

        // The save is one undo step: undo stores the fields as they were, redo as saved.
        QUndoStack *undo = window.session()->undoStack();
        undo->undo();
        QVERIFY(ws->craRecord(m_ids.completeDeclaration)->sbomReference.isEmpty());
        QVERIFY(sbom->text().isEmpty());
        undo->redo();
        QCOMPARE(ws->craRecord(m_ids.completeDeclaration)->sbomReference, QStringLiteral("sbom/cam.cdx.json"));

        // A bad web address: the core's message on the page, nothing stored.
        const qint64 version = ws->craRecord(m_ids.completeDeclaration)->rowVersion;
        auto *cvd = find<QLineEdit>(&window, "cra_cvd_policy_url");
        cvd->setText(QStringLiteral("example.com/cvd"));
        QVERIFY(!page->saveFields());
        auto *error = find<QLabel>(&window, "craFieldsError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("not a web address")), qPrintable(error->text()));
        QCOMPARE(ws->craRecord(m_ids.completeDeclaration)->rowVersion, version);
        QVERIFY(ws->craRecord(m_ids.completeDeclaration)->cvdPolicyUrl.isEmpty());
    }

    void readOnlySaysWhy()
    {
        MainWindow window;
        openAt(window, true);
        QVERIFY(window.session()->isReadOnly());
        const QString reason = window.session()->readOnlyReason();
        QVERIFY(!reason.isEmpty());
        QVERIFY(find<QLineEdit>(&window, "cra_sbom_reference")->isReadOnly());
        auto *save = find<QPushButton>(&window, "craSaveButton");
        QVERIFY(!save->isEnabled());
        QCOMPARE(save->toolTip(), reason);
        QVERIFY(!find<QWidget>(&window, "cra_conformity_module")->isEnabled());
        QCOMPARE(find<QLabel>(&window, "craReadOnlyNote")->text(), reason);
        QVERIFY(!window.craReadinessPage()->saveFields());
    }

    void draftsWritten()
    {
        MainWindow window;
        openAt(window, false);
        const QString folder = m_dir.filePath(QStringLiteral("drafts"));
        QStringList written;
        QVERIFY(window.craReadinessPage()->writeDrafts(folder, &written));
        QCOMPARE(written.size(), 4);
        for (const QString &path : written)
            QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
        QVERIFY(find<QLabel>(&window, "craSummary")->text().contains(QLatin1String("DRAFT")));
    }

    void otherCriteriaSayWhy()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(m_path));
        window.showDeclaration(m_ids.star3Declaration);
        window.showCraReadiness();
        QVERIFY(!window.craReadinessPage()->readiness());
        QVERIFY(find<QLabel>(&window, "craSummary")->text().contains(QLatin1String("JST-CR-01-01-2024R1")));
        QVERIFY(!find<QPushButton>(&window, "craDraftsButton")->isEnabled());
    }
};

QTEST_MAIN(TestCraPage)
#include "testcrapage.moc"
