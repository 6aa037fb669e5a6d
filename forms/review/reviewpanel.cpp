// SPDX-License-Identifier: Apache-2.0
#include "reviewpanel.h"

#include "commentthread.h"

#include "common/messagebox.h"
#include "common/statuscolours.h"
#include "session/session.h"
#include "storage/workspace.h"
#include "util/displaydate.h"
#include "common/stylesheetonce.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <initializer_list>

namespace hoshi {

namespace {

QString when(const QDateTime &t)
{
    return DisplayDate::dateTime(t);
}

QString accountText(const QString &account)
{
    return account.isEmpty() ? ReviewPanel::tr("(not recorded)") : account;
}

QLabel *wrapping(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

Tone toneOf(ReviewState state, bool stale)
{
    switch (state) {
    case ReviewState::Approved:
        return stale ? Tone::Warning : Tone::Good;
    case ReviewState::ChangesRequested:
        return Tone::Bad;
    case ReviewState::InReview:
        return Tone::Info;
    case ReviewState::Draft:
        break;
    }
    return Tone::Muted;
}

} // namespace

ReviewPanel::ReviewPanel(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_state(wrapping(this, "reviewState")),
      m_approval(wrapping(this, "reviewApproval")), m_stale(wrapping(this, "reviewStale")),
      m_sameAccount(wrapping(this, "reviewSameAccount")),
      m_comments(wrapping(this, "reviewOpenComments")), m_requestButton(new QPushButton(this)),
      m_approveButton(new QPushButton(this)), m_reason(new QLineEdit(this)), m_rejectButton(new QPushButton(this)),
      m_error(wrapping(this, "reviewError")), m_signOffsHeading(new QLabel(this)), m_signOffs(new QTreeWidget(this)),
      m_remarks(new CommentThread(session, this))
{
    setObjectName(QStringLiteral("reviewPanel"));
    m_requestButton->setObjectName(QStringLiteral("requestReviewButton"));
    m_approveButton->setObjectName(QStringLiteral("approveButton"));
    m_rejectButton->setObjectName(QStringLiteral("requestChangesButton"));
    m_reason->setObjectName(QStringLiteral("reviewReason"));
    m_signOffs->setObjectName(QStringLiteral("signOffList"));
    m_signOffs->setColumnCount(5);
    m_signOffs->setRootIsDecorated(false);
    m_signOffs->setWordWrap(true);
    m_signOffs->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_signOffs->header()->setStretchLastSection(true);
    m_error->setStyleSheet(StatusColours::textStyle(Tone::Bad));
    m_error->hide();
    m_remarks->setItem(QString());

    auto *history = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(m_signOffsHeading);
    historyLayout->addWidget(m_signOffs);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    // Its own scroll area: a splitter pane does not grow with the height its wrapped texts need
    // for the width they get, so a long stale-approval note would be drawn over the buttons.
    auto *stateScroll = new QScrollArea(this);
    stateScroll->setObjectName(QStringLiteral("reviewStateScroll"));
    stateScroll->setWidgetResizable(true);
    stateScroll->setFrameShape(QFrame::NoFrame);
    stateScroll->setWidget(buildStateBox());
    splitter->addWidget(stateScroll);
    splitter->addWidget(history);
    splitter->addWidget(m_remarks);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_requestButton, &QPushButton::clicked, this, &ReviewPanel::requestReview);
    connect(m_approveButton, &QPushButton::clicked, this, &ReviewPanel::approve);
    connect(m_rejectButton, &QPushButton::clicked, this, [this] { requestChanges(m_reason->text()); });
    connect(m_reason, &QLineEdit::textChanged, this, &ReviewPanel::reload);
    connect(m_session, &Session::declarationRefreshed, this, &ReviewPanel::reload);
    connect(m_session, &Session::currentDeclarationChanged, this, &ReviewPanel::reload);
    retranslate();
}

QWidget *ReviewPanel::buildStateBox()
{
    auto *box = new QWidget(this);
    QFont bold = m_state->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_state->setFont(bold);
    auto *reject = new QHBoxLayout;
    reject->addWidget(m_reason, 1);
    reject->addWidget(m_rejectButton);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_requestButton);
    buttons->addWidget(m_approveButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addWidget(m_approval);
    layout->addWidget(m_stale);
    layout->addWidget(m_sameAccount);
    layout->addWidget(m_comments);
    layout->addLayout(buttons);
    layout->addLayout(reject);
    layout->addWidget(m_error);
    layout->addStretch(1);
    return box;
}

void ReviewPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_remarks->setReadOnly(readOnly);
    reload();
}

void ReviewPanel::reload()
{
    const DeclarationSnapshot *s = m_session->snapshot();
    m_signOffs->clear();
    if (!s) {
        m_state->setText(tr("No declaration open"));
        for (QLabel *l : {m_approval, m_stale, m_comments, m_sameAccount})
            l->clear();
        m_sameAccount->hide();
        for (QWidget *w : std::initializer_list<QWidget *>{m_requestButton, m_approveButton, m_rejectButton, m_reason})
            w->setEnabled(false);
        return;
    }
    const ReviewSummary &r = s->review;
    m_state->setText(tr("Review state: %1").arg(reviewStateName(r.state)));
    setStyleSheetIfChanged(m_state, StatusColours::textStyle(toneOf(r.state, r.approvalStale), true));
    showApproval();
    m_comments->setText(r.openComments > 0
                            ? tr("%n open comment(s) of %1", nullptr, r.openComments).arg(r.totalComments)
                            : tr("No open comments (%1 in all)").arg(r.totalComments));
    setStyleSheetIfChanged(m_comments, StatusColours::textStyle(r.openComments > 0 ? Tone::Warning : Tone::Muted));
    for (const SignOff &o : m_session->signOffs()) {
        auto *row = new QTreeWidgetItem(m_signOffs, {when(o.at), o.author, accountText(o.account),
                                                     reviewStateName(o.state), o.reason});
        row->setToolTip(2, tr("The operating-system account (or server user) that recorded this step; the name "
                              "beside it is what was typed into Your name…"));
        row->setToolTip(4, o.fingerprint.isEmpty() ? o.reason : tr("Fingerprint %1").arg(o.fingerprint));
    }
    showSameAccount();
    const bool editable = !m_readOnly && !m_session->isReadOnly();
    m_requestButton->setEnabled(editable && r.state != ReviewState::InReview);
    // Approving needs the reviewer role on a server: disabled with the reason, not refused later.
    const QString approvalRefused = m_session->approvalRefusedReason();
    m_approveButton->setEnabled(editable && approvalRefused.isEmpty()
                                && (r.state != ReviewState::Approved || r.approvalStale));
    const QString refused = !editable ? m_session->readOnlyReason() : approvalRefused;
    m_approveButton->setToolTip(!refused.isEmpty()
                                    ? refused
                                    : tr("Approve the declaration as it is now; its content fingerprint is recorded. "
                                         "Whoever changed it since the last approval cannot approve it."));
    m_reason->setEnabled(editable);
    m_rejectButton->setEnabled(editable && !m_reason->text().trimmed().isEmpty());
}

void ReviewPanel::showApproval()
{
    const ReviewSummary &r = m_session->snapshot()->review;
    const std::optional<SignOff> &a = r.approval ? r.approval : r.lastApproval;
    m_approval->setText(a ? tr("Approved by %1 on %2 · fingerprint %3")
                                .arg(a->author, when(a->at), a->fingerprint.left(16) + QStringLiteral("…"))
                          : tr("Not approved yet."));
    m_approval->setToolTip(a ? a->fingerprint : QString());
    m_stale->setVisible(r.approvalStale);
    if (r.approvalStale) {
        QStringList lines = r.changesSinceApproval.mid(0, 5);
        if (r.changesSinceApproval.size() > 5)
            lines << tr("… and %n more", nullptr, int(r.changesSinceApproval.size()) - 5);
        m_stale->setText(tr("⚠ Stale: the declaration changed since it was approved.") + QLatin1Char('\n')
                         + lines.join(QLatin1Char('\n')));
        setStyleSheetIfChanged(m_stale, StatusColours::textStyle(Tone::Warning, true));
    }
}

bool ReviewPanel::finish(bool ok, const QString &error)
{
    m_error->setVisible(!ok);
    m_error->setText(ok ? QString() : error);
    m_error->setToolTip(ok ? QString() : m_session->lastErrorDetails()); // the server's own words
    return ok;
}

bool ReviewPanel::requestReview()
{
    QString error;
    return finish(m_session->signOff(Session::SignOffStep::RequestReview, QString(), &error), error);
}

void ReviewPanel::showSameAccount()
{
    const QString account = m_session->selfApprovedAccount();
    m_sameAccount->setVisible(!account.isEmpty());
    m_sameAccount->setText(account.isEmpty() ? QString()
                                             : tr("⚠ The approval was given from the same account (%1) that asked for the "
                                                  "review or changed the declaration: the names differ, but it may be one "
                                                  "person.").arg(account));
    setStyleSheetIfChanged(m_sameAccount, StatusColours::textStyle(Tone::Warning, true));
}

int ReviewPanel::ownOpenQuestions() const
{
    const QString me = m_session->workspace()->actor().trimmed();
    int open = 0;
    for (const ReviewComment &c : m_session->comments()) { // read with the declaration
        if (!c.resolved && c.author == me)
            ++open;
    }
    return open;
}

bool ReviewPanel::approve()
{
    // An approver who still has a question open usually wants its answer first.
    if (const int open = ownOpenQuestions(); open > 0) {
        const QString text = tr("You still have %n open comment(s) on this declaration. Approve anyway?", nullptr, open);
        if (MessageBox::question(this, tr("Approve"), text) != QMessageBox::Yes)
            return false;
    }
    QString error;
    return finish(m_session->signOff(Session::SignOffStep::Approve, QString(), &error), error);
}

bool ReviewPanel::requestChanges(const QString &reason)
{
    QString error;
    const bool ok = finish(m_session->signOff(Session::SignOffStep::RequestChanges, reason, &error), error);
    if (ok)
        m_reason->clear();
    return ok;
}

void ReviewPanel::retranslate()
{
    m_requestButton->setText(tr("Request review"));
    m_approveButton->setText(tr("Approve"));
    m_approveButton->setToolTip(tr("Approve the declaration as it is now; its content fingerprint is recorded. "
                                   "Whoever changed it since the last approval cannot approve it."));
    m_rejectButton->setText(tr("Request changes"));
    m_reason->setPlaceholderText(tr("Reason (required to request changes)"));
    m_signOffsHeading->setText(tr("Sign-offs"));
    m_signOffs->setHeaderLabels({tr("When"), tr("Who"), tr("Account"), tr("State"), tr("Reason")});
    reload();
}

void ReviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hoshi
