// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "craannex.h"
#include "crarecord.h"
#include "domain/snapshot.h"
#include "markets/mappinglibrary.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace hoshi {

class Workspace;

// How far the ★1 evidence of a declaration goes towards one Annex I requirement.
enum class CraCoverage {
    Covered,    // a ★1 item equivalent to (or wider than) it is conforming with evidence, no gap named
    Partly,     // some mapped ★1 item is conforming with evidence, but it covers only part of it
    NotCovered, // no ★1 item maps to it, or none of those is conforming with evidence yet
};

// One evidence file as it sits in the evidence archive exported from the same declaration.
struct CraFileRef {
    QString originalName;
    QString archivePath; // relative to the bag root (EvidencePlan), "data/evidence/…"
    QString sha256;
    qint64 size = 0;
};

struct CraEvidenceRef {
    qint64 evidenceId = -1;
    QString title;
    EvidenceKind kind = EvidenceKind::DocumentReview;
    QString reference; // in English: document number, pages, chapter; or summary, test date, firmware
    QList<CraFileRef> files;
};

// A ★1 item that the mapping relates to a requirement, with what the declaration says about it.
struct CraSupport {
    QString itemId;
    LocalizedText itemTitle;
    markets::Relationship relationship = markets::Relationship::Intersects;
    markets::Provenance provenance = markets::Provenance::Ours;
    QString rationale;
    Verdict verdict = Verdict::NotAssessed;
    QList<CraEvidenceRef> evidence; // current evidence only (superseded records left out)

    // Conforming with at least one evidence record: the item counts towards the requirement.
    [[nodiscard]] bool supports() const { return verdict == Verdict::Conforming && !evidence.isEmpty(); }
};

// Something the CRA asks that ★1 does not: named, tied to an Annex I point (or to an article
// beyond Annex I), and answered by a CRA field when the manufacturer has filled it.
struct CraGap {
    QString id;          // "sbom", "support-period", …
    QString annexKey;    // CraAnnexPoint::key, "" for a duty beyond Annex I
    QString article;     // "Article 14" for those; "" otherwise
    QString title;       // reader's language
    QString explanation; // reader's language
    QString englishTitle;
    QString englishExplanation;
    std::optional<CraField> field; // where the manufacturer records it; none: the technical documentation
    bool addressed = false;        // the field (or fields) hold an answer
};

struct CraRequirement {
    CraAnnexPoint point;
    QString text;             // from the mapping set (the Regulation's words when textIsQuote)
    bool textIsQuote = false;
    bool inMapping = false;   // false: the mapping set lacks this point (then nothing maps to it)
    QString note;             // the mapping's note on what ★1 does not cover here (English), "" when none
    QList<CraSupport> supports;
    QList<CraGap> gaps;       // what ★1 does not cover here
    CraCoverage coverage = CraCoverage::NotCovered;
};

// The readiness of one declaration for the CRA, computed from its snapshot, its CRA record and
// the ★1 ↔ CRA Annex I mapping set: a pure function, so the GUI page, `hoshi-cli cra` and the
// drafts all show the same thing.
struct CraReadiness {
    Q_DECLARE_TR_FUNCTIONS(hoshi::CraReadiness)

public:
    static constexpr char MappingSetId[] = "jcstar1-eu-cra-annex-i";

    QString mappingSetId;
    QString mappingTitle;
    Organisation organisation;
    Product product;
    Declaration declaration;
    QString declarationName;
    CraRecord record;
    QList<CraRequirement> requirements; // CraAnnex::points() order
    QList<CraGap> otherGaps;            // duties beyond Annex I (reporting, risk assessment, procedure)

    // From a snapshot: refuses (with *error) a declaration whose criteria set is not the
    // mapping's source, or a mapping set that is missing.
    [[nodiscard]] static std::optional<CraReadiness> of(const DeclarationSnapshot &snapshot, const CraRecord &record,
                                                        const markets::MappingSet *mapping, QString *error);
    // Reads the declaration (snapshot and CRA record) and uses the shipped mapping set.
    [[nodiscard]] static std::optional<CraReadiness> read(const Workspace &workspace, qint64 declarationId,
                                                          QString *error);

    [[nodiscard]] int count(CraCoverage coverage) const;
    [[nodiscard]] QList<CraGap> allGaps() const; // per requirement, then beyond Annex I
    [[nodiscard]] int openGaps() const;

    [[nodiscard]] static QString coverageKey(CraCoverage coverage); // "covered", "partly", "not-covered"
    [[nodiscard]] static QString coverageName(CraCoverage coverage); // reader's language
    [[nodiscard]] static QString englishCoverageName(CraCoverage coverage);
    [[nodiscard]] static QString relationshipName(markets::Relationship relationship); // reader's language
    // Why the requirement has its coverage, one sentence in the reader's language.
    [[nodiscard]] static QString coverageReason(const CraRequirement &requirement);
    // Stable keys, English text: what `hoshi-cli cra --json` prints.
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace hoshi
