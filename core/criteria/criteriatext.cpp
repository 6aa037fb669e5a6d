// SPDX-License-Identifier: Apache-2.0
#include "criteriatext.h"

#include <QRegularExpression>

namespace hoshi {

QString CriteriaText::fieldName(const QString &field)
{
    if (field == QLatin1String("requirement"))
        return tr("requirement");
    if (field == QLatin1String("methods"))
        return tr("methods");
    if (field == QLatin1String("notApplicable"))
        return tr("N/A rule");
    if (field == QLatin1String("evaluationPoints"))
        return tr("evaluation points");
    if (field == QLatin1String("scope"))
        return tr("scope");
    return field;
}

QString CriteriaText::version(const QString &version)
{
    static const QRegularExpression revision(QStringLiteral("^(.*\\S)\\s*\\(Hoshi data revision (\\d+)\\)$"));
    const QRegularExpressionMatch m = revision.match(version);
    return m.hasMatch() ? tr("%1 (Hoshi data revision %2)").arg(m.captured(1), m.captured(2)) : version;
}

QString CriteriaText::documentKind(const QString &kind)
{
    if (kind == QLatin1String("official"))
        return tr("official source");
    if (kind == QLatin1String("secondary"))
        return tr("secondary source");
    return tr("source");
}

QString CriteriaText::documentSummary(const SourceDocument &document)
{
    if (document.kind == QLatin1String("secondary"))
        return tr("secondary source (not from IPA or METI; the full source is in the tooltip)");
    // "IPA (Information-technology Promotion Agency, Japan)" → "IPA": the short name is the same
    // in every language.
    const QString publisher = document.publisher.section(QStringLiteral(" ("), 0, 0).trimmed();
    const bool dated = !document.date.isEmpty() && document.date != QLatin1String("undated");
    if (publisher.isEmpty())
        return documentKind(document.kind);
    return dated ? tr("%1 (%2, %3)").arg(documentKind(document.kind), publisher, document.date)
                 : tr("%1 (%2)").arg(documentKind(document.kind), publisher);
}

QString CriteriaText::documentLine(const SourceDocument &document)
{
    return tr("[%1] %2: %3, %4, %5")
        .arg(document.id, documentKind(document.kind), document.title, document.publisher, document.date);
}

} // namespace hoshi
