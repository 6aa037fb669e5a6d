// SPDX-License-Identifier: Apache-2.0
#include "checklistpage.h"

#include "badgedelegate.h"
#include "checklistmodel.h"
#include "common/statuscolours.h"
#include "gate/gateprogress.h"
#include "session/session.h"
#include "util/language.h"
#include "util/displaydate.h"
#include "common/stylesheetonce.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace hoshi {

ChecklistPage::ChecklistPage(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new ChecklistModel(session, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_title(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_progressLabel(new QLabel(this)), m_progress(new QProgressBar(this)), m_find(new QLineEdit(this)),
      m_view(new QTableView(this)), m_productButton(new QPushButton(this)), m_declarationButton(new QPushButton(this)),
      m_exportButton(new QPushButton(this)), m_filterNote(new QLabel(this))
{
    setObjectName(QStringLiteral("checklistPage"));
    m_title->setObjectName(QStringLiteral("declarationTitle"));
    m_subtitle->setObjectName(QStringLiteral("declarationSubtitle"));
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_find->setObjectName(QStringLiteral("checklistFind"));
    m_view->setObjectName(QStringLiteral("checklistView"));
    m_productButton->setObjectName(QStringLiteral("productDetailsButton"));
    m_declarationButton->setObjectName(QStringLiteral("declarationDetailsButton"));
    m_exportButton->setObjectName(QStringLiteral("checklistExportButton"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_subtitle->setWordWrap(true);
    m_exported = new QLabel(this);
    m_exported->setObjectName(QStringLiteral("declarationExportedLabel"));
    m_exported->setWordWrap(true);
    m_exported->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exported->hide();
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    m_find->setClearButtonEnabled(true);
    m_filterNote->setObjectName(QStringLiteral("checklistFilterNote"));
    m_filterNote->setStyleSheet(StatusColours::textStyle(Tone::Warning, true));
    m_filterNote->hide();
    m_find->installEventFilter(this);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ChecklistModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(ChecklistModel::IdColumn);
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(ChecklistModel::MethodsColumn, new BadgeDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    QHeaderView *header = m_view->horizontalHeader();
    // Fixed widths fitted to the contents by fitColumns() once per refresh, rather than
    // ResizeToContents, which measured every row of every column again on each model reset,
    // header change, selection and show (four times per declaration stepped to).
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setSectionResizeMode(ChecklistModel::TitleColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_find, 1);
    buttons->addWidget(m_filterNote);
    buttons->addSpacing(12);
    buttons->addWidget(m_productButton);
    buttons->addWidget(m_declarationButton);
    buttons->addWidget(m_exportButton);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressLabel);
    progressRow->addWidget(m_progress, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_exported);
    layout->addLayout(progressRow);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addStretch(0); // keeps the hint at the top while the list is hidden

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &i) {
        Q_EMIT itemActivated(i.data(ChecklistModel::ItemIdRole).toString());
    });
    connect(m_find, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        showFilterNote();
    });
    // A filter typed for one declaration must not silently hide items of the next.
    connect(m_session, &Session::currentDeclarationChanged, m_find, &QLineEdit::clear);
    connect(m_find, &QLineEdit::returnPressed, this, &ChecklistPage::activateFirstMatch);
    connect(m_productButton, &QPushButton::clicked, this, &ChecklistPage::productDetailsRequested);
    connect(m_declarationButton, &QPushButton::clicked, this, &ChecklistPage::declarationDetailsRequested);
    connect(m_exportButton, &QPushButton::clicked, this, &ChecklistPage::exportRequested);
    connect(m_session, &Session::declarationRefreshed, this, &ChecklistPage::reload);
    reload();
}

void ChecklistPage::reload()
{
    const QString current = currentItemId();
    m_model->reload();
    fitColumns();
    if (!current.isEmpty())
        selectItem(current);
    retranslate();
}

void ChecklistPage::fitColumns()
{
    // Only what is seen is measured: a hidden page fits its columns when it is shown.
    if (!isVisible()) {
        m_columnsToFit = true;
        return;
    }
    m_columnsToFit = false;
    for (int column = 0; column < ChecklistModel::ColumnCount; ++column) {
        if (column != ChecklistModel::TitleColumn)
            m_view->resizeColumnToContents(column);
    }
}

void ChecklistPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_columnsToFit)
        fitColumns();
}

