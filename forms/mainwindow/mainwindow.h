// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gate/submissiongate.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTemporaryDir;
class QTreeView;

namespace hoshi {

class AuditorPage;
class CaptureDialog;
class ReviewDock;
class ChecklistPage;
class ConflictDialog;
class ConnectionWatch;
class ServerStateBanner;
class DeclarationEditor;
class EvidenceEditor;
class ExportDialog;
class FormMappingDialog;
class ItemPage;
class PortfolioPage;
class CraReadinessPage;
class LabelLifecyclePage;
class NavigatorModel;
class OrganisationEditor;
class ProblemsPanel;
class ProductEditor;
class Session;
class StartStrip;
class WelcomePage;
class Workspace;

// The workbench: navigator (organisations → products → declarations) on the left, the live
// blocking-problems panel at the bottom, and in the middle the page being worked on: the
// checklist, an item, an evidence record, or the product, organisation or declaration data.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Welcome, Checklist, Item, Evidence, Product, Organisation, Declaration, Auditor, Label, Portfolio, Cra };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] Session *session() const { return m_session; }

    // Workspace files. Errors are shown to the user; the return value says whether it worked.
    bool createWorkspace(const QString &path);
    bool openWorkspace(const QString &path, bool readOnly = false);
    // A workspace on a PostgreSQL server (mainwindow_server.cpp): asks for a password when the
    // server wants one; openWorkspace() comes here for a postgresql:// address.
    bool openServerWorkspace(const QString &address, bool readOnly = false);
    void openServerWithDialog();
    // Creates the built-in demo in a temporary folder (removed on exit) and opens its
    // in-progress declaration.
    bool openDemo();

    // Navigation. With background reads (Session::setBackgroundReads) the declaration is shown
    // when it has arrived; until then the previous one stays on screen.
    void showDeclaration(qint64 declarationId);
    void showChecklist();
    void showItem(const QString &itemId);
    void showEvidence(qint64 evidenceId);
    void showProduct(qint64 productId);
    void showOrganisation(qint64 organisationId);
    void showDeclarationDetails();
    // The label lifecycle page of the current declaration.
    void showLabelLifecycle();
    [[nodiscard]] LabelLifecyclePage *labelLifecyclePage() const { return m_labelPage; }
    void openProblem(const hoshi::GateProblem &problem);
    [[nodiscard]] Page currentPage() const;
    [[nodiscard]] QString currentItemId() const;

    // Every page shows but does not edit (the auditor mode switches this on while it is shown).
    void setReadOnlyView(bool readOnly);
    [[nodiscard]] bool isReadOnlyView() const { return m_readOnlyView; }

    // Export of the current declaration (mainwindow_archive.cpp). The dialog is window-modal
    // and deletes itself when closed; exportDialog() is it while it is open.
    void exportDeclaration();
    // The form dialog of the current declaration (IPA's checklist workbook, mainwindow_form.cpp).
    void showFormMapping();
    [[nodiscard]] FormMappingDialog *formMappingDialog() const;
    [[nodiscard]] ExportDialog *exportDialog() const;
    // Auditor mode: verify and browse a retained evidence archive, read-only. The workspace
    // (if any) stays open behind it and comes back with closeArchive().
    bool openArchive(const QString &path);
    void closeArchive();
    [[nodiscard]] bool isAuditing() const { return m_auditing; }
    [[nodiscard]] AuditorPage *auditorPage() const { return m_auditor; }

    // Device-test evidence from a tool's output (mainwindow_capture.cpp): File ▸ Capture test
    // result…, also opened by dropping a file on an item page or a checklist row. path "" = the
    // user chooses the file; itemId "" = the item shown, if an item page is shown (else none).
    void captureTestResult(const QString &path = {}, const QString &itemId = {});
    [[nodiscard]] CaptureDialog *captureDialog() const;

