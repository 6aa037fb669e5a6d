// SPDX-License-Identifier: Apache-2.0
#include "declarationjson.h"

#include "criteria/criterialoader.h"
#include "evidenceplan.h"
#include "exporttext.h"
#include "review/signoffrecord.h"
#include "util/strictjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace hoshi {

namespace {

QString date(const QDate &d)
{
    return ExportText::dateText(d);
}

QString stamp(const QDateTime &t)
{
    return ExportText::dateTimeText(t);
}

QDate toDate(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QDateTime toStamp(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODate);
}

// Evaluation points (criteria format 2): written only for items that have points, so the
// bytes of declarations against format-1 sets do not change.
void writePointData(QJsonObject &o, const DeclarationSnapshot &s, const CriteriaItem &item)
{
    if (item.points.isEmpty())
        return;
    o.insert(QStringLiteral("chosenPoints"), QJsonArray::fromStringList(s.chosenPoints.value(item.id)));
    QJsonObject links;
    const QHash<qint64, QStringList> byEvidence = s.evidencePoints.value(item.id);
    for (auto it = byEvidence.begin(); it != byEvidence.end(); ++it)
        links.insert(QString::number(it.key()), QJsonArray::fromStringList(it.value()));
    o.insert(QStringLiteral("evidencePoints"), links);
}

void readPointData(const QJsonObject &i, const QString &itemId, DeclarationSnapshot &s)
{
    QStringList chosen;
    for (const QJsonValue &v : i.value(QStringLiteral("chosenPoints")).toArray())
        chosen << v.toString();
    if (!chosen.isEmpty())
        s.chosenPoints.insert(itemId, chosen);
    const QJsonObject links = i.value(QStringLiteral("evidencePoints")).toObject();
    for (auto it = links.begin(); it != links.end(); ++it) {
        QStringList points;
        for (const QJsonValue &v : it.value().toArray())
            points << v.toString();
        s.evidencePoints[itemId].insert(it.key().toLongLong(), points);
    }
}

// Optional keys are written only when set, so that a declaration without them keeps the
// fingerprint its approvals recorded (DeclarationFingerprint).
void insertIfSet(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.trimmed().isEmpty())
        o.insert(QLatin1String(key), value);
}

// Shelf life and the captured tool: the dates and provenance an auditor weighs a record by.
// "reviewDue" is derived (own review date or the workspace's default); it is not content.
void insertShelfLife(QJsonObject &o, const Evidence &e, const ReviewPeriods &periods)
{
    insertIfSet(o, "effectiveOn", date(e.effectiveOn));
    insertIfSet(o, "reviewBy", date(e.reviewBy));
    insertIfSet(o, "reviewDue", date(ShelfLife::reviewDate(e, periods)));
    insertIfSet(o, "tool", e.tool);
    insertIfSet(o, "toolVersion", e.toolVersion);
    insertIfSet(o, "target", e.target);
    insertIfSet(o, "firmwareImageSha256", e.firmwareImageSha256);
}

QJsonObject evidenceJson(const Evidence &e, const ReviewPeriods &periods)
{
    QJsonObject o{{QStringLiteral("id"), e.id}, {QStringLiteral("kind"), evidenceKindKey(e.kind)},
                  {QStringLiteral("updatedAt"), stamp(e.updatedAt)}, {QStringLiteral("reference"), ExportText::evidenceLine(e)}};
    if (e.kind == EvidenceKind::DocumentReview) {
        o.insert(QStringLiteral("title"), e.title);
        o.insert(QStringLiteral("documentNumber"), e.documentNumber);
        o.insert(QStringLiteral("pages"), e.pages);
        o.insert(QStringLiteral("chapter"), e.chapter);
        o.insert(QStringLiteral("url"), e.url);
        o.insert(QStringLiteral("excerpt"), e.excerpt);
    } else {
        o.insert(QStringLiteral("title"), e.title);
        o.insert(QStringLiteral("procedure"), e.procedure);
        o.insert(QStringLiteral("summary"), e.summary);
        o.insert(QStringLiteral("testedOn"), date(e.testedOn));
        o.insert(QStringLiteral("tester"), e.tester);
        o.insert(QStringLiteral("firmwareVersion"), e.firmwareVersion);
        o.insert(QStringLiteral("environment"), e.environment);
    }
    insertShelfLife(o, e, periods);
    return o;
}

} // namespace

