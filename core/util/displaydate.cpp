// SPDX-License-Identifier: Apache-2.0
#include "displaydate.h"

#include "language.h"

namespace hoshi {

QString DisplayDate::dateFormat()
{
    return uiLanguage() == QLatin1String("ja") ? QStringLiteral("yyyy/MM/dd") : QStringLiteral("yyyy-MM-dd");
}

QString DisplayDate::dateTimeFormat()
{
    return dateFormat() + QStringLiteral(" HH:mm");
}

QString DisplayDate::date(const QDate &date)
{
    return date.isValid() ? date.toString(dateFormat()) : QString();
}

QString DisplayDate::dateTime(const QDateTime &moment)
{
    return moment.isValid() ? moment.toLocalTime().toString(dateTimeFormat()) : QString();
}

} // namespace hoshi
