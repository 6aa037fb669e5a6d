// SPDX-License-Identifier: Apache-2.0
#include "portfoliopage.h"

#include "common/filedialog.h"
#include "common/messagebox.h"
#include "portfolio/portfoliotable.h"
#include "portfoliomodel.h"
#include "session/session.h"
#include "session/workspacereader.h"
#include "storage/workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hoshi {

PortfolioPage::PortfolioPage(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new PortfolioModel(this)), m_filter(new PortfolioFilter(this)),
      m_title(new QLabel(this)), m_summary(new QLabel(this)), m_organisation(new QComboBox(this)),
      m_state(new QComboBox(this)), m_text(new QLineEdit(this)), m_view(new QTableView(this)),
      m_csvButton(new QPushButton(this)), m_xlsxButton(new QPushButton(this)), m_refreshButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("portfolioPage"));
    m_summary->setObjectName(QStringLiteral("portfolioSummary"));
    m_organisation->setObjectName(QStringLiteral("portfolioOrganisation"));
    m_state->setObjectName(QStringLiteral("portfolioState"));
    m_text->setObjectName(QStringLiteral("portfolioFind"));
    m_view->setObjectName(QStringLiteral("portfolioView"));
    m_csvButton->setObjectName(QStringLiteral("portfolioCsvButton"));
    m_xlsxButton->setObjectName(QStringLiteral("portfolioXlsxButton"));
    m_refreshButton->setObjectName(QStringLiteral("portfolioRefreshButton"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_text->setClearButtonEnabled(true);
    m_view->installEventFilter(this);

    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PortfolioTable::Urgency, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    // What needs attention first, where the eye starts: the urgency is the last column of the
    // table (and of its CSV), but shown first so that it is never off screen on a narrow window.
    m_view->horizontalHeader()->moveSection(m_view->horizontalHeader()->visualIndex(PortfolioTable::Urgency), 0);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_organisation);
    filters->addWidget(m_state);
    filters->addWidget(m_text, 1);
    filters->addSpacing(12);
    filters->addWidget(m_refreshButton);
    filters->addWidget(m_csvButton);
    filters->addWidget(m_xlsxButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    connect(m_organisation, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setOrganisation(m_organisation->currentData().toLongLong());
        updateSummary();
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setReviewState(m_state->currentData().toInt());
        updateSummary();
    });
    connect(m_text, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updateSummary();
    });
    connect(m_view, &QTableView::doubleClicked, this, &PortfolioPage::activate);
    connect(m_refreshButton, &QPushButton::clicked, this, &PortfolioPage::reload);
    connect(m_csvButton, &QPushButton::clicked, this, [this] { exportWithDialog(false); });
    connect(m_xlsxButton, &QPushButton::clicked, this, [this] { exportWithDialog(true); });
    connect(m_session, &Session::workspaceChanged, this, [this] {
        if (isVisible())
            reload();
    });
    retranslate();
}

void PortfolioPage::reload()
{
    struct Read {
        QList<PortfolioRow> rows;
        QList<Organisation> organisations;
        QString error;
    };
    Workspace *ws = m_session->workspace();
    if (!ws) {
        showRows({}, {}, QString());
        return;
    }
    const QDate today = QDate::currentDate();
    const auto read = [today](const Workspace &workspace, Read *r) {
        r->rows = Portfolio::build(workspace, today, &r->error);
        r->organisations = workspace.organisations();
        return true;
    };
    if (WorkspaceReader *reader = m_session->reader()) {
        QPointer<PortfolioPage> page(this);
        reader->read<Read>(QStringLiteral("portfolio"), read, [page](Read r) {
            if (page)
                page->showRows(std::move(r.rows), r.organisations, r.error);
        });
        return;
    }
    Read r;
    read(*ws, &r);
    showRows(std::move(r.rows), r.organisations, r.error);
}

void PortfolioPage::showRows(QList<PortfolioRow> rows, const QList<Organisation> &organisations, const QString &error)
{
    if (!error.isEmpty())
        MessageBox::error(this, tr("Portfolio"), error);
    m_model->setRows(std::move(rows));
    fillFilters(organisations);
    m_view->resizeColumnsToContents();
    updateSummary();
}

void PortfolioPage::fillFilters(const QList<Organisation> &organisations)
{
    const qint64 organisation = m_organisation->currentData().toLongLong();
    const QSignalBlocker block(m_organisation);
    m_organisation->clear();
    m_organisation->addItem(tr("All organisations"), qint64(-1));
    for (const Organisation &o : organisations)
        m_organisation->addItem(o.name, o.id);
    m_organisation->setCurrentIndex(std::max(0, m_organisation->findData(organisation)));
    m_filter->setOrganisation(m_organisation->currentData().toLongLong());
}

void PortfolioPage::updateSummary()
{
    int blocked = 0;
    int urgent = 0;
    for (const PortfolioRow &r : m_model->rows()) {
        blocked += r.blocking > 0 ? 1 : 0;
        urgent += r.urgency <= PortfolioRow::Urgency::ReviewAction ? 1 : 0;
    }
    m_summary->setText(tr("%n declaration(s), %1 shown; %2 need attention now, %3 not yet submittable.", nullptr,
                          int(m_model->rows().size()))
                           .arg(m_filter->rowCount())
                           .arg(urgent)
                           .arg(blocked));
}

void PortfolioPage::activate(const QModelIndex &index)
{
    if (index.isValid())
        Q_EMIT declarationActivated(index.data(PortfolioModel::DeclarationIdRole).toLongLong());
}

bool PortfolioPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            activate(m_view->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool PortfolioPage::exportTo(const QString &path)
{
    QList<PortfolioRow> shown;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        shown << m_model->rows().at(m_filter->mapToSource(m_filter->index(row, 0)).row());
    QString error;
    const bool ok = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
                        ? PortfolioTable::writeXlsx(shown, path, &error)
                        : PortfolioTable::writeCsv(shown, path, &error);
    if (!ok)
        MessageBox::error(this, tr("Portfolio"), error);
    return ok;
}

void PortfolioPage::exportWithDialog(bool xlsx)
{
    const QString path = xlsx ? FileDialog::getSaveFileName(this, tr("Export the portfolio"),
                                                            tr("Excel workbook (*.xlsx)"), QStringLiteral("xlsx"))
                              : FileDialog::getSaveFileName(this, tr("Export the portfolio"),
                                                            tr("CSV (*.csv)"), QStringLiteral("csv"));
    if (!path.isEmpty())
        (void)exportTo(path);
}

void PortfolioPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void PortfolioPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PortfolioPage::retranslate()
{
    m_title->setText(tr("Portfolio"));
    m_text->setPlaceholderText(tr("Find organisation, product, model, criteria or registration number"));
    m_csvButton->setText(tr("Export CSV…"));
    m_xlsxButton->setText(tr("Export XLSX…"));
    m_refreshButton->setText(tr("Refresh"));
    m_organisation->setItemText(0, tr("All organisations"));
    const int state = m_state->currentIndex();
    const QSignalBlocker block(m_state);
    m_state->clear();
    m_state->addItem(tr("All review states"), -1);
    for (ReviewState s : {ReviewState::Draft, ReviewState::InReview, ReviewState::ChangesRequested, ReviewState::Approved})
        m_state->addItem(reviewStateName(s), int(s));
    m_state->setCurrentIndex(std::max(0, state));
    if (m_model->rowCount() > 0) {
        m_model->setRows(m_model->rows()); // headers and cell texts in the new language
        updateSummary();
    }
}

} // namespace hoshi
