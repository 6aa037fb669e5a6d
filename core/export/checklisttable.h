// SPDX-License-Identifier: Apache-2.0
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
    // Evaluation points, one line each: "S1.1-07-b [D] text — relied on, evidenced".
    QStringList points;
};

struct ChecklistColumn {
    QString header;
    double width; // in XLSX character units
};

// Document language of a checklist: "ja" (the default: Japanese with English alongside, as
// IPA's desk reads it) or "en" (English only, allowed on the UK PSTI route).
class ChecklistTable
{
public:
    [[nodiscard]] static QList<ChecklistRow> rows(const DeclarationSnapshot &snapshot,
                                                  const QString &language = QStringLiteral("ja"));
    // UTF-8 with a byte order mark (so that Excel in Japan opens it as UTF-8), CRLF line ends,
    // RFC 4180 quoting (TableWriter). Holds nothing but workspace data: the same data gives the same bytes.
    [[nodiscard]] static QByteArray csv(const DeclarationSnapshot &snapshot, const QString &language = QStringLiteral("ja"));
    [[nodiscard]] static QStringList csvHeader(const QString &language = QStringLiteral("ja"));
    // The columns and one row's cells, shared by the CSV and the XLSX.
    [[nodiscard]] static QList<ChecklistColumn> columns(const QString &language);
    [[nodiscard]] static QStringList cells(const ChecklistRow &row, const QString &language);
    [[nodiscard]] static QStringList pointLines(const DeclarationSnapshot &snapshot, const CriteriaItem &item,
                                                const QString &language);
};

} // namespace hoshi
