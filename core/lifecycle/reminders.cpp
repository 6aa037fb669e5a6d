// SPDX-License-Identifier: Apache-2.0
#include "reminders.h"

#include "markets/recognition.h"
#include "storage/workspace.h"
#include "util/displaydate.h"

#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace hoshi {

namespace {

bool labelIsLive(const LabelRecord &label)
{
    return label.status == LabelStatus::Active || label.status == LabelStatus::ExtensionInProgress;
}

Reminder labelReminder(const ReminderSubject &s, const QDate &today)
{
    Reminder r;
    r.declarationId = s.declarationId;
    r.product = s.product;
    r.due = s.label.validUntil;
    r.daysLeft = today.daysTo(r.due);
    const bool past = LabelRules::effectiveStatus(s.label, today) == LabelStatus::Expired;
    r.kind = past ? ReminderKind::LabelExpired : ReminderKind::LabelExpiring;
    r.message = past ? Reminders::tr("%1: the label %2 expired on %3.")
                           .arg(s.product, s.label.registrationNumber, DisplayDate::date(r.due))
                     : Reminders::tr("%1: the label %2 is valid until %3 (%n day(s) left); apply for an extension.",
                                     nullptr, int(r.daysLeft))
                           .arg(s.product, s.label.registrationNumber, DisplayDate::date(r.due));
    return r;
}

Reminder supportReminder(const ReminderSubject &s, const QDate &today)
{
    Reminder r;
    r.declarationId = s.declarationId;
    r.product = s.product;
    r.due = s.supportUntil;
    r.daysLeft = today.daysTo(r.due);
    r.kind = r.daysLeft < 0 ? ReminderKind::SupportEnded : ReminderKind::SupportEnding;
    r.message = r.daysLeft < 0 ? Reminders::tr("%1: the support period ended on %2.").arg(s.product, DisplayDate::date(r.due))
                               : Reminders::tr("%1: the support period ends on %2 (%n day(s) left).", nullptr, int(r.daysLeft))
                                     .arg(s.product, DisplayDate::date(r.due));
    return r;
}

Reminder reviewReminder(const ReminderSubject &s, const EvidenceReview &review, const QDate &today)
{
    Reminder r;
    r.kind = ReminderKind::EvidenceReview;
    r.declarationId = s.declarationId;
    r.product = s.product;
    r.due = review.due;
    r.daysLeft = today.daysTo(r.due);
    r.items = review.items;
    r.evidenceId = review.evidence.id;
    const QString reference = review.evidence.reference();
    const QString items = review.items.join(QStringLiteral(", "));
    r.message = r.daysLeft < 0
                    ? Reminders::tr("%1: the evidence \"%2\" (%3) was due for review on %4; check that it still holds.")
                          .arg(s.product, reference, items, DisplayDate::date(r.due))
                    : Reminders::tr("%1: the evidence \"%2\" (%3) is due for review on %4 (%n day(s) left).", nullptr,
                                    int(r.daysLeft))
                          .arg(s.product, reference, items, DisplayDate::date(r.due));
    return r;
}

// The UK treats the label as meeting PSTI only while it is valid (UK SI 2025/1267, Condition B):
// a UK importer must know when that ends, beside the label's own reminder.
std::optional<Reminder> ukReminder(const ReminderSubject &s, const QDate &today, int withinDays)
{
    const markets::MarketStatus uk = markets::Recognition::uk({s.criteriaId, s.level, s.label}, today);
    if (!uk.recognised || today.daysTo(uk.until) > withinDays)
        return std::nullopt;
    Reminder r;
    r.kind = ReminderKind::UkRecognitionEnding;
    r.declarationId = s.declarationId;
    r.product = s.product;
    r.due = uk.until;
    r.daysLeft = today.daysTo(r.due);
    r.message = Reminders::tr("%1: the UK deems it PSTI-compliant (Condition B) only until %2, when the label ends "
                              "(%n day(s) left); after that it needs its own PSTI statement of compliance.",
                              nullptr, int(r.daysLeft))
                    .arg(s.product, DisplayDate::date(r.due));
    return r;
}

QByteArray dateValue(const QDate &d)
{
    return d.toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

QByteArray event(const QString &uid, const QDateTime &stamp, const QDate &day, const QString &summary,
                 const QString &description)
{
    QByteArray out;
    out += Reminders::foldLine("BEGIN:VEVENT");
    out += Reminders::foldLine("UID:" + Reminders::escapeText(uid).toUtf8());
    out += Reminders::foldLine("DTSTAMP:" + stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1());
    out += Reminders::foldLine("DTSTART;VALUE=DATE:" + dateValue(day));
    out += Reminders::foldLine("DTEND;VALUE=DATE:" + dateValue(day.addDays(1)));
    out += Reminders::foldLine("SUMMARY:" + Reminders::escapeText(summary).toUtf8());
    out += Reminders::foldLine("DESCRIPTION:" + Reminders::escapeText(description).toUtf8());
    out += Reminders::foldLine("TRANSP:TRANSPARENT");
    out += Reminders::foldLine("END:VEVENT");
    return out;
}

} // namespace

QList<ReminderSubject> Reminders::subjects(const Workspace &workspace, const QString &language, QString *error)
{
    QList<ReminderSubject> out;
    const QString workspaceId = workspace.workspaceId();
    for (const Declaration &d : workspace.declarations()) {
        const std::optional<DeclarationSnapshot> s = workspace.snapshot(d.id, Workspace::ContentCheck::Skip, error);
        const std::optional<LabelRecord> label = workspace.labelRecord(d.id);
        if (!s || !label)
            return {};
        out.append({d.id, s->organisation.name, s->product.name, s->criteria.id, *label, s->product.supportUntil,
                    s->product.firmwareVersion, RetestPlan::of(*s, language), workspaceId, ShelfLifeRules::reviews(*s),
                    s->criteria.level});
    }
    return out;
}

QList<Reminder> Reminders::due(const QList<ReminderSubject> &subjects, const QDate &today, int withinDays)
{
    QList<Reminder> out;
    QSet<QString> supportSeen; // several declarations of one product share its support period
    QSet<qint64> reviewSeen;   // and several declarations one evidence record
    for (const ReminderSubject &s : subjects) {
        for (const EvidenceReview &review : s.reviews) {
            if (today.daysTo(review.due) <= withinDays && !reviewSeen.contains(review.evidence.id)) {
                reviewSeen.insert(review.evidence.id);
                out.append(reviewReminder(s, review, today));
            }
        }
        if (labelIsLive(s.label) && s.label.validUntil.isValid() && today.daysTo(s.label.validUntil) <= withinDays)
            out.append(labelReminder(s, today));
        if (const std::optional<Reminder> uk = ukReminder(s, today, withinDays))
            out.append(*uk);
        const QString supportKey = s.organisation + QLatin1Char('\n') + s.product;
        if (s.supportUntil.isValid() && today.daysTo(s.supportUntil) <= withinDays && !supportSeen.contains(supportKey)) {
            supportSeen.insert(supportKey);
            out.append(supportReminder(s, today));
        }
        if (!s.retest.isEmpty()) {
            Reminder r;
            r.kind = ReminderKind::StaleEvidence;
            r.declarationId = s.declarationId;
            r.product = s.product;
            for (const RetestItem &item : s.retest)
                r.items << item.itemId;
            r.message = tr("%1: %n device test(s) were run on older firmware than %2 (%3); run them again.", nullptr,
                           int(r.items.size()))
                            .arg(s.product, s.firmwareVersion, r.items.join(QStringLiteral(", ")));
            out.append(r);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Reminder &a, const Reminder &b) {
        const bool aDated = a.due.isValid();
        const bool bDated = b.due.isValid();
        if (aDated != bDated)
            return aDated;
        return aDated && a.due < b.due;
    });
    return out;
}

QString Reminders::kindKey(ReminderKind kind)
{
    switch (kind) {
    case ReminderKind::LabelExpiring:
        return QStringLiteral("label-expiring");
    case ReminderKind::LabelExpired:
        return QStringLiteral("label-expired");
    case ReminderKind::SupportEnding:
        return QStringLiteral("support-ending");
    case ReminderKind::SupportEnded:
        return QStringLiteral("support-ended");
    case ReminderKind::StaleEvidence:
        return QStringLiteral("stale-evidence");
    case ReminderKind::EvidenceReview:
        return QStringLiteral("evidence-review");
    case ReminderKind::UkRecognitionEnding:
        return QStringLiteral("uk-recognition-ending");
    }
    return {};
}

QJsonArray Reminders::toJson(const QList<Reminder> &reminders)
{
    QJsonArray out;
    for (const Reminder &r : reminders)
        out.append(QJsonObject{{QStringLiteral("kind"), kindKey(r.kind)},
                               {QStringLiteral("declarationId"), r.declarationId},
                               {QStringLiteral("product"), r.product},
                               {QStringLiteral("due"), r.due.isValid() ? r.due.toString(Qt::ISODate) : QString()},
                               {QStringLiteral("daysLeft"), r.due.isValid() ? QJsonValue(r.daysLeft) : QJsonValue()},
                               {QStringLiteral("items"), QJsonArray::fromStringList(r.items)},
                               {QStringLiteral("evidenceId"), r.evidenceId >= 0 ? QJsonValue(r.evidenceId) : QJsonValue()}});
    return out;
}

QString Reminders::escapeText(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(','))
            out += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c != QLatin1Char('\r'))
            out += c;
    }
    return out;
}

