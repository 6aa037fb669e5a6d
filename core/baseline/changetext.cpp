// SPDX-License-Identifier: Apache-2.0
// The translated one-line descriptions of DeclarationChange (kept apart from the comparison).
#include "changedetector.h"

#include "domain/model.h"
#include "util/displaydate.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace hoshi {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hoshi::ChangeDetector", text);
}

QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("verdict"), QT_TRANSLATE_NOOP("hoshi::ChangeDetector", "verdict")},
        {QStringLiteral("justification"), QT_TRANSLATE_NOOP("hoshi::ChangeDetector", "justification")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("hoshi::ChangeDetector", "notes")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("hoshi::ChangeDetector", "name")},
        {QStringLiteral("modelNumbers"), QT_TRANSLATE_NOOP("hoshi::ChangeDetector", "model numbers")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("hoshi::ChangeDetector", "product category")},
        {QStringLiteral("firmwareName"), QT_TRANSLATE_NOOP("hoshi::ChangeDetector", "firmware name")},
        {QStringLiteral("firmwareVersion"), QT_TRANSLATE_NOOP("hoshi::ChangeDetector", "firmware version")},
        {QStringLiteral("firmwareImageSha256"), QT_TRANSLATE_NOOP("hoshi::ChangeDetector", "firmware image SHA-256")},
        {QStringLiteral("effectiveOn"), QT_TRANSLATE_NOOP("hoshi::ChangeDetector", "effective date")},
        {QStringLiteral("reviewBy"), QT_TRANSLATE_NOOP("hoshi::ChangeDetector", "review date")},
        {QStringLiteral("supportUntil"), QT_TRANSLATE_NOOP("hoshi::ChangeDetector", "support period end")},
        {QStringLiteral("webPage"), QT_TRANSLATE_NOOP("hoshi::ChangeDetector", "product web page")},
        {QStringLiteral("vdpUrl"), QT_TRANSLATE_NOOP("hoshi::ChangeDetector", "vulnerability disclosure policy")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("hoshi::ChangeDetector", "title")},
        {QStringLiteral("summary"), QT_TRANSLATE_NOOP("hoshi::ChangeDetector", "result summary")},
        {QStringLiteral("testedOn"), QT_TRANSLATE_NOOP("hoshi::ChangeDetector", "test date")},
        {QStringLiteral("route"), QT_TRANSLATE_NOOP("hoshi::ChangeDetector", "route")},
        {QStringLiteral("registrationNumber"), QT_TRANSLATE_NOOP("hoshi::ChangeDetector", "registration number")},
        {QStringLiteral("validUntil"), QT_TRANSLATE_NOOP("hoshi::ChangeDetector", "label valid until")},
        {QStringLiteral("labelStatus"), QT_TRANSLATE_NOOP("hoshi::ChangeDetector", "label status")},
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field : tr(*it);
}

QString where(const DeclarationChange &c)
{
    switch (c.area) {
    case DeclarationChange::Area::Organisation:
        return tr("Organisation");
    case DeclarationChange::Area::Product:
        return tr("Product");
    case DeclarationChange::Area::Declaration:
        return tr("Declaration");
    case DeclarationChange::Area::Item:
        return c.itemId;
    case DeclarationChange::Area::Evidence:
    case DeclarationChange::Area::File:
        break;
    }
    return tr("Evidence #%1").arg(c.evidenceId);
}

// A stored key ("non-conforming", "psti", "2026-12-07") as the person reads it: the translated
// name, or the date in the UI's format.
QString readable(const QString &field, const QString &value)
{
    if (field == QLatin1String("verdict")) {
        if (const std::optional<Verdict> v = verdictFromKey(value))
            return verdictName(*v);
    } else if (field == QLatin1String("route")) {
        if (const std::optional<Route> r = routeFromKey(value))
            return routeName(*r);
    } else if (field == QLatin1String("labelStatus")) {
        return labelStatusName(labelStatusFromKey(value));
    } else {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (date.isValid() && value.size() == 10)
            return DisplayDate::date(date);
    }
    return value;
}

QString shown(const QString &field, const QString &value)
{
    return value.isEmpty() ? tr("(empty)") : QStringLiteral("\u201c%1\u201d").arg(readable(field, value));
}

} // namespace

QString DeclarationChange::describe() const
{
    const bool added = kind == Kind::Added;
    if (area == Area::Item && field == QLatin1String("item"))
        return added ? tr("%1: item added to the criteria").arg(itemId) : tr("%1: item no longer in the criteria").arg(itemId);
    if (area == Area::Item && field == QLatin1String("evidence"))
        return (added ? tr("%1: evidence %2 linked") : tr("%1: evidence %2 unlinked")).arg(itemId, added ? after : before);
    if (area == Area::Evidence && kind != Kind::Changed)
        return (added ? tr("Evidence %1 added (items: %2)") : tr("Evidence %1 removed (items: %2)"))
            .arg(added ? after : before, affectedItems.join(QStringLiteral(", ")));
    if (area == Area::File)
        return (added ? tr("Evidence #%1: file \u201c%2\u201d added (SHA-256 %3)")
                      : tr("Evidence #%1: file \u201c%2\u201d removed (SHA-256 %3)"))
            .arg(QString::number(evidenceId), field, (added ? after : before).left(16));
    return tr("%1: %2 changed from %3 to %4").arg(where(*this), fieldLabel(field), shown(field, before), shown(field, after));
}

} // namespace hoshi
