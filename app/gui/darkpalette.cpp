// SPDX-License-Identifier: Apache-2.0
#include "darkpalette.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace hoshi {

namespace {

QPalette darkPalette()
{
    const QColor window = QColor::fromHsl(220, 12, 45);
    const QColor base = QColor::fromHsl(220, 12, 32);
    const QColor text = QColor::fromHsl(0, 0, 225);
    const QColor disabled = QColor::fromHsl(0, 0, 128);
    const QColor highlight = QColor::fromHsl(212, 150, 110);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor::fromHsl(0, 255, 190));
    p.setColor(QPalette::Link, QColor::fromHsl(212, 200, 170));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(120));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, QColor::fromHsl(0, 0, 10));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace

void applyPaletteFromEnvironment(QApplication &app)
{
    if (qEnvironmentVariable("HOSHI_PALETTE") != QLatin1String("dark"))
        return;
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(darkPalette());
}

} // namespace hoshi
