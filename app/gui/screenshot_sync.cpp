// SPDX-License-Identifier: Apache-2.0
// Screenshot page of File ▸ Synchronise…: a second copy of the demo made as a pull makes it
// (copied, then its base recorded), both copies worked on (different items, and the same
// justification on both), and the dialog's preview with the conflict view over the window.
#include "screenshot.h"

#include "mainwindow/mainwindow.h"
#include "session/session.h"
#include "storage/workspacecopy.h"
#include "sync/syncdialog.h"
#include "sync/syncengine.h"

#include <QDir>
#include <QTableWidget>
#include <QTemporaryDir>

#include <cstdio>

namespace hoshi {

namespace {

// The other copy, as `hoshi-cli pull` leaves it: every record, and the base of a later sync.
bool makeOtherCopy(Workspace &source, const QString &path, QString *error)
{
    std::unique_ptr<Workspace> copy = Workspace::create(path, error);
    storage::WorkspaceCopy::Result copied;
    if (!copy || !storage::WorkspaceCopy::copy(source, *copy, {}, &copied, error)
        || !sync::SyncEngine::adoptPeers(source, *copy, -1, error))
        return false;
    sync::SyncOptions options;
    options.onlyWrite = sync::Side::A;
    options.resolveAll = sync::Resolution::Choice::B;
    sync::SyncEngine engine(*copy, source);
    return engine.apply(options, nullptr, error);
}

} // namespace

bool Screenshot::prepareSync()
{
    Session *session = m_window->session();
    Workspace *ws = session->workspace();
    const qint64 declaration = session->currentDeclarationId();
    m_folder = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/hoshi-sync-XXXXXX"));
    const QString other = m_folder->filePath(QStringLiteral("laptop.hoshi"));
    QString error;
    bool ok = m_folder->isValid() && declaration > 0 && makeOtherCopy(*ws, other, &error);
    const QString item = QStringLiteral("S1.1-02");
    // The copies' own texts follow the language of the picture (the dialog's title tells it).
    const bool english = SyncDialog::tr("Synchronise") == QLatin1String("Synchronise");
    if (ok) {
        std::unique_ptr<Workspace> laptop = Workspace::open(other, Workspace::Access::ReadWrite, &error);
        ok = laptop
             && laptop->setAssessment(declaration, item, Verdict::Conforming,
                                      english ? QStringLiteral("Checked on site: the manual states the update policy.")
                                              : QStringLiteral("現地で確認: マニュアルに更新方針の記載あり。"),
                                      {}, &error)
             && laptop->setAssessment(declaration, QStringLiteral("S1.1-03"), Verdict::Conforming,
                                      english ? QStringLiteral("Default password replaced at first start (lab test).")
                                              : QStringLiteral("初回起動時に初期パスワードの変更を要求（試験室で確認）。"),
                                      {}, &error)
             && ws->setAssessment(declaration, item, Verdict::Conforming,
                                  english ? QStringLiteral("The manual (section 4.2) states the update policy.")
                                          : QStringLiteral("マニュアル 4.2 節に更新方針の記載あり。"),
                                  {}, &error)
             && ws->addComment(declaration, QString(), ws->actor(),
                               english ? QStringLiteral("Please attach the lab log.")
                                       : QStringLiteral("試験ログを添付してください。"),
                               &error) > 0;
    }
    if (!ok) {
        std::fprintf(stderr, "hoshi: sync screenshot: %s\n", qPrintable(error));
        return false;
    }
    session->refresh();
    auto *dialog = new SyncDialog(session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOtherLocation(other);
    dialog->show();
    dialog->preview();
    return true;
}

bool Screenshot::syncReady() const
{
    const auto *dialog = m_window->findChild<SyncDialog *>(QStringLiteral("syncDialog"));
    return dialog && !dialog->isRunning() && dialog->countsTable()->rowCount() > 0;
}

} // namespace hoshi
