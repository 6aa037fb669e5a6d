// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace hoshi {

class Session;

// "Changes since" for the current declaration: against its latest approval, export or label
// baseline, field by field (ChangeDetector: verdicts, justifications, evidence and files, product
// fields), or from a date on, as the history recorded it. Double-clicking a change opens its item.
class ChangesView : public QWidget
{
    Q_OBJECT

public:
    enum class Anchor { Approval, Export, Label, Date };

    explicit ChangesView(Session *session, QWidget *parent = nullptr);

    void setAnchor(Anchor anchor);
    void setDate(const QDate &date);
    [[nodiscard]] QTreeWidget *list() const { return m_list; }
    [[nodiscard]] QString summary() const;

Q_SIGNALS:
    void itemActivated(const QString &itemId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void showBaselineChanges(qint64 declarationId, Anchor anchor);
    void showHistorySince(const QDate &date); // of the current declaration (Session::history)
    void retranslate();
    void activate(QTreeWidgetItem *row);

    Session *m_session;
    bool m_pending = true; // a reload is due when the view is next shown
    QComboBox *m_anchor;
    QDateEdit *m_date;
    QLabel *m_summary;
    QTreeWidget *m_list;
};

} // namespace hoshi
