// SPDX-License-Identifier: Apache-2.0
#include "changesview.h"

#include "baseline/changedetector.h"
#include "common/statuscolours.h"
#include "session/session.h"
#include "storage/workspace.h"
#include "util/displaydate.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hoshi {

namespace {

constexpr int ItemIdRole = Qt::UserRole;

QString when(const QDateTime &t)
{
    return DisplayDate::dateTime(t);
}

BaselineKind kindOf(ChangesView::Anchor anchor)
{
    switch (anchor) {
    case ChangesView::Anchor::Approval:
        return BaselineKind::Approval;
    case ChangesView::Anchor::Label:
        return BaselineKind::Label;
    default:
        return BaselineKind::Export;
    }
}

} // namespace

ChangesView::ChangesView(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_anchor(new QComboBox(this)), m_date(new QDateEdit(this)),
      m_summary(new QLabel(this)), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("changesView"));
    m_anchor->setObjectName(QStringLiteral("changesAnchor"));
    m_date->setObjectName(QStringLiteral("changesDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(DisplayDate::dateFormat());
    m_date->setDate(QDate::currentDate().addDays(-7));
    m_summary->setObjectName(QStringLiteral("changesSummary"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("changesList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->header()->setStretchLastSection(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_anchor);
    top->addWidget(m_date);
    top->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);

    connect(m_anchor, &QComboBox::currentIndexChanged, this, &ChangesView::reload);
    connect(m_date, &QDateEdit::dateChanged, this, &ChangesView::reload);
    connect(m_list, &QTreeWidget::itemActivated, this, &ChangesView::activate);
    connect(m_session, &Session::declarationRefreshed, this, &ChangesView::reload);
    connect(m_session, &Session::currentDeclarationChanged, this, &ChangesView::reload);
    retranslate();
}

void ChangesView::setAnchor(Anchor anchor)
{
    m_anchor->setCurrentIndex(int(anchor));
}

void ChangesView::setDate(const QDate &date)
{
    m_date->setDate(date);
}

QString ChangesView::summary() const
{
    return m_summary->text();
}

void ChangesView::reload()
{
    // Only while shown: a comparison reads the whole declaration as JSON, on every refresh.
    if (!isVisible()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    m_list->clear();
    const Anchor anchor = Anchor(qMax(0, m_anchor->currentIndex()));
    m_date->setEnabled(anchor == Anchor::Date);
    const qint64 declarationId = m_session->snapshot() ? m_session->currentDeclarationId() : -1;
    if (declarationId < 0) {
        m_summary->setText(tr("No declaration open"));
        return;
    }
    if (anchor == Anchor::Date)
        showHistorySince(m_date->date());
    else
        showBaselineChanges(declarationId, anchor);
}

void ChangesView::showBaselineChanges(qint64 declarationId, Anchor anchor)
{
    m_list->setHeaderLabels({tr("Item"), tr("Change"), tr("Before"), tr("After")});
    const Workspace *ws = m_session->workspace();
    const std::optional<Baseline> baseline = ws->latestBaseline(declarationId, kindOf(anchor));
    if (!baseline) {
        m_summary->setText(anchor == Anchor::Approval ? tr("Not approved yet: nothing to compare with.")
                           : anchor == Anchor::Export ? tr("Not exported yet: nothing to compare with.")
                                                      : tr("No label recorded yet: nothing to compare with."));
        m_summary->setStyleSheet(StatusColours::textStyle(Tone::Muted));
        return;
    }
    QString error;
    const std::optional<QByteArray> current = ws->declarationJson(declarationId, &error);
    const auto changes = current ? ChangeDetector::compare(baseline->json, *current, &error) : std::nullopt;
    if (!changes) {
        m_summary->setText(error);
        m_summary->setStyleSheet(StatusColours::textStyle(Tone::Bad));
        return;
    }
    for (const DeclarationChange &c : *changes) {
        const QString item = !c.itemId.isEmpty() ? c.itemId : c.affectedItems.join(QLatin1String(", "));
        auto *row = new QTreeWidgetItem(m_list, {item, c.describe(), c.before, c.after});
        row->setData(0, ItemIdRole, !c.itemId.isEmpty() ? c.itemId : c.affectedItems.value(0));
        row->setToolTip(1, c.describe());
    }
    const QString since = (anchor == Anchor::Approval ? tr("Since the approval of %1 by %2")
                           : anchor == Anchor::Export ? tr("Since the export of %1 by %2")
                                                      : tr("Since the label recorded %1 by %2"))
                              .arg(when(baseline->createdAt), baseline->actor);
    m_summary->setText(changes->isEmpty() ? tr("%1: no changes.").arg(since)
                                          : tr("%1: %n change(s) touching %2", nullptr, int(changes->size()))
                                                .arg(since, ChangeDetector::touchedItems(*changes).join(QLatin1String(", "))));
    m_summary->setStyleSheet(StatusColours::textStyle(changes->isEmpty() ? Tone::Good : Tone::Warning));
    m_list->resizeColumnToContents(0);
    m_list->setColumnWidth(1, qMax(m_list->columnWidth(1), 320));
}

void ChangesView::showHistorySince(const QDate &date)
{
    m_list->setHeaderLabels({tr("Item"), tr("When"), tr("Who"), tr("What")});
    const QDateTime from(date, QTime(0, 0));
    QList<HistoryEntry> entries = m_session->history();
    entries.erase(std::remove_if(entries.begin(), entries.end(), [&](const HistoryEntry &e) { return e.at < from; }),
                  entries.end());
    std::reverse(entries.begin(), entries.end());
    for (const HistoryEntry &e : std::as_const(entries)) {
        auto *row = new QTreeWidgetItem(m_list, {e.itemId.isEmpty() ? QStringLiteral("—") : e.itemId, when(e.at), e.actor,
                                                 e.summary});
        row->setData(0, ItemIdRole, e.itemId);
    }
    m_summary->setText(tr("%n change(s) recorded since %1", nullptr, int(entries.size()))
                           .arg(DisplayDate::date(date)));
    m_summary->setStyleSheet(StatusColours::textStyle(entries.isEmpty() ? Tone::Good : Tone::Info));
    for (int c = 0; c < 3; ++c)
        m_list->resizeColumnToContents(c);
}

void ChangesView::activate(QTreeWidgetItem *row)
{
    const QString itemId = row ? row->data(0, ItemIdRole).toString() : QString();
    if (!itemId.isEmpty())
        Q_EMIT itemActivated(itemId);
}

void ChangesView::retranslate()
{
    const int index = qMax(0, m_anchor->currentIndex());
    const QSignalBlocker blocker(m_anchor);
    m_anchor->clear();
    m_anchor->addItems({tr("Since the approval"), tr("Since the last export"), tr("Since the label"),
                        tr("Since a date")});
    m_anchor->setCurrentIndex(index);
    reload();
}

void ChangesView::showEvent(QShowEvent *event)
{
    if (m_pending)
        reload();
    QWidget::showEvent(event);
}

void ChangesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hoshi
