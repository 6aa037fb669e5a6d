// SPDX-License-Identifier: Apache-2.0
#include "portfoliotable.h"
#include "util/displaydate.h"

#include <limits>

namespace hoshi {

namespace {

QString dateText(const QDate &date)
{
    return DisplayDate::date(date);
}

QString daysText(const std::optional<int> &days)
{
    return days ? QString::number(*days) : QString();
}

QVariant daysSort(const std::optional<int> &days)
{
    return days ? *days : std::numeric_limits<int>::max();
}

QString reviewText(const PortfolioRow &r)
{
    if (r.approvalStale)
        return PortfolioTable::tr("%1 (stale)").arg(reviewStateName(r.reviewState));
    return reviewStateName(r.reviewState);
}

bool isNumeric(PortfolioTable::Column c)
{
    using T = PortfolioTable;
    return c == T::Blocking || c == T::Warnings || c == T::OpenComments || c == T::DaysUntilLabelEnds
           || c == T::DaysUntilSupportEnds || c == T::StaleDeviceTests
           || c == T::EvidencePastReview;
}

} // namespace

QString PortfolioTable::heading(Column column)
{
    switch (column) {
    case Organisation: return tr("Organisation");
    case Product: return tr("Product");
    case Models: return tr("Model numbers");
    case Criteria: return tr("Criteria");
    case Route: return tr("Route");
    case Assessed: return tr("Assessed");
    case Blocking: return tr("Blocking");
    case Warnings: return tr("Warnings");
    case Review: return tr("Review");
    case OpenComments: return tr("Open comments");
    case LabelStatus: return tr("Label");
    case ValidUntil: return tr("Label valid until");
    case DaysUntilLabelEnds: return tr("Days to label end");
    case SupportUntil: return tr("Support until");
    case DaysUntilSupportEnds: return tr("Days to support end");
    case StaleDeviceTests: return tr("Stale device tests");
    case EvidencePastReview: return tr("Evidence past review");
    case LastChange: return tr("Last change");
    case Urgency: return tr("Urgency");
    case ColumnCount: break;
    }
    return {};
}

QStringList PortfolioTable::headings()
{
    QStringList list;
    for (int c = 0; c < ColumnCount; ++c)
        list << heading(Column(c));
    return list;
}

QString PortfolioTable::text(const PortfolioRow &r, Column column)
{
    switch (column) {
    case Organisation: return r.organisation;
    case Product: return r.product;
    case Models: return r.modelNumbers.join(QLatin1String(", "));
    case Criteria: return r.criteriaSetId;
    case Route: return routeName(r.route);
    case Assessed: return QStringLiteral("%1/%2").arg(r.assessed).arg(r.total);
    case Blocking: return QString::number(r.blocking);
    case Warnings: return QString::number(r.warnings);
    case Review: return reviewText(r);
    case OpenComments: return QString::number(r.openComments);
    case LabelStatus: return labelStatusName(r.labelStatus);
    case ValidUntil: return dateText(r.validUntil);
    case DaysUntilLabelEnds: return daysText(r.daysUntilLabelEnds);
    case SupportUntil: return dateText(r.supportUntil);
    case DaysUntilSupportEnds: return daysText(r.daysUntilSupportEnds);
    case StaleDeviceTests: return QString::number(r.staleDeviceTests);
    case EvidencePastReview: return QString::number(r.evidencePastReview);
    case LastChange: return DisplayDate::dateTime(r.lastChange);
    case Urgency: return Portfolio::urgencyName(r.urgency);
    case ColumnCount: break;
    }
    return {};
}

QVariant PortfolioTable::sortValue(const PortfolioRow &r, Column column)
{
    switch (column) {
    case Assessed: return r.total > 0 ? double(r.assessed) / r.total : 0.0;
    case Blocking: return r.blocking;
    case Warnings: return r.warnings;
    case Review: return int(r.reviewState) * 2 + (r.approvalStale ? 1 : 0);
    case OpenComments: return r.openComments;
    case LabelStatus: return int(r.labelStatus);
    case ValidUntil: return r.validUntil.isValid() ? r.validUntil.toJulianDay() : std::numeric_limits<qint64>::max();
    case DaysUntilLabelEnds: return daysSort(r.daysUntilLabelEnds);
    case SupportUntil: return r.supportUntil.isValid() ? r.supportUntil.toJulianDay() : std::numeric_limits<qint64>::max();
    case DaysUntilSupportEnds: return daysSort(r.daysUntilSupportEnds);
    case StaleDeviceTests: return r.staleDeviceTests;
    case EvidencePastReview: return r.evidencePastReview;
    case LastChange: return r.lastChange;
    case Urgency: return int(r.urgency);
    default: return text(r, column);
    }
}

TableSheet PortfolioTable::sheet(const QList<PortfolioRow> &rows)
{
    TableSheet sheet;
    sheet.name = QStringLiteral("Portfolio");
    sheet.header = headings();
    for (const PortfolioRow &r : rows) {
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells << text(r, Column(c));
        sheet.rows << cells;
    }
    for (int c = 0; c < ColumnCount; ++c) {
        sheet.minimumWidths << (c <= Product ? 24 : 10);
        if (isNumeric(Column(c)))
            sheet.numericColumns << c; // counts sort and sum in a workbook
    }
    sheet.frozenColumns = 2;
    return sheet;
}

QByteArray PortfolioTable::csv(const QList<PortfolioRow> &rows)
{
    return TableWriter::csv(sheet(rows));
}

bool PortfolioTable::writeCsv(const QList<PortfolioRow> &rows, const QString &path, QString *error)
{
    return TableWriter::writeCsv(path, sheet(rows), error);
}

bool PortfolioTable::writeXlsx(const QList<PortfolioRow> &rows, const QString &path, QString *error)
{
    TableWriter::Properties properties;
    properties.title = tr("Portfolio");
    return TableWriter::writeXlsx(path, {sheet(rows)}, properties, error);
}

} // namespace hoshi
