// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/snapshot.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hoshi {

// Device tests after a firmware change: the one rule the submission gate, the re-test plan,
// the reminders and the portfolio share. A device test is *stale* when it was run on a
// firmware version other than the product's current one and the item it backs has not been
// tested again on the current firmware; once it has, the old tests are history (a warning at
// most), not a reason to block.
class FirmwareStaleness
{
public:
    // Device tests among one item's evidence that were run on another (named) firmware version.
    [[nodiscard]] static QList<const Evidence *> otherFirmwareTests(const QList<Evidence> &itemEvidence,
                                                                    const QString &currentFirmware);
    // Whether one item's evidence holds a device test on the current firmware.
    [[nodiscard]] static bool retested(const QList<Evidence> &itemEvidence, const QString &currentFirmware);
    // The stale device tests of one item: its other-firmware tests unless it was re-tested.
    [[nodiscard]] static QList<const Evidence *> staleTests(const QList<Evidence> &itemEvidence,
                                                            const QString &currentFirmware);
    // The items (in criteria order, route-exempt items left out, as the gate does) with stale tests.
    [[nodiscard]] static QStringList staleItems(const DeclarationSnapshot &snapshot);
    // Distinct stale device-test records over those items.
    [[nodiscard]] static int staleTestCount(const DeclarationSnapshot &snapshot);
};

} // namespace hoshi
