// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QXmlStreamReader>

namespace hoshi::officialform {

// A QXmlStreamReader over one part of a workbook that refuses what a hostile part could use:
// any DTD (so no entity can be declared, internal or external, and none expanded), nesting
// deeper than a limit, and malformed XML. Callers loop on next() until it returns false and
// then look at failed()/error().
class XmlGuard
{
public:
    XmlGuard(const QByteArray &data, const QString &partPath, int maxDepth);

    // Moves to the next token; false at the end of the document or on a refusal/error.
    [[nodiscard]] bool next();
    [[nodiscard]] bool failed() const { return !m_error.isEmpty(); }
    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] QXmlStreamReader &reader() { return m_reader; }
    [[nodiscard]] int depth() const { return m_depth; }

    [[nodiscard]] bool isStart(const char *localName) const;
    [[nodiscard]] bool isEnd(const char *localName) const;
    [[nodiscard]] QString attribute(const char *localName) const; // any namespace
    // The text of the current element and its descendants, except those inside <rPh> (phonetic
    // guides, not part of the shown value); leaves the reader on the element's end.
    [[nodiscard]] QString elementText();
    void fail(const QString &message);

private:
    QXmlStreamReader m_reader;
    QString m_partPath;
    QString m_error;
    int m_maxDepth;
    int m_depth = 0;
};

} // namespace hoshi::officialform
