#include "archiveverifier.h"

#include "archive/zippath.h"
#include "export/parallelhasher.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

#include <map>

namespace hoshi {

namespace {

struct Actual {
    QString sha256;
    QString sha512;
    qint64 size = 0;
};

const QString TagManifest256 = QStringLiteral("tagmanifest-sha256.txt");
const QString TagManifest512 = QStringLiteral("tagmanifest-sha512.txt");

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
    const QString root = roots.first();
    r.bagName = root;

    // One streaming pass over every entry: hashes for all, contents for the small tag files.
    std::map<QString, Actual> payload; // sorted by path
    std::map<QString, Actual> tags;
    QHash<QString, QByteArray> tagContent;
    QByteArray declarationBytes;
    QStringList outside; // files next to the bag folder
    QList<QPair<QString, bool>> order; // (path, payload?) in the order hashed
    ParallelHasher hasher;
    const qint64 total = reader.totalSize();
    qint64 done = 0;
    ZipEntryInfo entry;
    for (;;) {
        const SafeZipReader::Next next = reader.next(&entry, &r.error);
        if (next == SafeZipReader::Next::Failed)
            return r;
        if (next == SafeZipReader::Next::End)
            break;
        if (entry.isDirectory)
            continue;
        // By path component: the bag folder, then "data" for the payload.
        QStringList parts = ZipPath::components(entry.path);
        if (!root.isEmpty()) {
            if (parts.size() < 2 || parts.first() != root) {
                outside << entry.path;
                continue;
            }
            parts.removeFirst();
        }
        const QString rel = parts.join(QLatin1Char('/'));
        const bool isPayload = parts.size() > 1 && parts.first() == QLatin1String("data");
        const bool keep = !isPayload || rel == QLatin1String("data/declaration.json");
        if (keep && entry.size > MaxTagFileSize) {
            r.error = ArchiveVerifier::tr("%1: \"%2\" is too large for a tag file (%3 bytes).").arg(zipPath, entry.path).arg(entry.size);
            return r;
        }
        QByteArray content;
        qint64 size = 0;
        for (;;) {
            const char *data = nullptr;
            qint64 n = 0;
            if (!reader.readBlock(&data, &n, &r.error))
                return r;
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
                r.error = ArchiveVerifier::tr("The verification was cancelled.");
                return r;
            }
        }
        // The digests are collected after the last entry: no waiting for them between files.
        hasher.finishLater();
        order.append({rel, isPayload});
        (isPayload ? payload : tags)[rel] = Actual{QString(), QString(), size};
        if (rel == QLatin1String("data/declaration.json"))
            declarationBytes = content;
        else if (!isPayload)
            tagContent.insert(rel, content);
    }
    const ParallelHasher::Results digests = hasher.take();
    for (qsizetype i = 0; i < order.size() && i < digests.sha256.size(); ++i) {
        Actual &actual = (order.at(i).second ? payload : tags)[order.at(i).first];
        actual.sha256 = digests.sha256.at(i);
        actual.sha512 = digests.sha512.at(i);
    }

    // From here on the archive is readable; what follows decides intact or not.
    for (const QString &path : std::as_const(outside))
        r.bagProblems << ArchiveVerifier::tr("\"%1\" lies outside the bag folder \"%2\".").arg(path, root);

    auto addReport = [&](FileReport report) { r.files.append(std::move(report)); };
    if (!tagContent.contains(QStringLiteral("bagit.txt")))
        r.bagProblems << ArchiveVerifier::tr("bagit.txt is missing.");
    else if (!tagContent.value(QStringLiteral("bagit.txt")).contains("BagIt-Version:"))
        r.bagProblems << ArchiveVerifier::tr("bagit.txt does not declare a BagIt version.");

    // A manifest that is missing or unreadable is a bag problem; the caller skips it.
    auto readManifest = [&](const QString &name, int length, QList<BagIt::ManifestEntry> *entries) {
        if (!tagContent.contains(name)) {
            r.bagProblems << ArchiveVerifier::tr("%1 is missing.").arg(name);
            return false;
        }
        QString parseError;
        if (!BagIt::parseManifest(tagContent.value(name), length, entries, &parseError)) {
            r.bagProblems << ArchiveVerifier::tr("%1 can not be read: %2.").arg(name, parseError);
            return false;
        }
        return true;
    };

