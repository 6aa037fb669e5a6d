// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "mainwindow_actions.h"
#include "startstrip.h"
#include "welcomepage.h"

#include "auditor/auditorpage.h"
#include "checklist/checklistmodel.h"
#include "checklist/checklistpage.h"
#include "common/messagebox.h"
#include "common/settings.h"
#include "common/undokeys.h"
#include "common/verdictstyle.h"
#include "declaration/declarationeditor.h"
#include "export/exportdialog.h"
#include "demo/demoworkspace.h"
#include "evidence/evidenceeditor.h"
#include "itempage/itempage.h"
#include "label/labellifecyclepage.h"
#include "navigator/navigatormodel.h"
#include "problems/problemspanel.h"
#include "product/organisationeditor.h"
#include "product/producteditor.h"
#include "review/reviewdock.h"
#include "review/reviewpanel.h"
#include "session/evidenceimporter.h"
#include "session/session.h"
#include "sync/syncstatuslabel.h"
#include "storage/location.h"
#include "util/accountname.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QUndoStack>

namespace hoshi {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_session(new Session(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_session->setActor(Settings::userName().isEmpty() ? AccountName::fullName() : Settings::userName());
    setWindowIcon(VerdictStyle::applicationIcon());
    buildPages();
    buildDocks();
    createActions();
    createMenus();
    buildPortfolio();
    buildCra();
    buildServerActions();
    buildCapture();
    buildHelp();
    qApp->installEventFilter(new UndoKeys(this));
    connect(qApp, &QApplication::focusChanged, this, &MainWindow::updateUndoActions);
    statusBar()->addPermanentWidget(new SyncStatusLabel(m_session, this));
    m_statusPath = new QLabel(this);
    m_statusPath->setObjectName(QStringLiteral("statusPath"));
    statusBar()->addPermanentWidget(m_statusPath);

    connect(m_session, &Session::workspaceChanged, this, &MainWindow::onWorkspaceChanged);
    connect(m_session, &Session::catalogChanged, this, [this] {
        const qint64 declaration = m_session->currentDeclarationId();
        m_navigatorModel->reload();
        m_navigator->expandAll();
        if (declaration > 0)
            selectInNavigator(int(NavigatorModel::Kind::Declaration), declaration);
        updateStartStrip();
        updateActions();
        updateTitle();
    });
    connect(m_session, &Session::declarationRefreshed, this, [this] {
        if (m_session->currentDeclarationId() > 0)
            m_navigatorModel->updateDeclaration(m_session->currentDeclarationId());
        updateActions();
    });
    connect(m_session, &Session::currentDeclarationChanged, this, [this](qint64 declarationId) {
        // With background reads a declaration arrives after showDeclaration asked for it:
        // what showDeclaration does once it is there happens now.
        if (declarationId > 0 && declarationId == m_awaitedDeclaration) {
            m_awaitedDeclaration = -1;
            finishShowingDeclaration();
        }
    });
    connect(m_session, &Session::errorOccurred, this, [this](const QString &message) {
        MessageBox::error(this, tr("Hoshi"), message, m_session->lastErrorDetails());
    });
    connect(m_session, &Session::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_session, &Session::revealRequested, this, &MainWindow::reveal);
    connect(m_session->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(m_session->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(m_session->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateUndoActions);

    resize(1280, 800);
    restoreLayout();
    retranslate();
    onWorkspaceChanged();
}

MainWindow::~MainWindow()
{
    // A running export reads the workspace from its own connection: let it cancel and end
    // (the dialog waits for its worker) before the workspace and its demo folder go.
    delete m_exportDialog.data();
    // Child dialogs (the form dialog) hide while QWidget's destructor deletes them, and the
    // focus change that causes must not reach this half-destroyed window's undo actions.
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
    // Close the workspace while its (demo) folder still exists; nothing should redraw now.
    QObject::disconnect(m_session, nullptr, nullptr, nullptr);
    m_session->closeWorkspace();
    m_demoDir.reset();
}

void MainWindow::buildPages()
{
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_welcome = new WelcomePage(m_pages);
    m_checklist = new ChecklistPage(m_session, m_pages);
    m_itemPage = new ItemPage(m_session, m_pages);
    m_evidenceEditor = new EvidenceEditor(m_session, m_pages);
    m_productEditor = new ProductEditor(m_session, m_pages);
    m_organisationEditor = new OrganisationEditor(m_session, m_pages);
    m_declarationEditor = new DeclarationEditor(m_session, m_pages);
    m_auditor = new AuditorPage(m_pages);
    m_labelPage = new LabelLifecyclePage(m_session, m_pages);
    // Same order as Page.
    for (QWidget *page : std::initializer_list<QWidget *>{m_welcome, m_checklist, m_itemPage, m_evidenceEditor,
                                                          m_productEditor, m_organisationEditor,
                                                          m_declarationEditor, m_auditor, m_labelPage})
        m_pages->addWidget(page);
    // The guided start sits above the pages while the workspace has no declaration, so that it
    // stays in view while the organisation and the product are filled in.
    auto *central = new QWidget(this);
    m_start = new StartStrip(central);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_start);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newWorkspace);
    connect(m_welcome, &WelcomePage::openRequested, this, [this] { openWithDialog(false); });
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::archiveRequested, this, &MainWindow::openArchiveWithDialog);
    connect(m_auditor, &AuditorPage::closeRequested, this, &MainWindow::closeArchive);
    connect(m_declarationEditor, &DeclarationEditor::labelLifecycleRequested, this, &MainWindow::showLabelLifecycle);
    connect(m_labelPage, &LabelLifecyclePage::backRequested, this, &MainWindow::showDeclarationDetails);
    connect(m_start, &StartStrip::organisationRequested, this, &MainWindow::newOrganisation);
    connect(m_start, &StartStrip::productRequested, this, &MainWindow::newProduct);
    connect(m_start, &StartStrip::declarationRequested, this, &MainWindow::newDeclaration);
    connect(m_auditor, &AuditorPage::verificationFinished, this, &MainWindow::updateActions);
    connect(m_auditor, &AuditorPage::findingsSaved, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Findings saved: %1").arg(QDir::toNativeSeparators(path)), 15000);
    });
    connect(m_checklist, &ChecklistPage::exportRequested, this, &MainWindow::exportDeclaration);
    connect(m_welcome, &WelcomePage::recentRequested, this, [this](const QString &path) {
        if (!path.isEmpty())
            openWorkspace(path);
    });
    connect(m_checklist, &ChecklistPage::itemActivated, this, &MainWindow::showItem);
    connect(m_checklist, &ChecklistPage::productDetailsRequested, this, [this] {
        if (const DeclarationSnapshot *s = m_session->snapshot())
            showProduct(s->product.id);
    });
    connect(m_checklist, &ChecklistPage::declarationDetailsRequested, this, &MainWindow::showDeclarationDetails);
    connect(m_itemPage, &ItemPage::editEvidenceRequested, this, &MainWindow::showEvidence);
    connect(m_itemPage, &ItemPage::backRequested, this, &MainWindow::showChecklist);
    connect(m_itemPage, &ItemPage::previousRequested, this, [this] { moveItem(-1); });
    connect(m_itemPage, &ItemPage::nextRequested, this, [this] { moveItem(1); });
    connect(m_evidenceEditor, &EvidenceEditor::backRequested, this, [this](const QString &itemId) {
        if (!itemId.isEmpty() && m_session->item(itemId))
            showItem(itemId);
        else
            showChecklist();
    });
}

