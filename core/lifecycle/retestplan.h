// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/snapshot.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace hoshi {

// The device tests to run again after the product's firmware changed: every item with a stale
// device test (FirmwareStaleness: run on another firmware version than the product's current
// one, and not tested again on the current one), which is exactly what the submission gate
// blocks on as "firmware-mismatch". An item is done as soon as it has a device test on the
// current firmware.
struct RetestItem {
    QString itemId;
    QString title;                 // in the requested language
    QStringList testedFirmware;    // versions the existing device tests were run on
    QDate lastTestedOn;            // newest of those tests
};

class RetestPlan
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::RetestPlan)

public:
    [[nodiscard]] static QList<RetestItem> of(const DeclarationSnapshot &snapshot, const QString &language);
    // "S1.1-04: tested on firmware 1.4.2 (2025-01-10); run again on 1.5.0"
    [[nodiscard]] static QString line(const RetestItem &item, const QString &currentFirmware);
    // Stable keys: itemId, testedFirmware[], lastTestedOn.
    [[nodiscard]] static QJsonArray toJson(const QList<RetestItem> &plan);
};

} // namespace hoshi
