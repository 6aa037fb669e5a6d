// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLabel>

namespace hoshi {

// A bold section heading, the same on every page (its text is set where the page translates).
[[nodiscard]] inline QLabel *headingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace hoshi
