// SPDX-License-Identifier: Apache-2.0
#include "findingsarchive.h"

#include "archive/safezipreader.h"
#include "util/errors.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace hoshi {

namespace {

bool manifestHash(const QString &archivePath, const QString &bagName, QString *hash, QString *error)
{
    SafeZipReader reader(archivePath);
    const QString entry = bagName.isEmpty() ? QStringLiteral("manifest-sha256.txt")
                                            : bagName + QStringLiteral("/manifest-sha256.txt");
    QByteArray manifest;
    if (!reader.open(error) || !reader.readEntry(entry, ArchiveVerifier::MaxTagFileSize, &manifest, error))
        return false;
    *hash = QString::fromLatin1(QCryptographicHash::hash(manifest, QCryptographicHash::Sha256).toHex());
    return true;
}

} // namespace

std::optional<FindingsDocument> FindingsArchive::start(const QString &archivePath, const VerificationResult &result,
                                                       QString *error)
{
    if (result.status != VerificationResult::Status::Intact) {
        setError(error, tr("Findings can only be recorded on an intact archive."));
        return std::nullopt;
    }
    if (!result.declaration) {
        setError(error, tr("The archive holds no readable declaration: %1").arg(result.declarationError));
        return std::nullopt;
    }
    FindingsDocument doc;
    doc.archive.fileName = QFileInfo(archivePath).fileName();
    doc.archive.exportId = result.bagInfoValue(QStringLiteral("Hoshi-Export-Id"));
    if (doc.archive.exportId.isEmpty()) {
        setError(error, tr("The archive has no export id (Hoshi-Export-Id in bag-info.txt), so findings on it could "
                    "not be matched to the declaration that produced it."));
        return std::nullopt;
    }
    if (!manifestHash(archivePath, result.bagName, &doc.archive.payloadManifestSha256, error))
        return std::nullopt;
    const DeclarationSnapshot &s = result.declaration->snapshot;
    doc.declaration.declarationId = s.declaration.id;
    doc.declaration.createdAt = s.declaration.createdAt;
    doc.declaration.criteriaSetId = s.declaration.criteriaSetId.isEmpty() ? s.criteria.id : s.declaration.criteriaSetId;
    doc.declaration.organisation = s.organisation.name;
    doc.declaration.product = s.product.name;
    doc.declaration.modelNumbers = s.product.modelNumbers;
    return doc;
}

bool FindingsArchive::sameArchive(const FindingsDocument &findings, const FindingsDocument &fresh, QString *why)
{
    if (findings.archive.exportId != fresh.archive.exportId) {
        *why = tr("The findings are about the export %1, this archive is the export %2.")
                   .arg(findings.archive.exportId, fresh.archive.exportId);
        return false;
    }
    if (findings.archive.payloadManifestSha256 != fresh.archive.payloadManifestSha256) {
        *why = tr("The findings are about an archive with another payload (manifest SHA-256 %1, this archive %2).")
                   .arg(findings.archive.payloadManifestSha256, fresh.archive.payloadManifestSha256);
        return false;
    }
    return true;
}

FindingsArchive::Beside FindingsArchive::loadBeside(const QString &archivePath, const FindingsDocument &fresh,
                                                    LoadedFindings *loaded, QString *why)
{
    const QString path = FindingsFile::pathForArchive(archivePath);
    if (!QFileInfo::exists(path))
        return Beside::None;
    std::optional<LoadedFindings> read = FindingsFile::read(path, why);
    if (!read)
        return Beside::Unusable;
    if (!sameArchive(read->document, fresh, why))
        return Beside::Unusable;
    *loaded = *read;
    return Beside::Loaded;
}

} // namespace hoshi
