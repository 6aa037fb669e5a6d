// SPDX-License-Identifier: Apache-2.0
#include "crareadiness.h"

#include "export/evidenceplan.h"
#include "export/exporttext.h"
#include "storage/workspace.h"

#include <QJsonArray>

namespace hoshi {

namespace {

// What the CRA asks that a ★1 declaration does not record. Hoshi's own reading of the
// Regulation against the ★1 criteria; each names the field where the manufacturer answers it.
struct GapDefinition {
    const char *id;
    const char *annexKey; // "" beyond Annex I
    const char *article;
    const char *title;
    const char *explanation;
    std::optional<CraField> field;
};

const GapDefinition gapDefinitions[] = {
    {"secure-by-default", "i2b", "",
     QT_TRANSLATE_NOOP("hoshi::CraReadiness", "Secure-by-default configuration beyond ★1"),
     QT_TRANSLATE_NOOP("hoshi::CraReadiness",
                       "★1 checks default passwords and needless interfaces; the CRA asks for a secure default "
                       "configuration as a whole, including a way to reset the product to its original state. "
                       "Describe it in the technical documentation."),
     std::nullopt},
    {"support-period", "i2c", "",
     QT_TRANSLATE_NOOP("hoshi::CraReadiness", "Support period and its justification"),
     QT_TRANSLATE_NOOP("hoshi::CraReadiness",
                       "★1 asks for a stated support period; the CRA asks for its end date and for what it was "
                       "determined from (Article 13(8), Annex VII (4))."),
     CraField::SupportPeriodJustification},
    {"sbom", "ii1", "",
     QT_TRANSLATE_NOOP("hoshi::CraReadiness", "Software bill of materials"),
     QT_TRANSLATE_NOOP("hoshi::CraReadiness",
                       "★1 does not ask for an SBOM; the CRA asks for one in a commonly used machine-readable "
                       "format covering at least the top-level dependencies."),
     CraField::SbomReference},
    {"cvd-policy", "ii5", "",
     QT_TRANSLATE_NOOP("hoshi::CraReadiness", "Coordinated vulnerability disclosure policy"),
     QT_TRANSLATE_NOOP("hoshi::CraReadiness",
                       "★1 asks for a way to receive vulnerability reports; the CRA asks for a coordinated "
                       "vulnerability disclosure policy that is put in place and enforced."),
     CraField::CvdPolicyUrl},
    {"contact", "ii6", "",
     QT_TRANSLATE_NOOP("hoshi::CraReadiness", "Single point of contact for vulnerabilities"),
     QT_TRANSLATE_NOOP("hoshi::CraReadiness",
                       "The CRA asks for a contact address for reporting vulnerabilities, stated with the product "
                       "and in the user information (Annex II)."),
     CraField::SinglePointOfContact},
    {"reporting", "", "Article 14",
     QT_TRANSLATE_NOOP("hoshi::CraReadiness", "Reporting to the CSIRT and ENISA"),
     QT_TRANSLATE_NOOP("hoshi::CraReadiness",
                       "From 2026-09-11 actively exploited vulnerabilities and severe incidents are reported "
                       "through ENISA's single reporting platform to the coordinating CSIRT: an early warning "
                       "within 24 hours, a notification within 72 hours and a final report. ★1 has no such duty."),
     CraField::CsirtReporting},
    {"risk-assessment", "", "Article 13(2)",
     QT_TRANSLATE_NOOP("hoshi::CraReadiness", "Cybersecurity risk assessment"),
     QT_TRANSLATE_NOOP("hoshi::CraReadiness",
                       "The CRA asks for a documented cybersecurity risk assessment that says how each Annex I "
                       "requirement applies; ★1 is a fixed checklist and does not replace it."),
     CraField::RiskAssessment},
    {"conformity-assessment", "", "Article 32",
     QT_TRANSLATE_NOOP("hoshi::CraReadiness", "Conformity assessment procedure"),
     QT_TRANSLATE_NOOP("hoshi::CraReadiness",
                       "The manufacturer chooses the procedure the product's class allows (module A, B+C, H or "
                       "a European certification scheme), with a notified body where the procedure needs one."),
     CraField::ConformityModule},
};

bool isAddressed(const GapDefinition &gap, const CraRecord &record)
{
    if (!gap.field)
        return false;
    switch (*gap.field) {
    case CraField::SupportPeriodJustification:
        return record.supportPeriodEnd.isValid() && !record.supportPeriodJustification.isEmpty();
    case CraField::ConformityModule:
        return !record.conformityModule.isEmpty()
               && (!CraFields::moduleNeedsNotifiedBody(record.conformityModule) || !record.notifiedBody.isEmpty());
    default:
        return !record.value(*gap.field).isEmpty();
    }
}

CraGap makeGap(const GapDefinition &d, const CraRecord &record)
{
    CraGap gap;
    gap.id = QString::fromLatin1(d.id);
    gap.annexKey = QString::fromLatin1(d.annexKey);
    gap.article = QString::fromLatin1(d.article);
    gap.title = CraReadiness::tr(d.title);
    gap.explanation = CraReadiness::tr(d.explanation);
    gap.englishTitle = QString::fromUtf8(d.title);
    gap.englishExplanation = QString::fromUtf8(d.explanation);
    gap.field = d.field;
    gap.addressed = isAddressed(d, record);
    return gap;
}

// Evidence::reference() in English whatever the reader's language (the drafts and --json are
// English): document number, pages, chapter, address; or the test's summary, date and firmware.
QString englishReference(const Evidence &e)
{
    QStringList parts;
    if (e.kind == EvidenceKind::DocumentReview) {
        parts << e.title.trimmed() << e.documentNumber.trimmed()
              << (e.pages.trimmed().isEmpty() ? QString() : QStringLiteral("p. %1").arg(e.pages.trimmed()))
              << (e.chapter.trimmed().isEmpty() ? QString() : QStringLiteral("section %1").arg(e.chapter.trimmed()))
              << e.url.trimmed();
    } else {
        parts << (e.summary.isEmpty() ? e.title : e.summary).trimmed()
              << ExportText::dateText(e.testedOn)
              << (e.firmwareVersion.isEmpty() ? QString() : QStringLiteral("firmware %1").arg(e.firmwareVersion));
    }
    parts.removeAll(QString());
    if (parts.isEmpty())
        return e.kind == EvidenceKind::DeviceTest ? QStringLiteral("device test") : QStringLiteral("document review");
    return parts.join(QLatin1String(", "));
}

QList<CraEvidenceRef> evidenceRefs(const DeclarationSnapshot &snapshot, const EvidencePlan &plan, const QString &itemId)
{
    QList<CraEvidenceRef> refs;
    for (const Evidence &e : snapshot.evidence.value(itemId)) {
        if (e.supersededBy >= 0)
            continue;
        // A device test often has no title of its own: its summary, date and firmware name it.
        const QString reference = englishReference(e);
        CraEvidenceRef ref{e.id, e.title.isEmpty() ? reference : e.title, e.kind, reference, {}};
        for (const EvidenceFile &f : e.files)
            ref.files << CraFileRef{f.originalName, plan.pathOf(f.sha256), f.sha256, f.size};
        refs << ref;
    }
    return refs;
}

CraCoverage coverageOf(const CraRequirement &r)
{
    bool partly = false;
    for (const CraSupport &s : r.supports) {
        if (!s.supports())
            continue;
        const bool whole = s.relationship == markets::Relationship::Equivalent
                           || s.relationship == markets::Relationship::Superset;
        if (whole && r.gaps.isEmpty() && r.note.isEmpty())
            return CraCoverage::Covered;
        partly = true;
    }
    return partly ? CraCoverage::Partly : CraCoverage::NotCovered;
}

} // namespace

std::optional<CraReadiness> CraReadiness::of(const DeclarationSnapshot &snapshot, const CraRecord &record,
                                             const markets::MappingSet *mapping, QString *error)
{
    if (!mapping) {
        if (error)
            *error = tr("The mapping of ★1 to the CRA's Annex I (%1) is not available.").arg(QLatin1String(MappingSetId));
        return std::nullopt;
    }
    if (snapshot.declaration.criteriaSetId != mapping->sourceCriteriaId) {
        if (error)
            *error = tr("CRA readiness is worked out from a ★1 declaration under %1; this declaration uses %2.")
                         .arg(mapping->sourceCriteriaId, snapshot.declaration.criteriaSetId);
        return std::nullopt;
    }
    CraReadiness r;
    r.mappingSetId = mapping->id;
    r.mappingTitle = mapping->targetTitle;
    r.organisation = snapshot.organisation;
    r.product = snapshot.product;
    r.declaration = snapshot.declaration;
    r.record = record;
    const EvidencePlan plan = EvidencePlan::make(snapshot);
    for (const CraAnnexPoint &point : CraAnnex::points()) {
        CraRequirement req;
        req.point = point;
        for (const markets::TargetRequirement &t : mapping->targets) {
            if (CraAnnex::canonicalKey(t.id) != point.key)
                continue;
            req.inMapping = true;
            req.text = t.text;
            req.textIsQuote = t.textIsQuote;
            req.note = t.note;
            for (const markets::MappingEntry &m : mapping->entriesForTarget(t.id)) {
                const CriteriaItem *item = snapshot.criteria.item(m.sourceItemId);
                const Assessment *a = snapshot.assessmentOf(m.sourceItemId);
                req.supports << CraSupport{m.sourceItemId, item ? item->title : LocalizedText{}, m.relationship,
                                           m.provenance, m.rationale, a ? a->verdict : Verdict::NotAssessed,
                                           evidenceRefs(snapshot, plan, m.sourceItemId)};
            }
        }
        for (const GapDefinition &d : gapDefinitions) {
            if (point.key == QLatin1String(d.annexKey))
                req.gaps << makeGap(d, record);
        }
        req.coverage = coverageOf(req);
        r.requirements << req;
    }
    for (const GapDefinition &d : gapDefinitions) {
        if (!*d.annexKey)
            r.otherGaps << makeGap(d, record);
    }
    return r;
}

std::optional<CraReadiness> CraReadiness::read(const Workspace &workspace, qint64 declarationId, QString *error)
{
    const std::optional<DeclarationSnapshot> snapshot =
        workspace.snapshot(declarationId, Workspace::ContentCheck::Skip, error);
    if (!snapshot)
        return std::nullopt;
    const std::optional<CraRecord> record = workspace.craRecord(declarationId, error);
    if (!record)
        return std::nullopt;
    std::optional<CraReadiness> r =
        of(*snapshot, *record, markets::MappingLibrary::shipped().find(QLatin1String(MappingSetId)), error);
    if (r)
        r->declarationName = workspace.declarationName(declarationId);
    return r;
}

int CraReadiness::count(CraCoverage coverage) const
{
    return int(std::count_if(requirements.cbegin(), requirements.cend(),
                             [coverage](const CraRequirement &r) { return r.coverage == coverage; }));
}

QList<CraGap> CraReadiness::allGaps() const
{
    QList<CraGap> gaps;
    for (const CraRequirement &r : requirements)
        gaps << r.gaps;
    return gaps << otherGaps;
}

int CraReadiness::openGaps() const
{
    const QList<CraGap> gaps = allGaps();
    return int(std::count_if(gaps.cbegin(), gaps.cend(), [](const CraGap &g) { return !g.addressed; }));
}

QString CraReadiness::coverageKey(CraCoverage coverage)
{
    switch (coverage) {
    case CraCoverage::Covered: return QStringLiteral("covered");
    case CraCoverage::Partly: return QStringLiteral("partly");
    case CraCoverage::NotCovered: return QStringLiteral("not-covered");
    }
    return {};
}

QString CraReadiness::coverageName(CraCoverage coverage)
{
    switch (coverage) {
    case CraCoverage::Covered: return tr("Covered by ★1 evidence");
    case CraCoverage::Partly: return tr("Partly covered");
    case CraCoverage::NotCovered: return tr("Not covered by ★1");
    }
    return {};
}

QString CraReadiness::englishCoverageName(CraCoverage coverage)
{
    switch (coverage) {
    case CraCoverage::Covered: return QStringLiteral("Covered by ★1 evidence");
    case CraCoverage::Partly: return QStringLiteral("Partly covered");
    case CraCoverage::NotCovered: return QStringLiteral("Not covered by ★1");
    }
    return {};
}

QString CraReadiness::relationshipName(markets::Relationship relationship)
{
    switch (relationship) {
    case markets::Relationship::Equivalent: return tr("equivalent");
    case markets::Relationship::Subset: return tr("covers part (subset)");
    case markets::Relationship::Superset: return tr("covers more (superset)");
    case markets::Relationship::Intersects: return tr("overlaps (intersects)");
    }
    return {};
}

QString CraReadiness::coverageReason(const CraRequirement &r)
{
    if (r.supports.isEmpty())
        return r.inMapping ? tr("No ★1 item relates to this requirement.")
                           : tr("The mapping set does not list this point.");
    const int supporting = int(std::count_if(r.supports.cbegin(), r.supports.cend(),
                                             [](const CraSupport &s) { return s.supports(); }));
    if (supporting == 0)
        return tr("%n related ★1 item(s), none conforming with evidence yet.", nullptr, int(r.supports.size()));
    if (r.coverage == CraCoverage::Covered)
        return tr("%n of %1 related ★1 item(s) conforming with evidence, one of them covering the whole requirement.",
                  nullptr, supporting).arg(r.supports.size());
    if (!r.gaps.isEmpty() || !r.note.isEmpty())
        return tr("%n of %1 related ★1 item(s) conforming with evidence; the CRA asks more here than ★1 does.",
                  nullptr, supporting).arg(r.supports.size());
    return tr("%n of %1 related ★1 item(s) conforming with evidence, each covering only part of the requirement.",
              nullptr, supporting).arg(r.supports.size());
}

} // namespace hoshi
