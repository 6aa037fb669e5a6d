// SPDX-License-Identifier: Apache-2.0
#include "capturetext.h"

#include "domain/model.h"
#include "util/language.h"

#include <QTreeWidgetItem>

namespace hoshi {

QString CaptureText::severityName(const QString &severity)
{
    if (severity == QLatin1String("critical"))
        return tr("Critical");
    if (severity == QLatin1String("high"))
        return tr("High");
    if (severity == QLatin1String("medium"))
        return tr("Medium");
    if (severity == QLatin1String("low"))
        return tr("Low");
    return tr("Info");
}

Tone CaptureText::severityTone(const QString &severity)
{
    if (severity == QLatin1String("critical") || severity == QLatin1String("high"))
        return Tone::Bad;
    if (severity == QLatin1String("medium"))
        return Tone::Warning;
    if (severity == QLatin1String("low"))
        return Tone::Info;
    return Tone::Muted;
}

QString CaptureText::findingText(const CaptureFinding &finding)
{
    if (uiLanguage() == QLatin1String("ja") && !finding.textJa.isEmpty())
        return finding.textJa;
    return finding.text.isEmpty() ? finding.key : finding.text;
}

QString CaptureText::summary(const CaptureResult &result)
{
    if (uiLanguage() == QLatin1String("ja") && !result.summaryJa.isEmpty())
        return result.summaryJa;
    return result.summaryEn;
}

QString CaptureText::shortHash(const QString &sha256)
{
    return sha256.length() > 12 ? sha256.left(12) + QStringLiteral("…") : sha256;
}

QString CaptureText::captureLine(const Evidence &evidence)
{
    const std::optional<CaptureTool> tool = captureToolFromKey(evidence.tool);
    QString name = tool ? captureToolName(*tool) : evidence.tool;
    if (!evidence.toolVersion.isEmpty())
        name = tr("%1 %2", "tool name and version").arg(name, evidence.toolVersion);
    QStringList parts{name};
    if (!evidence.target.isEmpty())
        parts << tr("target %1").arg(evidence.target);
    if (!evidence.firmwareVersion.isEmpty())
        parts << tr("firmware %1").arg(evidence.firmwareVersion);
    if (!evidence.firmwareImageSha256.isEmpty())
        parts << tr("image %1").arg(shortHash(evidence.firmwareImageSha256));
    return parts.join(QStringLiteral(" · "));
}

void CaptureText::fillFindingRow(QTreeWidgetItem *row, const CaptureFinding &finding, int severityColumn,
                                 int textColumn)
{
    row->setText(severityColumn, severityName(finding.severity));
    row->setForeground(severityColumn, StatusColours::foreground(severityTone(finding.severity)));
    QFont bold = row->font(severityColumn);
    bold.setBold(finding.severity == QLatin1String("high") || finding.severity == QLatin1String("critical"));
    row->setFont(severityColumn, bold);
    row->setText(textColumn, findingText(finding));
    row->setToolTip(textColumn, finding.key + QLatin1Char('\n') + findingText(finding));
}

} // namespace hoshi