void MainWindow::buildDocks()
{
    m_navigatorModel = new NavigatorModel(m_session, this);
    m_navigator = new QTreeView(this);
    m_navigator->setObjectName(QStringLiteral("navigatorView"));
    m_navigator->setModel(m_navigatorModel);
    m_navigator->setHeaderHidden(true);
    m_navigator->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_navigator->setUniformRowHeights(true);
    m_navigator->setTextElideMode(Qt::ElideMiddle);
    m_navigatorDock = new QDockWidget(this);
    m_navigatorDock->setObjectName(QStringLiteral("navigatorDock"));
    m_navigatorDock->setWidget(m_navigator);
    m_navigatorDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, m_navigatorDock);
    // A navigator narrower than this shows no names; a long page heading must not squeeze it.
    m_navigator->setMinimumWidth(NavigatorMinimumWidth);
    resizeDocks({m_navigatorDock}, {NavigatorDefaultWidth}, Qt::Horizontal);
    m_navigator->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_navigator, &QTreeView::customContextMenuRequested, this, &MainWindow::showNavigatorMenu);
    connect(m_navigator, &QTreeView::activated, this, &MainWindow::onNavigatorActivated);
    connect(m_navigator, &QTreeView::clicked, this, &MainWindow::onNavigatorActivated);

    m_problems = new ProblemsPanel(m_session, this);
    m_problemsDock = new QDockWidget(this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problems);
    m_problemsDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    resizeDocks({m_problemsDock}, {170}, Qt::Vertical);
    connect(m_problems, &ProblemsPanel::problemActivated, this, &MainWindow::openProblem);
    m_reviewDock = new ReviewDock(m_session, this);
    tabifyDockWidget(m_problemsDock, m_reviewDock);
    connect(m_reviewDock, &ReviewDock::itemActivated, this, &MainWindow::showItem);
    // The review tab needs more height than the problem list: give it what its buttons need
    // when it comes to the front (up to 40 % of the window), so nothing is cut off.
    connect(m_reviewDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible || m_fittingDocks || m_reviewDock->isFloating())
            return;
        const int wanted = std::min(m_reviewDock->sizeHint().height(), height() * 2 / 5);
        if (m_reviewDock->height() < wanted)
            resizeDocks({m_reviewDock}, {wanted}, Qt::Vertical);
    });
    m_problemsDock->raise();
}

