#include "portfoliotable.h"
#include "util/displaydate.h"

#include <QFileInfo>
#include <QSaveFile>

#include <xlsxwriter.h>

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

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool isNumeric(PortfolioTable::Column c)
{
    using T = PortfolioTable;
    return c == T::Blocking || c == T::Warnings || c == T::OpenComments || c == T::DaysUntilLabelEnds
           || c == T::DaysUntilSupportEnds || c == T::StaleDeviceTests;
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
    case LastChange: return r.lastChange;
    case Urgency: return int(r.urgency);
    default: return text(r, column);
    }
}

QByteArray PortfolioTable::csv(const QList<PortfolioRow> &rows)
{
    QStringList lines;
    QStringList fields;
    for (const QString &h : headings())
        fields << csvField(h);
    lines << fields.join(QLatin1Char(','));
    for (const PortfolioRow &r : rows) {
        fields.clear();
        for (int c = 0; c < ColumnCount; ++c)
            fields << csvField(text(r, Column(c)));
        lines << fields.join(QLatin1Char(','));
    }
    return QByteArray("\xEF\xBB\xBF") + lines.join(QLatin1String("\r\n")).toUtf8() + QByteArray("\r\n");
}

bool PortfolioTable::writeCsv(const QList<PortfolioRow> &rows, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv(rows)) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool PortfolioTable::writeXlsx(const QList<PortfolioRow> &rows, const QString &path, QString *error)
{
    // Temporary files next to the target, so that a full disk shows up here and not in /tmp.
    QByteArray tmpdir = QFileInfo(path).absolutePath().toLocal8Bit();
    lxw_workbook_options options{};
    options.tmpdir = tmpdir.data();
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook *book = workbook_new_opt(file.constData(), &options);
    if (!book) {
        if (error)
            *error = tr("Cannot create %1.").arg(path);
        return false;
    }
    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_border(header, LXW_BORDER_THIN);
    lxw_format *cell = workbook_add_format(book);
    format_set_border(cell, LXW_BORDER_THIN);
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Portfolio");
    for (int c = 0; c < ColumnCount; ++c) {
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), c <= Product ? 24 : 14, nullptr);
        worksheet_write_string(sheet, 0, lxw_col_t(c), heading(Column(c)).toUtf8().constData(), header);
    }
    lxw_row_t r = 1;
    for (const PortfolioRow &row : rows) {
        for (int c = 0; c < ColumnCount; ++c) {
            const QString value = text(row, Column(c));
            // Counts are numbers in the workbook, so they sort and sum; empty stays empty.
            if (isNumeric(Column(c)) && !value.isEmpty())
                worksheet_write_number(sheet, r, lxw_col_t(c), value.toDouble(), cell);
            else
                worksheet_write_string(sheet, r, lxw_col_t(c), value.toUtf8().constData(), cell);
        }
        ++r;
    }
    worksheet_freeze_panes(sheet, 1, 2);
    worksheet_autofilter(sheet, 0, 0, lxw_row_t(rows.size()), lxw_col_t(ColumnCount - 1));
    const lxw_error result = workbook_close(book);
    if (result != LXW_NO_ERROR) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    return true;
}

} // namespace hoshi
