// SPDX-License-Identifier: Apache-2.0
#pragma once

// How evidence, assessment, file and sign-off rows are read, shared by Workspace (one
// declaration) and SnapshotReader (many at once) so both give the same records.

#include "domain/model.h"
#include "domain/review.h"

#include <QDateTime>
#include <QStringList>

#include <iterator>

namespace hoshi::evidencerows {

struct EvidenceText {
    const char *column;
    QString Evidence::*member;
};
inline const EvidenceText evidenceText[] = {
    {"title", &Evidence::title},         {"document_number", &Evidence::documentNumber},
    {"pages", &Evidence::pages},         {"chapter", &Evidence::chapter},
    {"url", &Evidence::url},             {"excerpt", &Evidence::excerpt},
    {"procedure", &Evidence::procedure}, {"summary", &Evidence::summary},
    {"tester", &Evidence::tester},       {"firmware_version", &Evidence::firmwareVersion},
    {"environment", &Evidence::environment},
    {"tool", &Evidence::tool},           {"tool_version", &Evidence::toolVersion},
    {"target", &Evidence::target},       {"firmware_image_sha256", &Evidence::firmwareImageSha256},
    {"capture_recipe", &Evidence::captureRecipe}, {"capture_findings", &Evidence::captureFindings},
    {"finding_notes", &Evidence::findingNotes},
};

// Columns before the text columns: id, organisation_id, updated_at, kind, tested_on,
// effective_on, review_by, superseded_by.
inline constexpr int evidenceLeadingColumns = 8;
// Columns a query selecting "id, organisation_id, updated_at, evidenceColumns()" returns.
inline constexpr int evidenceColumnCount = evidenceLeadingColumns + int(std::size(evidenceText));

inline QString evidenceColumns()
{
    QStringList columns{QStringLiteral("kind"), QStringLiteral("tested_on"), QStringLiteral("effective_on"),
                        QStringLiteral("review_by"), QStringLiteral("superseded_by")};
    for (const EvidenceText &f : evidenceText)
        columns << QLatin1String(f.column);
    return columns.join(QLatin1String(", "));
}

// A row of "id, organisation_id, updated_at, evidenceColumns()" (with `prefix` columns before).
template <typename Row> // QSqlQuery or SqlQuery
Evidence evidenceFrom(const Row &q, int prefix = 0)
{
    Evidence e;
    e.id = q.value(prefix + 0).toLongLong();
    e.organisationId = q.value(prefix + 1).toLongLong();
    e.updatedAt = QDateTime::fromString(q.value(prefix + 2).toString(), Qt::ISODateWithMs);
    e.kind = evidenceKindFromKey(q.value(prefix + 3).toString()).value_or(EvidenceKind::DocumentReview);
    e.testedOn = QDate::fromString(q.value(prefix + 4).toString(), Qt::ISODate);
    e.effectiveOn = QDate::fromString(q.value(prefix + 5).toString(), Qt::ISODate);
    e.reviewBy = QDate::fromString(q.value(prefix + 6).toString(), Qt::ISODate);
    e.supersededBy = q.value(prefix + 7).isNull() ? -1 : q.value(prefix + 7).toLongLong();
    int i = prefix + evidenceLeadingColumns;
    for (const EvidenceText &f : evidenceText)
        e.*f.member = q.value(i++).toString();
    return e;
}

// Assessment columns: id, item_id, verdict, justification, notes, updated_at, vendor row, row_version.
inline constexpr char assessmentColumns[] =
    "a.id, a.item_id, a.verdict, a.justification, a.notes, a.updated_at, a.organisation_id IS NOT NULL, a.row_version";

template <typename Row>
Assessment assessmentFrom(const Row &q, int prefix = 0)
{
    Assessment a;
    a.id = q.value(prefix + 0).toLongLong();
    a.itemId = q.value(prefix + 1).toString();
    a.verdict = verdictFromKey(q.value(prefix + 2).toString()).value_or(Verdict::NotAssessed);
    a.justification = q.value(prefix + 3).toString();
    a.notes = q.value(prefix + 4).toString();
    a.updatedAt = QDateTime::fromString(q.value(prefix + 5).toString(), Qt::ISODateWithMs);
    a.vendorScope = q.value(prefix + 6).toBool();
    a.rowVersion = q.value(prefix + 7).toLongLong();
    return a;
}

inline constexpr char fileColumns[] = "f.id, f.evidence_id, b.sha256, f.original_name, f.media_type, f.size, f.added_at";

template <typename Row>
EvidenceFile fileFrom(const Row &q, int prefix = 0)
{
    return {q.value(prefix + 0).toLongLong(), q.value(prefix + 1).toLongLong(), q.value(prefix + 2).toString(),
            q.value(prefix + 3).toString(),   q.value(prefix + 4).toString(),   q.value(prefix + 5).toLongLong(),
            QDateTime::fromString(q.value(prefix + 6).toString(), Qt::ISODateWithMs)};
}

inline constexpr char signOffColumns[] = "id, declaration_id, state, author, at, reason, fingerprint, account";

template <typename Row>
SignOff signOffFrom(const Row &q, int prefix = 0)
{
    SignOff s;
    s.id = q.value(prefix + 0).toLongLong();
    s.declarationId = q.value(prefix + 1).toLongLong();
    s.state = reviewStateFromKey(q.value(prefix + 2).toString()).value_or(ReviewState::Draft);
    s.author = q.value(prefix + 3).toString();
    s.at = QDateTime::fromString(q.value(prefix + 4).toString(), Qt::ISODateWithMs);
    s.reason = q.value(prefix + 5).toString();
    s.fingerprint = q.value(prefix + 6).toString();
    s.account = q.value(prefix + 7).toString();
    return s;
}

} // namespace hoshi::evidencerows