QJsonObject DeclarationJson::organisationJson(const Organisation &o)
{
    return {{QStringLiteral("id"), o.id},
            {QStringLiteral("name"), o.name},
            {QStringLiteral("nameEn"), o.nameEn},
            {QStringLiteral("corporateNumber"), o.corporateNumber},
            {QStringLiteral("address"), o.address},
            {QStringLiteral("contactName"), o.contactName},
            {QStringLiteral("contactEmail"), o.contactEmail},
            {QStringLiteral("website"), o.website}};
}

QJsonObject DeclarationJson::productJson(const Product &p)
{
    QJsonObject o{{QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("modelNumbers"), QJsonArray::fromStringList(p.modelNumbers)},
            {QStringLiteral("category"), p.category},
            {QStringLiteral("firmwareName"), p.firmwareName},
            {QStringLiteral("firmwareVersion"), p.firmwareVersion},
            {QStringLiteral("versionNotice"), p.versionNotice},
            {QStringLiteral("supportUntil"), date(p.supportUntil)},
            {QStringLiteral("summary"), p.summary},
            {QStringLiteral("webPage"), p.webPage},
            {QStringLiteral("configurationDiagram"), p.configurationDiagram},
            {QStringLiteral("productContact"), p.productContact},
            {QStringLiteral("vulnerabilityContact"), p.vulnerabilityContact},
            {QStringLiteral("vdpUrl"), p.vdpUrl},
            {QStringLiteral("technicalConformityNumber"), p.technicalConformityNumber},
            {QStringLiteral("otherCertifications"), p.otherCertifications},
            {QStringLiteral("otherSecurityInfo"), p.otherSecurityInfo}};
    insertIfSet(o, "firmwareImageSha256", p.firmwareImageSha256);
    return o;
}

QJsonObject DeclarationJson::declarationJson(const Declaration &d)
{
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("criteriaSetId"), d.criteriaSetId},
            {QStringLiteral("route"), routeKey(d.route)},
            {QStringLiteral("state"), stateKey(d.state)},
            {QStringLiteral("evaluationCompletedOn"), date(d.evaluationCompletedOn)},
            {QStringLiteral("pstiStatement"), d.pstiStatement},
            {QStringLiteral("registrationNumber"), d.registrationNumber},
            {QStringLiteral("issuedOn"), date(d.issuedOn)},
            {QStringLiteral("validUntil"), date(d.validUntil)},
            {QStringLiteral("labelStatus"), labelStatusKey(d.labelStatus)},
            {QStringLiteral("createdAt"), stamp(d.createdAt)}};
}

QJsonObject DeclarationJson::applicationData(const DeclarationSnapshot &s)
{
    const CriteriaSet &c = s.criteria;
    return {{QStringLiteral("format"), QStringLiteral("hoshi-application-data")},
            {QStringLiteral("formatVersion"), FormatVersion},
            {QStringLiteral("manufacturer"), organisationJson(s.organisation)},
            {QStringLiteral("product"), productJson(s.product)},
            {QStringLiteral("declaration"), declarationJson(s.declaration)},
            {QStringLiteral("criteria"),
             QJsonObject{{QStringLiteral("id"), c.id},
                         {QStringLiteral("version"), c.version},
                         {QStringLiteral("level"), c.level},
                         {QStringLiteral("title"), c.title.toJson()},
                         {QStringLiteral("assessment"), c.assessment == AssessmentKind::ThirdParty
                                                            ? QStringLiteral("third-party")
                                                            : QStringLiteral("self-declaration")}}},
            {QStringLiteral("pstiMutualRecognition"), s.declaration.route == Route::Psti},
            {QStringLiteral("review"), SignOffRecord::toJson(s.review)}};
}

