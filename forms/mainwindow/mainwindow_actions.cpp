// SPDX-License-Identifier: Apache-2.0
// The main window's menus and actions, and the commands behind them.
#include "mainwindow.h"

#include "mainwindow_actions.h"
#include "helpdialog.h"
#include "storage/location.h"

#include "checklist/checklistpage.h"
#include "common/datakeys.h"
#include "common/filedialog.h"
#include "common/messagebox.h"
#include "common/settings.h"
#include "declaration/newdeclarationdialog.h"
#include "evidence/reviewperiodsdialog.h"
#include "navigator/navigatormodel.h"
#include "problems/problemspanel.h"
#include "product/organisationeditor.h"
#include "product/producteditor.h"
#include "review/findingsimportaction.h"
#include "review/reviewdock.h"
#include "session/session.h"
#include "sync/syncdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

namespace hoshi {

namespace {

QAction *makeAction(QObject *parent, const char *objectName, const QList<QKeySequence> &shortcuts = {})
{
    auto *action = new QAction(parent);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcuts(shortcuts);
    return action;
}

} // namespace

void MainWindow::createActions()
{
    m_actions = std::make_unique<Actions>();
    Actions &a = *m_actions;
    a.newWorkspace = makeAction(this, "actionNewWorkspace", {QKeySequence::New});
    a.open = makeAction(this, "actionOpen", {QKeySequence::Open});
    a.openReadOnly = makeAction(this, "actionOpenReadOnly");
    a.openDemo = makeAction(this, "actionOpenDemo");
    a.openArchive = makeAction(this, "actionOpenArchive", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)});
    a.closeArchive = makeAction(this, "actionCloseArchive");
    // Ctrl+E adds document-review evidence (the item page's key since the start), so the
    // export has the shifted key.
    a.exportDeclaration = makeAction(this, "actionExport", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)});
    a.importFindings = makeAction(this, "actionImportFindings");
    a.synchronise = makeAction(this, "actionSynchronise");
    a.closeWorkspace = makeAction(this, "actionCloseWorkspace", {QKeySequence(Qt::CTRL | Qt::Key_W)});
    a.quit = makeAction(this, "actionQuit", {QKeySequence(Qt::CTRL | Qt::Key_Q)});
    a.quit->setMenuRole(QAction::QuitRole);

    // Own actions rather than QUndoStack's: text being typed is committed first (so that it
    // becomes the step undone), and the toolbar keeps one short label while the menu and the
    // tool tip name the command.
    a.undo = makeAction(this, "actionUndo", {QKeySequence(Qt::CTRL | Qt::Key_Z)});
    a.redo = makeAction(this, "actionRedo",
                        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    a.userName = makeAction(this, "actionUserName");
    a.reviewPeriods = makeAction(this, "actionReviewPeriods");
    a.newOrganisation = makeAction(this, "actionNewOrganisation");
    a.newProduct = makeAction(this, "actionNewProduct");
    a.newDeclaration = makeAction(this, "actionNewDeclaration", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)});
    a.findItem = makeAction(this, "actionFindItem", {QKeySequence::Find});

    a.showChecklist = makeAction(this, "actionShowChecklist", {QKeySequence(Qt::CTRL | Qt::Key_L)});
    a.previousItem = makeAction(this, "actionPreviousItem",
                                {QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::ALT | Qt::Key_Up)});
    a.nextItem = makeAction(this, "actionNextItem",
                            {QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::ALT | Qt::Key_Down)});
    a.conforming = makeAction(this, "actionConforming", {QKeySequence(Qt::CTRL | Qt::Key_1)});
    a.notApplicable = makeAction(this, "actionNotApplicable", {QKeySequence(Qt::CTRL | Qt::Key_2)});
    a.nonConforming = makeAction(this, "actionNonConforming", {QKeySequence(Qt::CTRL | Qt::Key_3)});
    a.notAssessed = makeAction(this, "actionNotAssessed",
                               {QKeySequence(Qt::CTRL | Qt::Key_4), QKeySequence(Qt::CTRL | Qt::Key_0)});
    a.addDocument = makeAction(this, "actionAddDocument", {QKeySequence(Qt::CTRL | Qt::Key_E)});
    a.addDeviceTest = makeAction(this, "actionAddDeviceTest", {QKeySequence(Qt::CTRL | Qt::Key_T)});
    a.nextProblem = makeAction(this, "actionNextProblem", {QKeySequence(Qt::Key_F8)});
    a.previousProblem = makeAction(this, "actionPreviousProblem", {QKeySequence(Qt::SHIFT | Qt::Key_F8)});
    a.productDetails = makeAction(this, "actionProductDetails", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    a.declarationDetails = makeAction(this, "actionDeclarationDetails",
                                      {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)});
    a.officialForm = makeAction(this, "actionOfficialForm");

    a.languages = new QActionGroup(this);
    a.languageSystem = makeAction(a.languages, "actionLanguageSystem");
    a.languageJapanese = makeAction(a.languages, "actionLanguageJapanese");
    a.languageEnglish = makeAction(a.languages, "actionLanguageEnglish");
    a.languageSystem->setData(QString());
    a.languageJapanese->setData(QStringLiteral("ja"));
    a.languageEnglish->setData(QStringLiteral("en"));
    for (QAction *l : a.languages->actions()) {
        l->setCheckable(true);
        l->setChecked(l->data().toString() == Settings::language());
    }
    a.shortcuts = makeAction(this, "actionShortcuts", {QKeySequence::HelpContents});
    a.about = makeAction(this, "actionAbout");
    a.criteriaLibrary = makeAction(this, "actionCriteriaLibrary");
    connect(a.criteriaLibrary, &QAction::triggered, this, &MainWindow::showCriteriaLibrary);

    connect(a.undo, &QAction::triggered, this, [this] { undoOrRedo(false); });
    connect(a.redo, &QAction::triggered, this, [this] { undoOrRedo(true); });
    connect(a.userName, &QAction::triggered, this, &MainWindow::askUserName);
    connect(a.reviewPeriods, &QAction::triggered, this, [this] { ReviewPeriodsDialog::edit(m_session, this); });
    connect(a.newWorkspace, &QAction::triggered, this, &MainWindow::newWorkspace);
    connect(a.open, &QAction::triggered, this, [this] { openWithDialog(false); });
    connect(a.openReadOnly, &QAction::triggered, this, [this] { openWithDialog(true); });
    connect(a.openDemo, &QAction::triggered, this, &MainWindow::openDemo);
    connect(a.openArchive, &QAction::triggered, this, &MainWindow::openArchiveWithDialog);
    connect(a.closeArchive, &QAction::triggered, this, &MainWindow::closeArchive);
    connect(a.exportDeclaration, &QAction::triggered, this, &MainWindow::exportDeclaration);
    connect(a.importFindings, &QAction::triggered, this, [this] { FindingsImportAction::run(this, m_session); });
    connect(a.synchronise, &QAction::triggered, this, [this] {
        commitPendingEdits(); // text being typed is saved first, so that it takes part
        showSyncDialog(m_session, this);
    });
    connect(a.closeWorkspace, &QAction::triggered, this, &MainWindow::closeWorkspace);
    connect(a.quit, &QAction::triggered, this, &MainWindow::close);
    connect(a.newOrganisation, &QAction::triggered, this, &MainWindow::newOrganisation);
    connect(a.newProduct, &QAction::triggered, this, &MainWindow::newProduct);
    connect(a.newDeclaration, &QAction::triggered, this, &MainWindow::newDeclaration);
    connect(a.findItem, &QAction::triggered, this, &MainWindow::findItem);
    connect(a.showChecklist, &QAction::triggered, this, &MainWindow::showChecklist);
    connect(a.previousItem, &QAction::triggered, this, [this] { moveItem(-1); });
    connect(a.nextItem, &QAction::triggered, this, [this] { moveItem(1); });
    connect(a.conforming, &QAction::triggered, this, [this] { setVerdictOfCurrent(int(Verdict::Conforming)); });
    connect(a.notApplicable, &QAction::triggered, this, [this] { setVerdictOfCurrent(int(Verdict::NotApplicable)); });
    connect(a.nonConforming, &QAction::triggered, this, [this] { setVerdictOfCurrent(int(Verdict::NonConforming)); });
    connect(a.notAssessed, &QAction::triggered, this, [this] { setVerdictOfCurrent(int(Verdict::NotAssessed)); });
    connect(a.addDocument, &QAction::triggered, this,
            [this] { addEvidenceToCurrent(int(EvidenceKind::DocumentReview)); });
    connect(a.addDeviceTest, &QAction::triggered, this, [this] { addEvidenceToCurrent(int(EvidenceKind::DeviceTest)); });
    connect(a.nextProblem, &QAction::triggered, m_problems, &ProblemsPanel::activateNext);
    connect(a.previousProblem, &QAction::triggered, m_problems, &ProblemsPanel::activatePrevious);
    connect(a.productDetails, &QAction::triggered, this, [this] {
        if (const DeclarationSnapshot *s = m_session->snapshot())
            showProduct(s->product.id);
    });
    connect(a.declarationDetails, &QAction::triggered, this, &MainWindow::showDeclarationDetails);
    connect(a.officialForm, &QAction::triggered, this, &MainWindow::showFormMapping);
    connect(a.languages, &QActionGroup::triggered, this, [this](QAction *action) {
        Settings::setLanguage(action->data().toString());
        Q_EMIT languageRequested(action->data().toString());
    });
    connect(a.shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);

    // Typed in a text box, the keys that change data do nothing but say so.
    auto *dataKeys = new DataKeys(this, {a.conforming, a.notApplicable, a.nonConforming, a.notAssessed,
                                         a.addDocument, a.addDeviceTest});
    qApp->installEventFilter(dataKeys);
    connect(dataKeys, &DataKeys::refused, this, [this](QAction *action) {
        const QString name = action->text().remove(QLatin1Char('&'));
        const QString key = action->shortcut().toString(QKeySequence::NativeText);
        statusBar()->showMessage(
            action->isEnabled()
                ? tr("Not done: \"%1\" (%2) works outside text boxes. Press Tab to leave the box first.").arg(name, key)
                : tr("Not done: \"%1\" (%2) works on the checklist and the item page.").arg(name, key),
            8000);
    });
}