void ChecklistPage::retranslate()
{
    m_find->setPlaceholderText(tr("Find item by ID or title (Ctrl+F)"));
    m_productButton->setText(tr("Product details…"));
    m_declarationButton->setText(tr("Declaration details…"));
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Application package and evidence archive (Ctrl+Shift+E)"));
    const DeclarationSnapshot *s = m_session->snapshot();
    m_exportButton->setEnabled(s != nullptr);
    // Without a declaration there is nothing to find, count or list: only the hint shows.
    for (QWidget *w : std::initializer_list<QWidget *>{m_find, m_view, m_progress, m_progressLabel, m_productButton,
                                                       m_declarationButton, m_exportButton})
        w->setVisible(s != nullptr);
    if (!s) {
        m_exported->hide();
        m_title->setText(tr("No declaration open"));
        const bool none = !m_session->workspace() || m_session->workspace()->declarations().isEmpty();
        m_subtitle->setText(none ? tr("This workspace has no declaration yet: follow the steps above.")
                                 : tr("Choose a declaration in the navigator, or create one with Edit ▸ New "
                                      "declaration."));
        m_progressLabel->clear();
        m_progress->setValue(0);
        return;
    }
    const QString lang = uiLanguage();
    m_title->setText(tr("%1 — %2").arg(s->product.name, s->criteria.title.in(lang)));
    QString subtitle = tr("%1 · route: %2").arg(s->organisation.name, routeName(s->declaration.route));
    if (!s->product.firmwareVersion.isEmpty())
        subtitle += tr(" · firmware %1").arg(s->product.firmwareVersion);
    m_subtitle->setText(subtitle);
    showLastExport();
    // Honest progress: an item counts as done only when the gate has nothing blocking on it.
    const GateProgress progress = m_session->progress();
    const int blocking = m_session->blockingCount();
    m_progressLabel->setText(tr("OK %1 / assessed %2 / %3 · %n blocking problem(s)", nullptr, blocking)
                                 .arg(progress.ok)
                                 .arg(progress.assessed)
                                 .arg(progress.counted));
    m_progressLabel->setToolTip(tr("OK: items with a verdict and nothing blocking them. Assessed: items with a "
                                   "verdict. The last number is every item that counts on this route."));
    m_progress->setRange(0, std::max(1, progress.counted));
    m_progress->setValue(progress.ok);
    showFilterNote();
}

void ChecklistPage::showFilterNote()
{
    // The filter is easy to forget once the page is left and found again: say that rows are hidden.
    const bool filtered = !m_find->text().isEmpty() && m_session->snapshot();
    m_filterNote->setVisible(filtered);
    if (filtered)
        m_filterNote->setText(tr("showing %1 of %2 (Esc clears)").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void ChecklistPage::showLastExport()
{
    // What was handed in last: the Export baseline ExportJob records with each archive.
    const std::optional<Baseline> &last = m_session->lastExport(); // read with the declaration
    m_exported->setVisible(last.has_value());
    if (!last)
        return;
    m_exported->setText(tr("Exported on %1 (export %2, fingerprint %3…)")
                            .arg(DisplayDate::dateTime(last->createdAt),
                                 last->exportId, last->fingerprint.left(16)));
    m_exported->setToolTip(tr("Declaration fingerprint (SHA-256 over its content) at that export: %1").arg(last->fingerprint));
    setStyleSheetIfChanged(m_exported, StatusColours::textStyle(Tone::Info));
}

void ChecklistPage::selectItem(const QString &itemId)
{
    const int row = m_model->rowOf(itemId);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, ChecklistModel::IdColumn));
    if (!index.isValid()) {
        // The item is hidden by the find filter; showing it matters more than the filter.
        m_find->clear();
        index = m_proxy->mapFromSource(m_model->index(row, ChecklistModel::IdColumn));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

QString ChecklistPage::currentItemId() const
{
    return m_view->currentIndex().data(ChecklistModel::ItemIdRole).toString();
}

void ChecklistPage::focusFind()
{
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

void ChecklistPage::setReadOnly(bool readOnly)
{
    // Nothing on this page edits; kept so that every page answers the same call (auditor mode).
    Q_UNUSED(readOnly);
}

void ChecklistPage::activateFirstMatch()
{
    if (m_proxy->rowCount() == 0)
        return;
    const QModelIndex first = m_proxy->index(0, ChecklistModel::IdColumn);
    m_view->setCurrentIndex(first);
    Q_EMIT itemActivated(first.data(ChecklistModel::ItemIdRole).toString());
}

bool ChecklistPage::eventFilter(QObject *watched, QEvent *event)
{
    // Down arrow from the find field goes into the list; Escape clears the filter.
    if (watched == m_find && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down) {
            m_view->setFocus();
            if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
                m_view->setCurrentIndex(m_proxy->index(0, ChecklistModel::IdColumn));
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_find->text().isEmpty()) {
            m_find->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChecklistPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        retranslate();
        fitColumns();
    }
    QWidget::changeEvent(event);
}

} // namespace hoshi
