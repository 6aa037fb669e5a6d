#include "mismatchoverlay.h"

#include "common/statuscolours.h"

#include <QEvent>

namespace hoshi {

MismatchOverlay::MismatchOverlay(QWidget *covered) : QLabel(covered)
{
    setObjectName(QStringLiteral("auditPreviewOverlay"));
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setMargin(8);
    // Mouse events go through to the preview; the band only tells.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    QFont f = font();
    f.setBold(true);
    setFont(f);
    covered->installEventFilter(this);
    hide();
}

void MismatchOverlay::setMessage(const QString &text)
{
    setText(text);
    const QPalette palette = parentWidget()->palette();
    setStyleSheet(QStringLiteral("background: %1; color: %2;")
                      .arg(StatusColours::background(Tone::Bad, palette).name(),
                           StatusColours::onBackground(Tone::Bad, palette).name()));
    setVisible(!text.isEmpty());
    place();
}

bool MismatchOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        place();
    return QLabel::eventFilter(watched, event);
}

void MismatchOverlay::place()
{
    // Under the preview's own row of controls (file list, size), over the content.
    int top = 0;
    for (const QWidget *w : parentWidget()->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (w != this && w->isVisible() && w->y() < 8 && w->height() < 60)
            top = std::max(top, w->geometry().bottom() + 2);
    }
    const int width = parentWidget()->width();
    setGeometry(0, top, width, heightForWidth(width) > 0 ? heightForWidth(width) : sizeHint().height());
    raise();
}

} // namespace hoshi
