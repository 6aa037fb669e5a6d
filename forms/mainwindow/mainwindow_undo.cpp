// SPDX-License-Identifier: Apache-2.0
// Undo and redo: one stack for every edit, text boxes included.
#include "mainwindow.h"

#include "mainwindow_actions.h"

#include "common/undokeys.h"
#include "session/session.h"

#include <QApplication>

#include <QAction>
#include <QToolBar>
#include <QUndoStack>

namespace hoshi {

void MainWindow::undoOrRedo(bool redo)
{
    if (m_readOnlyView)
        return;
    // What is being typed is committed first: it is then the step that undo takes back, and
    // the box never commits an undone value later.
    commitPendingEdits();
    QUndoStack *stack = m_session->undoStack();
    if (redo)
        stack->redo();
    else
        stack->undo();
}

void MainWindow::updateUndoActions()
{
    if (!m_actions)
        return;
    Actions &a = *m_actions;
    const QUndoStack *stack = m_session->undoStack();
    const bool editable = !m_readOnlyView && m_session->hasWorkspace() && !m_session->isReadOnly();
    // In a text box, Undo also takes back what is being typed (committed first), even when the
    // stack held nothing before.
    const bool typing = UndoKeys::isTextBox(QApplication::focusWidget()) && QApplication::focusWidget()->window() == this;
    a.undo->setEnabled(editable && (stack->canUndo() || typing));
    a.redo->setEnabled(editable && stack->canRedo());
    // The menu and the tool tip name the command; the toolbar keeps its short label so that
    // the buttons beside it never move.
    a.undo->setText(stack->canUndo() ? tr("&Undo: %1").arg(stack->undoText()) : tr("&Undo"));
    a.redo->setText(stack->canRedo() ? tr("&Redo: %1").arg(stack->redoText()) : tr("&Redo"));
    a.undo->setIconText(tr("Undo"));
    a.redo->setIconText(tr("Redo"));
    a.undo->setToolTip(stack->canUndo() ? tr("Undo: %1 (Ctrl+Z)").arg(stack->undoText()) : tr("Nothing to undo"));
    a.redo->setToolTip(stack->canRedo() ? tr("Redo: %1 (Ctrl+Shift+Z)").arg(stack->redoText())
                                        : tr("Nothing to redo"));
    if (auto *toolbar = findChild<QToolBar *>(QStringLiteral("mainToolBar"))) {
        for (QAction *action : {a.undo, a.redo}) {
            QWidget *button = toolbar->widgetForAction(action);
            if (!button)
                continue;
            // Wide enough for either label in either language, and never wider.
            const QFontMetrics metrics(button->font());
            const int text = std::max({metrics.horizontalAdvance(tr("Undo")), metrics.horizontalAdvance(tr("Redo")),
                                       metrics.horizontalAdvance(QStringLiteral("Undo")),
                                       metrics.horizontalAdvance(QStringLiteral("Redo"))});
            button->setFixedWidth(text + 2 * metrics.averageCharWidth() + 12);
        }
    }
}

} // namespace hoshi