void MainWindow::restoreLayout()
{
    // The layout the window is built with, to fall back on when the saved one is unusable.
    m_defaultState = saveState();
    if (!Settings::windowGeometry().isEmpty())
        restoreGeometry(Settings::windowGeometry());
    if (!Settings::windowState().isEmpty() && !restoreState(Settings::windowState()))
        restoreState(m_defaultState);
}

bool MainWindow::layoutUsable() const
{
    // A dock squeezed below what shows its content (saved by an older version, or after a
    // long heading widened the page) is not worth keeping.
    if (!m_navigatorDock->isHidden() && !m_navigatorDock->isFloating()
        && m_navigatorDock->widget()->width() < NavigatorMinimumWidth)
        return false;
    // A tab behind another is moved off screen, keeping its size: only the one in front counts.
    const bool problemsInFront = !m_problemsDock->widget()->visibleRegion().isEmpty();
    if (problemsInFront && !m_problemsDock->isFloating() && m_problemsDock->widget()->height() < ProblemsMinimumHeight)
        return false;
    return true;
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_layoutChecked)
        return;
    m_layoutChecked = true;
    // Sizes are known only once the window is laid out.
    QTimer::singleShot(0, this, [this] {
        if (layoutUsable())
            return;
        restoreState(m_defaultState);
        resizeDocks({m_navigatorDock}, {NavigatorDefaultWidth}, Qt::Horizontal);
        resizeDocks({m_problemsDock}, {170}, Qt::Vertical);
        fitDocksToPage(currentPage());
    });
}

