// SPDX-License-Identifier: Apache-2.0
#include "commentthread.h"

#include "common/statuscolours.h"
#include "findings/findings.h"
#include "session/session.h"
#include "storage/workspace.h"
#include "util/displaydate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hoshi {

namespace {

QString when(const QDateTime &t)
{
    return DisplayDate::dateTime(t);
}

} // namespace

CommentThread::CommentThread(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_heading(new QLabel(this)), m_list(new QListWidget(this)),
      m_text(new QPlainTextEdit(this)), m_addButton(new QPushButton(this)), m_resolveButton(new QPushButton(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("commentThread"));
    m_heading->setObjectName(QStringLiteral("commentHeading"));
    m_heading->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("commentList"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_text->setObjectName(QStringLiteral("commentText"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);
    m_addButton->setObjectName(QStringLiteral("addCommentButton"));
    m_resolveButton->setObjectName(QStringLiteral("resolveCommentButton"));
    m_error->setObjectName(QStringLiteral("commentError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(StatusColours::textStyle(Tone::Bad));
    m_error->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_resolveButton);
    buttons->addStretch(1);
    buttons->addWidget(m_addButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    layout->addWidget(m_error);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        if (addComment(m_text->toPlainText()))
            m_text->clear();
    });
    connect(m_resolveButton, &QPushButton::clicked, this, &CommentThread::resolveSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &CommentThread::updateButtons);
    connect(m_text, &QPlainTextEdit::textChanged, this, &CommentThread::updateButtons);
    connect(m_session, &Session::declarationRefreshed, this, &CommentThread::reload);
    connect(m_session, &Session::currentDeclarationChanged, this, &CommentThread::reload);
    retranslate();
}

void CommentThread::setItem(const QString &itemId)
{
    m_itemId = itemId;
    m_error->hide();
    reload();
}

void CommentThread::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

QString CommentThread::title() const
{
    if (m_comments.isEmpty())
        return tr("Comments");
    return m_open > 0 ? tr("Comments (%n open)", nullptr, m_open) : tr("Comments (%1)").arg(m_comments.size());
}

QString CommentThread::describe(const ReviewComment &c) const
{
    QStringList head{c.author, when(c.createdAt)};
    if (const std::optional<FindingStatus> s = findingStatusFromKey(c.findingStatus))
        head << tr("finding: %1").arg(findingStatusName(*s));
    else if (!c.origin.isEmpty())
        head << tr("imported");
    QString text = head.join(QStringLiteral(" · ")) + QLatin1Char('\n') + c.text;
    if (c.resolved)
        text += QLatin1Char('\n') + tr("✓ Resolved by %1, %2").arg(c.resolvedBy, when(c.resolvedAt));
    return text;
}

void CommentThread::reload()
{
    const int keepRow = m_list->currentRow();
    m_comments.clear();
    m_open = 0;
    const qint64 declarationId = m_session->currentDeclarationId();
    if (m_session->hasWorkspace() && declarationId >= 0) {
        for (const ReviewComment &c : m_session->comments()) {
            if (c.itemId != m_itemId)
                continue;
            m_comments << c;
            if (!c.resolved)
                ++m_open;
        }
    }
    m_list->clear();
    for (const ReviewComment &c : m_comments) {
        auto *row = new QListWidgetItem(describe(c), m_list);
        row->setData(Qt::UserRole, c.id);
        const Tone tone = c.resolved                                ? Tone::Muted
                          : c.findingStatus == QLatin1String("more-evidence") ? Tone::Bad
                          : !c.findingStatus.isEmpty()              ? Tone::Warning
                                                                    : Tone::Info;
        row->setForeground(StatusColours::foreground(tone, palette()));
    }
    if (keepRow >= 0 && keepRow < m_list->count())
        m_list->setCurrentRow(keepRow);
    m_heading->setText(m_itemId.isEmpty() ? tr("General remarks on the declaration")
                                          : tr("Review comments on %1").arg(m_itemId));
    updateButtons();
    Q_EMIT titleChanged(title());
}

void CommentThread::updateButtons()
{
    const bool editable = !m_readOnly && !m_session->isReadOnly() && m_session->currentDeclarationId() >= 0;
    const int row = m_list->currentRow();
    const bool open = row >= 0 && row < m_comments.size() && !m_comments.at(row).resolved;
    m_resolveButton->setEnabled(editable && open);
    m_addButton->setEnabled(editable && !m_text->toPlainText().trimmed().isEmpty());
    m_text->setReadOnly(!editable);
}

bool CommentThread::addComment(const QString &text)
{
    if (text.trimmed().isEmpty() || m_session->isReadOnly())
        return false;
    QString error;
    if (!m_session->addComment(m_itemId, text, &error)) {
        showError(error);
        return false;
    }
    m_error->hide();
    m_list->setCurrentRow(m_list->count() - 1);
    return true;
}

bool CommentThread::resolveSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_comments.size() || m_session->isReadOnly())
        return false;
    QString error;
    if (!m_session->resolveComment(m_comments.at(row).id, &error)) {
        showError(error);
        return false;
    }
    m_error->hide();
    return true;
}

void CommentThread::showError(const QString &error)
{
    m_error->setText(error);
    m_error->show();
}

void CommentThread::retranslate()
{
    m_text->setPlaceholderText(tr("Write a comment (it is signed with your user name)"));
    m_addButton->setText(tr("Add comment"));
    m_resolveButton->setText(tr("Mark resolved"));
    m_resolveButton->setToolTip(tr("The selected comment has been answered or dealt with"));
    reload();
}

void CommentThread::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hoshi
