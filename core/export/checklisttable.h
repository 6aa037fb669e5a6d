#pragma once

#include "domain/snapshot.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace hoshi {

// The conformance checklist as rows of text, one per criteria item in criteria order: the one
// source the PDF, XLSX and CSV are written from, so they can not disagree.
struct ChecklistRow {
    QString itemId;
    QString areaJa, areaEn;
    QString titleJa, titleEn;
    QString methods; // "D", "T", "D+T"
    QString scope;
    QString verdictKey; // "conforming", ..., or "exempt"
    QString verdict;    // bilingual label
    QStringList evidence; // one line per evidence record
    QString justification; // for not applicable
    QString notes;
};

class ChecklistTable
{
public:
    [[nodiscard]] static QList<ChecklistRow> rows(const DeclarationSnapshot &snapshot);
    // UTF-8 with a byte order mark (so that Excel in Japan opens it as UTF-8), CRLF line ends,
    // RFC 4180 quoting. Holds nothing but workspace data: the same data gives the same bytes.
    [[nodiscard]] static QByteArray csv(const DeclarationSnapshot &snapshot);
    [[nodiscard]] static QStringList csvHeader();
    // CSV helpers shared with the evidence index.
    [[nodiscard]] static QByteArray csvLine(const QStringList &fields);
    [[nodiscard]] static QByteArray utf8Bom() { return QByteArrayLiteral("\xEF\xBB\xBF"); }
};

} // namespace hoshi