void MainWindow::setPage(Page page)
{
    m_checklistOnArrival = false; // a page chosen now replaces a switch still waiting for its declaration
    // Going anywhere else ends the auditor mode (opening a workspace, the navigator, ...).
    if (page != Page::Auditor)
        leaveAuditorView();
    QWidget *target = m_pages->widget(int(page));
    if (m_pages->currentWidget() != target)
        commitPendingEdits();
    m_pages->setCurrentWidget(target);
    updateStartStrip();
    fitDocksToPage(page);
    updateActions();
}

void MainWindow::fitDocksToPage(Page page)
{
    // The auditor mode hides and restores the docks itself.
    if (m_auditing || !m_navigatorDock || page == Page::Auditor)
        return;
    m_fittingDocks = true;
    const bool declaration = m_session->snapshot() != nullptr;
    const bool problemsWereHidden = m_problemsDock->isHidden();
    m_navigatorDock->setVisible(m_navigatorWanted && page != Page::Welcome);
    m_problemsDock->setVisible(m_problemsWanted && page != Page::Welcome && declaration);
    // The review of no declaration has nothing to say either.
    m_reviewDock->setVisible(m_reviewWanted && page != Page::Welcome && declaration);
    // Showing a tabbed dock again puts it in front: the blocking problems come first.
    if (problemsWereHidden && !m_problemsDock->isHidden())
        m_problemsDock->raise();
    m_fittingDocks = false;
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

QString MainWindow::currentItemId() const
{
    switch (currentPage()) {
    case Page::Item:
        return m_itemPage->itemId();
    case Page::Evidence:
        return m_evidenceEditor->itemId();
    case Page::Checklist:
        return m_checklist->currentItemId();
    default:
        return {};
    }
}

void MainWindow::commitPendingEdits()
{
    m_itemPage->commitPending();
    m_evidenceEditor->commitPending();
    m_productEditor->commitPending();
    m_organisationEditor->commitPending();
    m_declarationEditor->commitPending();
}

bool MainWindow::stopImports()
{
    EvidenceImporter *importer = m_evidenceEditor->importer();
    if (!importer->isRunning())
        return true;
    if (MessageBox::question(this, tr("Hoshi"), tr("A file is still being imported. Cancel the import?"))
        != QMessageBox::Yes)
        return false;
    importer->cancel();
    importer->waitForFinished();
    return true;
}

void MainWindow::onWorkspaceChanged()
{
    m_navigatorModel->reload();
    m_navigator->expandAll();
    m_welcome->reloadRecent();
    m_itemPage->setItem(QString());
    updateStartStrip();
    if (!m_session->hasWorkspace()) {
        setPage(Page::Welcome);
    } else {
        // Open the first declaration, so that there is something to work on at once; an
        // empty workspace starts with the guided steps.
        const QList<Declaration> declarations = m_session->workspace()->declarations();
        if (!declarations.isEmpty()) {
            setPage(Page::Checklist);
            showDeclaration(declarations.first().id);
        } else {
            m_session->setCurrentDeclaration(-1);
            setPage(Page::Checklist);
        }
    }
    // A workspace opens with its gate in front, whatever tab was in front when it was left.
    if (!m_problemsDock->isHidden())
        m_problemsDock->raise();
    updateTitle();
    updateActions();
}

void MainWindow::onNavigatorActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const auto kind = NavigatorModel::Kind(index.data(NavigatorModel::KindRole).toInt());
    const qint64 id = index.data(NavigatorModel::IdRole).toLongLong();
    switch (kind) {
    case NavigatorModel::Kind::Organisation:
        showOrganisation(id);
        break;
    case NavigatorModel::Kind::Product:
        showProduct(id);
        break;
    case NavigatorModel::Kind::Declaration:
        showDeclaration(id);
        break;
    }
}

void MainWindow::selectInNavigator(int kind, qint64 id)
{
    const QModelIndex index = m_navigatorModel->indexOf(NavigatorModel::Kind(kind), id);
    if (index.isValid()) {
        const QSignalBlocker block(m_navigator);
        m_navigator->setCurrentIndex(index);
        m_navigator->scrollTo(index);
    }
}

