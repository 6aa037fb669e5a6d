// SPDX-License-Identifier: Apache-2.0
#include "xmlguard.h"

#include "workbookreader.h"

namespace hoshi::officialform {

XmlGuard::XmlGuard(const QByteArray &data, const QString &partPath, int maxDepth)
    : m_reader(data), m_partPath(partPath), m_maxDepth(maxDepth)
{
    // Qt never fetches external entities; a DTD is refused below before any could be used.
    m_reader.setNamespaceProcessing(true);
}

void XmlGuard::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

bool XmlGuard::next()
{
    if (failed())
        return false;
    const QXmlStreamReader::TokenType token = m_reader.readNext();
    switch (token) {
    case QXmlStreamReader::DTD:
        fail(WorkbookReader::tr("%1 holds a document type declaration (DTD); a workbook part never needs one, and it could declare entities, so the file is refused.")
                 .arg(m_partPath));
        return false;
    case QXmlStreamReader::EntityReference:
        fail(WorkbookReader::tr("%1 refers to an entity \"%2\"; the file is refused.").arg(m_partPath, m_reader.name().toString()));
        return false;
    case QXmlStreamReader::StartElement:
        if (++m_depth > m_maxDepth) {
            fail(WorkbookReader::tr("%1 is nested deeper than %2 elements, the limit.").arg(m_partPath).arg(m_maxDepth));
            return false;
        }
        return true;
    case QXmlStreamReader::EndElement:
        --m_depth;
        return true;
    case QXmlStreamReader::Invalid:
        fail(WorkbookReader::tr("%1 is not well-formed XML (line %2): %3")
                 .arg(m_partPath)
                 .arg(m_reader.lineNumber())
                 .arg(m_reader.errorString()));
        return false;
    case QXmlStreamReader::EndDocument:
        return false;
    default:
        return true;
    }
}

bool XmlGuard::isStart(const char *localName) const
{
    return m_reader.tokenType() == QXmlStreamReader::StartElement && m_reader.name() == QLatin1String(localName);
}

bool XmlGuard::isEnd(const char *localName) const
{
    return m_reader.tokenType() == QXmlStreamReader::EndElement && m_reader.name() == QLatin1String(localName);
}

QString XmlGuard::attribute(const char *localName) const
{
    for (const QXmlStreamAttribute &a : m_reader.attributes()) {
        if (a.name() == QLatin1String(localName))
            return a.value().toString();
    }
    return {};
}

QString XmlGuard::elementText()
{
    QString text;
    const int startDepth = m_depth;
    int phoneticDepth = 0;
    while (next()) {
        const auto token = m_reader.tokenType();
        if (token == QXmlStreamReader::StartElement && m_reader.name() == QLatin1String("rPh"))
            ++phoneticDepth;
        else if (token == QXmlStreamReader::EndElement && m_reader.name() == QLatin1String("rPh"))
            --phoneticDepth;
        else if (token == QXmlStreamReader::Characters && phoneticDepth == 0)
            text += m_reader.text();
        if (token == QXmlStreamReader::EndElement && m_depth < startDepth)
            break;
    }
    return text;
}

} // namespace hoshi::officialform
