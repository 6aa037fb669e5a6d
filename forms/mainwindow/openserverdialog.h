// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace hoshi {

// File ▸ Open server workspace…: the address of a workspace on a PostgreSQL server, typed or
// picked from the server addresses opened before (kept without passwords). A password is
// asked for only when the server wants one (MainWindow::openServerWorkspace).
class OpenServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenServerDialog(const QStringList &recentAddresses, QWidget *parent = nullptr);
    [[nodiscard]] QString address() const;

    // The server addresses among the recently opened workspaces.
    [[nodiscard]] static QStringList recentServerAddresses(const QStringList &recentWorkspaces);

    void accept() override;

private:
    QLineEdit *m_address;
    QListWidget *m_recent;
    QLabel *m_problem;
};

} // namespace hoshi
