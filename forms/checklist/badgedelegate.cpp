// SPDX-License-Identifier: Apache-2.0
#include "badgedelegate.h"
#include "common/statuscolours.h"

#include <QApplication>
#include <QPainter>

namespace hoshi {

namespace {

QColor badgeColour(const QString &text)
{
    // Document review blue, device test teal, both indigo; anything else (SBOM, PT) brown.
    if (text == QLatin1String("D"))
        return StatusColours::fill(Tone::MethodDocument);
    if (text == QLatin1String("T"))
        return StatusColours::fill(Tone::MethodTest);
    if (text == QLatin1String("D+T"))
        return StatusColours::fill(Tone::MethodBoth);
    return StatusColours::fill(Tone::MethodOther);
}

} // namespace

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (text.isEmpty())
        return;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = opt.font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter->setFont(font);
    const QFontMetrics fm(font);
    const int w = fm.horizontalAdvance(text) + fm.height();
    const int h = fm.height() + 2;
    const QRect badge(opt.rect.center().x() - w / 2, opt.rect.center().y() - h / 2, w, h);
    painter->setPen(Qt::NoPen);
    painter->setBrush(badgeColour(text));
    painter->drawRoundedRect(badge, h / 2.0, h / 2.0);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    size.setWidth(std::max(size.width(), fm.horizontalAdvance(QStringLiteral("D+T")) + 2 * fm.height()));
    return size;
}

} // namespace hoshi
