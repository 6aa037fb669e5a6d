// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "horizon.h"
#include "labelrecord.h"
#include "retestplan.h"

#include "gate/shelfliferules.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace hoshi {

class Workspace;

// What a consultant must not miss: labels running out, support periods ending, device tests
// that no longer match the product's firmware. The rules are pure (today is an argument);
// subjects() reads what they need from a workspace.
struct ReminderSubject {
    qint64 declarationId = -1;
    QString organisation;
    QString product;
    QString criteriaId;
    LabelRecord label;
    QDate supportUntil;
    QString firmwareVersion;
    QList<RetestItem> retest; // stale device tests
    QString workspaceId;      // keeps iCalendar UIDs apart between workspaces (declaration 1 of each)
    QList<EvidenceReview> reviews; // evidence with a review date (ShelfLifeRules::reviews)
    int level = 0;                 // the criteria set's level (★): the UK recognition needs ★1
};

enum class ReminderKind {
    LabelExpiring,
    LabelExpired,
    SupportEnding,
    SupportEnded,
    StaleEvidence,
    EvidenceReview,
    UkRecognitionEnding, // the UK's deemed compliance (Condition B) ends with the label
};

struct Reminder {
    ReminderKind kind = ReminderKind::LabelExpiring;
    qint64 declarationId = -1;
    QString product;
    QDate due;        // validity end, support end, review date; invalid for stale evidence
    qint64 daysLeft = 0; // negative once past
    QStringList items;   // stale evidence: the items to test again; evidence review: the items it backs
    qint64 evidenceId = -1; // evidence review: the record to look at again
    QString message;     // translated, one line
};

class Reminders
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::Reminders)

public:
    [[nodiscard]] static QList<ReminderSubject> subjects(const Workspace &workspace, const QString &language,
                                                         QString *error);
    // Everything due within `withinDays` of today (or already past), most urgent first.
    [[nodiscard]] static QList<Reminder> due(const QList<ReminderSubject> &subjects, const QDate &today,
                                             int withinDays = ReminderHorizonDays);
    [[nodiscard]] static QString kindKey(ReminderKind kind);
    [[nodiscard]] static QJsonArray toJson(const QList<Reminder> &reminders);
    // An iCalendar file (RFC 5545): for every live label an all-day event 90 and 30 days before
    // its validity end and on the end itself, one on every product's support-period end, and
    // one on the review date of every evidence record that has one (ShelfLife), and one on the
    // end of the UK recognition of a ★1 label under the criteria version Condition B names.
    // `stamp` is the DTSTAMP of every event.
    [[nodiscard]] static QByteArray icalendar(const QList<ReminderSubject> &subjects, const QDateTime &stamp);
    // RFC 5545 content line: escaped by the caller, folded here at 75 octets, CRLF-terminated.
    [[nodiscard]] static QByteArray foldLine(const QByteArray &line);
    [[nodiscard]] static QString escapeText(const QString &text);
};

} // namespace hoshi
