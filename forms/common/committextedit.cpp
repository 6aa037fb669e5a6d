// SPDX-License-Identifier: Apache-2.0
#include "committextedit.h"

#include <QKeyEvent>

namespace hoshi {

CommitTextEdit::CommitTextEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true); // keyboard users move between fields with Tab
    // The box has no undo of its own: Ctrl+Z goes to the application's stack (UndoKeys), so an
    // undone text can never be committed again as a new edit.
    setUndoRedoEnabled(false);
    m_idle.setSingleShot(true);
    m_idle.setInterval(1500);
    connect(&m_idle, &QTimer::timeout, this, &CommitTextEdit::commit);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading && !isReadOnly())
            m_idle.start();
    });
}

void CommitTextEdit::setCommittedText(const QString &text)
{
    m_idle.stop();
    m_committed = text;
    if (toPlainText() != text) {
        m_loading = true;
        setPlainText(text);
        m_loading = false;
    }
}

void CommitTextEdit::commit()
{
    m_idle.stop();
    if (!isDirty() || isReadOnly())
        return;
    m_committed = toPlainText();
    Q_EMIT editingFinished(m_committed);
}

void CommitTextEdit::focusOutEvent(QFocusEvent *event)
{
    commit();
    QPlainTextEdit::focusOutEvent(event);
}

void CommitTextEdit::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && event->modifiers().testFlag(Qt::ControlModifier)) {
        commit();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace hoshi
