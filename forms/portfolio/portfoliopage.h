// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace hoshi {

class PortfolioFilter;
class PortfolioModel;
class Session;
struct Organisation;
struct PortfolioRow;

// Every declaration of the workspace in one table, most urgent first: a consultant's overview
// of all clients. Sortable by any column, filtered by organisation, review state and text;
// a double click (or Enter) opens the declaration. The table exports as CSV and XLSX.
class PortfolioPage : public QWidget
{
    Q_OBJECT

public:
    explicit PortfolioPage(Session *session, QWidget *parent = nullptr);

    // Recomputes the rows from the workspace (as of today): on the session's reading thread
    // when it has one (the table shows the previous rows until then), else at once.
    void reload();
    [[nodiscard]] PortfolioModel *model() const { return m_model; }
    [[nodiscard]] PortfolioFilter *filter() const { return m_filter; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    // Writes the shown rows; the format follows the file name (.csv or .xlsx). Errors are shown.
    bool exportTo(const QString &path);

Q_SIGNALS:
    void declarationActivated(qint64 declarationId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void showRows(QList<PortfolioRow> rows, const QList<Organisation> &organisations, const QString &error);
    void fillFilters(const QList<Organisation> &organisations);
    void updateSummary();
    void activate(const QModelIndex &index);
    void exportWithDialog(bool xlsx);

    Session *m_session;
    PortfolioModel *m_model;
    PortfolioFilter *m_filter;
    QLabel *m_title;
    QLabel *m_summary;
    QComboBox *m_organisation;
    QComboBox *m_state;
    QLineEdit *m_text;
    QTableView *m_view;
    QPushButton *m_csvButton;
    QPushButton *m_xlsxButton;
    QPushButton *m_refreshButton;
};

} // namespace hoshi
