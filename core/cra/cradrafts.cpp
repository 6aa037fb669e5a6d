// SPDX-License-Identifier: Apache-2.0
// The CRA drafts: JSON first, the PDF drawn from that same JSON, so the two never disagree.
#include "cradrafts.h"

#include "export/exporttext.h"

#include <QJsonArray>
#include <QSet>

namespace hoshi {

namespace {

const QString toComplete = QStringLiteral("[to be completed by the manufacturer]");
const QString regulation = QStringLiteral("Regulation (EU) 2024/2847 (Cyber Resilience Act)");

QJsonObject entry(const QString &label, const QString &value, bool manufacturerCompletes = false)
{
    return {{QStringLiteral("label"), label},
            {QStringLiteral("value"), value},
            {QStringLiteral("toComplete"), manufacturerCompletes || value.isEmpty()}};
}

QJsonObject section(const QString &number, const QString &heading, const QJsonArray &entries)
{
    return {{QStringLiteral("number"), number}, {QStringLiteral("heading"), heading}, {QStringLiteral("entries"), entries}};
}

QString manufacturerName(const Organisation &o)
{
    return o.nameEn.isEmpty() ? o.name : QStringLiteral("%1 (%2)").arg(o.nameEn, o.name);
}

QString productIdentification(const CraReadiness &r)
{
    return QStringLiteral("%1; model(s): %2; firmware: %3 %4")
        .arg(r.product.name, r.product.modelNumbers.join(QLatin1String(", ")), r.product.firmwareName,
             r.product.firmwareVersion);
}

QDate supportEnd(const CraReadiness &r)
{
    return r.record.supportPeriodEnd.isValid() ? r.record.supportPeriodEnd : r.product.supportUntil;
}

QString gapLine(const CraGap &g)
{
    return QStringLiteral("%1%2: %3 [%4]")
        .arg(g.englishTitle,
             g.annexKey.isEmpty() ? QStringLiteral(" (%1)").arg(g.article)
                                  : QStringLiteral(" (Annex I %1)").arg(CraAnnex::point(g.annexKey)->label),
             g.englishExplanation, g.addressed ? QStringLiteral("recorded in the CRA fields") : QStringLiteral("open"));
}

// Every evidence file the readiness names, once per requirement, item and file.
QJsonArray references(const CraReadiness &r)
{
    QJsonArray refs;
    for (const CraRequirement &req : r.requirements) {
        for (const CraSupport &s : req.supports) {
            for (const CraEvidenceRef &e : s.evidence) {
                for (const CraFileRef &f : e.files) {
                    if (f.archivePath.isEmpty())
                        continue;
                    refs.append(QJsonObject{{QStringLiteral("annexPoint"), req.point.label},
                                            {QStringLiteral("item"), s.itemId},
                                            {QStringLiteral("evidence"), e.evidenceId},
                                            {QStringLiteral("evidenceTitle"), e.title},
                                            {QStringLiteral("file"), f.originalName},
                                            {QStringLiteral("archivePath"), f.archivePath},
                                            {QStringLiteral("sha256"), f.sha256},
                                            {QStringLiteral("size"), f.size}});
                }
            }
        }
    }
    return refs;
}

// The device tests among the supporting evidence: the test reports of Annex VII (6).
QJsonArray testReports(const CraReadiness &r)
{
    QJsonArray entries;
    QSet<qint64> seen;
    for (const CraRequirement &req : r.requirements) {
        for (const CraSupport &s : req.supports) {
            for (const CraEvidenceRef &e : s.evidence) {
                if (e.kind != EvidenceKind::DeviceTest || seen.contains(e.evidenceId))
                    continue;
                seen.insert(e.evidenceId);
                QStringList files;
                for (const CraFileRef &f : e.files)
                    files << QStringLiteral("%1 (SHA-256 %2)").arg(f.archivePath.isEmpty() ? f.originalName : f.archivePath, f.sha256);
                entries.append(entry(QStringLiteral("%1 — %2").arg(s.itemId, e.title),
                                     files.isEmpty() ? e.reference : files.join(QLatin1String("; "))));
            }
        }
    }
    if (entries.isEmpty())
        entries.append(entry(QStringLiteral("Device tests"), QString()));
    return entries;
}

QJsonArray standardsEntries(const CraReadiness &r)
{
    QJsonArray entries;
    for (const QString &line : r.record.harmonisedStandards.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        entries.append(entry(QStringLiteral("Applied"), line));
    if (entries.isEmpty())
        entries.append(entry(QStringLiteral("Harmonised standards, common specifications or certification schemes applied"),
                             QString()));
    entries.append(entry(QStringLiteral("Note"),
                         QStringLiteral("JC-STAR ★1 (%1) is a Japanese labelling scheme, not a harmonised standard under "
                                        "the CRA. Where no harmonised standard was applied, the solutions adopted for each "
                                        "Annex I requirement are those listed under section 3 and must be described by the "
                                        "manufacturer.")
                             .arg(r.declaration.criteriaSetId),
                         true));
    return entries;
}

QJsonArray annexTable(const CraReadiness &r)
{
    QJsonArray rows;
    for (const CraRequirement &req : r.requirements) {
        QJsonArray supports;
        for (const CraSupport &s : req.supports) {
            supports.append(QJsonObject{{QStringLiteral("item"), s.itemId},
                                        {QStringLiteral("relationship"), markets::relationshipKey(s.relationship)},
                                        {QStringLiteral("verdict"), verdictKey(s.verdict)},
                                        {QStringLiteral("evidenceRecords"), int(s.evidence.size())}});
        }
        QJsonArray gaps;
        if (!req.note.isEmpty())
            gaps.append(req.note);
        for (const CraGap &g : req.gaps)
            gaps.append(g.englishTitle);
        rows.append(QJsonObject{{QStringLiteral("point"), req.point.label},
                                {QStringLiteral("title"), CraAnnex::englishTitle(req.point)},
                                {QStringLiteral("coverage"), CraReadiness::coverageKey(req.coverage)},
                                {QStringLiteral("supportedBy"), supports},
                                {QStringLiteral("notCoveredByStar1"), gaps}});
    }
    return rows;
}

} // namespace

QString CraDrafts::notice()
{
    return QStringLiteral("DRAFT prepared by Hoshi from a JC-STAR ★1 declaration, for the manufacturer to complete, "
                          "check and sign. Hoshi prepares; the manufacturer declares. This draft is not an EU declaration "
                          "of conformity, not technical documentation until the manufacturer completes it, and not "
                          "legal advice.");
}

QJsonObject CraDrafts::technicalDocumentationJson(const CraReadiness &r, const QDateTime &now)
{
    const CraRecord &c = r.record;
    const Product &p = r.product;
    QJsonArray sections;
    sections.append(section(QStringLiteral("1"), QStringLiteral("General description of the product with digital elements"),
                            {entry(QStringLiteral("Product"), productIdentification(r)),
                             entry(QStringLiteral("Intended purpose"), p.summary, true),
                             entry(QStringLiteral("Software versions affecting compliance"),
                                   QStringLiteral("%1 %2").arg(p.firmwareName, p.firmwareVersion).trimmed()),
                             entry(QStringLiteral("Photographs or illustrations of external features, marking and layout"),
                                   QString()),
                             entry(QStringLiteral("User information and instructions (Annex II)"), p.webPage, true)}));
    sections.append(section(QStringLiteral("2"), QStringLiteral("Design, development, production and vulnerability handling"),
                            {entry(QStringLiteral("(a) Design and development, including the system architecture"),
                                   p.configurationDiagram, true),
                             entry(QStringLiteral("(b) Software bill of materials"), c.sbomReference),
                             entry(QStringLiteral("(b) Coordinated vulnerability disclosure policy"),
                                   c.cvdPolicyUrl.isEmpty() ? p.vdpUrl : c.cvdPolicyUrl),
                             entry(QStringLiteral("(b) Contact address for reporting vulnerabilities"),
                                   c.singlePointOfContact.isEmpty() ? p.vulnerabilityContact : c.singlePointOfContact),
                             entry(QStringLiteral("(b) Secure distribution of updates"),
                                   QStringLiteral("See Annex I Part II (7) in section 3."), true),
                             entry(QStringLiteral("(c) Production and monitoring processes"), QString())}));
    sections.append(section(QStringLiteral("3"), QStringLiteral("Cybersecurity risk assessment"),
                            {entry(QStringLiteral("Risk assessment"), c.riskAssessment),
                             entry(QStringLiteral("How Annex I applies"),
                                   QStringLiteral("Each Annex I requirement with the ★1 items and evidence that support it "
                                                  "is listed below; the manufacturer states how each applies."),
                                   true)}));
    sections.append(section(QStringLiteral("4"), QStringLiteral("Support period"),
                            {entry(QStringLiteral("End of the support period"), ExportText::dateText(supportEnd(r))),
                             entry(QStringLiteral("Information taken into account"), c.supportPeriodJustification)}));
    sections.append(section(QStringLiteral("5"), QStringLiteral("Harmonised standards, common specifications and certification schemes"),
                            standardsEntries(r)));
    sections.append(section(QStringLiteral("6"), QStringLiteral("Reports of the tests carried out"), testReports(r)));
    sections.append(section(QStringLiteral("7"), QStringLiteral("EU declaration of conformity"),
                            {entry(QStringLiteral("Copy"), QStringLiteral("%1 (draft, to be signed)").arg(QLatin1String(DeclarationPdf)),
                                   true)}));
    sections.append(section(QStringLiteral("8"), QStringLiteral("Software bill of materials (on reasoned request)"),
                            {entry(QStringLiteral("SBOM"), c.sbomReference)}));
    QJsonArray gaps;
    for (const CraGap &g : r.allGaps())
        gaps.append(gapLine(g));
    return {{QStringLiteral("draft"), true},
            {QStringLiteral("document"), QStringLiteral("EU technical documentation (draft)")},
            {QStringLiteral("regulation"), QString(regulation + QStringLiteral(", Annex VII"))},
            {QStringLiteral("notice"), notice()},
            {QStringLiteral("generatedAt"), now.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("manufacturer"), QJsonObject{{QStringLiteral("name"), manufacturerName(r.organisation)},
                                                         {QStringLiteral("address"), r.organisation.address}}},
            {QStringLiteral("product"), productIdentification(r)},
            {QStringLiteral("jcstar"), QJsonObject{{QStringLiteral("criteria"), r.declaration.criteriaSetId},
                                                   {QStringLiteral("declaration"), r.declaration.id},
                                                   {QStringLiteral("registrationNumber"), r.declaration.registrationNumber},
                                                   {QStringLiteral("labelValidUntil"), ExportText::dateText(r.declaration.validUntil)}}},
            {QStringLiteral("evidenceArchive"),
             QStringLiteral("References point into the evidence archive (a BagIt bag in a ZIP) exported from this "
                            "declaration: paths are relative to the bag root, each with the SHA-256 of its content "
                            "(check with sha256sum -c manifest-sha256.txt or hoshi-cli verify).")},
            {QStringLiteral("sections"), sections},
            {QStringLiteral("annexI"), annexTable(r)},
            {QStringLiteral("references"), references(r)},
            {QStringLiteral("notCoveredByStar1"), gaps}};
}

QJsonObject CraDrafts::declarationJson(const CraReadiness &r, const QDateTime &now)
{
    const CraRecord &c = r.record;
    QString procedure;
    if (!c.conformityModule.isEmpty())
        procedure = CraFields::englishModuleName(c.conformityModule)
                    + (c.notifiedBody.isEmpty() ? QString() : QStringLiteral("; notified body: %1").arg(c.notifiedBody));
    QJsonArray fields;
    const auto field = [&fields](int number, const QString &heading, const QString &value, bool complete = false) {
        fields.append(QJsonObject{{QStringLiteral("number"), number},
                                  {QStringLiteral("heading"), heading},
                                  {QStringLiteral("value"), value},
                                  {QStringLiteral("toComplete"), complete || value.isEmpty()}});
    };
    field(1, QStringLiteral("Name, type and any additional information enabling the unique identification of the product"),
          productIdentification(r));
    field(2, QStringLiteral("Name and address of the manufacturer or its authorised representative"),
          QStringLiteral("%1, %2").arg(manufacturerName(r.organisation), r.organisation.address), true);
    field(3, QStringLiteral("Statement of sole responsibility"),
          QStringLiteral("This EU declaration of conformity is issued under the sole responsibility of the manufacturer."));
    field(4, QStringLiteral("Object of the declaration (identification allowing traceability)"),
          QStringLiteral("%1, firmware %2").arg(r.product.name, r.product.firmwareVersion), true);
    field(5, QStringLiteral("Conformity statement"),
          QStringLiteral("The object of the declaration described above is in conformity with %1 and with the other "
                         "relevant Union harmonisation legislation [to be listed by the manufacturer].")
              .arg(regulation),
          true);
    field(6, QStringLiteral("References to harmonised standards, common specifications or certification used"),
          QString(c.harmonisedStandards).replace(QLatin1Char('\n'), QLatin1String("; ")));
    field(7, QStringLiteral("Notified body, conformity assessment procedure and certificate (where applicable)"), procedure,
          CraFields::moduleNeedsNotifiedBody(c.conformityModule));
    field(8, QStringLiteral("Additional information; signed for and on behalf of (place and date of issue, name, function, signature)"),
          QStringLiteral("Support period until %1.").arg(ExportText::dateText(supportEnd(r)).isEmpty() ? toComplete : ExportText::dateText(supportEnd(r))),
          true);
    return {{QStringLiteral("draft"), true},
            {QStringLiteral("document"), QStringLiteral("EU declaration of conformity (draft)")},
            {QStringLiteral("regulation"), QString(regulation + QStringLiteral(", Annex V"))},
            {QStringLiteral("notice"), notice()},
            {QStringLiteral("generatedAt"), now.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("fields"), fields}};
}

} // namespace hoshi
