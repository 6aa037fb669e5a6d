// SPDX-License-Identifier: Apache-2.0
#include "reviewdock.h"

#include "reviewpanel.h"

#include "changes/changesview.h"

#include <QEvent>
#include <QScrollArea>
#include <QTabWidget>

namespace hoshi {

ReviewDock::ReviewDock(Session *session, QWidget *parent)
    : QDockWidget(parent), m_tabs(new QTabWidget(this)), m_panel(new ReviewPanel(session, m_tabs)),
      m_changes(new ChangesView(session, m_tabs))
{
    setObjectName(QStringLiteral("reviewDock"));
    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    m_tabs->setDocumentMode(true);
    // In a scroll area: the panel's natural height must not set the height of the whole bottom
    // dock area (it shares it with the problems panel).
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_panel);
    m_tabs->addTab(scroll, QString());
    m_tabs->addTab(m_changes, QString());
    setWidget(m_tabs);
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    connect(m_changes, &ChangesView::itemActivated, this, &ReviewDock::itemActivated);
    retranslate();
}

void ReviewDock::showChanges()
{
    show();
    raise();
    m_tabs->setCurrentWidget(m_changes);
}

void ReviewDock::retranslate()
{
    setWindowTitle(tr("Review and sign-off"));
    m_tabs->setTabText(0, tr("Sign-off and remarks"));
    m_tabs->setTabText(1, tr("Changes since"));
}

void ReviewDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

} // namespace hoshi
