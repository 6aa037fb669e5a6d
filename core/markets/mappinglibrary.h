// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace hoshi {
class CriteriaRegistry;
}

namespace hoshi::markets {

// How an item of the source set (a ★1 criterion) relates to a requirement of the target set,
// in the OSCAL control-mapping vocabulary: equivalent (same scope), subset (the source item
// asks for part of what the target asks), superset (the source asks for more), intersects
// (they overlap, neither contains the other).
enum class Relationship { Equivalent, Subset, Superset, Intersects };
// Who says so: an official instrument (a regulation, a memorandum), or Hoshi's own reading.
enum class Provenance { Official, Ours };

// Stable keys of the mapping files and of every JSON output ("equivalent", "official", ...).
[[nodiscard]] QString relationshipKey(Relationship r);
[[nodiscard]] std::optional<Relationship> relationshipFromKey(const QString &key);
[[nodiscard]] QString provenanceKey(Provenance p);
[[nodiscard]] std::optional<Provenance> provenanceFromKey(const QString &key);

// One requirement of the target set. `text` is the law's own words when textIsQuote, else a
// summary in Hoshi's words (or empty: standards whose text may not be copied ship ids and
// titles only; a local text overlay from the user's own copy fills it in, see textOrigin).
struct TargetRequirement {
    QString id;    // "5.1-1", "Schedule 1 paragraph 1", "I.2(a)"
    QString title; // short, never a copyrighted text
    QString text;
    bool textIsQuote = false;
    QString textOrigin; // "" for the shipped file; the overlay file's path when a user added it
    // Hoshi's note on what the source set does not cover of this requirement ("" when none):
    // the gap a readiness view shows beside the entries.
    QString note;
};

struct MappingEntry {
    QString sourceItemId; // a ★1 item id, "S1.1-02"
    QString targetId;     // a TargetRequirement::id of the same set
    Relationship relationship = Relationship::Intersects;
    QString rationale;    // why, in one or two sentences (English)
    Provenance provenance = Provenance::Ours;
    QString instrument;   // the instrument that says so (provenance Official); "" for Ours
};

// One mapping file: the typed relationships between the items of one criteria set and the
// requirements of one target set (a standard, a law's schedule or annex).
struct MappingSet {
    QString id;               // "jcstar1-uk-psti"
    QString sourceCriteriaId; // "JST-CR-01-01-2024R1"
    QString targetSetId;      // "uk-psti-schedule-1"
    QString targetTitle;      // "UK PSTI security requirements (SI 2023/1007, Schedule 1)"
    QString targetSource;     // where the target's requirements come from (instrument, edition)
    bool targetTextQuotable = false; // false: ids and titles only (copyrighted standards)
    QString description;      // what the set is and is not (English)
    QString origin;           // the file it was read from (":/mappings/..." when shipped)
    QList<TargetRequirement> targets;
    QList<MappingEntry> entries;

    [[nodiscard]] const TargetRequirement *target(const QString &id) const;
    [[nodiscard]] QList<MappingEntry> entriesForTarget(const QString &targetId) const;
    [[nodiscard]] QList<MappingEntry> entriesForSource(const QString &sourceItemId) const;
};

// One thing wrong with a mapping file, located precisely enough to fix it by hand.
struct MappingProblem {
    QString file;
    QString pointer; // JSON pointer, "" for the whole document
    QString message;

    [[nodiscard]] QString toString() const; // "FILE: POINTER: MESSAGE"
};

// Every mapping set Hoshi knows: the shipped files (compiled in as ":/mappings/*.json",
// validated against ":/mappings/schema.json") and any file a user adds. A file is either a
// mapping set or a text overlay (the target's text from the user's own copy of a standard,
// laid over every set of that target). A refused file changes nothing.
class MappingLibrary
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::markets::MappingLibrary)

public:
    MappingLibrary() = default;

    // The shipped sets, loaded once; never fails silently (a broken shipped file is a build
    // error the tests catch, and shipped() then holds the files that did load).
    [[nodiscard]] static const MappingLibrary &shipped();
    // A copy of the shipped library with the user's folder added (problems of bad files in *problems).
    [[nodiscard]] static MappingLibrary withUserFiles(QList<MappingProblem> *problems);
    // The folder users drop their own mapping and text-overlay files into.
    [[nodiscard]] static QString userFolder();

    // Loads one file (mapping set or text overlay). The criteria ids are checked against the
    // built-in criteria sets, or against `criteria` when given. On failure *error holds every
    // problem, one per line, each with the file and a JSON pointer.
    bool loadFile(const QString &path, QString *error);
    bool loadFile(const QString &path, const CriteriaRegistry &criteria, QList<MappingProblem> *problems);
    bool loadData(const QByteArray &json, const QString &origin, const CriteriaRegistry &criteria,
                  QList<MappingProblem> *problems);

    [[nodiscard]] const MappingSet *find(const QString &id) const;
    [[nodiscard]] QList<const MappingSet *> all() const;
    // The sets whose source is this criteria set id.
    [[nodiscard]] QList<const MappingSet *> forSource(const QString &criteriaId) const;

    // Files are small; anything larger is refused before parsing.
    static constexpr qint64 MaxFileSize = 2 * 1024 * 1024;

private:
    bool applyOverlay(const QJsonObject &root, const QString &origin, QList<MappingProblem> *problems);

    QList<MappingSet> m_sets;
};

} // namespace hoshi::markets