void MainWindow::createMenus()
{
    Actions &a = *m_actions;
    a.fileMenu = menuBar()->addMenu(QString());
    a.fileMenu->addAction(a.newWorkspace);
    a.fileMenu->addAction(a.open);
    a.fileMenu->addAction(a.openReadOnly);
    a.recentMenu = a.fileMenu->addMenu(QString());
    a.recentMenu->setObjectName(QStringLiteral("recentMenu"));
    a.fileMenu->addAction(a.openDemo);
    a.fileMenu->addSeparator();
    a.fileMenu->addAction(a.exportDeclaration);
    a.fileMenu->addAction(a.importFindings);
    a.fileMenu->addAction(a.synchronise);
    a.fileMenu->addSeparator();
    a.fileMenu->addAction(a.openArchive);
    a.fileMenu->addAction(a.closeArchive);
    a.fileMenu->addSeparator();
    a.fileMenu->addAction(a.closeWorkspace);
    a.fileMenu->addAction(a.quit);

    a.editMenu = menuBar()->addMenu(QString());
    a.editMenu->addAction(a.undo);
    a.editMenu->addAction(a.redo);
    a.editMenu->addSeparator();
    a.editMenu->addAction(a.newOrganisation);
    a.editMenu->addAction(a.newProduct);
    a.editMenu->addAction(a.newDeclaration);
    a.editMenu->addSeparator();
    a.editMenu->addAction(a.findItem);
    a.editMenu->addSeparator();
    a.editMenu->addAction(a.userName);
    a.editMenu->addAction(a.reviewPeriods);
    // Disabled commands say why in their tool tip.
    a.editMenu->setToolTipsVisible(true);

    a.itemMenu = menuBar()->addMenu(QString());
    a.itemMenu->addAction(a.showChecklist);
    a.itemMenu->addAction(a.previousItem);
    a.itemMenu->addAction(a.nextItem);
    a.itemMenu->addSeparator();
    a.itemMenu->addAction(a.conforming);
    a.itemMenu->addAction(a.notApplicable);
    a.itemMenu->addAction(a.nonConforming);
    a.itemMenu->addAction(a.notAssessed);
    a.itemMenu->addSeparator();
    a.itemMenu->addAction(a.addDocument);
    a.itemMenu->addAction(a.addDeviceTest);
    a.itemMenu->addSeparator();
    a.itemMenu->addAction(a.nextProblem);
    a.itemMenu->addAction(a.previousProblem);
    a.itemMenu->addSeparator();
    a.itemMenu->addAction(a.productDetails);
    a.itemMenu->addAction(a.declarationDetails);
    a.itemMenu->addAction(a.officialForm);

    a.viewMenu = menuBar()->addMenu(QString());
    QAction *navigatorToggle = m_navigatorDock->toggleViewAction();
    navigatorToggle->setShortcut(QKeySequence(Qt::Key_F9));
    QAction *problemsToggle = m_problemsDock->toggleViewAction();
    problemsToggle->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F9));
    a.viewMenu->addAction(navigatorToggle);
    a.viewMenu->addAction(problemsToggle);
    QAction *reviewToggle = m_reviewDock->toggleViewAction();
    a.viewMenu->addAction(reviewToggle);
    a.viewMenu->addAction(a.criteriaLibrary);
    connect(navigatorToggle, &QAction::triggered, this, [this](bool on) { m_navigatorWanted = on; });
    connect(problemsToggle, &QAction::triggered, this, [this](bool on) { m_problemsWanted = on; });
    connect(reviewToggle, &QAction::triggered, this, [this](bool on) { m_reviewWanted = on; });
    a.viewMenu->addSeparator();
    a.languageMenu = a.viewMenu->addMenu(QString());
    a.languageMenu->addActions(a.languages->actions());

    a.helpMenu = menuBar()->addMenu(QString());
    a.helpMenu->addAction(a.shortcuts);
    a.helpMenu->addAction(a.about);

    auto *toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(a.undo);
    toolbar->addAction(a.redo);
    // Fixed width: the buttons to their right must not move with each command's name.
    for (QAction *action : {a.undo, a.redo}) {
        if (QWidget *button = toolbar->widgetForAction(action))
            button->setObjectName(QLatin1String(action == a.undo ? "undoButton" : "redoButton"));
    }
    toolbar->addSeparator();
    toolbar->addAction(a.showChecklist);
    toolbar->addAction(a.previousItem);
    toolbar->addAction(a.nextItem);
    toolbar->addSeparator();
    toolbar->addAction(a.findItem);
    toolbar->addAction(a.nextProblem);
    rebuildRecentMenu();
}

