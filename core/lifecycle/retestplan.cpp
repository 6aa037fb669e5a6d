// SPDX-License-Identifier: Apache-2.0
#include "retestplan.h"
#include "util/displaydate.h"

#include "gate/firmwarestaleness.h"

#include <QJsonObject>

namespace hoshi {

QList<RetestItem> RetestPlan::of(const DeclarationSnapshot &s, const QString &language)
{
    // Exactly the items the gate blocks on as "firmware-mismatch" (FirmwareStaleness).
    QList<RetestItem> plan;
    for (const QString &itemId : FirmwareStaleness::staleItems(s)) {
        const CriteriaItem *item = s.criteria.item(itemId);
        RetestItem entry{itemId, item ? item->title.in(language) : QString(), {}, {}};
        const QList<Evidence> evidence = s.evidence.value(itemId);
        for (const Evidence *e : FirmwareStaleness::staleTests(evidence, s.product)) {
            const QString tested = FirmwareStaleness::testedFirmware(*e, s.product);
            if (!entry.testedFirmware.contains(tested))
                entry.testedFirmware.append(tested);
            if (e->testedOn.isValid() && (!entry.lastTestedOn.isValid() || e->testedOn > entry.lastTestedOn))
                entry.lastTestedOn = e->testedOn;
        }
        plan.append(entry);
    }
    return plan;
}

QString RetestPlan::line(const RetestItem &item, const QString &currentFirmware)
{
    const QString when = item.lastTestedOn.isValid() ? QStringLiteral(" (%1)").arg(DisplayDate::date(item.lastTestedOn))
                                                     : QString();
    return tr("%1 %2: tested on firmware %3%4; run the device test again on %5")
        .arg(item.itemId, item.title, item.testedFirmware.join(QStringLiteral(", ")), when, currentFirmware);
}

QJsonArray RetestPlan::toJson(const QList<RetestItem> &plan)
{
    QJsonArray out;
    for (const RetestItem &item : plan)
        out.append(QJsonObject{{QStringLiteral("itemId"), item.itemId},
                               {QStringLiteral("testedFirmware"), QJsonArray::fromStringList(item.testedFirmware)},
                               {QStringLiteral("lastTestedOn"), item.lastTestedOn.isValid()
                                                                    ? item.lastTestedOn.toString(Qt::ISODate)
                                                                    : QString()}});
    return out;
}

} // namespace hoshi
