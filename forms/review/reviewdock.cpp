#include "reviewdock.h"

#include "reviewpanel.h"

#include <QEvent>

namespace hoshi {

ReviewDock::ReviewDock(Session *session, QWidget *parent) : QDockWidget(parent), m_panel(new ReviewPanel(session, this))
{
    setObjectName(QStringLiteral("reviewDock"));
    setWidget(m_panel);
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    setWindowTitle(tr("Review and sign-off"));
}

void ReviewDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setWindowTitle(tr("Review and sign-off"));
    QDockWidget::changeEvent(event);
}

} // namespace hoshi
