// SPDX-License-Identifier: Apache-2.0
#include "archiveverifier.h"

#include "archive/zippath.h"
#include "bagcontents.h"
#include "bagrules.h"
#include "export/parallelhasher.h"
#include "util/errors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

#include <map>

namespace hoshi {

namespace {

// The bag's root inside the ZIP: the folder (at most one level down) holding the bag's tag
// files, found from whichever of them survived; "" when they lie at the ZIP's root.
QStringList bagRoots(const QList<ZipEntryInfo> &entries)
{
    static const QStringList markers = {QStringLiteral("bagit.txt"), QStringLiteral("bag-info.txt"),
                                        QStringLiteral("manifest-sha256.txt"), QStringLiteral("manifest-sha512.txt"),
                                        QStringLiteral("tagmanifest-sha256.txt"), QStringLiteral("tagmanifest-sha512.txt")};
    QStringList roots;
    for (const ZipEntryInfo &e : entries) {
        if (e.isDirectory)
            continue;
        const QStringList parts = ZipPath::components(e.path);
        if (parts.size() > 2 || !markers.contains(parts.last()))
            continue;
        const QString root = parts.size() == 2 ? parts.first() : QString();
        if (!roots.contains(root))
            roots << root;
    }
    return roots;
}

} // namespace

QString FileReport::problemKey(Problem p)
{
    switch (p) {
    case Problem::Modified:
        return QStringLiteral("modified");
    case Problem::Missing:
        return QStringLiteral("missing");
    case Problem::Unlisted:
        return QStringLiteral("unlisted");
    case Problem::None:
        break;
    }
    return QStringLiteral("ok");
}

QString VerificationResult::statusKey(Status s)
{
    switch (s) {
    case Status::Intact:
        return QStringLiteral("intact");
    case Status::NotIntact:
        return QStringLiteral("not-intact");
    case Status::Unreadable:
        break;
    }
    return QStringLiteral("unreadable");
}

QList<FileReport> VerificationResult::problems() const
{
    QList<FileReport> list;
    for (const FileReport &f : files) {
        if (f.problem != FileReport::Problem::None)
            list.append(f);
    }
    return list;
}

QString VerificationResult::bagInfoValue(const QString &label) const
{
    for (const auto &[l, v] : bagInfo) {
        if (l.compare(label, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QJsonObject VerificationResult::toJson() const
{
    QJsonObject info;
    for (const auto &[label, value] : bagInfo)
        info.insert(label, value);
    QJsonArray fileArray;
    QJsonArray problemArray;
    for (const FileReport &f : files) {
        QJsonObject o{{QStringLiteral("path"), f.path},
                      {QStringLiteral("tagFile"), f.tagFile},
                      {QStringLiteral("status"), FileReport::problemKey(f.problem)}};
        if (f.problem != FileReport::Problem::None) {
            o.insert(QStringLiteral("message"), f.message);
            if (!f.algorithm.isEmpty())
                o.insert(QStringLiteral("algorithm"), f.algorithm);
            if (!f.expected.isEmpty())
                o.insert(QStringLiteral("expected"), f.expected);
            if (!f.actual.isEmpty())
                o.insert(QStringLiteral("actual"), f.actual);
            problemArray.append(o);
        }
        fileArray.append(o);
    }
    QJsonObject signatureJson{{QStringLiteral("state"), signature.state == SignatureInfo::State::Absent ? QStringLiteral("absent")
                                                        : signature.state == SignatureInfo::State::Valid
                                                            ? QStringLiteral("valid")
                                                            : QStringLiteral("invalid")}};
    if (signature.state != SignatureInfo::State::Absent) {
        signatureJson.insert(QStringLiteral("signer"), signature.signer);
        signatureJson.insert(QStringLiteral("issuer"), signature.issuer);
        signatureJson.insert(QStringLiteral("fingerprintSha256"), signature.fingerprint);
        signatureJson.insert(QStringLiteral("keyType"), signature.keyType);
        signatureJson.insert(QStringLiteral("selfSigned"), signature.selfSigned);
        signatureJson.insert(QStringLiteral("chainTrusted"), signature.chainTrusted);
        signatureJson.insert(QStringLiteral("signingTime"), signature.signingTime.toString(Qt::ISODate));
        if (!signature.problem.isEmpty())
            signatureJson.insert(QStringLiteral("problem"), signature.problem);
        if (!signature.note.isEmpty())
            signatureJson.insert(QStringLiteral("note"), signature.note);
    }
    QJsonObject o{{QStringLiteral("archive"), archivePath},
                  {QStringLiteral("status"), statusKey(status)},
                  {QStringLiteral("bagName"), bagName},
                  {QStringLiteral("bagInfo"), info},
                  {QStringLiteral("payloadBytes"), payloadBytes},
                  {QStringLiteral("payloadFiles"), payloadFiles},
                  {QStringLiteral("problems"), problemArray},
                  {QStringLiteral("bagProblems"), QJsonArray::fromStringList(bagProblems)},
                  {QStringLiteral("files"), fileArray},
                  {QStringLiteral("signature"), signatureJson}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (declaration) {
        const DeclarationSnapshot &s = declaration->snapshot;
        QJsonObject verdicts;
        for (const Assessment &a : s.assessments)
            verdicts.insert(a.itemId, verdictKey(a.verdict));
        o.insert(QStringLiteral("declaration"),
                 QJsonObject{{QStringLiteral("organisation"), s.organisation.name},
                             {QStringLiteral("product"), s.product.name},
                             {QStringLiteral("criteriaSetId"), s.criteria.id},
                             {QStringLiteral("verdicts"), verdicts}});
    } else if (!declarationError.isEmpty()) {
        o.insert(QStringLiteral("declarationError"), declarationError);
    }
    return o;
}

namespace {

// One streaming pass over every entry: hashes for all, contents for the small tag files.
// False (with *error) when the archive can not be read to its end: it is then Unreadable.
bool readBag(SafeZipReader &reader, const QString &zipPath, const ArchiveVerifier::Options &options, BagContents *bag,
             QString *error)
{
    QList<QPair<QString, bool>> order; // (path, payload?) in the order hashed
    ParallelHasher hasher;
    const qint64 total = reader.totalSize();
    qint64 done = 0;
    ZipEntryInfo entry;
    for (;;) {
        const SafeZipReader::Next next = reader.next(&entry, error);
        if (next == SafeZipReader::Next::Failed)
            return false;
        if (next == SafeZipReader::Next::End)
            break;
        // By path component: the bag folder, then "data" for the payload.
        QStringList parts = ZipPath::components(entry.path);
        if (!bag->root.isEmpty()) {
            if (parts.size() < 2 || parts.first() != bag->root) {
                if (!entry.isDirectory)
                    bag->outside << entry.path;
                continue;
            }
            parts.removeFirst();
        }
        if (!parts.isEmpty() && parts.first() == QLatin1String("data") && (entry.isDirectory || parts.size() > 1))
            bag->hasPayloadFolder = true;
        if (entry.isDirectory)
            continue;
        const QString rel = parts.join(QLatin1Char('/'));
        const bool isPayload = parts.size() > 1 && parts.first() == QLatin1String("data");
        const bool keep = !isPayload || rel == QLatin1String("data/declaration.json");
        if (keep && entry.size > ArchiveVerifier::MaxTagFileSize) {
            setError(error, ArchiveVerifier::tr("%1: \"%2\" is too large for a tag file (%3 bytes).").arg(zipPath, entry.path).arg(entry.size));
            return false;
        }
        QByteArray content;
        qint64 size = 0;
        for (;;) {
            const char *data = nullptr;
            qint64 n = 0;
            if (!reader.readBlock(&data, &n, error))
                return false;
            if (n == 0)
                break;
            // Copied: libarchive reuses its buffer on the next read while the SHA-512 thread may
            // still be hashing this block.
            hasher.addData(data, n);
            if (keep)
                content.append(data, n);
            size += n;
            done += n;
            if (options.progress && !options.progress(done, total)) {
                setError(error, ArchiveVerifier::tr("The verification was cancelled."));
                return false;
            }
        }
        // The digests are collected after the last entry: no waiting for them between files.
        hasher.finishLater();
        order.append({rel, isPayload});
        (isPayload ? bag->payload : bag->tags)[rel] = BagContents::Actual{QString(), QString(), size};
        if (rel == QLatin1String("data/declaration.json"))
            bag->declarationBytes = content;
        else if (!isPayload)
            bag->tagContent.insert(rel, content);
    }
    const ParallelHasher::Results digests = hasher.take();
    for (qsizetype i = 0; i < order.size() && i < digests.sha256.size(); ++i) {
        BagContents::Actual &actual = (order.at(i).second ? bag->payload : bag->tags)[order.at(i).first];
        actual.sha256 = digests.sha256.at(i);
        actual.sha512 = digests.sha512.at(i);
    }
    return true;
}

void checkSignatureAndDeclaration(const BagContents &bag, VerificationResult *r)
{
    if (bag.tagContent.contains(QLatin1String(BagIt::SignatureFile))) {
        r->signature = SignatureCheck::verify(bag.tagContent.value(QLatin1String(BagIt::SignatureFile)),
                                              bag.tagContent.value(QStringLiteral("tagmanifest-sha256.txt")));
        if (r->signature.state != SignatureInfo::State::Valid)
            r->bagProblems << ArchiveVerifier::tr("The signature of tagmanifest-sha256.txt is not valid: %1").arg(r->signature.problem);
    }
    if (!bag.declarationBytes.isEmpty())
        r->declaration = DeclarationJson::fromBytes(bag.declarationBytes, &r->declarationError);
    else
        r->declarationError = ArchiveVerifier::tr("The archive holds no data/declaration.json.");
}

} // namespace

VerificationResult ArchiveVerifier::verify(const QString &zipPath, const Options &options)
{
    VerificationResult r;
    r.archivePath = zipPath;
    r.status = VerificationResult::Status::Unreadable;

    SafeZipReader reader(zipPath, options.limits);
    if (!reader.open(&r.error))
        return r;
    const QStringList roots = bagRoots(reader.entries());
    if (roots.isEmpty()) {
        r.error = ArchiveVerifier::tr("%1 is a ZIP archive but holds no BagIt bag (no bagit.txt or manifest).").arg(zipPath);
        return r;
    }
    if (roots.size() > 1) {
        r.error = ArchiveVerifier::tr("%1 holds more than one BagIt bag (%2).").arg(zipPath, roots.join(QLatin1String(", ")));
        return r;
    }
    BagContents bag;
    bag.root = roots.first();
    r.bagName = bag.root;
    if (!readBag(reader, zipPath, options, &bag, &r.error))
        return r;

    // From here on the archive is readable; what follows decides intact or not.
    for (const auto &[path, actual] : bag.payload) {
        r.payloadBytes += actual.size;
        ++r.payloadFiles;
    }
    BagRules::checkLayout(bag, &r);
    BagRules::checkBagitTxt(bag, &r);
    BagRules::checkManifests(BagRules::ManifestKind::Payload, bag, &r);
    BagRules::checkManifests(BagRules::ManifestKind::Tag, bag, &r);
    BagRules::checkBagInfo(bag, &r);
    checkSignatureAndDeclaration(bag, &r);

    std::sort(r.files.begin(), r.files.end(), [](const FileReport &a, const FileReport &b) {
        return a.tagFile != b.tagFile ? b.tagFile : a.path < b.path;
    });
    r.status = r.problems().isEmpty() && r.bagProblems.isEmpty() ? VerificationResult::Status::Intact
                                                                 : VerificationResult::Status::NotIntact;
    return r;
}

} // namespace hoshi
