// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace hoshi {

class Session;

// Other markets on the label page: what the declaration's label gives in the UK (PSTI, Condition
// B) and Singapore (CLS Level 1, from secondary reports), each with its end date and source, and
// the button that writes the UK compliance record (through MarketsService; the widget only asks
// for the file name).
class MarketsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MarketsPanel(Session *session, QWidget *parent = nullptr);

    void setToday(const QDate &today);
    void reload();
    void retranslate();

private:
    void writeUkRecord();
    void clearRows();

    Session *m_session;
    QDate m_today;
    QLabel *m_intro = nullptr;
    QVBoxLayout *m_rows = nullptr;
    QPushButton *m_ukRecord = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace hoshi
