// SPDX-License-Identifier: Apache-2.0
#include "undokeys.h"

#include <QAbstractSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace hoshi {

UndoKeys::UndoKeys(QWidget *window) : QObject(window), m_window(window)
{
}

bool UndoKeys::isUndoOrRedoKey(int keyWithModifiers)
{
    const QKeySequence pressed(keyWithModifiers);
    for (const QKeySequence &k : {QKeySequence(Qt::CTRL | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                                  QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (pressed.matches(k) == QKeySequence::ExactMatch)
            return true;
    }
    return false;
}

bool UndoKeys::isTextBox(const QWidget *widget)
{
    const auto editable = [](const auto *box) { return box && !box->isReadOnly(); };
    return editable(qobject_cast<const QLineEdit *>(widget)) || editable(qobject_cast<const QPlainTextEdit *>(widget))
           || editable(qobject_cast<const QTextEdit *>(widget)) || editable(qobject_cast<const QAbstractSpinBox *>(widget));
}

bool UndoKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    if (!isTextBox(widget))
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (!isUndoOrRedoKey(key->keyCombination().toCombined()))
        return false;
    // Not taken by the box: the window's shortcut (Edit ▸ Undo / Redo) gets the key.
    event->ignore();
    return true;
}

} // namespace hoshi
