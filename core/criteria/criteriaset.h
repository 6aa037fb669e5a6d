// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "localizedtext.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hoshi {

// How an item's conformance is shown. Stored in criteria files as "document", "device-test", ...
enum class Method { Document, DeviceTest, Sbom, PenetrationTest };

enum class ItemScope { Product, Vendor };
enum class AssessmentKind { SelfDeclaration, ThirdParty };

[[nodiscard]] QString methodKey(Method method);
[[nodiscard]] std::optional<Method> methodFromKey(const QString &key);
// The short badge shown in checklists: "D", "T", "SBOM", "PT".
[[nodiscard]] QString methodBadge(Method method);
// "D+T" style badge for a list of methods.
[[nodiscard]] QString methodsBadge(const QList<Method> &methods);

// How far a field of a criteria file can be trusted (format 2).
enum class Confidence { Official, Secondary, Ours };
[[nodiscard]] QString confidenceKey(Confidence confidence);

// A document the provenance entries of a set cite.
struct SourceDocument {
    QString id; // short id within the set, e.g. "A"
    QString title;
    QString publisher;
    QString date;
    QString kind; // "official" or "secondary" ("" when not stated)
};

// Where one field (or one evaluation point) comes from.
struct SourceRef {
    QString document; // SourceDocument::id, may be empty for Confidence::Ours
    QString section;
    Confidence confidence = Confidence::Ours;
    QString note;
};

// One evaluation point (評価項目) of an item.
struct EvaluationPoint {
    QString id; // e.g. "S1.1-07-a"
    LocalizedText text;
    QList<Method> methods;
    std::optional<SourceRef> source;
    int number = 0; // the point's number in IPA's checklist when a source gives it (format 2)
    // True for a point from IPA's checklist laid over the set (PointOverlay); officialFile and
    // officialSha256 name the user's copy of the checklist it was read from.
    bool official = false;
    QString officialFile;
    QString officialSha256;

    // A point of Hoshi's own making, standing in until the official wording is known: shown as
    // such wherever a person sees it, never as official.
    [[nodiscard]] bool isPlaceholder() const
    {
        return !official && (!source || source->confidence == Confidence::Ours);
    }
};

// all: every point must be evidenced; alternatives: the vendor picks one or more and at
// least one picked point must be evidenced.
enum class PointMode { All, Alternatives };

struct CriteriaItem {
    QString id; // e.g. "S1.1-04"
    LocalizedText area;
    ItemScope scope = ItemScope::Product;
    LocalizedText title;
    LocalizedText requirement;
    QList<Method> methods;
    bool notApplicableAllowed = false;
    LocalizedText notApplicableCondition;
    QStringList etsiMappings;
    QStringList pstiMappings;
    QStringList star1Mappings;
    bool pstiExempt = false;
    LocalizedText guidance;
    // Format 2: evaluation points and the provenance of each field ("requirement", "methods", ...).
    QList<EvaluationPoint> points;
    PointMode pointMode = PointMode::All;
    QHash<QString, SourceRef> provenance;
    // SHA-256 over the normalised requirement, methods, N/A rule and evaluation points: what the
    // item says, Hoshi's descriptive texts included. Differs between data revisions that reword.
    QString contentHash;
    // SHA-256 over the item's official identity: its id, its methods, whether N/A is allowed,
    // and the requirement, N/A condition and points only where the file marks them official.
    // Equal hashes across official versions mean an answer can be carried over unchanged.
    QString identityHash;

    [[nodiscard]] bool hasMethod(Method method) const { return methods.contains(method); }
    [[nodiscard]] const EvaluationPoint *point(const QString &pointId) const;
};

struct CriteriaSet {
    QString id; // IPA's official id, e.g. "JST-CR-01-01-2024R1": what every IPA-facing output names
    // Revision of Hoshi's data file for this official set (descriptions, guidance, points,
    // provenance), from 1. Hoshi's own metadata: never part of an IPA-facing output.
    int dataRevision = 1;
    QString scheme;
    int level = 0;
    QString version;
    QString published;
    QString status;
    LocalizedText title;
    LocalizedText productCategory;
    AssessmentKind assessment = AssessmentKind::SelfDeclaration;
    QStringList supersedes;
    QString source;
    LocalizedText notes;
    QList<CriteriaItem> items;
    int formatVersion = 1;
    QList<SourceDocument> documents; // format 2
    QString publicCommentFrom;       // format 2, drafts put out for public comment
    QString publicCommentTo;
    // The file as loaded, kept so a workspace can store an exact copy of the set it uses.
    QByteArray json;
    QString origin; // ":/criteria/..." for built-in sets, a path or "workspace" otherwise

    [[nodiscard]] const CriteriaItem *item(const QString &itemId) const;
    [[nodiscard]] int indexOf(const QString &itemId) const;
    [[nodiscard]] const SourceDocument *document(const QString &documentId) const;
};

} // namespace hoshi
