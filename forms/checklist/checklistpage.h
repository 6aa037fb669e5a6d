// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace hoshi {

class ChecklistModel;
class Session;

// The declaration at a glance: what it is for, how far it is ("11 / 16 assessed") and the
// checklist of its items. Enter or a double click opens an item.
class ChecklistPage : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistPage(Session *session, QWidget *parent = nullptr);

    [[nodiscard]] ChecklistModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    void selectItem(const QString &itemId);
    [[nodiscard]] QString currentItemId() const;
    // Puts the cursor into the find field (Ctrl+F).
    void focusFind();
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void itemActivated(const QString &itemId);
    void productDetailsRequested();
    void declarationDetailsRequested();
    void exportRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showLastExport();
    void reload();
    void retranslate();
    void showFilterNote();
    // Fits the columns other than the title to their contents (now, or when next shown).
    void fitColumns();
    void activateFirstMatch();

    Session *m_session;
    ChecklistModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_exported = nullptr; // "Exported on … (export id, fingerprint)"
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QLineEdit *m_find;
    QTableView *m_view;
    QPushButton *m_productButton;
    QPushButton *m_declarationButton;
    QPushButton *m_exportButton;
    QLabel *m_filterNote; // "showing 3 of 16" while the find field filters the list
    bool m_columnsToFit = true; // the contents changed while the page was hidden
};

} // namespace hoshi
