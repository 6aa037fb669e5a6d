// SPDX-License-Identifier: Apache-2.0
#include "portfoliomodel.h"

#include "common/statuscolours.h"
#include "portfolio/portfoliotable.h"

#include <optional>

namespace hoshi {

namespace {

using T = PortfolioTable;

std::optional<Tone> daysTone(const std::optional<int> &days)
{
    if (!days)
        return std::nullopt;
    if (*days < 0)
        return Tone::Bad;
    if (*days <= ReminderHorizonDays)
        return Tone::Warning;
    return std::nullopt;
}

std::optional<Tone> urgencyTone(PortfolioRow::Urgency u)
{
    switch (u) {
    case PortfolioRow::Urgency::Ended:
    case PortfolioRow::Urgency::StaleTests:
        return Tone::Bad;
    case PortfolioRow::Urgency::EndsSoon:
    case PortfolioRow::Urgency::ReviewAction:
        return Tone::Warning;
    case PortfolioRow::Urgency::Blocked:
        return Tone::Muted;
    case PortfolioRow::Urgency::Ready:
        return Tone::Good;
    }
    return std::nullopt;
}

// The tone a cell is drawn in, if it needs attention (or is plainly fine).
std::optional<Tone> toneOf(const PortfolioRow &r, int column)
{
    switch (column) {
    case T::Blocking:
        return r.blocking > 0 ? std::optional(Tone::Bad) : std::optional(Tone::Good);
    case T::Warnings:
    case T::OpenComments:
        return (column == T::Warnings ? r.warnings : r.openComments) > 0 ? std::optional(Tone::Warning) : std::nullopt;
    case T::Review:
        if (r.approvalStale || r.reviewState == ReviewState::ChangesRequested)
            return Tone::Warning;
        return r.reviewState == ReviewState::Approved ? std::optional(Tone::Good) : std::nullopt;
    case T::DaysUntilLabelEnds:
        return daysTone(r.daysUntilLabelEnds);
    case T::DaysUntilSupportEnds:
        return daysTone(r.daysUntilSupportEnds);
    case T::StaleDeviceTests:
        return r.staleDeviceTests > 0 ? std::optional(Tone::Bad) : std::nullopt;
    case T::EvidencePastReview:
        return r.evidencePastReview > 0 ? std::optional(Tone::Warning) : std::nullopt;
    case T::Urgency:
        return urgencyTone(r.urgency);
    default:
        return std::nullopt;
    }
}

bool isNumberColumn(int column)
{
    return column == T::Assessed || column == T::Blocking || column == T::Warnings || column == T::OpenComments
           || column == T::DaysUntilLabelEnds || column == T::DaysUntilSupportEnds || column == T::StaleDeviceTests
           || column == T::EvidencePastReview;
}

} // namespace

PortfolioModel::PortfolioModel(QObject *parent) : QAbstractTableModel(parent) {}

void PortfolioModel::setRows(QList<PortfolioRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int PortfolioModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PortfolioModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : T::ColumnCount;
}

QVariant PortfolioModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PortfolioRow &r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return T::text(r, T::Column(column));
    case Qt::ToolTipRole:
        return column == T::Urgency ? Portfolio::urgencyName(r.urgency) : T::text(r, T::Column(column));
    case Qt::ForegroundRole:
        if (const std::optional<Tone> tone = toneOf(r, column))
            return StatusColours::foreground(*tone);
        return {};
    case Qt::TextAlignmentRole:
        return isNumberColumn(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        // The urgency column keeps the computed order (rows arrive most urgent first).
        return column == T::Urgency ? QVariant(index.row()) : T::sortValue(r, T::Column(column));
    case DeclarationIdRole:
        return r.declarationId;
    case OrganisationIdRole:
        return r.organisationId;
    case ReviewStateRole:
        return int(r.reviewState);
    case SearchTextRole:
        return QStringList{r.organisation, r.product, r.modelNumbers.join(QLatin1Char(' ')), r.criteriaSetId,
                           r.registrationNumber}
            .join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant PortfolioModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= T::ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return T::heading(T::Column(section));
}

PortfolioFilter::PortfolioFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PortfolioModel::SortRole);
}

void PortfolioFilter::setOrganisation(qint64 organisationId)
{
    m_organisation = organisationId;
    invalidateFilter();
}

void PortfolioFilter::setReviewState(int state)
{
    m_state = state;
    invalidateFilter();
}

void PortfolioFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool PortfolioFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_organisation > 0 && index.data(PortfolioModel::OrganisationIdRole).toLongLong() != m_organisation)
        return false;
    if (m_state >= 0 && index.data(PortfolioModel::ReviewStateRole).toInt() != m_state)
        return false;
    return m_text.isEmpty() || index.data(PortfolioModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace hoshi