void MainWindow::retranslate()
{
    Actions &a = *m_actions;
    a.fileMenu->setTitle(tr("&File"));
    a.editMenu->setTitle(tr("&Edit"));
    a.itemMenu->setTitle(tr("&Item"));
    a.viewMenu->setTitle(tr("&View"));
    a.helpMenu->setTitle(tr("&Help"));
    a.recentMenu->setTitle(tr("Open &recent"));
    a.languageMenu->setTitle(tr("&Language"));
    retranslatePortfolio();
    retranslateCra();
    retranslateServer();
    retranslateCapture();
    a.newWorkspace->setText(tr("&New workspace…"));
    a.open->setText(tr("&Open…"));
    a.openReadOnly->setText(tr("Open &read-only…"));
    a.openDemo->setText(tr("Open &demo"));
    a.openArchive->setText(tr("Open e&vidence archive…"));
    a.openArchive->setStatusTip(tr("Auditor mode: verify a retained evidence archive and browse it read-only"));
    a.closeArchive->setText(tr("Close evidence arc&hive"));
    a.exportDeclaration->setText(tr("&Export…"));
    a.exportDeclaration->setStatusTip(tr("Write the application package and the retained evidence archive"));
    a.importFindings->setText(tr("Import &findings…"));
    a.importFindings->setStatusTip(tr("Turn a reviewer's findings on an evidence archive into review comments"));
    a.synchronise->setText(tr("S&ynchronise…"));
    a.synchronise->setStatusTip(tr("Bring this workspace and another copy (a file or a server) to the same records"));
    a.closeWorkspace->setText(tr("&Close workspace"));
    a.quit->setText(tr("&Quit"));
    a.userName->setText(tr("Your &name…"));
    a.userName->setStatusTip(tr("The name recorded in the history for your changes"));
    a.reviewPeriods->setText(tr("Re&view periods…"));
    a.reviewPeriods->setStatusTip(tr("How long evidence stays good by default before it is due for review"));
    updateUndoActions();
    a.newOrganisation->setText(tr("New &organisation"));
    a.newProduct->setText(tr("New &product"));
    a.newDeclaration->setText(tr("New &declaration…"));
    a.findItem->setText(tr("&Find item"));
    a.showChecklist->setText(tr("&Checklist"));
    a.previousItem->setText(tr("&Previous item"));
    a.nextItem->setText(tr("&Next item"));
    a.conforming->setText(tr("Set &conforming"));
    a.notApplicable->setText(tr("Set not &applicable"));
    a.nonConforming->setText(tr("Set non-c&onforming"));
    a.notAssessed->setText(tr("Set not a&ssessed"));
    a.addDocument->setText(tr("Add &document review"));
    a.addDeviceTest->setText(tr("Add device &test"));
    a.nextProblem->setText(tr("Next pro&blem"));
    a.previousProblem->setText(tr("Previous prob&lem"));
    a.productDetails->setText(tr("P&roduct details"));
    a.declarationDetails->setText(tr("D&eclaration details"));
    a.officialForm->setText(tr("IPA checklist &workbook…"));
    a.officialForm->setStatusTip(tr("Attach IPA's checklist workbook to the declaration and check where the answers go"));
    a.languageSystem->setText(tr("&System default"));
    // Each language is named in itself, so that it can be found whatever the UI shows.
    a.languageJapanese->setText(QStringLiteral("日本語"));
    a.languageEnglish->setText(QStringLiteral("English"));
    a.shortcuts->setText(tr("&Keyboard shortcuts"));
    a.about->setText(tr("&About Hoshi"));
    a.criteriaLibrary->setText(tr("&Criteria library…"));
    a.criteriaLibrary->setStatusTip(tr("Every criteria set with its version, status and sources; compare versions and carry declarations over"));
    m_navigatorDock->setWindowTitle(tr("Navigator"));
    m_problemsDock->setWindowTitle(tr("Blocking problems"));
    if (auto *toolbar = findChild<QToolBar *>(QStringLiteral("mainToolBar")))
        toolbar->setWindowTitle(tr("Main toolbar"));
    rebuildRecentMenu();
}

