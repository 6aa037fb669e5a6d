// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QSpinBox;

namespace hoshi {

class Session;

// The workspace's default review periods (Edit ▸ Review periods…): how many months after its
// effective date evidence of each kind is due to be looked at again, 0 for none. A setting of
// the workspace, stored in it (Workspace::setReviewPeriod), so everyone who opens it sees the
// same review dates; changing it is not an undoable edit of a declaration.
class ReviewPeriodsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReviewPeriodsDialog(Session *session, QWidget *parent = nullptr);

    // Shows the dialog and stores what the user confirms.
    static void edit(Session *session, QWidget *parent);

    void accept() override;

private:
    Session *m_session;
    QSpinBox *m_documentMonths = nullptr;
    QSpinBox *m_deviceTestMonths = nullptr;
};

} // namespace hoshi
