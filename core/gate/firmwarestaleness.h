// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/snapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace hoshi {

// Device tests after a firmware change: the one rule the submission gate, the re-test plan,
// the reminders and the portfolio share. A device test was run on *other firmware* when it
// names a firmware version other than the product's current one, or a firmware image SHA-256
// other than the product's current image hash (both recorded). It is *stale* when the item it
// backs has not been tested again on the current firmware; once it has, the old tests are
// history (a warning at most), not a reason to block.
class FirmwareStaleness
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::FirmwareStaleness)

public:
    // Whether a device test names a firmware image other than the product's current one.
    [[nodiscard]] static bool otherImage(const Evidence &test, const Product &product);
    // Whether a device test was run on other firmware than the product's current (version or image).
    [[nodiscard]] static bool otherFirmware(const Evidence &test, const Product &product);
    // Device tests among one item's evidence that were run on other firmware.
    [[nodiscard]] static QList<const Evidence *> otherFirmwareTests(const QList<Evidence> &itemEvidence,
                                                                    const Product &product);
    // Whether one item's evidence holds a device test on the current firmware: same version (or
    // same image when the test names no version) and no other image.
    [[nodiscard]] static bool retested(const QList<Evidence> &itemEvidence, const Product &product);
    // The stale device tests of one item: its other-firmware tests unless it was re-tested.
    [[nodiscard]] static QList<const Evidence *> staleTests(const QList<Evidence> &itemEvidence, const Product &product);
    // The items (in criteria order, route-exempt items left out, as the gate does) with stale tests.
    [[nodiscard]] static QStringList staleItems(const DeclarationSnapshot &snapshot);
    // Distinct stale device-test records over those items.
    [[nodiscard]] static int staleTestCount(const DeclarationSnapshot &snapshot);
    // What a test ran on, for messages: its version, with the image's short hash when the image
    // is what differs ("1.2 (image 3f9a0c1d2e4b)").
    [[nodiscard]] static QString testedFirmware(const Evidence &test, const Product &product);
    // The product's current firmware the same way ("1.2 (image 0a1b2c3d4e5f)" when it has an image hash).
    [[nodiscard]] static QString currentFirmware(const Product &product);
};

} // namespace hoshi
