// SPDX-License-Identifier: Apache-2.0
#include "snapshotdump.h"

#include <QStringList>

#include <algorithm>

namespace hoshi::testsupport {

namespace {

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString signOff(const std::optional<SignOff> &s)
{
    return s ? QStringLiteral("%1 %2 %3 %4 %5 %6").arg(s->id).arg(int(s->state)).arg(s->author, s->account, stamp(s->at), s->fingerprint)
             : QStringLiteral("-");
}

QString evidence(const Evidence &e)
{
    QStringList out{QStringLiteral("evidence %1 org %2 kind %3 items %4 updated %5 superseded %6")
                        .arg(e.id).arg(e.organisationId).arg(int(e.kind)).arg(e.itemIds.join(QLatin1Char(',')), stamp(e.updatedAt))
                        .arg(e.supersededBy)};
    out << QStringList{e.title, e.documentNumber, e.pages, e.chapter, e.url, e.excerpt, e.procedure, e.summary,
                       e.testedOn.toString(Qt::ISODate), e.tester, e.firmwareVersion, e.environment,
                       e.effectiveOn.toString(Qt::ISODate), e.reviewBy.toString(Qt::ISODate), e.tool, e.toolVersion,
                       e.target, e.firmwareImageSha256, e.captureRecipe, e.captureFindings, e.findingNotes}
               .join(QLatin1Char('|'));
    for (const EvidenceFile &f : e.files)
        out << QStringLiteral("  file %1 %2 %3 %4 %5 %6").arg(f.id).arg(f.evidenceId).arg(f.sha256, f.originalName, f.mediaType).arg(f.size);
    return out.join(QLatin1Char('\n'));
}

} // namespace

QString dumpSnapshot(const DeclarationSnapshot &s)
{
    QStringList out;
    out << QStringLiteral("organisation %1 %2").arg(s.organisation.id).arg(s.organisation.name);
    out << QStringLiteral("product %1 %2 fw %3 support %4 image %5 models %6").arg(s.product.id).arg(s.product.name)
               .arg(s.product.firmwareVersion, s.product.supportUntil.toString(Qt::ISODate), s.product.firmwareImageSha256,
                    s.product.modelNumbers.join(QLatin1Char(',')));
    out << QStringLiteral("review periods document %1 device %2").arg(s.reviewPeriods.documentReviewMonths)
               .arg(s.reviewPeriods.deviceTestMonths);
    const Declaration &d = s.declaration;
    out << QStringLiteral("declaration %1 %2 rev %3 route %4 state %5 label %6 %7 %8 psti %9")
               .arg(d.id).arg(d.criteriaSetId).arg(d.criteriaDataRevision).arg(int(d.route)).arg(int(d.state))
               .arg(int(d.labelStatus)).arg(d.registrationNumber, d.validUntil.toString(Qt::ISODate), d.pstiStatement);
    out << QStringLiteral("criteria %1 rev %2").arg(s.criteria.id).arg(s.criteria.dataRevision);
    for (const CriteriaItem &item : s.criteria.items) {
        QStringList points;
        for (const EvaluationPoint &p : item.points)
            points << p.id;
        out << QStringLiteral("  item %1 mode %2 points %3").arg(item.id).arg(int(item.pointMode)).arg(points.join(QLatin1Char(',')));
    }
    out << QStringLiteral("overlay %1").arg(s.pointOverlay ? QStringList(s.pointOverlay->items.keys()).join(QLatin1Char(',')) + QLatin1Char(' ')
                                                                 + stamp(s.pointOverlay->setAt) + QLatin1Char(' ') + s.pointOverlay->setBy
                                                           : QStringLiteral("-"));
    for (const Assessment &a : s.assessments)
        out << QStringLiteral("assessment %1 %2 verdict %3 vendor %4 rv %5 %6 | %7 | %8")
                   .arg(a.id).arg(a.itemId).arg(int(a.verdict)).arg(a.vendorScope).arg(a.rowVersion)
                   .arg(stamp(a.updatedAt), a.justification, a.notes);
    QStringList items = s.evidence.keys();
    std::sort(items.begin(), items.end());
    for (const QString &item : std::as_const(items)) {
        out << QStringLiteral("evidence of %1:").arg(item);
        for (const Evidence &e : s.evidence.value(item))
            out << evidence(e);
    }
    QStringList chosen = s.chosenPoints.keys();
    std::sort(chosen.begin(), chosen.end());
    for (const QString &item : std::as_const(chosen))
        out << QStringLiteral("chosen %1: %2").arg(item, s.chosenPoints.value(item).join(QLatin1Char(',')));
    QStringList linked = s.evidencePoints.keys();
    std::sort(linked.begin(), linked.end());
    for (const QString &item : std::as_const(linked)) {
        const QHash<qint64, QStringList> &byEvidence = s.evidencePoints.value(item);
        QList<qint64> ids = byEvidence.keys();
        std::sort(ids.begin(), ids.end());
        for (const qint64 id : std::as_const(ids))
            out << QStringLiteral("points %1 evidence %2: %3").arg(item).arg(id).arg(byEvidence.value(id).join(QLatin1Char(',')));
    }
    out << QStringLiteral("psti file %1").arg(s.pstiStatementFile ? evidence(*s.pstiStatementFile) : QStringLiteral("-"));
    out << QStringLiteral("form %1").arg(s.form ? s.form->sha256 + QLatin1Char(' ') + s.form->originalName
                                                      + QStringLiteral(" template %1").arg(s.form->templateBytes.size())
                                                : QStringLiteral("-"));
    QStringList corrupt = s.corruptContent.keys();
    std::sort(corrupt.begin(), corrupt.end());
    out << QStringLiteral("corrupt %1 verified %2").arg(corrupt.join(QLatin1Char(','))).arg(s.contentVerified);
    const ReviewSummary &r = s.review;
    out << QStringLiteral("review state %1 approval %2 last %3 stale %4 comments %5/%6 require %7")
               .arg(int(r.state)).arg(signOff(r.approval), signOff(r.lastApproval)).arg(r.approvalStale)
               .arg(r.openComments).arg(r.totalComments).arg(r.requireApproval);
    out << QStringLiteral("changes %1 | items %2").arg(r.changesSinceApproval.join(QLatin1Char(';')), r.changedItems.join(QLatin1Char(',')));
    return out.join(QLatin1Char('\n'));
}

QString dumpProblems(const QList<GateProblem> &problems)
{
    QStringList out;
    for (const GateProblem &p : problems)
        out << QStringLiteral("%1 %2 %3 %4 %5 %6").arg(p.isBlocking() ? QStringLiteral("B") : QStringLiteral("W"), p.code, p.itemId, p.field)
                   .arg(p.evidenceId).arg(p.message);
    return out.join(QLatin1Char('\n'));
}

} // namespace hoshi::testsupport
