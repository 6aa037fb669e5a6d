// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QWidget>

namespace hoshi {

// QWidget::setStyleSheet() re-polishes the widget (style, font and palette recomputed, its
// layout asked again) even when the sheet is the one it has. Views that set a status colour on
// every refresh call this instead, so that stepping from declaration to declaration does not
// re-polish labels whose colour stays the same.
inline void setStyleSheetIfChanged(QWidget *widget, const QString &styleSheet)
{
    if (widget->styleSheet() != styleSheet)
        widget->setStyleSheet(styleSheet);
}

} // namespace hoshi
