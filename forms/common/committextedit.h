// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPlainTextEdit>
#include <QTimer>

namespace hoshi {

// A multi-line text field that says when its text should be committed: when it loses focus,
// on Ctrl+Return, and after a short pause in typing (so that a crash loses at most a second
// of typing; every commit is a workspace transaction). QPlainTextEdit has no editingFinished.
class CommitTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CommitTextEdit(QWidget *parent = nullptr);

    // Replaces the text without reporting a change (when loading a record).
    void setCommittedText(const QString &text);
    [[nodiscard]] QString committedText() const { return m_committed; }
    [[nodiscard]] bool isDirty() const { return toPlainText() != m_committed; }
    // Reports the current text now if it differs from the last committed one.
    void commit();
    void setIdleCommitDelay(int ms) { m_idle.setInterval(ms); }

Q_SIGNALS:
    void editingFinished(const QString &text);

protected:
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString m_committed;
    QTimer m_idle;
    bool m_loading = false;
};

} // namespace hoshi
