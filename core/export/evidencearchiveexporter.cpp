// SPDX-License-Identifier: Apache-2.0
#include "evidencearchiveexporter.h"
#include "stalepartials.h"

#include "review/signoffrecord.h"

#include "archive/directfile.h"
#include "archive/zipwriter.h"
#include "bagit.h"
#include "checklisttable.h"
#include "cmssigner.h"
#include "declarationjson.h"
#include "evidenceplan.h"
#include "exportpdf.h"
#include "exporttext.h"
#include "parallelhasher.h"
#include "subsetexport.h"
#include "util/hashstream.h"
#include "util/errors.h"
#include "tablewriter.h"
#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>


#include <algorithm>
#include <map>

namespace hoshi {

namespace {

// Everything written into the bag, in memory or streamed, with its two digests.
struct Written {
    QString sha256;
    QString sha512;
    qint64 size = 0;
};

class BagBuilder
{
public:
    BagBuilder(ZipWriter &zip, QString bagName, QDateTime stamp)
        : m_zip(zip), m_bag(std::move(bagName)), m_stamp(std::move(stamp))
    {
    }

    bool addTag(const QString &path, const QByteArray &data, QString *error)
    {
        if (!add(path, data, error))
            return false;
        m_tags[path] = digest(data);
        return true;
    }
    bool addPayload(const QString &path, const QByteArray &data, ZipWriter::Compression compression, QString *error)
    {
        if (!add(path, data, error, compression))
            return false;
        m_payload[path] = digest(data);
        return true;
    }
    void recordPayload(const QString &path, const Written &w) { m_payload[path] = w; }
    [[nodiscard]] QString entry(const QString &path) const { return m_bag + QLatin1Char('/') + path; }

    [[nodiscard]] QByteArray manifest(bool sha512, bool tags) const
    {
        QByteArray out;
        const auto &files = tags ? m_tags : m_payload;
        for (auto it = files.cbegin(); it != files.cend(); ++it) // std::map: sorted by path
            out += BagIt::manifestLine(sha512 ? it->second.sha512 : it->second.sha256, it->first);
        return out;
    }
    [[nodiscard]] qint64 payloadBytes() const
    {
        qint64 total = 0;
        for (const auto &[path, w] : m_payload)
            total += w.size;
        return total;
    }
    [[nodiscard]] qint64 payloadCount() const { return qint64(m_payload.size()); }
    [[nodiscard]] QDateTime stamp() const { return m_stamp; }
    [[nodiscard]] QString name() const { return m_bag; }

private:
    static Written digest(const QByteArray &data)
    {
        return {HashStream::hexOf(data, HashStream::Algorithm::Sha256), HashStream::hexOf(data, HashStream::Algorithm::Sha512),
                data.size()};
    }
    bool add(const QString &path, const QByteArray &data, QString *error,
             ZipWriter::Compression compression = ZipWriter::Compression::Deflate)
    {
        return m_zip.addFile(entry(path), data, m_stamp, data.isEmpty() ? ZipWriter::Compression::Store : compression,
                             error);
    }

