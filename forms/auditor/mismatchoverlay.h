#pragma once

#include <QLabel>

namespace hoshi {

// A red band across the top of another widget (the auditor's preview) saying that what it
// shows is not what the manifest recorded. It follows the widget's size and stays on top.
class MismatchOverlay : public QLabel
{
    Q_OBJECT

public:
    explicit MismatchOverlay(QWidget *covered);

    // Shows the band with this text; an empty text hides it.
    void setMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();
};

} // namespace hoshi
