// SPDX-License-Identifier: Apache-2.0
#include "captureresult.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hoshi {

QString captureToolKey(CaptureTool tool)
{
    switch (tool) {
    case CaptureTool::Nmap:
        return QStringLiteral("nmap");
    case CaptureTool::Testssl:
        return QStringLiteral("testssl");
    case CaptureTool::SshAudit:
        return QStringLiteral("ssh-audit");
    case CaptureTool::CycloneDx:
        return QStringLiteral("cyclonedx");
    }
    return {};
}

std::optional<CaptureTool> captureToolFromKey(const QString &key)
{
    for (CaptureTool t : allCaptureTools()) {
        if (captureToolKey(t) == key)
            return t;
    }
    if (key == QLatin1String("testssl.sh"))
        return CaptureTool::Testssl;
    return std::nullopt;
}

QString captureToolName(CaptureTool tool)
{
    switch (tool) {
    case CaptureTool::Nmap:
        return QStringLiteral("nmap");
    case CaptureTool::Testssl:
        return QStringLiteral("testssl.sh");
    case CaptureTool::SshAudit:
        return QStringLiteral("ssh-audit");
    case CaptureTool::CycloneDx:
        return QStringLiteral("CycloneDX SBOM");
    }
    return {};
}

QList<CaptureTool> allCaptureTools()
{
    return {CaptureTool::Nmap, CaptureTool::Testssl, CaptureTool::SshAudit, CaptureTool::CycloneDx};
}

int CaptureResult::contradictingCount() const
{
    int n = 0;
    for (const CaptureFinding &f : findings)
        n += f.contradictsConformity ? 1 : 0;
    return n;
}

QJsonObject CaptureResult::toJson() const
{
    QJsonArray list;
    for (const CaptureFinding &f : findings) {
        list.append(QJsonObject{{QStringLiteral("key"), f.key},
                                {QStringLiteral("severity"), f.severity},
                                {QStringLiteral("text"), f.text},
                                {QStringLiteral("textJa"), f.textJa},
                                {QStringLiteral("contradictsConformity"), f.contradictsConformity}});
    }
    QJsonObject o{{QStringLiteral("tool"), captureToolKey(tool)},
                  {QStringLiteral("toolVersion"), toolVersion},
                  {QStringLiteral("target"), target},
                  {QStringLiteral("scannedAt"), scannedAt.isValid() ? scannedAt.toUTC().toString(Qt::ISODate) : QString()},
                  {QStringLiteral("commandLine"), commandLine},
                  {QStringLiteral("arguments"), QJsonArray::fromStringList(arguments)},
                  {QStringLiteral("summaryEn"), summaryEn},
                  {QStringLiteral("summaryJa"), summaryJa},
                  {QStringLiteral("suggestedItems"), QJsonArray::fromStringList(suggestedItems)},
                  {QStringLiteral("findings"), list}};
    if (!ports.isEmpty()) {
        QJsonArray p;
        for (const CapturePort &port : ports)
            p.append(QJsonObject{{QStringLiteral("port"), port.port}, {QStringLiteral("protocol"), port.protocol},
                                 {QStringLiteral("state"), port.state}, {QStringLiteral("service"), port.service},
                                 {QStringLiteral("product"), port.product}, {QStringLiteral("version"), port.version}});
        o.insert(QStringLiteral("ports"), p);
    }
    if (!components.isEmpty()) {
        QJsonArray c;
        for (const CaptureComponent &component : components)
            c.append(QJsonObject{{QStringLiteral("name"), component.name}, {QStringLiteral("version"), component.version},
                                 {QStringLiteral("purl"), component.purl}});
        o.insert(QStringLiteral("components"), c);
    }
    return o;
}

QByteArray CaptureResult::findingsJson() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

QList<CaptureFinding> findingsFromJson(const QString &captureFindings)
{
    QList<CaptureFinding> out;
    const QJsonDocument doc = QJsonDocument::fromJson(captureFindings.toUtf8());
    const QJsonArray list = doc.isObject() ? doc.object().value(QStringLiteral("findings")).toArray() : doc.array();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        CaptureFinding f;
        f.key = o.value(QStringLiteral("key")).toString();
        f.severity = o.value(QStringLiteral("severity")).toString();
        f.text = o.value(QStringLiteral("text")).toString();
        f.textJa = o.value(QStringLiteral("textJa")).toString();
        f.contradictsConformity = o.value(QStringLiteral("contradictsConformity")).toBool();
        if (!f.key.isEmpty())
            out.append(f);
    }
    return out;
}

QJsonObject findingNotesObject(const QString &findingNotes)
{
    QJsonObject out;
    const QJsonObject o = QJsonDocument::fromJson(findingNotes.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString note = it.value().toString().trimmed();
        if (!note.isEmpty())
            out.insert(it.key(), note);
    }
    return out;
}

} // namespace hoshi
