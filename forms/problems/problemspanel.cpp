// SPDX-License-Identifier: Apache-2.0
#include "problemspanel.h"
#include "common/statuscolours.h"

#include "problemsmodel.h"
#include "session/session.h"
#include "common/stylesheetonce.h"

#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace hoshi {

ProblemsPanel::ProblemsPanel(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new ProblemsModel(session, this)), m_summary(new QLabel(this)),
      m_view(new QListView(this))
{
    setObjectName(QStringLiteral("problemsPanel"));
    m_summary->setObjectName(QStringLiteral("problemsSummary"));
    m_summary->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("problemsList"));
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(false);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &i) { activateRow(i.row()); });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &i) { activateRow(i.row()); });
    connect(m_session, &Session::declarationRefreshed, this, &ProblemsPanel::reload);
    reload();
}

void ProblemsPanel::reload()
{
    m_model->reload();
    retranslate();
}

void ProblemsPanel::retranslate()
{
    if (!m_session->snapshot()) {
        m_summary->setText(tr("Open a declaration to see what blocks its submission."));
        setStyleSheetIfChanged(m_summary, QString());
        return;
    }
    const int blocking = m_model->blockingCount();
    const int warnings = m_model->warningCount();
    QString text = blocking > 0 ? tr("%n problem(s) block submission.", nullptr, blocking)
                                : tr("Nothing blocks submission.");
    if (warnings > 0)
        text += QLatin1Char(' ') + tr("%n warning(s).", nullptr, warnings);
    m_summary->setText(text);
    setStyleSheetIfChanged(m_summary, blocking > 0 ? StatusColours::textStyle(Tone::Bad, true)
                                                   : StatusColours::textStyle(Tone::Good, true));
}

void ProblemsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProblemsPanel::activateRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_view->setCurrentIndex(m_model->index(row));
    Q_EMIT problemActivated(m_model->problemAt(row));
}

void ProblemsPanel::activateNext()
{
    const int n = m_model->rowCount();
    if (n == 0)
        return;
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    activateRow((current + 1) % n);
}

void ProblemsPanel::activatePrevious()
{
    const int n = m_model->rowCount();
    if (n == 0)
        return;
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : 0;
    activateRow((current - 1 + n) % n);
}

} // namespace hoshi
