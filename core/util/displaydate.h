// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace hoshi {

// Dates and times as a person reads them: one format per UI language (uiLanguage()), in local
// time. Japanese "2026/12/07", "2026/12/07 10:59"; English "2026-12-07", "2026-12-07 10:59".
// Used by every form and by the CLI's human output; machine outputs (JSON, CSV, file names,
// the history's stored stamps) stay ISO 8601 in UTC.
class DisplayDate
{
public:
    [[nodiscard]] static QString date(const QDate &date);
    // Converted to local time first; invalid gives "".
    [[nodiscard]] static QString dateTime(const QDateTime &moment);
    // The date format for date pickers (QDateEdit::setDisplayFormat).
    [[nodiscard]] static QString dateFormat();
    [[nodiscard]] static QString dateTimeFormat();
};

} // namespace hoshi
