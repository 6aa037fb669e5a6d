// SPDX-License-Identifier: Apache-2.0
#include "elidedlabel.h"

#include <QEvent>
#include <QPainter>
#include <QStyle>
#include <QToolTip>
#include <QHelpEvent>

namespace hoshi {

ElidedLabel::ElidedLabel(QWidget *parent) : QLabel(parent)
{
    // Preferred: the whole text when there is room, down to minimumSizeHint() when there is not.
    setWordWrap(false);
}

void ElidedLabel::setElideMode(Qt::TextElideMode mode)
{
    m_mode = mode;
    update();
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Room for a few characters and the ellipsis; the rest is given when there is room.
    const QSize hint = QLabel::minimumSizeHint();
    return {std::min(hint.width(), fontMetrics().horizontalAdvance(QStringLiteral("MMMM…"))), hint.height()};
}

QString ElidedLabel::elidedText() const
{
    const int available = contentsRect().width() - 2 * margin();
    return fontMetrics().elidedText(text(), m_mode, std::max(0, available));
}

bool ElidedLabel::isElided() const
{
    return elidedText() != text();
}

void ElidedLabel::paintEvent(QPaintEvent *event)
{
    if (!isElided()) {
        QLabel::paintEvent(event);
        return;
    }
    QPainter painter(this);
    drawFrame(&painter);
    const QRect area = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    style()->drawItemText(&painter, area, int(alignment()), palette(), isEnabled(), elidedText(), foregroundRole());
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    update();
}

bool ElidedLabel::event(QEvent *event)
{
    // The full text as the tooltip, only when part of it is hidden (a tooltip set by the page
    // wins: it says more than the heading).
    if (event->type() == QEvent::ToolTip && toolTip().isEmpty() && isElided()) {
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), text(), this);
        return true;
    }
    return QLabel::event(event);
}

} // namespace hoshi