    ZipWriter &m_zip;
    QString m_bag;
    QDateTime m_stamp;
    std::map<QString, Written> m_payload;
    std::map<QString, Written> m_tags;
};

// Streams one stored evidence file into the archive: one pass over the workspace content while
// ParallelHasher computes SHA-256 and SHA-512 on other threads. The digests are collected after
// the last file (ParallelHasher::take()), so this thread never waits for them between files.
bool streamEvidence(const Workspace &workspace, const PlannedFile &file, ZipWriter &zip, const QString &entry,
                    ParallelHasher &hasher, const std::function<bool(qint64)> &advance, Written *written,
                    QString *error)
{
    bool begun = false;
    qint64 size = 0;
    QString sinkError;
    const bool streamed = workspace.forEachChunk(file.sha256, [&](const QByteArray &chunk) {
        if (!begun) {
            // The first chunk decides between store and deflate for unknown media types.
            const ZipWriter::Compression compression = ZipWriter::compressionFor(file.mediaType, file.size, chunk);
            if (!zip.beginEntry(entry, file.size, file.addedAt, compression, &sinkError))
                return false;
            begun = true;
        }
        hasher.addData(chunk);
        size += chunk.size();
        if (!zip.writeData(chunk, &sinkError))
            return false;
        if (!advance(chunk.size())) {
            sinkError = EvidenceArchiveExporter::tr("The export was cancelled.");
            return false;
        }
        return true;
    }, error);
    hasher.finishLater();
    if (!streamed) {
        if (!sinkError.isEmpty() && error)
            setError(error, sinkError);
        return false;
    }
    if (!begun && !zip.beginEntry(entry, 0, file.addedAt, ZipWriter::Compression::Store, error))
        return false;
    if (size != file.size) {
        if (error)
            *error = EvidenceArchiveExporter::tr("The stored content of \"%1\" has %2 bytes instead of %3. The workspace is damaged; nothing "
                        "was exported.")
                         .arg(file.originalName)
                         .arg(size)
                         .arg(file.size);
        return false;
    }
    if (!zip.finishEntry(error))
        return false;
    *written = {QString(), QString(), size};
    return true;
}

bool syncAndClose(DirectFile &file, QString *error)
{
    if (!file.commit()) {
        if (error)
            *error = EvidenceArchiveExporter::tr("Can not write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

using Options = EvidenceArchiveExporter::Options;
using C = ZipWriter::Compression;

QString bagNameFor(const QFileInfo &target)
{
    QString bagName = target.completeBaseName();
    if (bagName.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        bagName.chop(4);
    return ExportText::asciiSlug(bagName, 100, QStringLiteral("evidence"));
}

// bagit.txt and the payload documents, all deterministic (see DeclarationJson and ChecklistTable).
// A subset (evidence-request response) carries no checklist.
bool writeDocuments(BagBuilder &bag, const DeclarationSnapshot &snapshot, const DeclarationSnapshot &content,
                    const EvidencePlan &plan, bool subset, const QByteArray &checklistPdf, QString *error)
{
    return bag.addTag(QStringLiteral("bagit.txt"), BagIt::bagitTxt(), error)
        && bag.addPayload(QStringLiteral("data/declaration.json"), DeclarationJson::toBytes(content, plan), C::Deflate,
                          error)
        && (subset || bag.addPayload(QStringLiteral("data/checklist.pdf"), checklistPdf, C::Store, error))
        && (subset || bag.addPayload(QStringLiteral("data/checklist.csv"), ChecklistTable::csv(snapshot), C::Deflate, error))
        && bag.addPayload(QStringLiteral("data/evidence-index.csv"), EvidenceArchiveExporter::evidenceIndex(content),
                          C::Deflate, error);
}

// Every evidence file streamed once; its SHA-256 must be the one recorded at import: anything
// else means the workspace content was damaged, and the archive must not be finished.
bool writeEvidence(const Workspace &workspace, const EvidencePlan &plan, ZipWriter &zip, BagBuilder &bag,
                   const std::function<bool(qint64)> &advance, QString *error)
{
    ParallelHasher hasher;
    QList<Written> streamed;
    streamed.reserve(plan.files().size());
    for (const PlannedFile &f : plan.files()) {
        Written written;
        if (!streamEvidence(workspace, f, zip, bag.entry(f.path), hasher, advance, &written, error))
            return false;
        streamed.append(written);
    }
    const ParallelHasher::Results digests = hasher.take();
    Q_ASSERT(digests.sha256.size() == streamed.size() && digests.sha512.size() == streamed.size());
    for (qsizetype i = 0; i < streamed.size(); ++i) {
        const PlannedFile &f = plan.files().at(i);
        if (digests.sha256.at(i) != f.sha256) {
            if (error)
                *error = EvidenceArchiveExporter::tr("The stored content of \"%1\" no longer matches its SHA-256 (expected %2, found %3). The "
                            "workspace is damaged; nothing was exported.")
                             .arg(f.originalName, f.sha256, digests.sha256.at(i));
            return false;
        }
        streamed[i].sha256 = digests.sha256.at(i);
        streamed[i].sha512 = digests.sha512.at(i);
        bag.recordPayload(f.path, streamed.at(i));
    }
    return true;
}

// Payload names are ASCII like the evidence files' (a Japanese template name is slugged).
QString formPayloadPath(const QString &fileName)
{
    const QFileInfo info(fileName);
    return QStringLiteral("data/form/") + ExportText::asciiSlug(info.completeBaseName(), 80, QStringLiteral("form"))
           + QLatin1Char('.') + info.suffix().toLower();
}

BagIt::Fields bagInfoFields(const DeclarationSnapshot &snapshot, const Options &options, const BagBuilder &bag,
                            const QString &exportId)
{
    const bool subset = !options.subsetItems.isEmpty();
    const QDateTime now = bag.stamp();
    const Organisation &o = snapshot.organisation;
    const Product &p = snapshot.product;
    BagIt::Fields info = {
        {QStringLiteral("Source-Organization"), o.name},
        {QStringLiteral("Organization-Address"), o.address},
        {QStringLiteral("Contact-Name"), o.contactName},
        {QStringLiteral("Contact-Email"), o.contactEmail},
        {QStringLiteral("External-Description"),
         subset ? QStringLiteral("JC-STAR evidence requested for items %1 of %2 (%3)")
                      .arg(options.subsetItems.join(QStringLiteral(", ")), p.name, snapshot.criteria.id)
                : QStringLiteral("JC-STAR conformity self-assessment evidence: %1 (%2)").arg(p.name, snapshot.criteria.id)},
        {QStringLiteral("Bagging-Date"), now.date().toString(Qt::ISODate)},
        {QStringLiteral("External-Identifier"), exportId},
        {QStringLiteral("Payload-Oxum"), BagIt::payloadOxum(bag.payloadBytes(), bag.payloadCount())},
        {QStringLiteral("Bag-Software-Agent"), QStringLiteral("Hoshi %1").arg(QStringLiteral(HOSHI_VERSION))},
        {QStringLiteral("Hoshi-Organization"), o.name},
        {QStringLiteral("Hoshi-Corporate-Number"), o.corporateNumber},
        {QStringLiteral("Hoshi-Product"), p.name},
        {QStringLiteral("Hoshi-Model-Numbers"), p.modelNumbers.join(QStringLiteral(", "))},
        {QStringLiteral("Hoshi-Firmware-Version"), p.firmwareVersion},
        {QStringLiteral("Hoshi-Criteria-Id"), snapshot.criteria.id},
        // Hoshi's metadata, apart from IPA's id: the revision of Hoshi's data file for the set.
        {QStringLiteral("Hoshi-Criteria-Data-Revision"), QString::number(snapshot.criteria.dataRevision)},
        {QStringLiteral("Hoshi-Route"), routeKey(snapshot.declaration.route)},
        {QStringLiteral("Hoshi-Declaration-Id"), QString::number(snapshot.declaration.id)},
        {QStringLiteral("Hoshi-Export-Id"), exportId},
        {QStringLiteral("Hoshi-Export-Date"), now.toString(Qt::ISODate)},
    };
    if (!p.firmwareImageSha256.isEmpty())
        info.append({QStringLiteral("Hoshi-Firmware-Image-SHA256"), p.firmwareImageSha256});
    if (!options.filledForm.isEmpty()) {
        info.append({QStringLiteral("Hoshi-Form-Template"), options.formTemplateName});
        info.append({QStringLiteral("Hoshi-Form-Template-SHA256"), options.formTemplateSha256});
        info.append({QStringLiteral("Hoshi-Form-File"), formPayloadPath(options.filledFormName)});
    }
    if (subset) {
        info.append({QLatin1String(SubsetExport::SubsetOfField), options.subsetOf});
        info.append({QLatin1String(SubsetExport::SubsetItemsField), options.subsetItems.join(QStringLiteral(", "))});
    }
    return info;
}

// The tag files after the payload: manifests, bag-info, sign-off record, signer certificate,
// README, tag manifests and the signature over tagmanifest-sha256.txt.
bool writeTagFiles(BagBuilder &bag, ZipWriter &zip, const DeclarationSnapshot &snapshot, const Options &options,
                   const QString &exportId, const QString &zipName, const QByteArray &manifest256, QString *error)
{
    const QDateTime now = bag.stamp();
    BagIt::ReadmeFacts facts;
    facts.zipName = zipName;
    facts.bagName = bag.name();
    facts.product = snapshot.product.name;
    facts.criteriaId = snapshot.criteria.id;
    facts.exportDate = now.toString(Qt::ISODate);
    facts.isSigned = options.signer != nullptr;
    if (!bag.addTag(QStringLiteral("manifest-sha256.txt"), manifest256, error)
        || !bag.addTag(QStringLiteral("manifest-sha512.txt"), bag.manifest(true, false), error)
        || !bag.addTag(QStringLiteral("bag-info.txt"), BagIt::bagInfo(bagInfoFields(snapshot, options, bag, exportId)),
                       error)
        || !bag.addTag(QLatin1String(SignOffRecord::TagFile), SignOffRecord::tagFile(snapshot.review), error))
        return false;
    if (options.signer) {
        const QByteArray pem = options.signer->certificatePem();
        facts.signerFingerprint = options.signer->fingerprint();
        if (!bag.addTag(QLatin1String(BagIt::SignerCertificateFile), pem, error))
            return false;
    }
    if (!bag.addTag(QStringLiteral("README-VERIFY.txt"), BagIt::readmeVerify(facts), error))
        return false;
    const QByteArray tagManifest256 = bag.manifest(false, true);
    const QByteArray tagManifest512 = bag.manifest(true, true);
    if (!zip.addFile(bag.entry(QStringLiteral("tagmanifest-sha256.txt")), tagManifest256, now, C::Deflate, error)
        || !zip.addFile(bag.entry(QStringLiteral("tagmanifest-sha512.txt")), tagManifest512, now, C::Deflate, error))
        return false;
    if (options.signer) {
        QByteArray signature;
        if (!options.signer->sign(tagManifest256, &signature, error)
            || !zip.addFile(bag.entry(QLatin1String(BagIt::SignatureFile)), signature, now, C::Store, error))
            return false;
    }
    return true;
}

// Closes the ZIP, makes it durable and gives it its final name.
bool publish(ZipWriter &zip, DirectFile &file, const QString &zipPath, QString *error)
{
    if (!zip.close(error) || !syncAndClose(file, error))
        return false;
    if (!QFile::rename(file.fileName(), zipPath)) {
        if (error)
            *error = EvidenceArchiveExporter::tr("Can not rename %1 to %2.").arg(file.fileName(), zipPath);
        return false;
    }
    return true;
}

} // namespace

QByteArray EvidenceArchiveExporter::evidenceIndex(const DeclarationSnapshot &snapshot)
{
    const EvidencePlan plan = EvidencePlan::make(snapshot);
    QByteArray out = TableWriter::utf8Bom();
    out += TableWriter::csvLine(
        {QStringLiteral("item"), QStringLiteral("evidence_id"), QStringLiteral("kind"), QStringLiteral("reference"),
         QStringLiteral("file"), QStringLiteral("original_name"), QStringLiteral("media_type"), QStringLiteral("size"),
         QStringLiteral("sha256"), QStringLiteral("added_at"), QStringLiteral("title"), QStringLiteral("document_number"),
         QStringLiteral("pages"), QStringLiteral("chapter"), QStringLiteral("url"), QStringLiteral("procedure"),
         QStringLiteral("summary"), QStringLiteral("tested_on"), QStringLiteral("tester"),
         QStringLiteral("firmware_version"), QStringLiteral("environment"), QStringLiteral("effective_on"),
         QStringLiteral("review_by"), QStringLiteral("review_due"), QStringLiteral("tool"), QStringLiteral("tool_version"),
         QStringLiteral("target"), QStringLiteral("firmware_image_sha256")});
    for (const EvidenceUse &use : plan.uses()) {
        const Evidence &e = *use.evidence;
        const EvidenceFile *f = use.file;
        out += TableWriter::csvLine(
            {use.itemId, QString::number(e.id), evidenceKindKey(e.kind), ExportText::evidenceLine(e), use.path,
             f ? f->originalName : QString(), f ? f->mediaType : QString(), f ? QString::number(f->size) : QString(),
             f ? f->sha256 : QString(), f ? ExportText::dateTimeText(f->addedAt) : QString(), e.title,
             e.documentNumber, e.pages, e.chapter, e.url, e.procedure, e.summary, ExportText::dateText(e.testedOn),
             e.tester, e.firmwareVersion, e.environment, ExportText::dateText(e.effectiveOn),
             ExportText::dateText(e.reviewBy), ExportText::dateText(ShelfLife::reviewDate(e, snapshot.reviewPeriods)),
             e.tool, e.toolVersion, e.target, e.firmwareImageSha256});
    }
    return out;
}

bool EvidenceArchiveExporter::write(const Workspace &workspace, const DeclarationSnapshot &snapshot,
                                    const QString &zipPath, const Options &options, Result *result, QString *error)
{
    const QFileInfo target(zipPath);
    if (target.exists()) {
        if (error)
            *error = EvidenceArchiveExporter::tr("%1 already exists; it is not replaced.").arg(zipPath);
        return false;
    }
    const QString partialPath = zipPath + QLatin1String(PartialSuffix);
    // Gigabytes written once and not read back: past the page cache (see DirectFile).
    DirectFile file(partialPath);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = EvidenceArchiveExporter::tr("Can not create %1: %2").arg(partialPath, file.errorString());
        return false;
    }
    const StalePartials::Hold hold(partialPath); // no other export takes it for a stale one
    // From here on, every way out that is not success removes the partial file.
    struct Cleanup {
        DirectFile &file;
        bool keep = false;
        ~Cleanup()
        {
            if (!keep) {
                file.close();
                QFile::remove(file.fileName());
            }
        }
    } cleanup{file};

    const QDateTime now = (options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc()).toUTC();
    const QString exportId = options.exportId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                        : options.exportId;
    const QString bagName = bagNameFor(target);

    const bool subset = !options.subsetItems.isEmpty();
    DeclarationSnapshot restricted;
    if (subset)
        restricted = SubsetExport::restrict(snapshot, options.subsetItems);
    const DeclarationSnapshot &content = subset ? restricted : snapshot;
    const EvidencePlan plan = EvidencePlan::make(content);
    const qint64 total = plan.totalBytes();
    qint64 done = 0;
    auto advance = [&](qint64 bytes) {
        done += bytes;
        return !options.progress || options.progress(done, total);
    };
    if (!advance(0)) {
        if (error)
            *error = EvidenceArchiveExporter::tr("The export was cancelled.");
        return false;
    }

    QByteArray checklistPdf;
    ExportPdf::Options pdfOptions;
    pdfOptions.fixedCreationDate = ExportPdf::stableDate(snapshot);
    if (!subset && !ExportPdf::checklist(snapshot, pdfOptions, &checklistPdf, error))
        return false;

    ZipWriter zip(&file);
    if (!zip.open(error))
        return false;
    BagBuilder bag(zip, bagName, now);
    if (!writeDocuments(bag, snapshot, content, plan, subset, checklistPdf, error)
        || (!options.filledForm.isEmpty()
            && !bag.addPayload(formPayloadPath(options.filledFormName), options.filledForm, C::Store, error))
        || !writeEvidence(workspace, plan, zip, bag, advance, error))
        return false;

    const QByteArray manifest256 = bag.manifest(false, false);
    if (!writeTagFiles(bag, zip, snapshot, options, exportId, target.fileName(), manifest256, error)
        || !publish(zip, file, zipPath, error))
        return false;
    cleanup.keep = true;
    AtomicFile::syncFolder(target.absolutePath()); // the rename is durable once the folder is on disk
    if (result) {
        result->path = zipPath;
        result->bagName = bagName;
        result->exportId = exportId;
        result->payloadBytes = bag.payloadBytes();
        result->payloadFiles = bag.payloadCount();
        result->evidenceFiles = plan.files().size();
        result->manifestSha256 = manifest256;
    }
    return true;
}

} // namespace hoshi
