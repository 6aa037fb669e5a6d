// SPDX-License-Identifier: Apache-2.0
// Workspaces on a PostgreSQL server: opening one (File ▸ Open server workspace…, or an address
// on the command line), signing in when the server asks for a password, saying in the title
// and the status bar where the workspace is and who is signed in, and showing what others
// change while the window is open.
#include "mainwindow.h"
#include "mainwindow_actions.h"
#include "connectionwatch.h"
#include "openserverdialog.h"
#include "welcomepage.h"

#include "common/conflictdialog.h"
#include "common/messagebox.h"
#include "common/settings.h"
#include "navigator/navigatormodel.h"
#include "portfolio/portfoliopage.h"
#include "session/session.h"
#include "storage/location.h"
#include "storage/serverrefusal.h"
#include "storage/workspace.h"

#include <QAction>
#include <QLabel>
#include <QTreeView>
#include <QMenu>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>
#include <QTemporaryDir>

namespace hoshi {

void MainWindow::buildServerActions()
{
    m_openServerAction = new QAction(this);
    m_openServerAction->setObjectName(QStringLiteral("actionOpenServer"));
    connect(m_openServerAction, &QAction::triggered, this, &MainWindow::openServerWithDialog);
    // After "Open read-only…", with the other ways to open a workspace.
    QMenu *file = m_actions->fileMenu;
    const int after = file->actions().indexOf(m_actions->openReadOnly);
    file->insertAction(file->actions().value(after + 1), m_openServerAction);
    connect(m_session, &Session::changedElsewhere, this, &MainWindow::showChangesElsewhere);
    connect(m_welcome, &WelcomePage::openServerRequested, this, &MainWindow::openServerWithDialog);

    // Losing the server, getting it back, and what the signed-in user's role allows.
    m_connectionWatch = new ConnectionWatch(m_session, this);
    m_serverBanner = new ServerStateBanner(m_session, m_connectionWatch, centralWidget());
    if (auto *layout = qobject_cast<QVBoxLayout *>(centralWidget()->layout()))
        layout->insertWidget(0, m_serverBanner);
    connect(m_session, &Session::connectionLost, this, &MainWindow::onConnectionLost);
    connect(m_session, &Session::connectionRestored, this, &MainWindow::onConnectionRestored);
    connect(m_session, &Session::rolesChanged, this, &MainWindow::applyReadOnly);
    connect(m_session, &Session::currentDeclarationChanged, this, &MainWindow::applyReadOnly);
    connect(m_session, &Session::answerConflict, this,
            [this](qint64 declarationId, const QString &, const Assessment &mine, const Assessment &theirs,
                   const QString &message) { showAnswerConflict(declarationId, mine, theirs, message, false); });
}

ConflictDialog *MainWindow::conflictDialog() const
{
    return m_conflictDialog.data();
}

void MainWindow::onConnectionLost()
{
    // What is on screen stays, read-only; nothing is reloaded from a connection that is gone.
    applyReadOnly();
    statusBar()->showMessage(ServerRefusal::unreachableMessage(), 10000);
}

void MainWindow::onConnectionRestored()
{
    applyReadOnly();
    updateTitle();
    statusBar()->showMessage(tr("Connected to the server again; everything was reloaded."), 8000);
    const std::optional<Session::UnsavedAnswer> unsaved = m_session->takeUnsavedAnswer();
    if (!unsaved)
        return;
    if (unsaved->declarationId != m_session->currentDeclarationId())
        showDeclaration(unsaved->declarationId);
    const Assessment stored = m_session->assessment(unsaved->mine.itemId);
    const Assessment mine = unsaved->over(stored);
    if (mine.verdict == stored.verdict && mine.justification.trimmed() == stored.justification.trimmed()
        && mine.notes.trimmed() == stored.notes.trimmed())
        return; // what was typed is what is stored
    showItem(unsaved->mine.itemId);
    showAnswerConflict(unsaved->declarationId, mine, stored, QString(), true);
}

void MainWindow::showAnswerConflict(qint64 declarationId, const Assessment &mine, const Assessment &theirs,
                                    const QString &message, bool offline)
{
    delete m_conflictDialog.data();
    auto *dialog = new ConflictDialog(offline ? ConflictDialog::Reason::NotSavedOffline
                                              : ConflictDialog::Reason::SavedByOthers,
                                      message, mine, theirs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_conflictDialog = dialog;
    connect(dialog, &ConflictDialog::resolved, this, [this, dialog, declarationId] {
        if (const std::optional<Assessment> chosen = dialog->chosen())
            m_session->saveAnswer(declarationId, *chosen);
    });
    dialog->open(); // window-modal; the page behind shows what is stored now
}

// Someone else changed these declarations: their entries in the navigator are described again
// (an added or removed declaration reloads the tree), and the portfolio if it is on screen.
void MainWindow::showChangesElsewhere(const QList<qint64> &declarationIds)
{
    Workspace *ws = m_session->workspace();
    bool reloadTree = false;
    for (const qint64 id : declarationIds) {
        const bool shown = m_navigatorModel->indexOf(NavigatorModel::Kind::Declaration, id).isValid();
        if (!ws || shown != ws->declaration(id).has_value()) {
            reloadTree = true;
            break;
        }
        if (shown)
            m_navigatorModel->updateDeclaration(id);
    }
    if (reloadTree) {
        const qint64 current = m_session->currentDeclarationId();
        m_navigatorModel->reload();
        m_navigator->expandAll();
        if (current > 0)
            selectInNavigator(int(NavigatorModel::Kind::Declaration), current);
    }
    if (m_pages->currentWidget() == m_portfolio)
        m_portfolio->reload();
}

void MainWindow::retranslateServer()
{
    if (m_openServerAction)
        m_openServerAction->setText(tr("Open &server workspace…"));
}

void MainWindow::openServerWithDialog()
{
    OpenServerDialog dialog(OpenServerDialog::recentServerAddresses(Settings::recentWorkspaces()), this);
    if (dialog.exec() == QDialog::Accepted)
        openServerWorkspace(dialog.address(), false);
}

bool MainWindow::openServerWorkspace(const QString &address, bool readOnly)
{
    commitPendingEdits();
    if (!stopImports())
        return false;
    QString error;
    const std::optional<WorkspaceLocation> location = WorkspaceLocation::parse(address, &error);
    // Three tries at the password, as a login prompt allows.
    for (int attempt = 0; location && !m_session->openWorkspace(address, readOnly, &error); ++attempt) {
        if (!WorkspaceLocation::passwordRequired(error) || attempt == 3)
            break;
        const QString prompt = attempt == 0 ? tr("The server asks for the password of %1.")
                                            : tr("The password was not accepted. The password of %1:");
        const std::optional<QString> password = MessageBox::getPassphrase(
            this, tr("Sign in"), prompt.arg(location->user.isEmpty() ? location->display() : location->user), false);
        if (!password)
            return false;
        // Held in this process's memory for further connections; never written anywhere.
        WorkspaceLocation::rememberPassword(location->display(), *password);
        error.clear();
    }
    if (!m_session->workspace() || !error.isEmpty()) {
        MessageBox::error(this, tr("Open server workspace"), error);
        return false;
    }
    m_demoDir.reset();
    Settings::addRecentWorkspace(m_session->workspace()->path()); // the address without its password
    rebuildRecentMenu();
    updateTitle();
    return true;
}

void MainWindow::updateServerTitle(const Workspace &workspace)
{
    const std::optional<WorkspaceLocation> location = WorkspaceLocation::parse(workspace.path(), nullptr);
    const QString database = location ? location->database : workspace.path();
    const QString user = workspace.actor();
    setWindowTitle(workspace.isReadOnly() ? tr("%1 on the server, %2 (read-only) — Hoshi").arg(database, user)
                                          : tr("%1 on the server, %2 — Hoshi").arg(database, user));
    // Readable, not percent-encoded; the exact address is in the tooltip.
    QString where = tr("this computer");
    if (location && location->host.startsWith(QLatin1Char('/')))
        where = tr("this computer (socket in %1)").arg(location->host);
    else if (location && !location->host.isEmpty())
        where = location->port > 0 ? QStringLiteral("%1:%2").arg(location->host).arg(location->port) : location->host;
    m_statusPath->setText(tr("Server %1 · database %2 · signed in as %3").arg(where, database, user));
    m_statusPath->setToolTip(workspace.path());
}

} // namespace hoshi