void MainWindow::updateActions()
{
    if (!m_actions)
        return;
    Actions &a = *m_actions;
    const bool open = m_session->hasWorkspace();
    const bool editable = open && !m_session->isReadOnly() && !m_readOnlyView;
    // The auditor mode shows an archive, not the workspace's declaration: its commands rest.
    const bool declaration = m_session->snapshot() != nullptr && !m_auditing;
    const bool item = declaration && !currentItemId().isEmpty();
    a.closeWorkspace->setEnabled(open || m_auditing);
    a.closeArchive->setEnabled(m_auditing);
    a.reviewPeriods->setEnabled(open && !m_auditing);
    a.exportDeclaration->setEnabled(declaration);
    a.importFindings->setEnabled(editable && !m_auditing);
    a.synchronise->setEnabled(editable && !m_auditing);
    updateCaptureAction();
    a.newOrganisation->setEnabled(editable);
    // The navigator's records: updating the actions asks nothing of the workspace.
    const bool organisations = open && m_navigatorModel && m_navigatorModel->count(NavigatorModel::Kind::Organisation) > 0;
    const bool products = open && m_navigatorModel && m_navigatorModel->count(NavigatorModel::Kind::Product) > 0;
    a.newProduct->setEnabled(editable && organisations);
    a.newDeclaration->setEnabled(editable && products);
    const QString notOpen = !open ? tr("Open or create a workspace first.")
                            : !editable ? tr("The workspace is open read-only.") : QString();
    const auto explain = [&notOpen](QAction *action, bool possible, const QString &why) {
        const QString reason = !notOpen.isEmpty() ? notOpen : possible ? QString() : why;
        action->setToolTip(reason.isEmpty() ? action->text().remove(QLatin1Char('&')) : reason);
        action->setStatusTip(reason);
    };
    explain(a.newOrganisation, true, QString());
    explain(a.newProduct, organisations, tr("Needs an organisation first: Edit ▸ New organisation."));
    explain(a.newDeclaration, products, tr("Needs a product first: Edit ▸ New product."));
    a.findItem->setEnabled(declaration);
    a.showChecklist->setEnabled(declaration);
    a.previousItem->setEnabled(declaration);
    a.nextItem->setEnabled(declaration);
    // A verdict is set only where it is shown: the checklist and the item page.
    const bool verdictShown = item && (currentPage() == Page::Item || currentPage() == Page::Checklist);
    for (QAction *v : {a.conforming, a.notApplicable, a.nonConforming, a.notAssessed})
        v->setEnabled(editable && verdictShown);
    for (QAction *v : {a.addDocument, a.addDeviceTest})
        v->setEnabled(editable && item);
    a.nextProblem->setEnabled(declaration);
    a.previousProblem->setEnabled(declaration);
    a.productDetails->setEnabled(declaration);
    a.declarationDetails->setEnabled(declaration);
    a.officialForm->setEnabled(declaration);
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_actions || !m_actions->recentMenu)
        return;
    QMenu *menu = m_actions->recentMenu;
    menu->clear();
    const QStringList recent = Settings::recentWorkspaces();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        // A server address may hold "&", which a menu would take for a shortcut marker.
        QString name = WorkspaceLocation::looksLikeServer(path) ? path : QFileInfo(path).fileName();
        name.replace(QLatin1Char('&'), QLatin1String("&&"));
        QAction *action = menu->addAction(tr("&%1 %2").arg(i + 1).arg(name));
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openWorkspace(path); });
    }
    if (!recent.isEmpty()) {
        menu->addSeparator();
        connect(menu->addAction(tr("Clear the list")), &QAction::triggered, this, [this] {
            Settings::clearRecentWorkspaces();
            rebuildRecentMenu();
        });
    } else {
        menu->addAction(tr("No recent workspaces"))->setEnabled(false);
    }
}

