// SPDX-License-Identifier: Apache-2.0
#include "mismatchoverlay.h"

#include "common/statuscolours.h"

namespace hoshi {

MismatchOverlay::MismatchOverlay(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("auditPreviewOverlay"));
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setMargin(4);
    QFont f = font();
    f.setBold(true);
    setFont(f);
    hide();
}

void MismatchOverlay::setMessage(const QString &text)
{
    setText(text);
    const QPalette palette = parentWidget() ? parentWidget()->palette() : QLabel::palette();
    setStyleSheet(QStringLiteral("background: %1; color: %2;")
                      .arg(StatusColours::background(Tone::Bad, palette).name(),
                           StatusColours::onBackground(Tone::Bad, palette).name()));
    setVisible(!text.isEmpty());
}

} // namespace hoshi