    // Every declaration of the workspace, most urgent first (mainwindow_portfolio.cpp).
    void showPortfolio();
    [[nodiscard]] PortfolioPage *portfolioPage() const { return m_portfolio; }
    // The EU Cyber Resilience Act readiness of the current declaration (mainwindow_cra.cpp).
    void showCraReadiness();
    [[nodiscard]] CraReadinessPage *craReadinessPage() const { return m_craPage; }

    [[nodiscard]] ChecklistPage *checklistPage() const { return m_checklist; }
    [[nodiscard]] ItemPage *itemPage() const { return m_itemPage; }
    [[nodiscard]] EvidenceEditor *evidenceEditor() const { return m_evidenceEditor; }
    [[nodiscard]] ProductEditor *productEditor() const { return m_productEditor; }
    [[nodiscard]] ProblemsPanel *problemsPanel() const { return m_problems; }
    [[nodiscard]] NavigatorModel *navigatorModel() const { return m_navigatorModel; }
    [[nodiscard]] StartStrip *startStrip() const { return m_start; }
    [[nodiscard]] QTreeView *navigatorView() const { return m_navigator; }
    // Server workspaces (mainwindow_server.cpp): reconnection after the server went away, the
    // strip saying why the window is read-only, and the open mine/theirs dialog (or nullptr).
    [[nodiscard]] ConnectionWatch *connectionWatch() const { return m_connectionWatch; }
    [[nodiscard]] ConflictDialog *conflictDialog() const;

    // The user's name for the history (mainwindow_catalog.cpp): asked once on the first run,
    // then kept in the settings; Edit ▸ Your name… changes it.
    void askUserName();
    void askUserNameOnFirstRun();
    // Navigator records (kind: NavigatorModel::Kind). Removal refuses when others depend on it.
    void renameRecord(int kind, qint64 id);
    void removeRecord(int kind, qint64 id);

Q_SIGNALS:
    // The user picked a language ("" = system); the application installs the translators.
    void languageRequested(const QString &language);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // mainwindow.cpp
    void buildPages();
    void buildDocks();
    void setPage(Page page);
    void commitPendingEdits();
    // Before the workspace goes away: a running import is cancelled (if the user agrees).
    [[nodiscard]] bool stopImports();
    void onWorkspaceChanged();
    // A switch that follows a change made here (an undo, a new declaration): read at once,
    // since what comes next needs the declaration.
    void showDeclarationNow(qint64 declarationId);
    void switchDeclaration(qint64 declarationId, bool readNow);
    void finishShowingDeclaration();
    void onNavigatorActivated(const QModelIndex &index);
    void selectInNavigator(int kind, qint64 id);
    void reveal(qint64 declarationId, const QString &itemId, qint64 evidenceId);
    void updateTitle();
    // After a refused read-write open: offers the same file read-only (the lock dialog).
    [[nodiscard]] bool offerReadOnly(const QString &path, const QString &error);
    void moveItem(int step);
    void setVerdictOfCurrent(int verdict);
    void addEvidenceToCurrent(int kind);

    // mainwindow_actions.cpp
    void createActions();
    void createMenus();
    void retranslate();
    void updateActions();
    void rebuildRecentMenu();
    void newWorkspace();
    void openWithDialog(bool readOnly);
    void closeWorkspace();
    void newOrganisation();
    void newProduct();
    void newDeclaration();
    void findItem();
    void showShortcuts();
    void showAbout();
    [[nodiscard]] qint64 contextOrganisationId() const;
    [[nodiscard]] qint64 contextProductId() const;