void MainWindow::newWorkspace()
{
    const QString path = FileDialog::getSaveFileName(this, tr("New workspace"), tr("Hoshi workspaces (*.hoshi)"),
                                                     QStringLiteral("hoshi"));
    if (!path.isEmpty())
        createWorkspace(path);
}

void MainWindow::openWithDialog(bool readOnly)
{
    const QString path = FileDialog::getOpenFileName(this, readOnly ? tr("Open workspace read-only")
                                                                    : tr("Open workspace"),
                                                     tr("Hoshi workspaces (*.hoshi);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path, readOnly);
}

void MainWindow::closeWorkspace()
{
    // Ctrl+W closes what is in front: in the auditor mode, the archive.
    if (m_auditing) {
        closeArchive();
        return;
    }
    commitPendingEdits();
    if (!stopImports())
        return;
    m_session->closeWorkspace();
    m_demoDir.reset();
    updateTitle();
}

qint64 MainWindow::contextOrganisationId() const
{
    const QModelIndex index = m_navigator->currentIndex();
    if (index.isValid()) {
        QModelIndex i = index;
        while (i.parent().isValid())
            i = i.parent();
        return i.data(NavigatorModel::IdRole).toLongLong();
    }
    const QList<Organisation> organisations = m_session->workspace()->organisations();
    return organisations.isEmpty() ? -1 : organisations.first().id;
}

qint64 MainWindow::contextProductId() const
{
    QModelIndex i = m_navigator->currentIndex();
    while (i.isValid()) {
        if (NavigatorModel::Kind(i.data(NavigatorModel::KindRole).toInt()) == NavigatorModel::Kind::Product)
            return i.data(NavigatorModel::IdRole).toLongLong();
        i = i.parent();
    }
    if (const DeclarationSnapshot *s = m_session->snapshot())
        return s->product.id;
    return -1;
}

void MainWindow::newOrganisation()
{
    // Created at once with a placeholder name, then edited in place: nothing to lose, no "Save".
    const qint64 id = m_session->addOrganisation(tr("New organisation"));
    if (id > 0) {
        showOrganisation(id);
        m_organisationEditor->focusField(QStringLiteral("organisation.name"));
    }
}

void MainWindow::newProduct()
{
    const qint64 organisation = contextOrganisationId();
    if (organisation < 0) {
        statusBar()->showMessage(tr("Add an organisation first."), 5000);
        return;
    }
    const qint64 id = m_session->addProduct(organisation, tr("New product"));
    if (id > 0) {
        showProduct(id);
        m_productEditor->focusField(QStringLiteral("product.name"));
    }
}

void MainWindow::newDeclaration()
{
    if (!m_session->hasWorkspace() || m_session->isReadOnly())
        return;
    NewDeclarationDialog dialog(m_session->workspace(), contextProductId(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = m_session->addDeclaration(dialog.productId(), dialog.criteriaSetId(), dialog.route());
    if (id > 0)
        showDeclarationNow(id);
}

void MainWindow::findItem()
{
    if (!m_session->snapshot())
        return;
    showChecklist();
    m_checklist->focusFind();
}

namespace {

// "ファイル(&F)" → "ファイル", "&Undo: …" → "Undo: …", "Export…" → "Export".
QString plainActionText(QString text)
{
    static const QRegularExpression mnemonic(QStringLiteral("\\(&.\\)"));
    text.remove(mnemonic);
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text.trimmed();
}

void addShortcutRows(const QMenu *menu, QStringList *rows)
{
    QStringList menuRows;
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            addShortcutRows(action->menu(), rows);
            continue;
        }
        if (action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &k : action->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        // Undo and redo name the command in their text; the list wants what the key does.
        const QString what = action->objectName() == QLatin1String("actionUndo")
                                     || action->objectName() == QLatin1String("actionRedo")
                                 ? action->iconText()
                                 : plainActionText(action->text());
        menuRows << QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(keys.join(QLatin1String(", ")).toHtmlEscaped(), what.toHtmlEscaped());
    }
    if (!menuRows.isEmpty())
        *rows << QStringLiteral("<tr><td colspan=2><i>%1</i></td></tr>").arg(plainActionText(menu->title()).toHtmlEscaped())
              << menuRows;
}

} // namespace

void MainWindow::showShortcuts()
{
    // Read from the actions themselves, so that the list can not drift from the keys.
    QStringList rows;
    for (QAction *menuAction : menuBar()->actions()) {
        if (menuAction->menu())
            addShortcutRows(menuAction->menu(), &rows);
    }
    // Keys that belong to a page rather than to a command of the window.
    rows << QStringLiteral("<tr><td colspan=2><i>%1</i></td></tr>").arg(tr("On the pages"));
    rows << QStringLiteral("<tr><td><b>Esc</b></td><td>%1</td></tr>").arg(tr("Back (item → checklist, evidence → item)"));
    rows << QStringLiteral("<tr><td><b>Ctrl+Shift+A</b></td><td>%1</td></tr>").arg(tr("Attach files (evidence page)"));
    rows << QStringLiteral("<tr><td><b>Ctrl+Enter</b></td><td>%1</td></tr>").arg(tr("Save the text box now"));
    rows << QStringLiteral("<tr><td><b>Enter</b></td><td>%1</td></tr>").arg(tr("Open the selected item or evidence"));
    // A scrolling window beside the main one (the list is taller than a 700-pixel screen).
    auto *dialog = new HelpDialog(tr("Keyboard shortcuts"),
                                  QStringLiteral("<table cellspacing=4>%1</table>").arg(rows.join(QString())), this);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showAbout()
{
    MessageBox::information(this, tr("About Hoshi"),
                            tr("<b>Hoshi %1</b><br>A workbench for JC-STAR IoT security self-declarations.<br>"
                               "Criteria texts are summaries; IPA's official Japanese documents are authoritative.<br><br>"
                               "Licensed under the Apache License, Version 2.0 (SPDX: Apache-2.0). Exported PDFs embed "
                               "the IPAPGothic font (IPA Font License), installed with the package fonts-ipafont-gothic.")
                                .arg(QStringLiteral(HOSHI_VERSION)));
}

} // namespace hoshi
