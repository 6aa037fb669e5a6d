#pragma once

#include <QStringList>

// The label lifecycle on the command line: the label record, reminders, the change report.
namespace hoshi::cli {

// label set|show|firmware|page
int runLabel(const QStringList &args);
// reminders WS [--ics FILE] [--today D] [--json]
int runReminders(const QStringList &args);
// change-report WS --declaration ID --out DIR
int runChangeReport(const QStringList &args);

} // namespace hoshi::cli
