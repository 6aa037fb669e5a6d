// SPDX-License-Identifier: Apache-2.0
#include "firmwarestaleness.h"

#include "submissiongate.h"

#include <QSet>

#include <algorithm>

namespace hoshi {

QList<const Evidence *> FirmwareStaleness::otherFirmwareTests(const QList<Evidence> &itemEvidence,
                                                              const QString &currentFirmware)
{
    const QString current = currentFirmware.trimmed();
    QList<const Evidence *> tests;
    for (const Evidence &e : itemEvidence) {
        const QString tested = e.firmwareVersion.trimmed();
        // A test without a version is incomplete evidence (its own gate rule), not a stale one.
        if (e.kind == EvidenceKind::DeviceTest && !tested.isEmpty() && tested != current)
            tests << &e;
    }
    return tests;
}

bool FirmwareStaleness::retested(const QList<Evidence> &itemEvidence, const QString &currentFirmware)
{
    const QString current = currentFirmware.trimmed();
    return std::any_of(itemEvidence.cbegin(), itemEvidence.cend(), [&current](const Evidence &e) {
        return e.kind == EvidenceKind::DeviceTest && e.firmwareVersion.trimmed() == current;
    });
}

QList<const Evidence *> FirmwareStaleness::staleTests(const QList<Evidence> &itemEvidence, const QString &currentFirmware)
{
    if (retested(itemEvidence, currentFirmware))
        return {};
    return otherFirmwareTests(itemEvidence, currentFirmware);
}

QStringList FirmwareStaleness::staleItems(const DeclarationSnapshot &s)
{
    QStringList items;
    for (const CriteriaItem &item : s.criteria.items) {
        if (SubmissionGate::isExemptOnRoute(item, s.declaration.route))
            continue;
        if (!staleTests(s.evidence.value(item.id), s.product.firmwareVersion).isEmpty())
            items << item.id;
    }
    return items;
}

int FirmwareStaleness::staleTestCount(const DeclarationSnapshot &s)
{
    QSet<qint64> stale;
    for (const QString &itemId : staleItems(s)) {
        const QList<Evidence> evidence = s.evidence.value(itemId);
        for (const Evidence *e : staleTests(evidence, s.product.firmwareVersion))
            stale.insert(e->id);
    }
    return int(stale.size());
}

} // namespace hoshi
