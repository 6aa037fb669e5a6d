// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "portfolio/portfolio.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace hoshi {

// The portfolio rows as a table (columns of PortfolioTable). Colours come from StatusColours,
// so they read on light and dark palettes.
class PortfolioModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { SortRole = Qt::UserRole + 1, DeclarationIdRole, OrganisationIdRole, ReviewStateRole, SearchTextRole };

    explicit PortfolioModel(QObject *parent = nullptr);

    void setRows(QList<PortfolioRow> rows); // in urgency order
    [[nodiscard]] const QList<PortfolioRow> &rows() const { return m_rows; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<PortfolioRow> m_rows;
};

// Filters by organisation, review state and free text; sorts by SortRole.
class PortfolioFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PortfolioFilter(QObject *parent = nullptr);
    void setOrganisation(qint64 organisationId); // -1: all
    void setReviewState(int state);              // -1: all, else int(ReviewState)
    void setText(const QString &text);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    qint64 m_organisation = -1;
    int m_state = -1;
    QString m_text;
};

} // namespace hoshi
