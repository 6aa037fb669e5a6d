// SPDX-License-Identifier: Apache-2.0
#include "firmwarestaleness.h"

#include "submissiongate.h"

#include <QSet>

#include <algorithm>

namespace hoshi {

namespace {

QString imageOf(const QString &sha256)
{
    return sha256.trimmed().toLower();
}

// Twelve hex digits tell images apart in a sentence; the full hash is in the record.
QString shortHash(const QString &sha256)
{
    return imageOf(sha256).left(12);
}

bool isDeviceTest(const Evidence &e)
{
    return e.kind == EvidenceKind::DeviceTest;
}

} // namespace

bool FirmwareStaleness::otherImage(const Evidence &test, const Product &product)
{
    const QString current = imageOf(product.firmwareImageSha256);
    const QString tested = imageOf(test.firmwareImageSha256);
    // Either side unrecorded: nothing to compare, the version decides.
    return isDeviceTest(test) && !current.isEmpty() && !tested.isEmpty() && tested != current;
}

bool FirmwareStaleness::otherFirmware(const Evidence &test, const Product &product)
{
    if (!isDeviceTest(test))
        return false;
    const QString tested = test.firmwareVersion.trimmed();
    // A test without a version is incomplete evidence (its own gate rule), not a stale one.
    const bool otherVersion = !tested.isEmpty() && tested != product.firmwareVersion.trimmed();
    return otherVersion || otherImage(test, product);
}

QList<const Evidence *> FirmwareStaleness::otherFirmwareTests(const QList<Evidence> &itemEvidence, const Product &product)
{
    QList<const Evidence *> tests;
    for (const Evidence &e : itemEvidence) {
        if (otherFirmware(e, product))
            tests << &e;
    }
    return tests;
}

bool FirmwareStaleness::retested(const QList<Evidence> &itemEvidence, const Product &product)
{
    const QString version = product.firmwareVersion.trimmed();
    const QString image = imageOf(product.firmwareImageSha256);
    return std::any_of(itemEvidence.cbegin(), itemEvidence.cend(), [&](const Evidence &e) {
        if (!isDeviceTest(e) || otherFirmware(e, product))
            return false;
        const bool sameVersion = e.firmwareVersion.trimmed() == version;
        const bool sameImage = !image.isEmpty() && imageOf(e.firmwareImageSha256) == image;
        return sameVersion || sameImage;
    });
}

QList<const Evidence *> FirmwareStaleness::staleTests(const QList<Evidence> &itemEvidence, const Product &product)
{
    if (retested(itemEvidence, product))
        return {};
    return otherFirmwareTests(itemEvidence, product);
}

QStringList FirmwareStaleness::staleItems(const DeclarationSnapshot &s)
{
    QStringList items;
    for (const CriteriaItem &item : s.criteria.items) {
        if (SubmissionGate::isExemptOnRoute(item, s.declaration.route))
            continue;
        if (!staleTests(s.evidence.value(item.id), s.product).isEmpty())
            items << item.id;
    }
    return items;
}

int FirmwareStaleness::staleTestCount(const DeclarationSnapshot &s)
{
    QSet<qint64> stale;
    for (const QString &itemId : staleItems(s)) {
        const QList<Evidence> evidence = s.evidence.value(itemId);
        for (const Evidence *e : staleTests(evidence, s.product))
            stale.insert(e->id);
    }
    return int(stale.size());
}

QString FirmwareStaleness::testedFirmware(const Evidence &test, const Product &product)
{
    const QString version = test.firmwareVersion.trimmed();
    if (!otherImage(test, product))
        return version;
    if (version.isEmpty())
        return tr("image %1").arg(shortHash(test.firmwareImageSha256));
    return tr("%1 (image %2)").arg(version, shortHash(test.firmwareImageSha256));
}

QString FirmwareStaleness::currentFirmware(const Product &product)
{
    const QString version = product.firmwareVersion.trimmed();
    if (imageOf(product.firmwareImageSha256).isEmpty())
        return version;
    if (version.isEmpty())
        return tr("image %1").arg(shortHash(product.firmwareImageSha256));
    return tr("%1 (image %2)").arg(version, shortHash(product.firmwareImageSha256));
}

} // namespace hoshi