void MainWindow::showDeclaration(qint64 declarationId)
{
    switchDeclaration(declarationId, false);
}

void MainWindow::showDeclarationNow(qint64 declarationId)
{
    switchDeclaration(declarationId, true);
}

void MainWindow::switchDeclaration(qint64 declarationId, bool readNow)
{
    commitPendingEdits();
    m_awaitedDeclaration = -1;
    m_session->setCurrentDeclaration(declarationId,
                                     readNow ? Session::ReadTiming::Now : Session::ReadTiming::Background);
    selectInNavigator(int(NavigatorModel::Kind::Declaration), declarationId);
    if (m_session->currentDeclarationId() == declarationId) {
        setPage(Page::Checklist);
        finishShowingDeclaration();
        return;
    }
    // Finished when it has arrived (background reads). The page switch waits for it too: the
    // checklist is laid out and painted once, with the new declaration, instead of first with
    // the one before. Meanwhile the page on screen stays as it was; going anywhere else
    // before the answer arrives (setPage) cancels the switch.
    m_awaitedDeclaration = declarationId;
    m_checklistOnArrival = true;
}

void MainWindow::finishShowingDeclaration()
{
    if (m_checklistOnArrival)
        setPage(Page::Checklist);
    if (m_checklist->currentItemId().isEmpty() && m_checklist->model()->rowCount() > 0)
        m_checklist->selectItem(m_checklist->model()->itemIdAt(0));
    updateTitle();
}

void MainWindow::showChecklist()
{
    const QString item = currentItemId();
    setPage(Page::Checklist);
    if (!item.isEmpty())
        m_checklist->selectItem(item);
    m_checklist->view()->setFocus();
}

void MainWindow::showItem(const QString &itemId)
{
    if (!m_session->item(itemId))
        return;
    commitPendingEdits();
    m_itemPage->setItem(itemId);
    m_checklist->selectItem(itemId);
    setPage(Page::Item);
}

void MainWindow::showEvidence(qint64 evidenceId)
{
    if (evidenceId < 0)
        return;
    const QString item = currentPage() == Page::Evidence ? m_evidenceEditor->itemId() : m_itemPage->itemId();
    m_evidenceEditor->setEvidence(evidenceId, item);
    setPage(Page::Evidence);
    m_evidenceEditor->focusFirstField();
}

void MainWindow::showProduct(qint64 productId)
{
    commitPendingEdits();
    m_productEditor->setProduct(productId);
    selectInNavigator(int(NavigatorModel::Kind::Product), productId);
    setPage(Page::Product);
}

void MainWindow::showOrganisation(qint64 organisationId)
{
    commitPendingEdits();
    m_organisationEditor->setOrganisation(organisationId);
    selectInNavigator(int(NavigatorModel::Kind::Organisation), organisationId);
    setPage(Page::Organisation);
}

void MainWindow::showDeclarationDetails()
{
    if (!m_session->snapshot())
        return;
    setPage(Page::Declaration);
}

void MainWindow::showLabelLifecycle()
{
    if (!m_session->snapshot())
        return;
    setPage(Page::Label);
}

void MainWindow::openProblem(const GateProblem &problem)
{
    const DeclarationSnapshot *s = m_session->snapshot();
    if (!s)
        return;
    if (problem.field.startsWith(QLatin1String("product."))) {
        showProduct(s->product.id);
        m_productEditor->focusField(problem.field);
    } else if (problem.field.startsWith(QLatin1String("organisation."))) {
        showOrganisation(s->organisation.id);
        m_organisationEditor->focusField(problem.field);
    } else if (problem.field.startsWith(QLatin1String("declaration."))) {
        showDeclarationDetails();
        m_declarationEditor->focusField(problem.field);
    } else if (!problem.itemId.isEmpty()) {
        showItem(problem.itemId);
        m_itemPage->focusField(problem.field, problem.evidenceId);
    }
}

