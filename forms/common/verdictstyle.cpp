// SPDX-License-Identifier: Apache-2.0
#include "verdictstyle.h"
#include "statuscolours.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace hoshi {

namespace {

enum class Glyph { Check, Cross, Dash, Empty, Bang, Vendor };

QPixmap drawGlyph(int size, QColor fill, Glyph glyph, bool hollow = false)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal m = size * 0.08;
    const QRectF circle(m, m, size - 2 * m, size - 2 * m);
    if (hollow) {
        p.setPen(QPen(fill, size * 0.1));
        p.setBrush(Qt::NoBrush);
    } else {
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
    }
    if (glyph == Glyph::Bang) {
        // A warning triangle rather than a circle, so it differs from a blocking problem by shape too.
        QPainterPath path;
        path.moveTo(size / 2.0, m);
        path.lineTo(size - m, size - m);
        path.lineTo(m, size - m);
        path.closeSubpath();
        p.drawPath(path);
    } else if (glyph == Glyph::Vendor) {
        p.drawRoundedRect(circle, size * 0.2, size * 0.2);
    } else {
        p.drawEllipse(circle);
    }
    QPen pen(Qt::white, size * 0.13, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const qreal s = size;
    switch (glyph) {
    case Glyph::Check:
        p.drawPolyline(QPolygonF({{s * 0.28, s * 0.52}, {s * 0.44, s * 0.68}, {s * 0.72, s * 0.36}}));
        break;
    case Glyph::Cross:
        p.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
        p.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
        break;
    case Glyph::Dash:
        p.drawLine(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.7, s * 0.5));
        break;
    case Glyph::Bang:
        pen.setColor(Qt::black);
        p.setPen(pen);
        p.drawLine(QPointF(s * 0.5, s * 0.38), QPointF(s * 0.5, s * 0.62));
        p.drawPoint(QPointF(s * 0.5, s * 0.78));
        break;
    case Glyph::Vendor: {
        QFont font = p.font();
        font.setBold(true);
        font.setPixelSize(int(s * 0.62));
        p.setFont(font);
        p.drawText(QRectF(0, 0, s, s), Qt::AlignCenter, QStringLiteral("V"));
        break;
    }
    case Glyph::Empty:
        break;
    }
    return pixmap;
}

QIcon makeIcon(QColor fill, Glyph glyph, bool hollow = false)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(drawGlyph(size, fill, glyph, hollow));
    return icon;
}

} // namespace

QColor VerdictStyle::colour(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Conforming:
        return StatusColours::fill(Tone::Good);
    case Verdict::NonConforming:
        return StatusColours::fill(Tone::Bad);
    case Verdict::NotApplicable:
        return StatusColours::fill(Tone::Muted);
    case Verdict::NotAssessed:
        break;
    }
    return StatusColours::fill(Tone::Muted).lighter(140);
}

QIcon VerdictStyle::icon(Verdict verdict)
{
    static QHash<int, QIcon> cache;
    const int key = int(verdict);
    if (!cache.contains(key)) {
        switch (verdict) {
        case Verdict::Conforming:
            cache.insert(key, makeIcon(colour(verdict), Glyph::Check));
            break;
        case Verdict::NonConforming:
            cache.insert(key, makeIcon(colour(verdict), Glyph::Cross));
            break;
        case Verdict::NotApplicable:
            cache.insert(key, makeIcon(colour(verdict), Glyph::Dash));
            break;
        case Verdict::NotAssessed:
            cache.insert(key, makeIcon(colour(verdict), Glyph::Empty, true));
            break;
        }
    }
    return cache.value(key);
}

QIcon VerdictStyle::blockingIcon()
{
    static const QIcon icon = makeIcon(StatusColours::fill(Tone::Bad), Glyph::Cross);
    return icon;
}

QIcon VerdictStyle::warningIcon()
{
    static const QIcon icon = makeIcon(StatusColours::fill(Tone::Warning), Glyph::Bang);
    return icon;
}

QIcon VerdictStyle::okIcon()
{
    static const QIcon icon = makeIcon(StatusColours::fill(Tone::Good), Glyph::Check);
    return icon;
}

QIcon VerdictStyle::vendorIcon()
{
    static const QIcon icon = makeIcon(StatusColours::fill(Tone::Vendor), Glyph::Vendor);
    return icon;
}

QIcon VerdictStyle::applicationIcon()
{
    // A five-pointed star (星, "hoshi") on a dark blue disc.
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(StatusColours::fill(Tone::Brand));
        p.drawEllipse(QRectF(0, 0, size, size));
        QPainterPath star;
        const QPointF c(size / 2.0, size / 2.0 + size * 0.03);
        for (int i = 0; i < 10; ++i) {
            const qreal r = (i % 2 == 0) ? size * 0.4 : size * 0.17;
            const qreal a = -M_PI / 2 + i * M_PI / 5;
            const QPointF pt(c.x() + r * std::cos(a), c.y() + r * std::sin(a));
            if (i == 0)
                star.moveTo(pt);
            else
                star.lineTo(pt);
        }
        star.closeSubpath();
        p.setBrush(StatusColours::fill(Tone::BrandAccent));
        p.drawPath(star);
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString VerdictStyle::methodsDescription(const QList<Method> &methods)
{
    QStringList names;
    for (Method m : methods) {
        switch (m) {
        case Method::Document:
            names << tr("document review");
            break;
        case Method::DeviceTest:
            names << tr("device test");
            break;
        case Method::Sbom:
            names << tr("SBOM");
            break;
        case Method::PenetrationTest:
            names << tr("penetration test");
            break;
        }
    }
    return tr("%1: %2").arg(methodsBadge(methods), names.join(tr(" and ")));
}

} // namespace hoshi
