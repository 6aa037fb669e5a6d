// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace hoshi {

// The one place that decides the colours of states (good, bad, warning, informational, muted,
// vendor-scope). Every widget asks here instead of writing colour literals, so the app stays
// legible on light and dark palettes: the hue is fixed per tone, the lightness follows the
// palette (darker tones on a light window, lighter ones on a dark window).
// The Method* tones tell the assessment methods apart in badges (document review, device test,
// both, other such as SBOM or penetration test); Brand/BrandAccent are the application icon's.
enum class Tone { Good, Bad, Warning, Info, Muted, Vendor, MethodDocument, MethodTest, MethodBoth, MethodOther, Brand, BrandAccent };

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
    // A solid fill that white text and glyphs read on, whatever the palette (icons, badges,
    // banners): drawn once and cached, so it must not depend on the palette.
    [[nodiscard]] static QColor fill(Tone tone);
    // "color: #rrggbb;" for style sheets (optionally bold).
    [[nodiscard]] static QString textStyle(Tone tone, bool bold = false);
    // "border: 2px solid #rrggbb;" for a field that needs attention.
    [[nodiscard]] static QString borderStyle(Tone tone);
    // True when the palette is dark (window lighter than text is false).
    [[nodiscard]] static bool isDark(const QPalette &palette);
};

} // namespace hoshi
