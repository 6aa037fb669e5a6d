// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLabel>

namespace hoshi {

// A red band above another widget (the auditor's preview) saying that what it shows is not
// what the manifest recorded. It sits in the layout above the content rather than over it, so
// that it never hides the lines that changed.
class MismatchOverlay : public QLabel
{
    Q_OBJECT

public:
    explicit MismatchOverlay(QWidget *parent = nullptr);

    // Shows the band with this text; an empty text hides it.
    void setMessage(const QString &text);
};

} // namespace hoshi
