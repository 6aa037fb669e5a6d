// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDockWidget>

class QTabWidget;

namespace hoshi {

class ChangesView;
class ReviewPanel;
class Session;

// The "Review" dock of the main window, tabbed with the problems dock: the ReviewPanel (sign-off
// and general remarks) and the ChangesView ("changes since") of the current declaration.
class ReviewDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ReviewDock(Session *session, QWidget *parent = nullptr);
    [[nodiscard]] ReviewPanel *panel() const { return m_panel; }
    [[nodiscard]] ChangesView *changes() const { return m_changes; }
    void showChanges();

Q_SIGNALS:
    void itemActivated(const QString &itemId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTabWidget *m_tabs;
    ReviewPanel *m_panel;
    ChangesView *m_changes;
};

} // namespace hoshi