void MainWindow::reveal(qint64 declarationId, const QString &itemId, qint64 evidenceId)
{
    // After an undo or redo, show what changed, unless it is on screen already.
    if (declarationId > 0 && declarationId != m_session->currentDeclarationId())
        showDeclarationNow(declarationId);
    if (!itemId.isEmpty()) {
        if (currentPage() != Page::Item || m_itemPage->itemId() != itemId) {
            if (currentPage() == Page::Checklist)
                m_checklist->selectItem(itemId);
            else
                showItem(itemId);
        }
    } else if (evidenceId >= 0 && currentPage() == Page::Item) {
        m_itemPage->selectEvidence(evidenceId);
    }
}

void MainWindow::moveItem(int step)
{
    const DeclarationSnapshot *s = m_session->snapshot();
    if (!s || s->criteria.items.isEmpty())
        return;
    const QString current = currentItemId();
    int index = s->criteria.indexOf(current);
    index = index < 0 ? 0 : std::clamp(index + step, 0, int(s->criteria.items.size()) - 1);
    const QString target = s->criteria.items.at(index).id;
    if (currentPage() == Page::Checklist)
        m_checklist->selectItem(target);
    else
        showItem(target);
}

void MainWindow::setVerdictOfCurrent(int verdict)
{
    const QString item = currentItemId();
    if (item.isEmpty() || m_readOnlyView)
        return;
    const CriteriaItem *criteria = m_session->item(item);
    if (criteria && Verdict(verdict) == Verdict::NotApplicable && !criteria->notApplicableAllowed) {
        statusBar()->showMessage(tr("%1 can not be declared not applicable.").arg(item), 5000);
        return;
    }
    m_itemPage->commitPending();
    const Verdict before = m_session->assessment(item).verdict;
    m_session->setVerdict(item, Verdict(verdict), m_session->assessment(item).rowVersion);
    // Said where the eye may not be: a key press changed a stored answer.
    if (m_session->assessment(item).verdict == Verdict(verdict) && before != Verdict(verdict))
        statusBar()->showMessage(tr("%1 set to %2. Ctrl+Z undoes it.").arg(item, verdictName(Verdict(verdict))), 8000);
}

void MainWindow::addEvidenceToCurrent(int kind)
{
    const QString item = currentItemId();
    if (item.isEmpty() || m_readOnlyView)
        return;
    if (currentPage() != Page::Item)
        showItem(item);
    m_itemPage->addEvidence(EvidenceKind(kind));
}

void MainWindow::setReadOnlyView(bool readOnly)
{
    m_readOnlyView = readOnly;
    applyReadOnly();
}

void MainWindow::applyReadOnly()
{
    // The pages ask the session too (roles, a lost server); the view's own flag comes on top.
    const bool readOnly = m_readOnlyView;
    m_itemPage->setReadOnly(readOnly);
    m_evidenceEditor->setReadOnly(readOnly);
    m_productEditor->setReadOnly(readOnly);
    m_organisationEditor->setReadOnly(readOnly);
    m_declarationEditor->setReadOnly(readOnly);
    m_checklist->setReadOnly(readOnly);
    m_reviewDock->panel()->setReadOnly(readOnly);
    updateStartStrip();
    updateUndoActions();
    updateActions();
}

void MainWindow::updateTitle()
{
    QString title = tr("Hoshi");
    if (m_auditing) {
        const QString archive = m_auditor->archivePath();
        title = tr("%1 (evidence archive, read-only) — Hoshi").arg(QFileInfo(archive).fileName());
        m_statusPath->setText(QDir::toNativeSeparators(archive));
    } else if (Workspace *ws = m_session->workspace(); ws && ws->isServer()) {
        updateServerTitle(*ws);
        return;
    } else if (ws) {
        // The demo lives in a temporary folder; its file name says nothing.
        const QString name = m_demoDir ? tr("Demo workspace") : QFileInfo(ws->path()).fileName();
        title = ws->isReadOnly() ? tr("%1 (read-only) — Hoshi").arg(name) : tr("%1 — Hoshi").arg(name);
        m_statusPath->setText(m_demoDir ? tr("Demo (temporary copy, discarded on exit)")
                                        : QDir::toNativeSeparators(ws->path()));
    } else {
        m_statusPath->clear();
    }
    setWindowTitle(title);
}

