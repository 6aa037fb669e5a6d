#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace hoshi {

// Shown while no workspace is open: start a new one, open one, try the demo, or reopen a
// recent workspace.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void reloadRecent();

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_demo;
    QLabel *m_recentHeading;
    QListWidget *m_recent;
};

} // namespace hoshi
