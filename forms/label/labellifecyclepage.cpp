// SPDX-License-Identifier: Apache-2.0
#include "labellifecyclepage.h"

#include "labelrecordeditor.h"

#include "common/filedialog.h"
#include "common/statuscolours.h"
#include "lifecycle/labelpage.h"
#include "lifecycle/labelchanges.h"
#include "lifecycle/reminders.h"
#include "lifecycle/retestplan.h"
#include "markets/marketspanel.h"
#include "session/session.h"
#include "util/language.h"
#include "util/displaydate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace hoshi {

namespace {

QListWidget *list(const char *objectName, QWidget *parent)
{
    auto *w = new QListWidget(parent);
    w->setObjectName(QLatin1String(objectName));
    w->setWordWrap(true);
    w->setSelectionMode(QAbstractItemView::NoSelection);
    return w;
}

QLabel *note(QWidget *parent, bool bold = false)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    if (bold)
        l->setStyleSheet(QStringLiteral("font-weight: bold;"));
    return l;
}

} // namespace

LabelLifecyclePage::LabelLifecyclePage(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("labelLifecyclePage"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("labelBackButton"));
    m_heading = note(this);
    m_heading->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 14pt;"));
    top->addWidget(m_back);
    top->addWidget(m_heading, 1);
    layout->addLayout(top);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("labelTabs"));
    layout->addWidget(m_tabs, 1);

    auto *record = new QWidget(m_tabs);
    auto *recordLayout = new QHBoxLayout(record);
    m_editor = new LabelRecordEditor(record);
    auto *historyColumn = new QVBoxLayout;
    m_historyTitle = note(record, true);
    m_history = list("labelHistoryList", record);
    historyColumn->addWidget(m_historyTitle);
    historyColumn->addWidget(m_history);
    recordLayout->addWidget(m_editor, 3);
    recordLayout->addLayout(historyColumn, 2);
    m_tabs->addTab(record, QString());

    auto *changes = new QWidget(m_tabs);
    auto *changesLayout = new QVBoxLayout(changes);
    m_changesIntro = note(changes);
    m_changes = list("labelChangesList", changes);
    m_retestTitle = note(changes, true);
    m_retest = list("retestPlanList", changes);
    changesLayout->addWidget(m_changesIntro);
    changesLayout->addWidget(m_changes, 3);
    changesLayout->addWidget(m_retestTitle);
    changesLayout->addWidget(m_retest, 2);
    m_tabs->addTab(changes, QString());

    auto *reminders = new QWidget(m_tabs);
    auto *remindersLayout = new QVBoxLayout(reminders);
    m_remindersIntro = note(reminders);
    m_reminders = list("remindersList", reminders);
    remindersLayout->addWidget(m_remindersIntro);
    remindersLayout->addWidget(m_reminders, 1);
    m_tabs->addTab(reminders, QString());

    auto *preview = new QWidget(m_tabs);
    auto *previewLayout = new QVBoxLayout(preview);
    m_preview = new QTextBrowser(preview);
    m_preview->setObjectName(QStringLiteral("labelPagePreview"));
    m_savePdf = new QPushButton(preview);
    m_savePdf->setObjectName(QStringLiteral("saveLabelPagePdfButton"));
    auto *previewButtons = new QHBoxLayout;
    previewButtons->addStretch();
    previewButtons->addWidget(m_savePdf);
    previewLayout->addWidget(m_preview, 1);
    previewLayout->addLayout(previewButtons);
    m_tabs->addTab(preview, QString());

    m_markets = new MarketsPanel(session, m_tabs);
    m_tabs->addTab(m_markets, QString());

    connect(m_back, &QPushButton::clicked, this, &LabelLifecyclePage::backRequested);
    connect(m_editor, &LabelRecordEditor::saveRequested, this, &LabelLifecyclePage::save);
    connect(m_savePdf, &QPushButton::clicked, this, &LabelLifecyclePage::savePreviewPdf);
    connect(m_session, &Session::declarationRefreshed, this, &LabelLifecyclePage::reload);
    connect(m_session, &Session::currentDeclarationChanged, this, &LabelLifecyclePage::reload);
    retranslate();
}

void LabelLifecyclePage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void LabelLifecyclePage::setToday(const QDate &today)
{
    m_today = today;
    m_markets->setToday(today);
    reload();
}

void LabelLifecyclePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LabelLifecyclePage::retranslate()
{
    m_back->setText(tr("← Declaration"));
    m_tabs->setTabText(int(Tab::Record), tr("Label record"));
    m_tabs->setTabText(int(Tab::Changes), tr("Changes since the label"));
    m_tabs->setTabText(int(Tab::Reminders), tr("Reminders"));
    m_tabs->setTabText(int(Tab::Preview), tr("Label page preview"));
    m_tabs->setTabText(int(Tab::Markets), tr("Other markets"));
    m_historyTitle->setText(tr("Status history"));
    m_retestTitle->setText(tr("Re-test plan after a firmware change"));
    m_remindersIntro->setText(tr("Every declaration of this workspace: labels expiring within %n day(s), support "
                                 "periods ending, device tests run on older firmware.",
                                 nullptr, ReminderHorizonDays));
    m_savePdf->setText(tr("Save as &PDF…"));
    m_editor->retranslate();
    m_markets->retranslate();
    reload();
}

void LabelLifecyclePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void LabelLifecyclePage::reload()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const DeclarationSnapshot *s = m_session->snapshot();
    Workspace *ws = m_session->workspace();
    setEnabled(s && ws);
    if (!s || !ws) {
        m_heading->setText(tr("No declaration open"));
        return;
    }
    m_heading->setText(tr("Label of %1 (%2)").arg(s->product.name, s->criteria.id));
    m_editor->setRecord(ws->labelRecord(s->declaration.id).value_or(LabelRecord{}), m_today);
    m_editor->setReadOnly(m_session->isReadOnly());
    reloadHistory();
    reloadChanges();
    reloadReminders();
    reloadPreview();
    m_markets->reload();
}

void LabelLifecyclePage::save()
{
    if (!m_session->snapshot() || !m_session->workspace())
        return;
    LabelRecord record;
    QString error;
    if (!m_editor->edited(&record, &error) || !m_session->setLabelRecord(record, &error)) {
        m_editor->showError(error);
        return;
    }
    m_editor->showError(QString());
}

void LabelLifecyclePage::reloadHistory()
{
    m_history->clear();
    for (const HistoryEntry &h : m_session->workspace()->labelHistory(m_session->currentDeclarationId()))
        m_history->addItem(QStringLiteral("%1 — %2\n%3")
                               .arg(DisplayDate::dateTime(h.at), h.actor, h.summary));
    if (m_history->count() == 0)
        m_history->addItem(tr("No label recorded yet."));
}

void LabelLifecyclePage::reloadChanges()
{
    m_changes->clear();
    QString error;
    const LabelChanges changes = LabelChanges::since(*m_session->workspace(), m_session->currentDeclarationId(), &error);
    if (!changes.hasBaseline) {
        m_changesIntro->setText(error.isEmpty() ? tr("No label baseline yet: it is kept when the label is recorded.")
                                                : error);
    } else {
        m_changesIntro->setText(tr("Compared with the declaration as it stood when the label was recorded (%1):")
                                    .arg(DisplayDate::dateTime(changes.baselineAt)));
        for (const QString &line : changes.lines())
            m_changes->addItem(line);
        if (changes.changes.isEmpty())
            m_changes->addItem(tr("Nothing has changed since the label."));
    }
    m_retest->clear();
    const QString firmware = m_session->snapshot()->product.firmwareVersion;
    for (const RetestItem &item : RetestPlan::of(*m_session->snapshot(), uiLanguage())) {
        m_retest->addItem(RetestPlan::line(item, firmware));
        // The item id, for "Run again…" on a captured test (forms/mainwindow/mainwindow_capture.cpp).
        m_retest->item(m_retest->count() - 1)->setData(Qt::UserRole, item.itemId);
    }
    if (m_retest->count() == 0)
        m_retest->addItem(tr("Every device test was run on the current firmware %1.").arg(firmware));
}

void LabelLifecyclePage::reloadReminders()
{
    m_reminders->clear();
    QString error;
    const QList<ReminderSubject> subjects = Reminders::subjects(*m_session->workspace(), uiLanguage(), &error);
    for (const Reminder &r : Reminders::due(subjects, m_today)) {
        auto *item = new QListWidgetItem(r.message, m_reminders);
        const bool urgent = r.kind == ReminderKind::LabelExpired || r.kind == ReminderKind::SupportEnded
                            || (r.due.isValid() && r.daysLeft <= FinalReminderDays);
        item->setForeground(StatusColours::foreground(urgent ? Tone::Bad : Tone::Warning));
    }
    if (m_reminders->count() == 0)
        m_reminders->addItem(error.isEmpty() ? tr("Nothing due.") : error);
}

void LabelLifecyclePage::reloadPreview()
{
    const DeclarationSnapshot *s = m_session->snapshot();
    const LabelRecord record = m_session->workspace()->labelRecord(s->declaration.id).value_or(LabelRecord{});
    const LabelPageView view = LabelPage::of(*s, record, m_today);
    QTextDocument *doc = m_preview->document();
    doc->addResource(QTextDocument::ImageResource, QUrl(QLatin1String(LabelPage::QrResource)),
                     LabelPage::qrCode(view.productPageUrl, 4));
    m_preview->setHtml(LabelPage::html(view));
}

void LabelLifecyclePage::savePreviewPdf()
{
    const DeclarationSnapshot *s = m_session->snapshot();
    if (!s)
        return;
    const QString path = FileDialog::getSaveFileName(this, tr("Save the label page"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const LabelRecord record = m_session->workspace()->labelRecord(s->declaration.id).value_or(LabelRecord{});
    QString error;
    if (!LabelPage::writePdf(LabelPage::of(*s, record, m_today), path, &error))
        m_editor->showError(error);
}

} // namespace hoshi
