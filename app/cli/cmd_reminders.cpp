// SPDX-License-Identifier: Apache-2.0
// reminders: labels running out, support periods ending, stale device tests; iCalendar export.
#include "cmd_lifecycle.h"

#include "cliutil.h"
#include "lifecycle/reminders.h"
#include "util/language.h"
#include "util/atomicfile.h"

#include <QJsonObject>

namespace hoshi::cli {

int runReminders(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("Workspace: a .hoshi file or a postgresql:// server address."));
    parser.addOption({QStringLiteral("ics"), Cli::tr("Also write the dates as an iCalendar file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("today"), Cli::tr("Judge as of this date (default: today)."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("within"), Cli::tr("Days ahead to look (default %1).").arg(ReminderHorizonDays),
                      QStringLiteral("DAYS")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print the reminders as JSON.")});
    if (!parse(parser, QStringLiteral("reminders"), args))
        return UsageOrInput;
    QDate today = QDate::currentDate();
    if (!dateOption(parser, QStringLiteral("today"), &today))
        return UsageOrInput;
    int within = ReminderHorizonDays;
    if (parser.isSet(QStringLiteral("within"))) {
        bool ok = false;
        within = parser.value(QStringLiteral("within")).toInt(&ok);
        if (!ok || within < 0 || within > 3650) {
            err(Cli::tr("error: --within takes a number of days from 0 to 3650"));
            return UsageOrInput;
        }
    }
    std::unique_ptr<Workspace> ws = openWorkspace(workspaceArgument(parser), Workspace::Access::ReadOnly);
    if (!ws)
        return UsageOrInput;
    QString error;
    const QList<ReminderSubject> subjects = Reminders::subjects(*ws, uiLanguage(), &error);
    if (!error.isEmpty()) {
        err(Cli::tr("error: %1").arg(error));
        return UsageOrInput;
    }
    if (parser.isSet(QStringLiteral("ics"))) {
        const QByteArray ics = Reminders::icalendar(subjects, QDateTime::currentDateTimeUtc());
        if (!AtomicFile::write(parser.value(QStringLiteral("ics")), ics, &error)) {
            err(Cli::tr("error: %1").arg(error));
            return UsageOrInput;
        }
    }
    const QList<Reminder> due = Reminders::due(subjects, today, within);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("today"), today.toString(Qt::ISODate)},
                                            {QStringLiteral("reminders"), Reminders::toJson(due)}}));
        return Ok;
    }
    if (due.isEmpty())
        out(Cli::tr("nothing due within %n day(s)", nullptr, within));
    for (const Reminder &r : due)
        out(QStringLiteral("%1\t%2\t%3").arg(Reminders::kindKey(r.kind)).arg(r.declarationId).arg(r.message));
    return Ok;
}

} // namespace hoshi::cli