    // mainwindow_portfolio.cpp: the page (added after the others, index Page::Portfolio) and
    // its View menu entry.
    void buildPortfolio();
    void retranslatePortfolio();
    // mainwindow_cra.cpp: the CRA readiness page (index Page::Cra) and its Item menu entry.
    void buildCra();
    void retranslateCra();
    void buildServerActions();
    // mainwindow_help.cpp
    void buildHelp();
    void retranslateHelp();
    void showGettingStarted();
    void retranslateServer();
    void showChangesElsewhere(const QList<qint64> &declarationIds);
    void updateServerTitle(const Workspace &workspace);
    void onConnectionLost();
    void onConnectionRestored();
    // Pages follow the session's read-only state (roles, a lost server) and setReadOnlyView().
    void applyReadOnly();
    void showAnswerConflict(qint64 declarationId, const Assessment &mine, const Assessment &theirs,
                            const QString &message, bool offline);
    // mainwindow_catalog.cpp
    void updateStartStrip();
    [[nodiscard]] bool workspaceHasDeclarations() const;
    void showNavigatorMenu(const QPoint &position);
    [[nodiscard]] QString recordName(int kind, qint64 id) const;
    // Panels with nothing to say are hidden (the welcome page; the problems of no declaration).
    void fitDocksToPage(Page page);
    // The saved window layout, unless it leaves a dock too small to use (then the default).
    void restoreLayout();
    [[nodiscard]] bool layoutUsable() const;
    void updateUndoActions();
    void undoOrRedo(bool redo);

    // mainwindow_capture.cpp
    void buildCapture();
    void retranslateCapture();
    void updateCaptureAction();
    void buildRetestRunAgain();

    // mainwindow_archive.cpp
    void openArchiveWithDialog();
    // The criteria library in its own window (mainwindow_criteria.cpp).
    void showCriteriaLibrary();
    void leaveAuditorView();

    Session *m_session;
    NavigatorModel *m_navigatorModel = nullptr;
    QTreeView *m_navigator = nullptr;
    QDockWidget *m_navigatorDock = nullptr;
    ProblemsPanel *m_problems = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    ReviewDock *m_reviewDock = nullptr; // review and sign-off of the declaration
    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    ChecklistPage *m_checklist = nullptr;
    ItemPage *m_itemPage = nullptr;
    EvidenceEditor *m_evidenceEditor = nullptr;
    ProductEditor *m_productEditor = nullptr;
    OrganisationEditor *m_organisationEditor = nullptr;
    DeclarationEditor *m_declarationEditor = nullptr;
    LabelLifecyclePage *m_labelPage = nullptr;
    AuditorPage *m_auditor = nullptr;
    PortfolioPage *m_portfolio = nullptr;
    CraReadinessPage *m_craPage = nullptr;
    QAction *m_craAction = nullptr;
    QAction *m_portfolioAction = nullptr;
    QAction *m_gettingStartedAction = nullptr;
    QAction *m_openServerAction = nullptr;
    QAction *m_captureAction = nullptr;
    QPointer<CaptureDialog> m_captureDialog;
    QPushButton *m_retestRunAgain = nullptr; // below the label page's re-test plan
    ConnectionWatch *m_connectionWatch = nullptr;
    ServerStateBanner *m_serverBanner = nullptr;
    QPointer<ConflictDialog> m_conflictDialog;
    StartStrip *m_start = nullptr;
    // Whether the user wants the docks, where a page does not hide them for want of content.
    bool m_navigatorWanted = true;
    bool m_problemsWanted = true;
    bool m_reviewWanted = true;
    bool m_layoutChecked = false;
    QByteArray m_defaultState;
    static constexpr int NavigatorMinimumWidth = 180;
    static constexpr int NavigatorDefaultWidth = 250;
    static constexpr int ProblemsMinimumHeight = 60;
    bool m_fittingDocks = false;
    QPointer<ExportDialog> m_exportDialog;
    QPointer<FormMappingDialog> m_formDialog;
    // Auditor mode, and what it changed, to be put back when it ends.
    bool m_auditing = false;
    bool m_readOnlyBeforeAudit = false;
    bool m_navigatorBeforeAudit = true;
    bool m_problemsBeforeAudit = true;
    bool m_reviewBeforeAudit = true;
    QLabel *m_statusPath = nullptr;
    std::unique_ptr<QTemporaryDir> m_demoDir;
    bool m_readOnlyView = false;
    qint64 m_awaitedDeclaration = -1; // asked for by showDeclaration, on its way (background reads)
    bool m_checklistOnArrival = false; // switch to the checklist when m_awaitedDeclaration arrives

    struct Actions;
    std::unique_ptr<Actions> m_actions;
};

} // namespace hoshi
