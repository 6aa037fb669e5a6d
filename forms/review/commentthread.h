// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/review.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace hoshi {

class Session;

// The review comments of one item of the current declaration (or, with an empty item id, the
// general remarks on the declaration): author, time, text, open or resolved, and for imported
// findings their status. Anyone may add a comment or resolve an open one; the author is the
// workspace's user name (Workspace::actor()). Every change is one transaction with a history
// entry (Workspace::addComment / resolveComment).
class CommentThread : public QWidget
{
    Q_OBJECT

public:
    explicit CommentThread(Session *session, QWidget *parent = nullptr);

    // The item whose thread is shown ("" for the declaration's general remarks).
    void setItem(const QString &itemId);
    void setReadOnly(bool readOnly);
    [[nodiscard]] QString title() const; // "Comments (2 open)"
    [[nodiscard]] int openCount() const { return m_open; }
    [[nodiscard]] QListWidget *list() const { return m_list; }

    // What the buttons do, for tests and shortcuts.
    bool addComment(const QString &text);
    bool resolveSelected();

Q_SIGNALS:
    void titleChanged(const QString &title);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslate();
    void updateButtons();
    void showError(const QString &error);
    [[nodiscard]] QString describe(const ReviewComment &c) const;

    Session *m_session;
    QString m_itemId;
    bool m_readOnly = false;
    int m_open = 0;
    QList<ReviewComment> m_comments; // of the item, oldest first

    QLabel *m_heading;
    QListWidget *m_list;
    QPlainTextEdit *m_text;
    QPushButton *m_addButton;
    QPushButton *m_resolveButton;
    QLabel *m_error;
};

} // namespace hoshi