    // Payload: both manifests must list exactly the files under data/, with matching hashes.
    QSet<QString> listedPayload;
    std::map<QString, FileReport> payloadReports;
    for (const auto &[algorithm, length] : {std::pair{QStringLiteral("sha256"), 64}, std::pair{QStringLiteral("sha512"), 128}}) {
        const QString name = QStringLiteral("manifest-%1.txt").arg(algorithm);
        QList<BagIt::ManifestEntry> entries;
        if (!readManifest(name, length, &entries))
            continue;
        for (const BagIt::ManifestEntry &m : std::as_const(entries)) {
            if (ZipPath::components(m.path).first() != QLatin1String("data") || !ZipPath::problemWith(m.path).isEmpty()) {
                r.bagProblems << ArchiveVerifier::tr("%1 lists \"%2\", which is not a payload path.").arg(name, m.path);
                continue;
            }
            listedPayload.insert(m.path);
            FileReport &report = payloadReports[m.path];
            report.path = m.path;
            const auto it = payload.find(m.path);
            if (it == payload.end()) {
                report.problem = FileReport::Problem::Missing;
                report.expected = m.hash;
                report.algorithm = algorithm;
                report.message = ArchiveVerifier::tr("%1 is missing (listed in %2).").arg(m.path, name);
                continue;
            }
            const QString actual = algorithm == QLatin1String("sha256") ? it->second.sha256 : it->second.sha512;
            if (actual != m.hash && report.problem == FileReport::Problem::None) {
                report.problem = FileReport::Problem::Modified;
                report.algorithm = algorithm;
                report.expected = m.hash;
                report.actual = actual;
                report.message = ArchiveVerifier::tr("%1 was modified: its %2 is %3, the manifest says %4.")
                                     .arg(m.path, algorithm.toUpper(), actual, m.hash);
            }
        }
    }
    for (const auto &[path, actual] : payload) {
        r.payloadBytes += actual.size;
        ++r.payloadFiles;
        if (!listedPayload.contains(path)) {
            FileReport &report = payloadReports[path];
            report.path = path;
            report.problem = FileReport::Problem::Unlisted;
            report.actual = actual.sha256;
            report.algorithm = QStringLiteral("sha256");
            report.message = ArchiveVerifier::tr("%1 was added: no manifest lists it.").arg(path);
        }
    }
    for (auto &[path, report] : payloadReports)
        addReport(report);

    // Tag files: every one listed in the tag manifests must match, and every tag file must be
    // listed, except the tag manifests themselves and the signature (which can not be).
    QSet<QString> listedTags;
    std::map<QString, FileReport> tagReports;
    for (const auto &[algorithm, length] : {std::pair{QStringLiteral("sha256"), 64}, std::pair{QStringLiteral("sha512"), 128}}) {
        const QString name = QStringLiteral("tagmanifest-%1.txt").arg(algorithm);
        QList<BagIt::ManifestEntry> entries;
        if (!readManifest(name, length, &entries))
            continue;
        for (const BagIt::ManifestEntry &m : std::as_const(entries)) {
            listedTags.insert(m.path);
            FileReport &report = tagReports[m.path];
            report.path = m.path;
            report.tagFile = true;
            const auto it = tags.find(m.path);
            if (it == tags.end()) {
                report.problem = FileReport::Problem::Missing;
                report.expected = m.hash;
                report.algorithm = algorithm;
                report.message = ArchiveVerifier::tr("%1 is missing (listed in %2).").arg(m.path, name);
                continue;
            }
            const QString actual = algorithm == QLatin1String("sha256") ? it->second.sha256 : it->second.sha512;
            if (actual != m.hash && report.problem == FileReport::Problem::None) {
                report.problem = FileReport::Problem::Modified;
                report.algorithm = algorithm;
                report.expected = m.hash;
                report.actual = actual;
                report.message = ArchiveVerifier::tr("%1 was modified: its %2 is %3, %4 says %5.")
                                     .arg(m.path, algorithm.toUpper(), actual, name, m.hash);
            }
        }
    }
    for (const auto &[path, actual] : tags) {
        if (path == TagManifest256 || path == TagManifest512 || path == QLatin1String(BagIt::SignatureFile))
            continue;
        if (!listedTags.contains(path)) {
            FileReport &report = tagReports[path];
            report.path = path;
            report.tagFile = true;
            report.problem = FileReport::Problem::Unlisted;
            report.actual = actual.sha256;
            report.algorithm = QStringLiteral("sha256");
            report.message = ArchiveVerifier::tr("%1 was added: no tag manifest lists it.").arg(path);
        }
    }
    for (auto &[path, report] : tagReports)
        addReport(report);

    r.bagInfo = BagIt::parseBagInfo(tagContent.value(QStringLiteral("bag-info.txt")));
    const QString oxum = r.bagInfoValue(QStringLiteral("Payload-Oxum"));
    const QString actualOxum = BagIt::payloadOxum(r.payloadBytes, r.payloadFiles);
    if (!tagContent.contains(QStringLiteral("bag-info.txt")))
        r.bagProblems << ArchiveVerifier::tr("bag-info.txt is missing.");
    else if (oxum.isEmpty())
        r.bagProblems << ArchiveVerifier::tr("bag-info.txt gives no Payload-Oxum.");
    else if (oxum != actualOxum)
        r.bagProblems << ArchiveVerifier::tr("Payload-Oxum in bag-info.txt is %1, but the payload is %2 (bytes.files).").arg(oxum, actualOxum);

    if (tagContent.contains(QLatin1String(BagIt::SignatureFile))) {
        r.signature = SignatureCheck::verify(tagContent.value(QLatin1String(BagIt::SignatureFile)),
                                             tagContent.value(TagManifest256));
        if (r.signature.state != SignatureInfo::State::Valid)
            r.bagProblems << ArchiveVerifier::tr("The signature of tagmanifest-sha256.txt is not valid: %1").arg(r.signature.problem);
    }

    if (!declarationBytes.isEmpty()) {
        r.declaration = DeclarationJson::fromBytes(declarationBytes, &r.declarationError);
    } else {
        r.declarationError = ArchiveVerifier::tr("The archive holds no data/declaration.json.");
    }

    std::sort(r.files.begin(), r.files.end(), [](const FileReport &a, const FileReport &b) {
        return a.tagFile != b.tagFile ? b.tagFile : a.path < b.path;
    });
    r.status = r.problems().isEmpty() && r.bagProblems.isEmpty() ? VerificationResult::Status::Intact
                                                                 : VerificationResult::Status::NotIntact;
    return r;
}

} // namespace hoshi
