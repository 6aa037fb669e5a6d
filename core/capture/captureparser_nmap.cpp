// SPDX-License-Identifier: Apache-2.0
// nmap's XML output (-oX). Read with QXmlStreamReader, which never fetches external entities;
// a DTD is refused unless it is exactly nmap's own "<!DOCTYPE nmaprun>" without an internal
// subset, so no entity can be declared and expanded.
#include "captureparser.h"
#include "captureparserutil.h"

#include <QXmlStreamReader>

namespace hoshi::captureparse {

namespace {

struct NmapState {
    QStringList addresses;
    QStringList hostnames;
    QString currentAddress;
    CapturePort port;
    bool inPort = false;
    int elements = 0;
    int depth = 0;
};

bool readRoot(const QXmlStreamAttributes &a, CaptureResult *out, QString *error)
{
    if (a.value(QLatin1String("scanner")) != QLatin1String("nmap")) {
        *error = CaptureParser::tr("the XML was not written by nmap (scanner is not \"nmap\")");
        return false;
    }
    out->toolVersion = a.value(QLatin1String("version")).toString();
    out->commandLine = a.value(QLatin1String("args")).toString();
    bool ok = false;
    const qint64 start = a.value(QLatin1String("start")).toLongLong(&ok);
    if (ok && start > 0)
        out->scannedAt = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
    return true;
}

bool readPort(const QXmlStreamAttributes &a, NmapState *s, QString *error)
{
    bool ok = false;
    const QString text = a.value(QLatin1String("portid")).toString();
    const int port = text.toInt(&ok);
    if (!ok || port < 1 || port > 65535) {
        *error = CaptureParser::tr("port number \"%1\" is outside 1-65535").arg(text.left(20));
        return false;
    }
    s->port = CapturePort{};
    s->port.port = port;
    s->port.protocol = a.value(QLatin1String("protocol")).toString();
    static const QStringList protocols{QStringLiteral("tcp"), QStringLiteral("udp"), QStringLiteral("sctp"), QStringLiteral("ip")};
    if (!protocols.contains(s->port.protocol)) {
        *error = CaptureParser::tr("port %1 has an unknown protocol \"%2\"").arg(port).arg(s->port.protocol.left(20));
        return false;
    }
    s->inPort = true;
    return true;
}

bool startElement(QXmlStreamReader &xml, NmapState *s, CaptureResult *out, QString *error)
{
    const QStringView name = xml.name();
    const QXmlStreamAttributes a = xml.attributes();
    if (s->elements == 1) {
        if (name != QLatin1String("nmaprun")) {
            *error = CaptureParser::tr("the XML is not nmap output (its root element is not <nmaprun>)");
            return false;
        }
        return readRoot(a, out, error);
    }
    if (name == QLatin1String("address")) {
        const QString type = a.value(QLatin1String("addrtype")).toString();
        if (type == QLatin1String("ipv4") || type == QLatin1String("ipv6"))
            s->addresses << a.value(QLatin1String("addr")).toString();
    } else if (name == QLatin1String("hostname")) {
        s->hostnames << a.value(QLatin1String("name")).toString();
    } else if (name == QLatin1String("port")) {
        return readPort(a, s, error);
    } else if (s->inPort && name == QLatin1String("state")) {
        s->port.state = a.value(QLatin1String("state")).toString();
    } else if (s->inPort && name == QLatin1String("service")) {
        s->port.service = a.value(QLatin1String("name")).toString();
        s->port.product = a.value(QLatin1String("product")).toString();
        s->port.version = a.value(QLatin1String("version")).toString();
    }
    return true;
}

// Accepts nmap's own bare DOCTYPE; refuses anything that declares or could declare entities.
bool acceptDtd(const QXmlStreamReader &xml, QString *error)
{
    const QString dtd = xml.text().toString().simplified();
    if (!xml.entityDeclarations().isEmpty() || !xml.notationDeclarations().isEmpty()
        || dtd != QLatin1String("<!DOCTYPE nmaprun>")) {
        *error = CaptureParser::tr("the XML declares a document type with its own definitions or entities; refused");
        return false;
    }
    return true;
}

QString portLabel(const CapturePort &p)
{
    QString label = QStringLiteral("%1/%2").arg(p.port).arg(p.protocol);
    const QString service = QStringList{p.service, p.product, p.version}.join(QLatin1Char(' ')).simplified();
    return service.isEmpty() ? label : label + QLatin1Char(' ') + service;
}

void finish(const NmapState &s, CaptureResult *out)
{
    out->target = s.addresses.join(QStringLiteral(", "));
    out->arguments = recipeArguments(out->commandLine,
                                     {QStringLiteral("-oX"), QStringLiteral("-oN"), QStringLiteral("-oG"),
                                      QStringLiteral("-oA"), QStringLiteral("-oS"), QStringLiteral("-oM")},
                                     s.addresses + s.hostnames);
    QStringList open;
    int other = 0;
    for (const CapturePort &p : out->ports) {
        if (p.state != QLatin1String("open")) {
            ++other;
            continue;
        }
        open << portLabel(p);
        CaptureFinding f;
        f.key = QStringLiteral("port-%1/%2").arg(p.port).arg(p.protocol);
        f.severity = QStringLiteral("low");
        f.text = QStringLiteral("Open port %1").arg(portLabel(p));
        f.textJa = QStringLiteral("開いているポート %1").arg(portLabel(p));
        // Whether an open port disagrees depends on the declared interfaces (CaptureRules).
        f.contradictsConformity = true;
        out->findings << f;
    }
    out->summaryEn = QStringLiteral("nmap %1 scanned %2 (%3): %4 open port(s)%5; %6 port(s) closed or filtered.")
                         .arg(out->toolVersion, out->target, utcText(out->scannedAt))
                         .arg(open.size())
                         .arg(open.isEmpty() ? QString() : QStringLiteral(": ") + open.join(QStringLiteral(", ")))
                         .arg(other);
    out->summaryJa = QStringLiteral("nmap %1 による %2 のスキャン（%3）：開いているポート %4件%5、閉じている・フィルタされたポート %6件。")
                         .arg(out->toolVersion, out->target, utcText(out->scannedAt))
                         .arg(open.size())
                         .arg(open.isEmpty() ? QString() : QStringLiteral("（") + open.join(QStringLiteral("、")) + QStringLiteral("）"))
                         .arg(other);
    out->suggestedItems = {QStringLiteral("S1.1-13")};
}

} // namespace

bool parseNmap(const QByteArray &data, CaptureResult *out, QString *error)
{
    QXmlStreamReader xml(data);
    NmapState s;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            if (!acceptDtd(xml, error))
                return false;
            break;
        case QXmlStreamReader::EntityReference:
            *error = CaptureParser::tr("the XML uses an entity reference; refused");
            return false;
        case QXmlStreamReader::StartElement:
            if (++s.elements > CaptureParser::MaxElements || ++s.depth > CaptureParser::MaxDepth) {
                *error = CaptureParser::tr("the XML is too large or too deeply nested (over %1 elements or %2 levels)")
                             .arg(CaptureParser::MaxElements).arg(CaptureParser::MaxDepth);
                return false;
            }
            if (!startElement(xml, &s, out, error))
                return false;
            break;
        case QXmlStreamReader::EndElement:
            --s.depth;
            if (xml.name() == QLatin1String("port") && s.inPort) {
                out->ports << s.port;
                s.inPort = false;
            }
            break;
        default:
            break;
        }
    }
    if (xml.hasError()) {
        *error = xml.error() == QXmlStreamReader::PrematureEndOfDocumentError
                     ? CaptureParser::tr("the XML ends before it is complete (a truncated file?)")
                     : CaptureParser::tr("the XML is not well-formed (line %1: %2)").arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    if (s.elements == 0) {
        *error = CaptureParser::tr("the file holds no XML element");
        return false;
    }
    finish(s, out);
    return true;
}

} // namespace hoshi::captureparse
