// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace hoshi {

// Shown while no workspace is open: start a new one, open one, try the demo, reopen a recent
// workspace, or (for auditors) open a retained evidence archive.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void reloadRecent();

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void openServerRequested();
    void demoRequested();
    void archiveRequested();
    void recentRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_openServer;
    QPushButton *m_demo;
    QPushButton *m_archive;
    QLabel *m_recentHeading;
    QListWidget *m_recent;
};

} // namespace hoshi
