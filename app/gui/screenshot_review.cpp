// SPDX-License-Identifier: Apache-2.0
#include "screenshot_review.h"

#include "auditor/auditorpage.h"
#include "auditor/findingspanel.h"
#include "itempage/itempage.h"
#include "mainwindow/mainwindow.h"
#include "review/commentthread.h"
#include "review/reviewdock.h"
#include "session/session.h"
#include "storage/workspace.h"
#include "util/language.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTimer>

namespace hoshi::ReviewScreenshots {

namespace {

bool japanese()
{
    return uiLanguage().startsWith(QLatin1String("ja"));
}

QString text(const char *ja, const char *en)
{
    return japanese() ? QString::fromUtf8(ja) : QString::fromUtf8(en);
}

bool addThread(Workspace *ws, qint64 declarationId)
{
    QString error;
    ReviewComment finding;
    finding.declarationId = declarationId;
    finding.itemId = QStringLiteral("S1.1-02");
    finding.author = text("山田 花子（監査法人）", "Hanako Yamada (audit firm)");
    finding.createdAt = QDateTime::currentDateTimeUtc().addDays(-2);
    finding.text = text("初期パスワードが機器ごとに異なることを示す出荷工程の記録はありますか？",
                        "Is there a factory record showing that every unit gets its own initial password?");
    finding.origin = QStringLiteral("findings:demo");
    finding.findingStatus = QStringLiteral("question");
    ReviewComment accepted = finding;
    accepted.itemId = QStringLiteral("S1.1-01");
    accepted.text = text("了承", "Accepted");
    accepted.findingStatus = QStringLiteral("accepted");
    accepted.resolved = true;
    accepted.resolvedBy = finding.author;
    if (!ws->addComments({finding, accepted}, &error))
        return false;
    if (ws->addComment(declarationId, QStringLiteral("S1.1-02"), text("佐藤 一郎", "Ichiro Sato"),
                       text("製造ラインのシリアル別パスワード発行ログを追加しました（エビデンス #3）。",
                            "Added the per-serial password issuing log of the production line (evidence #3)."),
                       &error)
        < 0)
        return false;
    return ws->addComment(declarationId, QStringLiteral("S1.1-02"), text("鈴木 次郎", "Jiro Suzuki"),
                          text("ログの抜粋だけでなく、対象ロットの全件を添付してください。",
                               "Please attach the full log of the lot, not only an excerpt."),
                          &error)
           >= 0;
}

bool showItemComments(MainWindow *window)
{
    Session *session = window->session();
    if (!addThread(session->workspace(), session->currentDeclarationId()))
        return false;
    session->refresh();
    window->showItem(QStringLiteral("S1.1-02"));
    auto *tabs = window->itemPage()->findChild<QTabWidget *>(QStringLiteral("itemTabs"));
    auto *thread = window->itemPage()->findChild<CommentThread *>();
    if (!tabs || !thread)
        return false;
    tabs->setCurrentWidget(thread);
    return true;
}

// Requested by one name, approved by another, then one verdict's notes changed: stale.
bool showStaleApproval(MainWindow *window)
{
    Session *session = window->session();
    Workspace *ws = session->workspace();
    const qint64 id = session->currentDeclarationId();
    QString error;
    const QString preparer = text("佐藤 一郎", "Ichiro Sato");
    const QString approver = text("高橋 美咲（品質保証）", "Misaki Takahashi (QA)");
    if (!ws->requestReview(id, preparer, &error) || !ws->approve(id, approver, &error))
        return false;
    if (!addThread(ws, id))
        return false;
    const Assessment a = ws->assessment(id, QStringLiteral("S1.1-04"));
    ws->setActor(preparer);
    if (!ws->setAssessment(id, QStringLiteral("S1.1-04"), a.verdict, a.justification,
                           text("ファームウェア 1.0.4 で再試験予定。", "Retest planned on firmware 1.0.4."), &error))
        return false;
    session->refresh();
    window->showItem(QStringLiteral("S1.1-04"));
    auto *dock = window->findChild<ReviewDock *>();
    if (!dock)
        return false;
    dock->show();
    dock->raise();
    // Once the window is laid out: a dock area resized before that keeps its saved height.
    QTimer::singleShot(300, window, [window, dock] { window->resizeDocks({dock}, {340}, Qt::Vertical); });
    return true;
}

} // namespace

bool isReviewPage(const QString &page)
{
    return page == QLatin1String("item-comments") || page == QLatin1String("review");
}

bool prepare(MainWindow *window, const QString &page)
{
    return page == QLatin1String("review") ? showStaleApproval(window) : showItemComments(window);
}

void recordFindings(AuditorPage *page)
{
    FindingsPanel *panel = page->findingsPanel();
    const auto record = [&](const char *item, int status, const QString &finding) {
        page->selectItem(QLatin1String(item));
        panel->findChild<QComboBox *>(QStringLiteral("findingStatus"))->setCurrentIndex(status);
        panel->findChild<QPlainTextEdit *>(QStringLiteral("findingText"))->setPlainText(finding);
    };
    record("S1.1-01", 1, QString());
    record("S1.1-04", 3, text("試験ログは抜粋のみです。対象ファームウェア 1.0.3 での全件ログを追加してください。",
                              "The test log is an excerpt; please add the full log on firmware 1.0.3."));
    record("S1.1-02", 2, text("初期パスワードが機器ごとに異なることを示す出荷工程の記録はありますか？",
                              "Is there a factory record showing that every unit gets its own initial password?"));
    panel->findChild<QLineEdit *>(QStringLiteral("findingsReviewer"))
        ->setText(text("山田 花子（監査法人）", "Hanako Yamada (audit firm)"));
}

} // namespace hoshi::ReviewScreenshots
