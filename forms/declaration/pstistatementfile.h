// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace hoshi {

class Session;

// UK PSTI route: the statement of compliance kept as a file in the workspace (like evidence)
// and copied into the application package. Shown under the statement URL field.
class PstiStatementFile : public QWidget
{
    Q_OBJECT

public:
    explicit PstiStatementFile(Session *session, QWidget *parent = nullptr);
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void attach();

    Session *m_session;
    QLabel *m_current;
    QPushButton *m_attach;
};

} // namespace hoshi