QJsonObject DeclarationJson::toJson(const DeclarationSnapshot &s, const EvidencePlan &plan, Parts parts)
{
    QJsonArray items;
    for (const CriteriaItem &item : s.criteria.items) {
        const Assessment *a = s.assessmentOf(item.id);
        QList<qint64> ids;
        for (const Evidence &e : s.evidence.value(item.id))
            ids.append(e.id);
        std::sort(ids.begin(), ids.end());
        QJsonArray evidenceIds;
        for (qint64 id : std::as_const(ids))
            evidenceIds.append(id);
        QJsonObject itemJson{{QStringLiteral("itemId"), item.id},
                                 {QStringLiteral("verdict"), verdictKey(a ? a->verdict : Verdict::NotAssessed)},
                                 {QStringLiteral("justification"), a ? a->justification : QString()},
                                 {QStringLiteral("notes"), a ? a->notes : QString()},
                                 {QStringLiteral("vendorScope"), item.scope == ItemScope::Vendor},
                                 {QStringLiteral("exemptOnRoute"), item.pstiExempt && s.declaration.route == Route::Psti},
                                 {QStringLiteral("updatedAt"), a ? stamp(a->updatedAt) : QString()},
                                 {QStringLiteral("evidence"), evidenceIds}};
        writePointData(itemJson, s, item);
        items.append(itemJson);
    }

    // Every evidence record once, with the items it backs in this declaration.
    QMap<qint64, QPair<const Evidence *, QStringList>> records;
    for (const CriteriaItem &item : s.criteria.items) {
        const auto list = s.evidence.constFind(item.id);
        if (list == s.evidence.constEnd())
            continue;
        for (const Evidence &e : *list) { // by reference: the pointers below must stay valid
            auto &record = records[e.id];
            record.first = &e;
            record.second.append(item.id);
        }
    }
    QJsonArray evidence;
    for (auto it = records.cbegin(); it != records.cend(); ++it) {
        const Evidence &e = *it->first;
        QJsonObject o = evidenceJson(e, s.reviewPeriods);
        o.insert(QStringLiteral("items"), QJsonArray::fromStringList(it->second));
        QList<const EvidenceFile *> files;
        for (const EvidenceFile &f : e.files)
            files.append(&f);
        std::sort(files.begin(), files.end(), [](const EvidenceFile *a, const EvidenceFile *b) { return a->id < b->id; });
        QJsonArray fileArray;
        for (const EvidenceFile *f : std::as_const(files))
            fileArray.append(QJsonObject{{QStringLiteral("id"), f->id},
                                         {QStringLiteral("sha256"), f->sha256},
                                         {QStringLiteral("originalName"), f->originalName},
                                         {QStringLiteral("mediaType"), f->mediaType},
                                         {QStringLiteral("size"), f->size},
                                         {QStringLiteral("addedAt"), stamp(f->addedAt)},
                                         {QStringLiteral("path"), plan.pathOf(f->sha256)}});
        o.insert(QStringLiteral("files"), fileArray);
        evidence.append(o);
    }

    const bool whole = parts == Parts::Whole;
    const QJsonDocument criteriaDoc = whole ? QJsonDocument::fromJson(s.criteria.json) : QJsonDocument();
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("hoshi-declaration")},
                     {QStringLiteral("formatVersion"), FormatVersion},
                     {QStringLiteral("software"), QStringLiteral("Hoshi %1").arg(QStringLiteral(HOSHI_VERSION))},
                     {QStringLiteral("organisation"), organisationJson(s.organisation)},
                     {QStringLiteral("product"), productJson(s.product)},
                     {QStringLiteral("declaration"), declarationJson(s.declaration)},
                     {QStringLiteral("items"), items},
                     {QStringLiteral("evidence"), evidence}};
    if (whole)
        root.insert(QStringLiteral("criteriaSet"), criteriaDoc.isObject() ? criteriaDoc.object() : QJsonObject());
    // Hoshi's own metadata: which revision of its data file for the official set was used, and
    // the official evaluation points laid over it (so the archive is complete on its own).
    root.insert(QStringLiteral("criteriaDataRevision"), s.criteria.dataRevision);
    if (s.pointOverlay && whole)
        root.insert(QStringLiteral("pointOverlay"), s.pointOverlay->toJson());
    return root;
}

