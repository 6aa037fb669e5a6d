// SPDX-License-Identifier: Apache-2.0
// The first hour in the window: the guided start on an empty workspace (organisation →
// product → declaration, with disabled commands saying why), renaming and removing from the
// navigator's context menu (refused while records depend on the record), one undo model
// (Ctrl+Z in a text box undoes through the application's stack and nothing is committed
// afterwards; the justification follows the verdict), the user's name on every history
// entry, the corporate number marked where it is typed, and F1 listing the actions' keys.
#include "formstest.h"

#include "common/settings.h"
#include "export/exportjob.h"
#include "itempage/itempage.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/startstrip.h"
#include "navigator/navigatormodel.h"
#include "product/organisationeditor.h"
#include "session/session.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

using namespace hoshi;
using formstest::find;

namespace {

qint64 idOf(const QAbstractItemModel *model, NavigatorModel::Kind kind)
{
    QList<QModelIndex> pending{QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeFirst();
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex i = model->index(r, 0, parent);
            if (NavigatorModel::Kind(i.data(NavigatorModel::KindRole).toInt()) == kind)
                return i.data(NavigatorModel::IdRole).toLongLong();
            pending << i;
        }
    }
    return -1;
}

} // namespace

class TestGuidedStart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        formstest::initApplication();
        QVERIFY(m_dir.isValid());
    }

    void stepStripCreatesOrganisationProductDeclaration()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.createWorkspace(m_dir.filePath(QStringLiteral("steps.hoshi"))));
        StartStrip *strip = window.startStrip();
        QVERIFY(strip->isVisible());
        auto *organisation = find<QPushButton>(strip, "startOrganisationButton");
        auto *product = find<QPushButton>(strip, "startProductButton");
        auto *declaration = find<QPushButton>(strip, "startDeclarationButton");
        QVERIFY(organisation->isEnabled());
        QVERIFY(!product->isEnabled());
        QVERIFY(!declaration->isEnabled());
        QVERIFY(product->toolTip().contains(QStringLiteral("organisation")));
        // The menu command that is not possible yet says why.
        auto *newDeclaration = find<QAction>(&window, "actionNewDeclaration");
        QVERIFY(!newDeclaration->isEnabled());
        QVERIFY2(newDeclaration->toolTip().contains(QStringLiteral("product")), qPrintable(newDeclaration->toolTip()));
        // No problem panel while there is no declaration to have problems.
        QVERIFY(!find<QWidget>(&window, "problemsDock")->isVisible());

        QTest::mouseClick(organisation, Qt::LeftButton);
        QCOMPARE(window.session()->workspace()->organisations().size(), 1);
        QCOMPARE(window.currentPage(), MainWindow::Page::Organisation);
        QVERIFY(strip->isVisible()); // still in view above the editor
        QVERIFY(product->isEnabled());
        QTest::mouseClick(product, Qt::LeftButton);
        QCOMPARE(window.session()->workspace()->products().size(), 1);
        QCOMPARE(window.currentPage(), MainWindow::Page::Product);
        QVERIFY(declaration->isEnabled());
        QVERIFY(newDeclaration->isEnabled());

        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *criteria = dialog->findChild<QComboBox *>(QStringLiteral("criteriaCombo"));
            criteria->setCurrentIndex(criteria->findData(QStringLiteral("JST-CR-01-01-2024R1")));
            dialog->accept();
        });
        QTest::mouseClick(declaration, Qt::LeftButton);
        QApplication::setActiveWindow(&window);
        QCOMPARE(window.session()->workspace()->declarations().size(), 1);
        QCOMPARE(window.currentPage(), MainWindow::Page::Checklist);
        QVERIFY(window.session()->snapshot());
        QVERIFY(!strip->isVisible());
        QVERIFY(find<QWidget>(&window, "problemsDock")->isVisible());
        const QString progress = find<QLabel>(&window, "progressLabel")->text();
        QVERIFY2(progress.startsWith(QStringLiteral("OK 0 / assessed 0 / 16")), qPrintable(progress));
    }

    void renameAndRemoveFromTheNavigator()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(m_dir.filePath(QStringLiteral("steps.hoshi"))));
        const QAbstractItemModel *model = window.navigatorModel();
        const qint64 org = idOf(model, NavigatorModel::Kind::Organisation);
        const qint64 product = idOf(model, NavigatorModel::Kind::Product);
        const qint64 declaration = idOf(model, NavigatorModel::Kind::Declaration);
        QVERIFY(org > 0 && product > 0 && declaration > 0);
        Workspace *ws = window.session()->workspace();

        MessageBox::setNextText(QStringLiteral("さくらデバイス株式会社"));
        window.renameRecord(int(NavigatorModel::Kind::Organisation), org);
        QCOMPARE(ws->organisation(org)->name, QStringLiteral("さくらデバイス株式会社"));
        QCOMPARE(window.navigatorModel()->indexOf(NavigatorModel::Kind::Organisation, org).data().toString(),
                 QStringLiteral("さくらデバイス株式会社"));
        MessageBox::setNextText(QStringLiteral("初回申請"));
        window.renameRecord(int(NavigatorModel::Kind::Declaration), declaration);
        QVERIFY(window.navigatorModel()
                    ->indexOf(NavigatorModel::Kind::Declaration, declaration)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("初回申請")));

        // A product with a declaration is not removed; the user is told what depends on it.
        MessageBox::clearShownMessages();
        window.removeRecord(int(NavigatorModel::Kind::Product), product);
        QVERIFY(ws->product(product));
        QCOMPARE(MessageBox::shownMessages().size(), 1);
        QVERIFY2(MessageBox::shownMessages().constFirst().contains(QStringLiteral("1 declaration")),
                 qPrintable(MessageBox::shownMessages().constFirst()));

        // The declaration: asked, and "No" keeps it.
        MessageBox::setNextAnswer(QMessageBox::No);
        window.removeRecord(int(NavigatorModel::Kind::Declaration), declaration);
        QVERIFY(ws->declaration(declaration));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        window.removeRecord(int(NavigatorModel::Kind::Declaration), declaration);
        QVERIFY(!ws->declaration(declaration));
        QVERIFY(!window.navigatorModel()->indexOf(NavigatorModel::Kind::Declaration, declaration).isValid());
        QVERIFY(window.startStrip()->isVisible()); // no declaration left: the guided start is back
        QVERIFY(!window.session()->snapshot());
        QCOMPARE(ws->history(declaration).constFirst().action, QStringLiteral("declaration-removed"));

        // The context menu offers the commands on the record under the mouse.
        auto *navigator = window.navigatorView();
        const QModelIndex productIndex = window.navigatorModel()->indexOf(NavigatorModel::Kind::Product, product);
        QTimer::singleShot(0, this, [] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            QStringList names;
            for (QAction *a : menu->actions())
                names << a->objectName();
            QVERIFY2(names.contains(QStringLiteral("actionRenameRecord")), qPrintable(names.join(u' ')));
            QVERIFY(names.contains(QStringLiteral("actionRemoveRecord")));
            QVERIFY(names.contains(QStringLiteral("actionNewDeclaration")));
            menu->close();
        });
        Q_EMIT navigator->customContextMenuRequested(navigator->visualRect(productIndex).center());
    }

    void undoInATextBoxCommitsNothingAfterwards()
    {
        MainWindow window;
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window)); // window shortcuts need an active window
        QVERIFY(window.openDemo());
        Session *session = window.session();
        const QString item = QStringLiteral("S1.1-02");
        window.showItem(item);
        ItemPage *page = window.itemPage();
        auto *justification = find<QPlainTextEdit>(page, "justificationEdit");
        session->setVerdict(item, Verdict::NotApplicable);
        QVERIFY(justification->isVisible());
        const QString before = session->assessment(item).justification;

        justification->setFocus();
        QTest::keyClick(justification, Qt::Key_End, Qt::ControlModifier);
        formstest::keyText(justification, QStringLiteral("typed"));
        QTest::keyClick(justification, Qt::Key_Z, Qt::ControlModifier);
        // The typed text was committed and undone as one step of the application's stack.
        QCOMPARE(justification->toPlainText(), before);
        QCOMPARE(session->assessment(item).justification, before);
        QVERIFY(session->undoStack()->canRedo());
        const int entries = int(session->workspace()->history(session->currentDeclarationId(), item).size());
        QTest::qWait(2000); // longer than the idle commit
        QCOMPARE(int(session->workspace()->history(session->currentDeclarationId(), item).size()), entries);
        QCOMPARE(session->assessment(item).justification, before);

        // Ctrl+Shift+Z in the box redoes it.
        QTest::keyClick(justification, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(session->assessment(item).justification, before + QStringLiteral("typed"));
        QCOMPARE(justification->toPlainText(), before + QStringLiteral("typed"));

        // The justification follows the verdict through undo: back to "not assessed", gone.
        session->setJustification(item, QString());
        session->setVerdict(item, Verdict::NotAssessed);
        QVERIFY(!justification->isVisible());
        find<QAction>(&window, "actionUndo")->trigger();
        QCOMPARE(session->assessment(item).verdict, Verdict::NotApplicable);
        QVERIFY(justification->isVisible());
        find<QAction>(&window, "actionRedo")->trigger();
        QVERIFY(!justification->isVisible());

        // Fixed-width buttons; the tool tip names the command.
        auto *toolbar = find<QToolBar>(&window, "mainToolBar");
        QWidget *undoButton = toolbar->widgetForAction(find<QAction>(&window, "actionUndo"));
        const int width = undoButton->width();
        session->setVerdict(item, Verdict::Conforming);
        QCOMPARE(undoButton->width(), width);
        QVERIFY2(find<QAction>(&window, "actionUndo")->toolTip().contains(item),
                 qPrintable(find<QAction>(&window, "actionUndo")->toolTip()));
    }

    void nameInTheHistory()
    {
        Settings::setUserName(QStringLiteral("山田 花子"));
        MainWindow window;
        window.show();
        QVERIFY(window.openDemo());
        QCOMPARE(window.session()->actor(), QStringLiteral("山田 花子"));
        window.session()->setVerdict(QStringLiteral("S1.1-01"), Verdict::NonConforming);
        const QList<HistoryEntry> history =
            window.session()->workspace()->history(window.session()->currentDeclarationId(), QStringLiteral("S1.1-01"));
        QVERIFY(!history.isEmpty());
        QCOMPARE(history.constFirst().actor, QStringLiteral("山田 花子"));

        // Edit ▸ Your name… changes it for what follows and keeps it.
        MessageBox::setNextText(QStringLiteral("Hanako Yamada"));
        find<QAction>(&window, "actionUserName")->trigger();
        QCOMPARE(Settings::userName(), QStringLiteral("Hanako Yamada"));
        window.session()->setVerdict(QStringLiteral("S1.1-01"), Verdict::Conforming);
        QCOMPARE(window.session()
                     ->workspace()
                     ->history(window.session()->currentDeclarationId(), QStringLiteral("S1.1-01"))
                     .constFirst()
                     .actor,
                 QStringLiteral("Hanako Yamada"));
    }

    void corporateNumberMarkedWhereTyped()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDemo());
        const qint64 org = window.session()->snapshot()->organisation.id;
        window.showOrganisation(org);
        auto *edit = find<QLineEdit>(&window, "corporateNumberEdit");
        formstest::typeInto(edit, QStringLiteral("12345"));
        QCOMPARE(window.session()->snapshot()->organisation.corporateNumber, QStringLiteral("12345"));
        bool flagged = false;
        for (const GateProblem &p : window.session()->problems())
            flagged = flagged || (p.code == QLatin1String("bad-corporate-number") && p.isBlocking());
        QVERIFY(flagged);
        const QString message = find<QLabel>(&window, "corporateNumberMessage")->text();
        QVERIFY2(message.contains(QStringLiteral("check digit")), qPrintable(message));
        formstest::typeInto(edit, QStringLiteral("7000012050002"));
        for (const GateProblem &p : window.session()->problems())
            QVERIFY(p.code != QLatin1String("bad-corporate-number"));
        QVERIFY(find<QLabel>(&window, "corporateNumberMessage")->text().isEmpty());
    }

    void exportShownOnTheDeclaration()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDemo());
        Session *session = window.session();
        qint64 complete = -1;
        for (const Declaration &d : session->workspace()->declarations()) {
            window.showDeclaration(d.id);
            if (session->blockingCount() == 0)
                complete = d.id;
        }
        QVERIFY(complete > 0);
        window.showDeclaration(complete);
        auto *exported = find<QLabel>(&window, "declarationExportedLabel");
        QVERIFY(!exported->isVisible());

        ExportJob::Request request;
        request.declarationId = complete;
        request.outputDir = m_dir.filePath(QStringLiteral("export"));
        QVERIFY(QDir().mkpath(request.outputDir));
        request.package = false;
        ExportJob::Outcome outcome;
        QString error;
        QVERIFY2(ExportJob::run(*session->workspace(), request, &outcome, &error), qPrintable(error));
        session->markExported(complete, outcome.exportId, outcome.declarationJson); // as the dialog does
        const std::optional<Baseline> baseline = session->workspace()->latestBaseline(complete, BaselineKind::Export);
        QVERIFY(baseline);
        QVERIFY(exported->isVisible());
        QVERIFY2(exported->text().contains(baseline->exportId), qPrintable(exported->text()));
        QVERIFY(exported->text().contains(baseline->fingerprint.left(16)));

        // An exported declaration is kept: its export record depends on it.
        MessageBox::clearShownMessages();
        window.removeRecord(int(NavigatorModel::Kind::Declaration), complete);
        QVERIFY(session->workspace()->declaration(complete));
        QVERIFY2(MessageBox::shownMessages().value(0).contains(QStringLiteral("export")),
                 qPrintable(MessageBox::shownMessages().value(0)));
    }

    void lockOffersReadOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("locked.hoshi"));
        MainWindow first;
        QVERIFY(first.createWorkspace(path));
        MainWindow second;
        MessageBox::clearShownMessages();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(second.openWorkspace(path));
        QVERIFY(second.session()->isReadOnly());
        QCOMPARE(MessageBox::shownMessages().size(), 1);
        QVERIFY(MessageBox::shownMessages().constFirst().contains(QStringLiteral("read-only")));
    }

    void shortcutListComesFromTheActions()
    {
        MainWindow window;
        find<QAction>(&window, "actionShortcuts")->trigger();
        // A window of its own (it scrolls on a small screen), not modal.
        auto *dialog = find<QDialog>(&window, "shortcutsDialog");
        QVERIFY(dialog);
        const QString list = find<QTextBrowser>(dialog, "helpText")->toPlainText();
        for (const char *key : {"F9", "Ctrl+N", "Ctrl+O", "Ctrl+W", "Ctrl+Q", "Ctrl+Shift+E", "F8", "Ctrl+Z"})
            QVERIFY2(list.contains(QLatin1String(key)), key);
        QVERIFY(!list.contains(QLatin1Char('&')) || !list.contains(QStringLiteral("&amp;")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestGuidedStart)
#include "testguidedstart.moc"
