// SPDX-License-Identifier: Apache-2.0
// The guided start, the navigator's context menu (new / rename / remove) and the user's name.
#include "mainwindow.h"

#include "mainwindow_actions.h"
#include "startstrip.h"

#include "common/messagebox.h"
#include "common/settings.h"
#include "navigator/navigatormodel.h"
#include "product/organisationeditor.h"
#include "product/producteditor.h"
#include "session/session.h"
#include "util/accountname.h"

#include <QAction>
#include <QMenu>
#include <QStackedWidget>
#include <QTreeView>

namespace hoshi {

namespace {

Session::CatalogKind catalogKind(NavigatorModel::Kind kind)
{
    switch (kind) {
    case NavigatorModel::Kind::Organisation:
        return Session::CatalogKind::Organisation;
    case NavigatorModel::Kind::Product:
        return Session::CatalogKind::Product;
    case NavigatorModel::Kind::Declaration:
        break;
    }
    return Session::CatalogKind::Declaration;
}

} // namespace

void MainWindow::updateStartStrip()
{
    Workspace *ws = m_session->workspace();
    if (m_session->isDisconnected())
        return; // nothing can be read: the guided start must not take the workspace for empty
    m_start->setState(ws ? int(ws->organisations().size()) : 0, ws ? int(ws->products().size()) : 0,
                      !ws || m_session->isReadOnly() || !m_session->roles().mayAddOrganisations() || m_readOnlyView);
    const Page page = currentPage();
    m_start->setVisible(ws && page != Page::Auditor && page != Page::Welcome && !workspaceHasDeclarations());
}

bool MainWindow::workspaceHasDeclarations() const
{
    return m_session->hasWorkspace() && !m_session->workspace()->declarations().isEmpty();
}

void MainWindow::showNavigatorMenu(const QPoint &position)
{
    if (!m_session->hasWorkspace())
        return;
    const Actions &a = *m_actions;
    const QModelIndex index = m_navigator->indexAt(position);
    if (index.isValid())
        m_navigator->setCurrentIndex(index);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("navigatorMenu"));
    menu.setToolTipsVisible(true);
    menu.addAction(a.newOrganisation);
    menu.addAction(a.newProduct);
    menu.addAction(a.newDeclaration);
    if (index.isValid()) {
        const auto kind = NavigatorModel::Kind(index.data(NavigatorModel::KindRole).toInt());
        const qint64 id = index.data(NavigatorModel::IdRole).toLongLong();
        const bool editable = !m_session->isReadOnly() && !m_readOnlyView;
        menu.addSeparator();
        QAction *rename = menu.addAction(tr("&Rename…"), this, [this, kind, id] { renameRecord(int(kind), id); });
        rename->setObjectName(QStringLiteral("actionRenameRecord"));
        rename->setEnabled(editable);
        QAction *remove = menu.addAction(tr("Re&move…"), this, [this, kind, id] { removeRecord(int(kind), id); });
        remove->setObjectName(QStringLiteral("actionRemoveRecord"));
        remove->setEnabled(editable);
    }
    menu.exec(m_navigator->viewport()->mapToGlobal(position));
}

QString MainWindow::recordName(int kind, qint64 id) const
{
    Workspace *ws = m_session->workspace();
    switch (NavigatorModel::Kind(kind)) {
    case NavigatorModel::Kind::Organisation:
        if (const auto o = ws->organisation(id))
            return o->name;
        break;
    case NavigatorModel::Kind::Product:
        if (const auto p = ws->product(id))
            return p->name;
        break;
    case NavigatorModel::Kind::Declaration:
        return ws->declarationName(id);
    }
    return {};
}

void MainWindow::renameRecord(int kind, qint64 id)
{
    commitPendingEdits();
    const auto k = NavigatorModel::Kind(kind);
    const QString label = k == NavigatorModel::Kind::Organisation ? tr("New name of the organisation:")
                          : k == NavigatorModel::Kind::Product    ? tr("New name of the product:")
                                                                  : tr("Name of the declaration (empty: named after "
                                                                       "its criteria set):");
    const std::optional<QString> name = MessageBox::getText(this, tr("Rename"), label, recordName(kind, id));
    if (!name)
        return;
    if (m_session->renameRecord(catalogKind(k), id, *name))
        selectInNavigator(kind, id);
}

void MainWindow::removeRecord(int kind, qint64 id)
{
    commitPendingEdits();
    const auto k = NavigatorModel::Kind(kind);
    const QStringList dependants = m_session->dependantsOf(catalogKind(k), id);
    if (!dependants.isEmpty()) {
        MessageBox::error(this, tr("Remove"),
                          tr("\"%1\" can not be removed while other records depend on it: %2. Remove those first.")
                              .arg(m_navigatorModel->indexOf(k, id).data().toString(),
                                   dependants.join(QLatin1String(", "))));
        return;
    }
    const QString name = m_navigatorModel->indexOf(k, id).data().toString();
    QString question = m_session->canUndoRemoval(catalogKind(k), id)
                           ? tr("Remove \"%1\"? Edit ▸ Undo (Ctrl+Z) brings it back.").arg(name)
                           : tr("Remove \"%1\"? This cannot be undone; the history keeps a record of it.").arg(name);
    if (k == NavigatorModel::Kind::Declaration) {
        int assessed = 0;
        for (const Assessment &a : m_session->workspace()->assessments(id))
            assessed += a.verdict != Verdict::NotAssessed && !a.vendorScope ? 1 : 0;
        const int evidence = int(m_session->workspace()->evidenceOfDeclaration(id).size());
        if (assessed > 0 || evidence > 0)
            question = tr("Remove this declaration with its %n assessed item(s) and the evidence that backs "
                          "nothing else (%1 evidence record(s) linked)? This cannot be undone; the history keeps "
                          "a record of it.", nullptr, assessed).arg(evidence);
    }
    if (MessageBox::question(this, tr("Remove"), question) != QMessageBox::Yes)
        return;
    // The page showing the removed record would be left with nothing behind it.
    const bool shown = (k == NavigatorModel::Kind::Declaration && id == m_session->currentDeclarationId())
                       || (k == NavigatorModel::Kind::Organisation && currentPage() == Page::Organisation
                           && m_organisationEditor->organisationId() == id)
                       || (k == NavigatorModel::Kind::Product && currentPage() == Page::Product
                           && m_productEditor->productId() == id);
    if (m_session->removeRecord(catalogKind(k), id) && shown)
        onWorkspaceChanged();
}

void MainWindow::askUserName()
{
    const QString current = m_session->actor().isEmpty() ? AccountName::fullName() : m_session->actor();
    const std::optional<QString> name = MessageBox::getText(
        this, tr("Your name"),
        tr("Your name, as the history records it for every change you make (and reviews and sign-offs show it):"),
        current);
    if (!name || name->trimmed().isEmpty())
        return;
    Settings::setUserName(*name);
    m_session->setActor(*name);
}

void MainWindow::askUserNameOnFirstRun()
{
    if (!Settings::userName().isEmpty())
        return;
    askUserName();
    // Asked once: a cancelled question keeps the account's name and is not asked again.
    if (Settings::userName().isEmpty())
        Settings::setUserName(m_session->actor());
}

} // namespace hoshi
