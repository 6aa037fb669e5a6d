// SPDX-License-Identifier: Apache-2.0
#include "statuscolours.h"

#include <QGuiApplication>

namespace hoshi {

namespace {

// Hue in degrees and saturation per tone; lightness comes from the palette.
struct ToneHue {
    int hue;        // -1: achromatic
    int saturation; // 0..255
};

ToneHue hueOf(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return {123, 160};
    case Tone::Bad:
        return {0, 190};
    case Tone::Warning:
        return {45, 230};
    case Tone::Info:
        return {210, 180};
    case Tone::Vendor:
        return {262, 140};
    case Tone::MethodDocument:
        return {212, 200};
    case Tone::MethodTest:
        return {174, 200};
    case Tone::MethodBoth:
        return {256, 150};
    case Tone::MethodOther:
        return {16, 60};
    case Tone::Brand:
        return {235, 160};
    case Tone::BrandAccent:
        return {45, 255};
    case Tone::Muted:
        break;
    }
    return {-1, 0};
}

QColor withLightness(Tone tone, int lightness)
{
    const ToneHue h = hueOf(tone);
    return QColor::fromHsl(h.hue, h.saturation, lightness);
}

} // namespace

bool StatusColours::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QColor StatusColours::foreground(Tone tone, const QPalette &palette)
{
    // Dark enough to read on white in a light theme, light enough to read on dark grey.
    return withLightness(tone, isDark(palette) ? 170 : (tone == Tone::Warning ? 70 : 85));
}

QColor StatusColours::foreground(Tone tone)
{
    return foreground(tone, QGuiApplication::palette());
}

QColor StatusColours::background(Tone tone, const QPalette &palette)
{
    return withLightness(tone, isDark(palette) ? 60 : 225);
}

QColor StatusColours::background(Tone tone)
{
    return background(tone, QGuiApplication::palette());
}

QColor StatusColours::onBackground(Tone tone, const QPalette &palette)
{
    return isDark(palette) ? withLightness(tone, 235) : withLightness(tone, 40);
}

QColor StatusColours::fill(Tone tone)
{
    switch (tone) {
    case Tone::Warning:
        return withLightness(tone, 130); // amber: lighter, with a dark glyph (see VerdictStyle)
    case Tone::BrandAccent:
        return withLightness(tone, 166);
    case Tone::Brand:
    case Tone::MethodTest: // teal is bright at the same lightness: darker for white text
        return withLightness(tone, 75);
    case Tone::Muted:
        return withLightness(tone, 110);
    default:
        return withLightness(tone, 95);
    }
}

QString StatusColours::borderStyle(Tone tone)
{
    return QStringLiteral("border: 2px solid %1;").arg(foreground(tone).name());
}

QString StatusColours::textStyle(Tone tone, bool bold)
{
    const QString colour = QStringLiteral("color: %1;").arg(foreground(tone).name());
    return bold ? colour + QStringLiteral(" font-weight: bold;") : colour;
}

} // namespace hoshi