QByteArray DeclarationJson::toBytes(const DeclarationSnapshot &s, const EvidencePlan &plan)
{
    return QJsonDocument(toJson(s, plan)).toJson(QJsonDocument::Indented);
}

namespace {

Organisation readOrganisation(const QJsonObject &o)
{
    Organisation organisation;
    organisation.id = o.value(QStringLiteral("id")).toInteger(-1);
    organisation.name = o.value(QStringLiteral("name")).toString();
    organisation.nameEn = o.value(QStringLiteral("nameEn")).toString();
    organisation.corporateNumber = o.value(QStringLiteral("corporateNumber")).toString();
    organisation.address = o.value(QStringLiteral("address")).toString();
    organisation.contactName = o.value(QStringLiteral("contactName")).toString();
    organisation.contactEmail = o.value(QStringLiteral("contactEmail")).toString();
    organisation.website = o.value(QStringLiteral("website")).toString();
    return organisation;
}

Product readProduct(const QJsonObject &p, qint64 organisationId)
{
    Product product;
    product.id = p.value(QStringLiteral("id")).toInteger(-1);
    product.organisationId = organisationId;
    product.name = p.value(QStringLiteral("name")).toString();
    for (const QJsonValue &m : p.value(QStringLiteral("modelNumbers")).toArray())
        product.modelNumbers << m.toString();
    product.category = p.value(QStringLiteral("category")).toString();
    product.firmwareName = p.value(QStringLiteral("firmwareName")).toString();
    product.firmwareVersion = p.value(QStringLiteral("firmwareVersion")).toString();
    product.firmwareImageSha256 = p.value(QStringLiteral("firmwareImageSha256")).toString();
    product.versionNotice = p.value(QStringLiteral("versionNotice")).toString();
    product.supportUntil = toDate(p.value(QStringLiteral("supportUntil")));
    product.summary = p.value(QStringLiteral("summary")).toString();
    product.webPage = p.value(QStringLiteral("webPage")).toString();
    product.configurationDiagram = p.value(QStringLiteral("configurationDiagram")).toString();
    product.productContact = p.value(QStringLiteral("productContact")).toString();
    product.vulnerabilityContact = p.value(QStringLiteral("vulnerabilityContact")).toString();
    product.vdpUrl = p.value(QStringLiteral("vdpUrl")).toString();
    product.technicalConformityNumber = p.value(QStringLiteral("technicalConformityNumber")).toString();
    product.otherCertifications = p.value(QStringLiteral("otherCertifications")).toString();
    product.otherSecurityInfo = p.value(QStringLiteral("otherSecurityInfo")).toString();
    return product;
}

Declaration readDeclaration(const QJsonObject &d, qint64 productId)
{
    Declaration declaration;
    declaration.id = d.value(QStringLiteral("id")).toInteger(-1);
    declaration.productId = productId;
    declaration.criteriaSetId = d.value(QStringLiteral("criteriaSetId")).toString();
    declaration.route = routeFromKey(d.value(QStringLiteral("route")).toString()).value_or(Route::Standard);
    declaration.state = stateFromKey(d.value(QStringLiteral("state")).toString());
    declaration.evaluationCompletedOn = toDate(d.value(QStringLiteral("evaluationCompletedOn")));
    declaration.pstiStatement = d.value(QStringLiteral("pstiStatement")).toString();
    declaration.registrationNumber = d.value(QStringLiteral("registrationNumber")).toString();
    declaration.issuedOn = toDate(d.value(QStringLiteral("issuedOn")));
    declaration.validUntil = toDate(d.value(QStringLiteral("validUntil")));
    declaration.labelStatus = labelStatusFromKey(d.value(QStringLiteral("labelStatus")).toString());
    declaration.createdAt = toStamp(d.value(QStringLiteral("createdAt")));
    return declaration;
}

// One evidence record with its files; each file's path in the bag goes to filePaths.
Evidence readEvidence(const QJsonObject &e, qint64 organisationId, QHash<qint64, QString> *filePaths)
{
    Evidence ev;
    ev.id = e.value(QStringLiteral("id")).toInteger(-1);
    ev.organisationId = organisationId;
    ev.kind = evidenceKindFromKey(e.value(QStringLiteral("kind")).toString()).value_or(EvidenceKind::DocumentReview);
    ev.title = e.value(QStringLiteral("title")).toString();
    ev.documentNumber = e.value(QStringLiteral("documentNumber")).toString();
    ev.pages = e.value(QStringLiteral("pages")).toString();
    ev.chapter = e.value(QStringLiteral("chapter")).toString();
    ev.url = e.value(QStringLiteral("url")).toString();
    ev.excerpt = e.value(QStringLiteral("excerpt")).toString();
    ev.procedure = e.value(QStringLiteral("procedure")).toString();
    ev.summary = e.value(QStringLiteral("summary")).toString();
    ev.testedOn = toDate(e.value(QStringLiteral("testedOn")));
    ev.tester = e.value(QStringLiteral("tester")).toString();
    ev.firmwareVersion = e.value(QStringLiteral("firmwareVersion")).toString();
    ev.environment = e.value(QStringLiteral("environment")).toString();
    ev.effectiveOn = toDate(e.value(QStringLiteral("effectiveOn")));
    ev.reviewBy = toDate(e.value(QStringLiteral("reviewBy")));
    ev.tool = e.value(QStringLiteral("tool")).toString();
    ev.toolVersion = e.value(QStringLiteral("toolVersion")).toString();
    ev.target = e.value(QStringLiteral("target")).toString();
    ev.firmwareImageSha256 = e.value(QStringLiteral("firmwareImageSha256")).toString();
    ev.updatedAt = toStamp(e.value(QStringLiteral("updatedAt")));
    for (const QJsonValue &fv : e.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = fv.toObject();
        EvidenceFile file;
        file.id = f.value(QStringLiteral("id")).toInteger(-1);
        file.evidenceId = ev.id;
        file.sha256 = f.value(QStringLiteral("sha256")).toString();
        file.originalName = f.value(QStringLiteral("originalName")).toString();
        file.mediaType = f.value(QStringLiteral("mediaType")).toString();
        file.size = f.value(QStringLiteral("size")).toInteger();
        file.addedAt = toStamp(f.value(QStringLiteral("addedAt")));
        ev.files.append(file);
        filePaths->insert(file.id, f.value(QStringLiteral("path")).toString());
    }
    for (const QJsonValue &item : e.value(QStringLiteral("items")).toArray())
        ev.itemIds << item.toString();
    return ev;
}

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

std::nullopt_t refuse(QString *error, const QString &message)
{
    setError(error, message);
    return std::nullopt;
}

// The assessments, each with its evidence (which must be in the file) and evaluation points.
bool readItems(const QJsonArray &items, const QHash<qint64, Evidence> &evidenceById, DeclarationSnapshot &s,
               QString *error)
{
    for (const QJsonValue &value : items) {
        const QJsonObject i = value.toObject();
        Assessment a;
        a.itemId = i.value(QStringLiteral("itemId")).toString();
        a.verdict = verdictFromKey(i.value(QStringLiteral("verdict")).toString()).value_or(Verdict::NotAssessed);
        a.justification = i.value(QStringLiteral("justification")).toString();
        a.notes = i.value(QStringLiteral("notes")).toString();
        a.vendorScope = i.value(QStringLiteral("vendorScope")).toBool();
        a.updatedAt = toStamp(i.value(QStringLiteral("updatedAt")));
        if (!s.criteria.item(a.itemId))
            return setError(error, DeclarationJson::tr("declaration.json assesses the item %1, which its criteria set does not have.").arg(a.itemId));
        s.assessments.append(a);
        readPointData(i, a.itemId, s);
        for (const QJsonValue &id : i.value(QStringLiteral("evidence")).toArray()) {
            const auto it = evidenceById.constFind(id.toInteger(-1));
            if (it == evidenceById.constEnd())
                return setError(error, DeclarationJson::tr("declaration.json refers to evidence %1, which it does not contain.").arg(id.toInteger(-1)));
            s.evidence[a.itemId].append(*it);
        }
    }
    return true;
}

// The document's format and version, and its criteria set (which must load on its own).
std::optional<CriteriaSet> readHeader(const QJsonDocument &doc, const QString &parseProblem, QString *error)
{
    if (!doc.isObject())
        return refuse(error, DeclarationJson::tr("declaration.json is not valid JSON: %1")
                                 .arg(parseProblem.isEmpty() ? DeclarationJson::tr("not an object") : parseProblem));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("hoshi-declaration"))
        return refuse(error, DeclarationJson::tr("declaration.json is not a Hoshi declaration."));
    if (root.value(QStringLiteral("formatVersion")).toInt() > DeclarationJson::FormatVersion)
        return refuse(error, DeclarationJson::tr("declaration.json was written by a newer Hoshi (format %1).")
                                   .arg(root.value(QStringLiteral("formatVersion")).toInt()));
    const CriteriaLoadResult loaded =
        CriteriaLoader::loadData(QJsonDocument(root.value(QStringLiteral("criteriaSet")).toObject()).toJson(),
                                 QStringLiteral("declaration.json"));
    if (!loaded.set) {
        QStringList problems;
        for (const CriteriaProblem &p : loaded.problems)
            problems << p.toString();
        return refuse(error, DeclarationJson::tr("The criteria set in declaration.json can not be read: %1").arg(problems.join(QLatin1String("; "))));
    }
    return *loaded.set;
}

} // namespace

