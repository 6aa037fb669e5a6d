#include "retestplan.h"
#include "util/displaydate.h"

#include <QJsonObject>

namespace hoshi {

QList<RetestItem> RetestPlan::of(const DeclarationSnapshot &s, const QString &language)
{
    QList<RetestItem> plan;
    const QString current = s.product.firmwareVersion.trimmed();
    for (const CriteriaItem &item : s.criteria.items) {
        if (!item.hasMethod(Method::DeviceTest))
            continue;
        const Assessment *a = s.assessmentOf(item.id);
        if (!a || a->verdict != Verdict::Conforming)
            continue; // not applicable or not assessed yet: nothing was tested to redo
        RetestItem entry{item.id, item.title.in(language), {}, {}};
        bool upToDate = false;
        for (const Evidence &e : s.evidence.value(item.id)) {
            if (e.kind != EvidenceKind::DeviceTest)
                continue;
            const QString tested = e.firmwareVersion.trimmed();
            if (tested == current) {
                upToDate = true;
                break;
            }
            if (!tested.isEmpty() && !entry.testedFirmware.contains(tested))
                entry.testedFirmware.append(tested);
            if (e.testedOn.isValid() && (!entry.lastTestedOn.isValid() || e.testedOn > entry.lastTestedOn))
                entry.lastTestedOn = e.testedOn;
        }
        if (!upToDate && !entry.testedFirmware.isEmpty())
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
