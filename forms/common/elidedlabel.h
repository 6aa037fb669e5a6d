// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLabel>

namespace hoshi {

// A one-line label (a page heading, a path) that never sets its layout's minimum width: when its
// text does not fit, it is elided and the full text goes to the tooltip. A plain QLabel
// with a long heading (evidence linked to many items) would widen the page and squeeze the
// navigator beside it.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    // Headings elide at the end; paths in the middle, where the folders are least telling.
    void setElideMode(Qt::TextElideMode mode);
    [[nodiscard]] QSize minimumSizeHint() const override;
    // Whether the text is cut at the current width.
    [[nodiscard]] bool isElided() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    [[nodiscard]] QString elidedText() const;

    Qt::TextElideMode m_mode = Qt::ElideRight;
};

} // namespace hoshi