std::optional<ArchivedDeclaration> DeclarationJson::fromBytes(const QByteArray &json, QString *error)
{
    QString parseProblem;
    const QJsonDocument doc = readStrictJson(json, &parseProblem).value_or(QJsonDocument());
    std::optional<CriteriaSet> criteria = readHeader(doc, parseProblem, error);
    if (!criteria)
        return std::nullopt;
    const QJsonObject root = doc.object();
    ArchivedDeclaration result;
    DeclarationSnapshot &s = result.snapshot;
    s.criteria = std::move(*criteria);
    if (root.contains(QStringLiteral("pointOverlay"))) {
        QString problem;
        s.pointOverlay = PointOverlay::fromJson(root.value(QStringLiteral("pointOverlay")).toObject(), &problem);
        if (!s.pointOverlay || !s.pointOverlay->fitsSet(s.criteria, &problem)) {
            setError(error, DeclarationJson::tr("The official evaluation points in declaration.json can not be read: %1")
                                .arg(problem));
            return std::nullopt;
        }
        s.criteria = s.pointOverlay->applyTo(s.criteria);
    }
    result.softwareVersion = root.value(QStringLiteral("software")).toString();
    s.organisation = readOrganisation(root.value(QStringLiteral("organisation")).toObject());
    s.product = readProduct(root.value(QStringLiteral("product")).toObject(), s.organisation.id);
    s.declaration = readDeclaration(root.value(QStringLiteral("declaration")).toObject(), s.product.id);
    s.declaration.criteriaDataRevision = s.criteria.dataRevision;

    QHash<qint64, Evidence> evidenceById;
    for (const QJsonValue &value : root.value(QStringLiteral("evidence")).toArray()) {
        const Evidence ev = readEvidence(value.toObject(), s.organisation.id, &result.filePaths);
        evidenceById.insert(ev.id, ev);
    }
    if (!readItems(root.value(QStringLiteral("items")).toArray(), evidenceById, s, error))
        return std::nullopt;
    return result;
}

} // namespace hoshi
