#include "reviewdock.h"

#include "reviewpanel.h"

#include "changes/changesview.h"

#include <QEvent>
#include <QTabWidget>

namespace hoshi {

ReviewDock::ReviewDock(Session *session, QWidget *parent)
    : QDockWidget(parent), m_tabs(new QTabWidget(this)), m_panel(new ReviewPanel(session, m_tabs)),
      m_changes(new ChangesView(session, m_tabs))
{
    setObjectName(QStringLiteral("reviewDock"));
    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_panel, QString());
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