bool MainWindow::createWorkspace(const QString &path)
{
    commitPendingEdits();
    if (!stopImports())
        return false;
    QString error;
    if (!m_session->createWorkspace(path, &error)) {
        MessageBox::error(this, tr("New workspace"), error);
        return false;
    }
    m_demoDir.reset();
    Settings::addRecentWorkspace(path);
    rebuildRecentMenu();
    updateTitle();
    return true;
}

bool MainWindow::openWorkspace(const QString &path, bool readOnly)
{
    if (WorkspaceLocation::looksLikeServer(path))
        return openServerWorkspace(path, readOnly);
    commitPendingEdits();
    if (!stopImports())
        return false;
    QString error;
    if (!m_session->openWorkspace(path, readOnly, &error) && !offerReadOnly(path, error))
        return false;
    m_demoDir.reset();
    Settings::addRecentWorkspace(path);
    rebuildRecentMenu();
    updateTitle();
    return true;
}

bool MainWindow::offerReadOnly(const QString &path, const QString &error)
{
    // Locked by someone else (or not writable here): the file itself may be fine to read.
    QString readError;
    std::unique_ptr<Workspace> ws = Workspace::open(path, Workspace::Access::ReadOnly, &readError);
    if (!ws) {
        MessageBox::error(this, tr("Open workspace"), error);
        return false;
    }
    if (MessageBox::question(this, tr("Open workspace"), tr("%1\n\nOpen it read-only now?").arg(error))
        != QMessageBox::Yes)
        return false;
    m_session->adoptWorkspace(std::move(ws));
    return true;
}

bool MainWindow::openDemo()
{
    commitPendingEdits();
    if (!stopImports())
        return false;
    auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/hoshi-demo-XXXXXX"));
    QString error;
    if (!dir->isValid()) {
        MessageBox::error(this, tr("Open demo"), tr("Cannot create a temporary folder: %1").arg(dir->errorString()));
        return false;
    }
    const QString path = dir->filePath(QStringLiteral("demo.hoshi"));
    DemoIds ids;
    if (!DemoWorkspace::create(path, &ids, &error)) {
        MessageBox::error(this, tr("Open demo"), error);
        return false;
    }
    // The session must let go of the previous demo before its folder is removed.
    std::unique_ptr<Workspace> ws = Workspace::open(path, Workspace::Access::ReadWrite, &error);
    if (!ws) {
        MessageBox::error(this, tr("Open demo"), error);
        return false;
    }
    m_session->adoptWorkspace(std::move(ws));
    m_demoDir = std::move(dir);
    if (ids.inProgressDeclaration > 0)
        showDeclaration(ids.inProgressDeclaration);
    updateTitle();
    return true;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        retranslateHelp();
        // Gate messages and criteria texts are produced in the UI language: read them again.
        m_navigatorModel->reload();
        m_navigator->expandAll();
        if (m_session->currentDeclarationId() > 0)
            selectInNavigator(int(NavigatorModel::Kind::Declaration), m_session->currentDeclarationId());
        m_session->refresh();
        updateTitle();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    commitPendingEdits();
    if (!stopImports()) {
        event->ignore();
        return;
    }
    // The auditor mode hides the docks; the saved layout is the workbench's.
    leaveAuditorView();
    Settings::setWindowState(saveGeometry(), saveState());
    event->accept();
}

} // namespace hoshi
