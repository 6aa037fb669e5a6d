// SPDX-License-Identifier: Apache-2.0
#include "recognition.h"

#include "export/exporttext.h"
#include "util/displaydate.h"

#include <QJsonObject>

namespace hoshi::markets {

namespace {

bool hasLabel(const LabelRecord &label)
{
    return !label.registrationNumber.isEmpty() && label.issuedOn.isValid() && label.status != LabelStatus::None;
}

// The reasons that hold for both markets, in the order a person would want to hear them:
// first whether there is a ★1 label of the right version at all, then whether it still holds.
RecognitionReason labelReason(const RecognitionInput &in, const QDate &today, const QDate &startsOn)
{
    if (!hasLabel(in.label))
        return RecognitionReason::NoLabel;
    if (in.level != 1)
        return RecognitionReason::NotStar1;
    if (in.criteriaId != Recognition::UkCriteriaId)
        return RecognitionReason::OtherCriteriaVersion;
    if (in.label.status == LabelStatus::Withdrawn)
        return RecognitionReason::Withdrawn;
    if (in.label.status == LabelStatus::Revoked)
        return RecognitionReason::Revoked;
    if (!in.label.validUntil.isValid())
        return RecognitionReason::NoValidityEnd;
    // The label must be current: past its validity end it is not, even while an extension
    // is in progress (LabelRules keeps that grace status, but the label is not valid then).
    if (today > in.label.validUntil || LabelRules::effectiveStatus(in.label, today) == LabelStatus::Expired)
        return RecognitionReason::Expired;
    if (today < startsOn)
        return RecognitionReason::NotYetInForce;
    return RecognitionReason::Recognised;
}

} // namespace

QString Recognition::marketKey(Market m)
{
    return m == Market::UkPsti ? QStringLiteral("uk-psti") : QStringLiteral("sg-cls");
}

QString Recognition::marketName(Market m)
{
    return m == Market::UkPsti ? tr("UK PSTI") : tr("Singapore CLS Level 1");
}

QString Recognition::sourceKindKey(SourceKind k)
{
    return k == SourceKind::Official ? QStringLiteral("official") : QStringLiteral("secondary");
}

QString Recognition::reasonKey(RecognitionReason r)
{
    switch (r) {
    case RecognitionReason::Recognised:
        return QStringLiteral("recognised");
    case RecognitionReason::NoLabel:
        return QStringLiteral("no-label");
    case RecognitionReason::NotStar1:
        return QStringLiteral("not-star1");
    case RecognitionReason::OtherCriteriaVersion:
        return QStringLiteral("other-criteria-version");
    case RecognitionReason::NoValidityEnd:
        return QStringLiteral("no-validity-end");
    case RecognitionReason::Expired:
        return QStringLiteral("expired");
    case RecognitionReason::Withdrawn:
        return QStringLiteral("withdrawn");
    case RecognitionReason::Revoked:
        return QStringLiteral("revoked");
    case RecognitionReason::NotYetInForce:
        break;
    }
    return QStringLiteral("not-yet-in-force");
}

// Why not, in one translated clause shared by both markets.
static QString whyNot(const RecognitionInput &in, RecognitionReason reason, const QDate &startsOn)
{
    switch (reason) {
    case RecognitionReason::NoLabel:
        return Recognition::tr("no label recorded yet (a registration number and an issue date are needed)");
    case RecognitionReason::NotStar1:
        return Recognition::tr("the label is not a ★1 label (level %1)").arg(in.level);
    case RecognitionReason::OtherCriteriaVersion:
        return Recognition::tr("the label is under %1, not %2").arg(in.criteriaId, Recognition::UkCriteriaId);
    case RecognitionReason::NoValidityEnd:
        return Recognition::tr("the label's validity end is not recorded");
    case RecognitionReason::Expired:
        return Recognition::tr("the label expired on %1").arg(DisplayDate::date(in.label.validUntil));
    case RecognitionReason::Withdrawn:
        return Recognition::tr("the label was withdrawn");
    case RecognitionReason::Revoked:
        return Recognition::tr("the label was revoked");
    case RecognitionReason::NotYetInForce:
        return Recognition::tr("the recognition applies from %1").arg(DisplayDate::date(startsOn));
    case RecognitionReason::Recognised:
        break;
    }
    return QString();
}

MarketStatus Recognition::uk(const RecognitionInput &in, const QDate &today)
{
    MarketStatus s;
    s.market = Market::UkPsti;
    s.reason = labelReason(in, today, UkInForce);
    s.recognised = s.reason == RecognitionReason::Recognised;
    s.legalBasis = QStringLiteral("UK SI 2025/1267, Condition B");
    s.source = QStringLiteral("UK SI 2025/1267 (made 2025-12-03, in force 2025-12-04), Condition B; "
                              "METI-DSIT memorandum of cooperation signed 2025-11-05");
    s.sourceKind = SourceKind::Official;
    if (s.recognised) {
        s.until = in.label.validUntil;
        s.statement = tr("UK PSTI: deemed compliant under Condition B until %1").arg(DisplayDate::date(s.until));
    } else {
        s.statement = tr("UK PSTI: not deemed compliant under Condition B: %1").arg(whyNot(in, s.reason, UkInForce));
    }
    return s;
}

MarketStatus Recognition::singapore(const RecognitionInput &in, const QDate &today)
{
    MarketStatus s;
    s.market = Market::SingaporeCls;
    s.reason = labelReason(in, today, SingaporeReportedStart);
    s.recognised = s.reason == RecognitionReason::Recognised;
    s.legalBasis = QStringLiteral("Japan-Singapore memorandum of cooperation on JC-STAR and CLS (reported)");
    s.source = QStringLiteral("Reported by a test laboratory (Brightsight news, \"Singapore expands IoT "
                              "cybersecurity partnerships with Japan and South Korea\"): effective 2026-06-01; not yet "
                              "published by METI or the Cyber Security Agency of Singapore");
    s.sourceKind = SourceKind::Secondary;
    if (s.recognised) {
        s.until = in.label.validUntil;
        s.statement = tr("Singapore CLS Level 1: simplified application possible until %1 (based on secondary reports)")
                          .arg(DisplayDate::date(s.until));
    } else {
        s.statement = tr("Singapore CLS Level 1: no simplified application: %1 (based on secondary reports)")
                          .arg(whyNot(in, s.reason, SingaporeReportedStart));
    }
    return s;
}

QList<MarketStatus> Recognition::all(const RecognitionInput &input, const QDate &today)
{
    return {uk(input, today), singapore(input, today)};
}

QJsonObject MarketStatus::toJson() const
{
    return {
        {QStringLiteral("market"), Recognition::marketKey(market)},
        {QStringLiteral("name"), Recognition::marketName(market)},
        {QStringLiteral("recognised"), recognised},
        {QStringLiteral("reason"), Recognition::reasonKey(reason)},
        {QStringLiteral("until"), ExportText::dateText(until)},
        {QStringLiteral("statement"), statement},
        {QStringLiteral("legalBasis"), legalBasis},
        {QStringLiteral("source"), source},
        {QStringLiteral("sourceKind"), Recognition::sourceKindKey(sourceKind)},
    };
}

} // namespace hoshi::markets
