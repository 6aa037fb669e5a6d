// SPDX-License-Identifier: Apache-2.0
#include "capturerules.h"

#include "capture/captureresult.h"
#include "submissiongate.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace hoshi {

namespace {

// "port-23/tcp" -> "23/tcp"; "" for findings that are not ports.
QString portOf(const QString &key)
{
    return key.startsWith(QLatin1String("port-")) ? key.mid(5) : QString();
}

bool named(const QString &text, const QString &port)
{
    // "23/tcp" as a word of its own: "123/tcp" or "23/tcpx" do not count.
    const QRegularExpression word(QStringLiteral("(^|[^0-9])%1($|[^A-Za-z0-9])").arg(QRegularExpression::escape(port)),
                                  QRegularExpression::CaseInsensitiveOption);
    return word.match(text).hasMatch();
}

} // namespace

QString CaptureRules::interfaceText(const DeclarationSnapshot &snapshot, const QString &itemId)
{
    // The declaration records its interfaces in words: the justification and notes of the item
    // and of S1.1-13 (interfaces), where a vendor lists the ports a product needs.
    QStringList parts;
    for (const QString &id : {itemId, QStringLiteral("S1.1-13")}) {
        if (const Assessment *a = snapshot.assessmentOf(id))
            parts << a->justification << a->notes;
    }
    return parts.join(QLatin1Char('\n'));
}

QList<CaptureFinding> CaptureRules::openFindings(const Evidence &evidence, const QString &interfaceText)
{
    QList<CaptureFinding> open;
    if (evidence.tool.isEmpty() || evidence.supersededBy >= 0)
        return open;
    const QJsonObject notes = findingNotesObject(evidence.findingNotes);
    for (const CaptureFinding &f : findingsFromJson(evidence.captureFindings)) {
        if (!f.contradictsConformity || notes.contains(f.key))
            continue;
        const QString port = portOf(f.key);
        if (!port.isEmpty() && named(interfaceText, port))
            continue;
        open << f;
    }
    return open;
}

QList<GateProblem> CaptureRules::check(const DeclarationSnapshot &snapshot, const QString &itemId)
{
    QList<GateProblem> problems;
    const Assessment *a = snapshot.assessmentOf(itemId);
    if (!a || a->verdict != Verdict::Conforming)
        return problems;
    const QString interfaces = interfaceText(snapshot, itemId);
    for (const Evidence &e : snapshot.evidence.value(itemId)) {
        const std::optional<CaptureTool> tool = captureToolFromKey(e.tool);
        const QString toolName = tool ? captureToolName(*tool) : e.tool;
        for (const CaptureFinding &f : openFindings(e, interfaces)) {
            const QString message =
                portOf(f.key).isEmpty()
                    ? tr("%1: the captured %2 output reports \"%3\", which contradicts the conforming verdict; answer "
                         "the finding with a note or review the verdict.").arg(itemId, toolName, f.text)
                    : tr("%1: the captured %2 output shows port %3 open, and the declaration does not name it among "
                         "its interfaces; name it in the justification or answer the finding with a note.")
                          .arg(itemId, toolName, portOf(f.key));
            problems.append({GateProblem::Severity::Warning, QStringLiteral("capture-finding"), itemId,
                             QStringLiteral("evidence"), e.id, message});
        }
    }
    return problems;
}

} // namespace hoshi
