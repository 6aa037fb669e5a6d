#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace hoshi {

// The one place that decides the colours of states (good, bad, warning, informational, muted,
// vendor-scope). Every widget asks here instead of writing colour literals, so the app stays
// legible on light and dark palettes: the hue is fixed per tone, the lightness follows the
// palette (darker tones on a light window, lighter ones on a dark window).
enum class Tone { Good, Bad, Warning, Info, Muted, Vendor };

class StatusColours
{
public:
    // Text/foreground colour of a tone on the given palette's window/base background.
    [[nodiscard]] static QColor foreground(Tone tone, const QPalette &palette);
    [[nodiscard]] static QColor foreground(Tone tone);
    // A background that contrasts with the palette's text (for banners and cells).
    [[nodiscard]] static QColor background(Tone tone, const QPalette &palette);
    [[nodiscard]] static QColor background(Tone tone);
    // The text colour that reads on background(tone).
    [[nodiscard]] static QColor onBackground(Tone tone, const QPalette &palette);
    // "color: #rrggbb;" for style sheets (optionally bold).
    [[nodiscard]] static QString textStyle(Tone tone, bool bold = false);
    // True when the palette is dark (window lighter than text is false).
    [[nodiscard]] static bool isDark(const QPalette &palette);
};

} // namespace hoshi
