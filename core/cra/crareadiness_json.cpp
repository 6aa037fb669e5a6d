// SPDX-License-Identifier: Apache-2.0
// CraReadiness as JSON: stable keys and English text, whatever the reader's language, so that
// scripts and the drafts read the same thing on every machine.
#include "crareadiness.h"

#include <QJsonArray>

namespace hoshi {

namespace {

QJsonObject fileJson(const CraFileRef &f)
{
    return {{QStringLiteral("name"), f.originalName},
            {QStringLiteral("archivePath"), f.archivePath},
            {QStringLiteral("sha256"), f.sha256},
            {QStringLiteral("size"), f.size}};
}

QJsonObject evidenceJson(const CraEvidenceRef &e)
{
    QJsonArray files;
    for (const CraFileRef &f : e.files)
        files.append(fileJson(f));
    return {{QStringLiteral("id"), e.evidenceId},
            {QStringLiteral("title"), e.title},
            {QStringLiteral("kind"), evidenceKindKey(e.kind)},
            {QStringLiteral("reference"), e.reference},
            {QStringLiteral("files"), files}};
}

QJsonObject supportJson(const CraSupport &s)
{
    QJsonArray evidence;
    for (const CraEvidenceRef &e : s.evidence)
        evidence.append(evidenceJson(e));
    return {{QStringLiteral("item"), s.itemId},
            {QStringLiteral("itemTitle"), s.itemTitle.en.isEmpty() ? s.itemTitle.ja : s.itemTitle.en},
            {QStringLiteral("relationship"), markets::relationshipKey(s.relationship)},
            {QStringLiteral("provenance"), markets::provenanceKey(s.provenance)},
            {QStringLiteral("rationale"), s.rationale},
            {QStringLiteral("verdict"), verdictKey(s.verdict)},
            {QStringLiteral("supports"), s.supports()},
            {QStringLiteral("evidence"), evidence}};
}

QJsonObject gapJson(const CraGap &g)
{
    QJsonObject o{{QStringLiteral("id"), g.id},
                  {QStringLiteral("title"), g.englishTitle},
                  {QStringLiteral("explanation"), g.englishExplanation},
                  {QStringLiteral("addressed"), g.addressed}};
    if (!g.annexKey.isEmpty())
        o.insert(QStringLiteral("annexPoint"), CraAnnex::point(g.annexKey)->label);
    if (!g.article.isEmpty())
        o.insert(QStringLiteral("article"), g.article);
    if (g.field)
        o.insert(QStringLiteral("field"), CraFields::key(*g.field));
    return o;
}

} // namespace

QJsonObject CraReadiness::toJson() const
{
    QJsonArray requirementsJson;
    for (const CraRequirement &r : requirements) {
        QJsonArray supportsJson;
        for (const CraSupport &s : r.supports)
            supportsJson.append(supportJson(s));
        QJsonArray gapsJson;
        for (const CraGap &g : r.gaps)
            gapsJson.append(gapJson(g));
        requirementsJson.append(QJsonObject{{QStringLiteral("point"), r.point.label},
                                            {QStringLiteral("key"), r.point.key},
                                            {QStringLiteral("title"), CraAnnex::englishTitle(r.point)},
                                            {QStringLiteral("part"), CraAnnex::isPartTwo(r.point) ? 2 : 1},
                                            {QStringLiteral("coverage"), coverageKey(r.coverage)},
                                            {QStringLiteral("inMapping"), r.inMapping},
                                            {QStringLiteral("note"), r.note},
                                            {QStringLiteral("supportedBy"), supportsJson},
                                            {QStringLiteral("notCoveredByStar1"), gapsJson}});
    }
    QJsonArray other;
    for (const CraGap &g : otherGaps)
        other.append(gapJson(g));
    return {{QStringLiteral("declaration"), declaration.id},
            {QStringLiteral("product"), product.name},
            {QStringLiteral("criteria"), declaration.criteriaSetId},
            {QStringLiteral("mappingSet"), mappingSetId},
            {QStringLiteral("summary"), QJsonObject{{QStringLiteral("covered"), count(CraCoverage::Covered)},
                                                    {QStringLiteral("partly"), count(CraCoverage::Partly)},
                                                    {QStringLiteral("notCovered"), count(CraCoverage::NotCovered)},
                                                    {QStringLiteral("openGaps"), openGaps()}}},
            {QStringLiteral("requirements"), requirementsJson},
            {QStringLiteral("beyondAnnexI"), other},
            {QStringLiteral("craFields"), record.toJson()}};
}

} // namespace hoshi
