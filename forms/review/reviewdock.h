#pragma once

#include <QDockWidget>

namespace hoshi {

class ReviewPanel;
class Session;

// The "Review" dock of the main window: the ReviewPanel of the current declaration, tabbed with
// the problems dock. It keeps its own title translated.
class ReviewDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ReviewDock(Session *session, QWidget *parent = nullptr);
    [[nodiscard]] ReviewPanel *panel() const { return m_panel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    ReviewPanel *m_panel;
};

} // namespace hoshi
