// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

namespace hoshi {

// One undo model for the whole window: Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y typed in a text box
// are not taken by the box's own undo (which would later commit the undone text as a new
// edit) but go to the window's Undo and Redo actions, which commit what is being typed and
// step the application's undo stack. Installed on the application for one window.
class UndoKeys : public QObject
{
    Q_OBJECT

public:
    explicit UndoKeys(QWidget *window);

    [[nodiscard]] static bool isUndoOrRedoKey(int keyWithModifiers);
    // An editable line, text box or spin box: where undo keys would otherwise stay.
    [[nodiscard]] static bool isTextBox(const QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};

} // namespace hoshi
