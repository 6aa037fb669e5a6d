// SPDX-License-Identifier: Apache-2.0
#include "exporttext.h"

namespace hoshi {

QString ExportText::verdict(Verdict v)
{
    switch (v) {
    case Verdict::Conforming:
        return QStringLiteral("適合 / Conforming");
    case Verdict::NotApplicable:
        return QStringLiteral("非該当 / Not applicable");
    case Verdict::NonConforming:
        return QStringLiteral("不適合 / Non-conforming");
    case Verdict::NotAssessed:
        break;
    }
    return QStringLiteral("未評価 / Not assessed");
}

QString ExportText::exemptOnRoute()
{
    return QStringLiteral("PSTI適合により対象外 / Exempt (UK PSTI)");
}

QString ExportText::route(Route r)
{
    return r == Route::Psti ? QStringLiteral("英国PSTI相互承認 / UK PSTI mutual recognition")
                            : QStringLiteral("通常 / Standard");
}

QString ExportText::labelStatus(LabelStatus s)
{
    switch (s) {
    case LabelStatus::Active:
        return QStringLiteral("有効 / Active");
    case LabelStatus::ExtensionInProgress:
        return QStringLiteral("失効猶予 / Extension in progress");
    case LabelStatus::Expired:
        return QStringLiteral("失効・有効期限切れ / Expired");
    case LabelStatus::Withdrawn:
        return QStringLiteral("失効・自主取下げ / Withdrawn");
    case LabelStatus::Revoked:
        return QStringLiteral("取消し / Revoked");
    case LabelStatus::None:
        break;
    }
    return QStringLiteral("未発行 / Not issued");
}

QString ExportText::scope(ItemScope s)
{
    return s == ItemScope::Vendor ? QStringLiteral("事業者 / Vendor") : QStringLiteral("製品 / Product");
}

QString ExportText::evidenceLine(const Evidence &e)
{
    QStringList parts;
    if (e.kind == EvidenceKind::DocumentReview) {
        parts << e.title.trimmed();
        if (!e.documentNumber.trimmed().isEmpty())
            parts << e.documentNumber.trimmed();
        if (!e.pages.trimmed().isEmpty())
            parts << QStringLiteral("p. %1").arg(e.pages.trimmed());
        if (!e.chapter.trimmed().isEmpty())
            parts << QStringLiteral("§%1").arg(e.chapter.trimmed());
        if (!e.url.trimmed().isEmpty())
            parts << e.url.trimmed();
        parts.removeAll(QString());
        return QStringLiteral("[D] ") + parts.join(QStringLiteral(", "));
    }
    QStringList details;
    if (e.testedOn.isValid())
        details << e.testedOn.toString(Qt::ISODate);
    if (!e.firmwareVersion.trimmed().isEmpty())
        details << QStringLiteral("firmware %1").arg(e.firmwareVersion.trimmed());
    if (!e.tester.trimmed().isEmpty())
        details << e.tester.trimmed();
    const QString summary = e.summary.trimmed().isEmpty() ? e.procedure.trimmed() : e.summary.trimmed();
    return QStringLiteral("[T] ") + summary
           + (details.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(details.join(QStringLiteral(", "))));
}

QString ExportText::asciiSlug(const QString &text, int maxLength, const QString &fallback)
{
    // Decompose so that "é" keeps its "e"; everything else outside [A-Za-z0-9._-] becomes '-'.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString slug;
    for (const QChar c : decomposed) {
        const ushort u = c.unicode();
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '.' || u == '_'
            || u == '-') {
            slug += c;
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        } else if (!slug.endsWith(QLatin1Char('-'))) {
            slug += QLatin1Char('-');
        }
    }
    while (slug.contains(QLatin1String("--")))
        slug.replace(QLatin1String("--"), QLatin1String("-"));
    auto trimEdges = [](QString &s) {
        while (!s.isEmpty() && QStringLiteral("-._").contains(s.front()))
            s.remove(0, 1);
        while (!s.isEmpty() && QStringLiteral("-._").contains(s.back()))
            s.chop(1);
    };
    trimEdges(slug);
    slug = slug.left(maxLength);
    trimEdges(slug);
    return slug.isEmpty() ? fallback : slug;
}

} // namespace hoshi
