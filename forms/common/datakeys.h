// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;

namespace hoshi {

// Keys of window commands that change data (Ctrl+1…4 set the verdict, Ctrl+E and Ctrl+T add
// evidence) are not shortcuts while the cursor is in a text box: typed there, they would
// change a record the user is not looking at. The key stays with the box, and refused says
// which command was not run, so the window can tell the user. Installed on the application
// for one window.
class DataKeys : public QObject
{
    Q_OBJECT

public:
    DataKeys(QWidget *window, const QList<QAction *> &actions);

Q_SIGNALS:
    void refused(QAction *action);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    [[nodiscard]] QAction *actionFor(int keyWithModifiers) const;

    QWidget *m_window;
    QList<QPointer<QAction>> m_actions;
};

} // namespace hoshi
