// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace hoshi {

class LabelRecordEditor;
class MarketsPanel;
class Session;

// The label's life for the current declaration: the label record and its status history, the
// changes since the label (with the re-test plan after a firmware update), the reminders of the
// whole workspace, a preview of the public label page and the label's recognition in other
// markets. Reached from the declaration page.
class LabelLifecyclePage : public QWidget
{
    Q_OBJECT

public:
    explicit LabelLifecyclePage(Session *session, QWidget *parent = nullptr);

    enum class Tab { Record, Changes, Reminders, Preview, Markets };
    void showTab(Tab tab);
    // Today as the page judges it (tests and screenshots fix it).
    void setToday(const QDate &today);
    void reload();

Q_SIGNALS:
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void save();
    void reloadHistory();
    void reloadChanges();
    void reloadReminders();
    void reloadPreview();
    void savePreviewPdf();

    Session *m_session;
    QDate m_today;
    bool m_stale = true; // reloaded when shown: reminders read every declaration
    QLabel *m_heading = nullptr;
    QPushButton *m_back = nullptr;
    QTabWidget *m_tabs = nullptr;
    LabelRecordEditor *m_editor = nullptr;
    QLabel *m_historyTitle = nullptr;
    QListWidget *m_history = nullptr;
    QLabel *m_changesIntro = nullptr;
    QListWidget *m_changes = nullptr;
    QLabel *m_retestTitle = nullptr;
    QListWidget *m_retest = nullptr;
    QLabel *m_remindersIntro = nullptr;
    QListWidget *m_reminders = nullptr;
    QTextBrowser *m_preview = nullptr;
    QPushButton *m_savePdf = nullptr;
    MarketsPanel *m_markets = nullptr; // other markets: UK PSTI, Singapore CLS (forms/markets)
};

} // namespace hoshi
