// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gate/submissiongate.h"

#include <QWidget>

class QLabel;
class QListView;

namespace hoshi {

class ProblemsModel;
class Session;

// The live list of what stops the declaration from being submitted. Clicking (or Enter on)
// a problem asks the main window to go to the item and field it names.
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(Session *session, QWidget *parent = nullptr);
    [[nodiscard]] ProblemsModel *model() const { return m_model; }
    [[nodiscard]] QListView *view() const { return m_view; }

    // Moves the selection to the next (or previous) problem and opens it; wraps around.
    void activateNext();
    void activatePrevious();

Q_SIGNALS:
    void problemActivated(const hoshi::GateProblem &problem);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslate();
    void activateRow(int row);

    Session *m_session;
    ProblemsModel *m_model;
    QLabel *m_summary;
    QListView *m_view;
};

} // namespace hoshi