QByteArray Reminders::foldLine(const QByteArray &line)
{
    // At most 75 octets per physical line, never inside a UTF-8 sequence; continuation lines
    // start with one space, which counts towards their 75.
    QByteArray out;
    qsizetype start = 0;
    int limit = 75;
    while (line.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (uchar(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += line.mid(start, cut - start) + "\r\n ";
        start = cut;
        limit = 74;
    }
    out += line.mid(start) + "\r\n";
    return out;
}

QByteArray Reminders::icalendar(const QList<ReminderSubject> &subjects, const QDateTime &stamp)
{
    QByteArray out = foldLine("BEGIN:VCALENDAR") + foldLine("VERSION:2.0")
                     + foldLine("PRODID:-//Hoshi//JC-STAR workbench " HOSHI_VERSION "//EN") + foldLine("CALSCALE:GREGORIAN")
                     + foldLine("METHOD:PUBLISH");
    QSet<QString> supportSeen;
    QSet<qint64> reviewSeen;
    for (const ReminderSubject &s : subjects) {
        const LabelRecord &l = s.label;
        // Unique across workspaces: two workspaces both have a declaration 1 (RFC 5545 3.8.4.7).
        const QString scope = s.workspaceId.isEmpty() ? QString() : s.workspaceId + QLatin1Char('-');
        const QString key = scope + (l.registrationNumber.isEmpty() ? QStringLiteral("declaration-%1").arg(s.declarationId)
                                                                    : l.registrationNumber);
        if (labelIsLive(l) && l.validUntil.isValid()) {
            const QString what = tr("JC-STAR label %1 of %2 (%3), valid until %4.")
                                     .arg(l.registrationNumber, s.product, s.criteriaId, DisplayDate::date(l.validUntil));
            for (int before : {ReminderHorizonDays, FinalReminderDays}) {
                out += event(QStringLiteral("%1-label-end-minus-%2@hoshi").arg(key).arg(before), stamp,
                             l.validUntil.addDays(-before),
                             tr("%1: label expires in %2 days").arg(s.product).arg(before),
                             what + QLatin1Char('\n') + tr("Apply to IPA for an extension in time."));
            }
            out += event(QStringLiteral("%1-label-end@hoshi").arg(key), stamp, l.validUntil,
                         tr("%1: label validity ends").arg(s.product), what);
            // The recognition's end as the day it can still be relied on (the label's own end).
            if (markets::Recognition::uk({s.criteriaId, s.level, l}, l.validUntil).recognised)
                out += event(QStringLiteral("%1-uk-recognition-end@hoshi").arg(key), stamp, l.validUntil,
                             tr("%1: UK PSTI recognition ends").arg(s.product),
                             tr("The UK deems %1 to meet the PSTI security requirements under Condition B of UK SI "
                                "2025/1267 only while its JC-STAR label %2 is valid, until %3.")
                                 .arg(s.product, l.registrationNumber, DisplayDate::date(l.validUntil)));
        }
        const QString supportKey = s.organisation + QLatin1Char('\n') + s.product;
        if (s.supportUntil.isValid() && !supportSeen.contains(supportKey)) {
            supportSeen.insert(supportKey);
            out += event(QStringLiteral("%1declaration-%2-support-end@hoshi").arg(scope).arg(s.declarationId), stamp,
                         s.supportUntil,
                         tr("%1: support period ends").arg(s.product),
                         tr("The support period of %1 (%2) ends on %3; security updates are promised until then.")
                             .arg(s.product, s.organisation, DisplayDate::date(s.supportUntil)));
        }
        for (const EvidenceReview &review : s.reviews) {
            if (reviewSeen.contains(review.evidence.id))
                continue;
            reviewSeen.insert(review.evidence.id);
            out += event(QStringLiteral("%1evidence-%2-review@hoshi").arg(scope).arg(review.evidence.id), stamp, review.due,
                         tr("%1: evidence review due").arg(s.product),
                         tr("Evidence \"%1\" backing %2 (%3) is to be reviewed by %4: check that it still holds, "
                            "or replace it.")
                             .arg(review.evidence.reference(), review.items.join(QStringLiteral(", ")), s.criteriaId,
                                  DisplayDate::date(review.due)));
        }
    }
    out += foldLine("END:VCALENDAR");
    return out;
}

} // namespace hoshi
