// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace hoshi {

class CommentThread;
class Session;

// Review and sign-off of the current declaration: its review state, the approval in force (who,
// when, the content fingerprint) and whether later changes made it stale, the buttons to request
// a review, approve, or request changes with a reason (the author is the workspace's user name),
// every sign-off so far, and the declaration's general remarks.
class ReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPanel(Session *session, QWidget *parent = nullptr);

    void setReadOnly(bool readOnly);
    [[nodiscard]] CommentThread *remarks() const { return m_remarks; }

    // What the buttons do.
    bool requestReview();
    bool approve();
    bool requestChanges(const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildStateBox();
    void reload();
    void retranslate();
    void showApproval();
    bool finish(bool ok, const QString &error);
    void showSameAccount(); // of the current declaration (Session::selfApprovedAccount)
    [[nodiscard]] int ownOpenQuestions() const;

    Session *m_session;
    bool m_readOnly = false;

    QLabel *m_state;
    QLabel *m_approval;
    QLabel *m_stale;
    QLabel *m_sameAccount;
    QLabel *m_comments;
    QPushButton *m_requestButton;
    QPushButton *m_approveButton;
    QLineEdit *m_reason;
    QPushButton *m_rejectButton;
    QLabel *m_error;
    QLabel *m_signOffsHeading;
    QTreeWidget *m_signOffs;
    CommentThread *m_remarks;
};

} // namespace hoshi
