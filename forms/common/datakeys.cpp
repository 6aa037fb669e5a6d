// SPDX-License-Identifier: Apache-2.0
#include "datakeys.h"

#include "undokeys.h"

#include <QAction>
#include <QKeyEvent>
#include <QWidget>

namespace hoshi {

DataKeys::DataKeys(QWidget *window, const QList<QAction *> &actions) : QObject(window), m_window(window)
{
    for (QAction *action : actions)
        m_actions << action;
}

QAction *DataKeys::actionFor(int keyWithModifiers) const
{
    const QKeySequence pressed(keyWithModifiers);
    for (QAction *action : m_actions) {
        if (!action)
            continue;
        for (const QKeySequence &key : action->shortcuts()) {
            if (pressed.matches(key) == QKeySequence::ExactMatch)
                return action;
        }
    }
    return nullptr;
}

bool DataKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window || !UndoKeys::isTextBox(widget))
        return false;
    QAction *action = actionFor(static_cast<QKeyEvent *>(event)->keyCombination().toCombined());
    if (!action)
        return false;
    // Accepted here: the key goes to the box as a key press, and the window's shortcut does
    // not fire.
    event->accept();
    Q_EMIT refused(action);
    return true;
}

} // namespace hoshi
