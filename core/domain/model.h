// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Plain value types of the workspace. The GUI edits copies of these and hands them back to
// Workspace, which validates and stores them; nothing here touches storage.
namespace hoshi {

enum class Verdict { NotAssessed, Conforming, NotApplicable, NonConforming };
enum class Route { Standard, Psti };
enum class DeclarationState { Draft, Ready, Exported };
enum class LabelStatus { None, Active, ExtensionInProgress, Expired, Withdrawn, Revoked };
enum class EvidenceKind { DocumentReview, DeviceTest };

// Stable keys used in the database, the CLI and JSON exports.
[[nodiscard]] QString verdictKey(Verdict v);
[[nodiscard]] std::optional<Verdict> verdictFromKey(const QString &key);
[[nodiscard]] QString routeKey(Route r);
[[nodiscard]] std::optional<Route> routeFromKey(const QString &key);
[[nodiscard]] QString stateKey(DeclarationState s);
[[nodiscard]] DeclarationState stateFromKey(const QString &key);
[[nodiscard]] QString labelStatusKey(LabelStatus s);
[[nodiscard]] LabelStatus labelStatusFromKey(const QString &key);
[[nodiscard]] QString evidenceKindKey(EvidenceKind k);
[[nodiscard]] std::optional<EvidenceKind> evidenceKindFromKey(const QString &key);
// Translated, human readable names (QCoreApplication::translate, context "hoshi::Model").
[[nodiscard]] QString verdictName(Verdict v);
[[nodiscard]] QString routeName(Route r);
[[nodiscard]] QString labelStatusName(LabelStatus s);
[[nodiscard]] QString evidenceKindName(EvidenceKind k);

struct Organisation {
    qint64 id = -1;
    QString name; // as registered (法人名)
    QString nameEn;
    QString corporateNumber; // 13-digit Japanese corporate number, when there is one
    QString address;
    QString contactName;
    QString contactEmail;
    QString website;
};

// A product with every field of IPA's public label page.
struct Product {
    qint64 id = -1;
    qint64 organisationId = -1;
    QString name;
    QStringList modelNumbers;
    QString category;        // 製品類型
    QString firmwareName;    // name of the supported firmware
    QString firmwareVersion; // the conforming firmware version
    // SHA-256 (lower-case hex) of the current firmware image file, '' when not recorded. Device
    // tests captured against another image are stale as a version change makes them (FirmwareStaleness).
    QString firmwareImageSha256;
    QString versionNotice;   // e.g. "update if older than 1.00"
    QDate supportUntil;
    QString summary;
    QString webPage;
    QString configurationDiagram; // reference to the attached configuration diagram
    QString productContact;
    QString vulnerabilityContact;
    QString vdpUrl; // vulnerability disclosure policy
    QString technicalConformityNumber; // 技適
    QString otherCertifications;
    QString otherSecurityInfo;
};

struct Declaration {
    qint64 id = -1;
    qint64 productId = -1;
    QString criteriaSetId; // IPA's official id of the criteria set
    int criteriaDataRevision = 1; // revision of Hoshi's data file for that set (Hoshi's metadata)
    Route route = Route::Standard;
    DeclarationState state = DeclarationState::Draft;
    QDate evaluationCompletedOn;
    QString pstiStatement; // statement of compliance URL or reference (PSTI route)
    // Label data, once IPA has issued the label.
    QString registrationNumber; // 16 digits
    QDate issuedOn;
    QDate validUntil;
    LabelStatus labelStatus = LabelStatus::None;
    QDateTime createdAt;
};

struct Assessment {
    qint64 id = -1; // -1 while the item has never been touched
    QString itemId;
    Verdict verdict = Verdict::NotAssessed;
    QString justification;
    QString notes;
    bool vendorScope = false; // answered once per organisation
    QDateTime updatedAt;
    // Counts the changes of the stored row (0: never stored); an update that names the version
    // it read is refused when someone changed the row in between.
    qint64 rowVersion = 0;
};

struct EvidenceFile {
    qint64 id = -1;
    qint64 evidenceId = -1;
    QString sha256;
    QString originalName;
    QString mediaType;
    qint64 size = 0;
    QDateTime addedAt;
};

struct Evidence {
    qint64 id = -1;
    qint64 organisationId = -1;
    EvidenceKind kind = EvidenceKind::DocumentReview;
    // Document review
    QString title;
    QString documentNumber; // number and/or version
    QString pages;
    QString chapter;
    QString url;
    QString excerpt;
    // Device test
    QString procedure;
    QString summary;
    QDate testedOn;
    QString tester;
    QString firmwareVersion;
    QString environment;

    // Shelf life (every kind). effectiveOn: when the fact was established (test date, document
    // date); invalid = not stated. reviewBy: when it must be looked at again; invalid = the
    // workspace's default for the kind (which may be none).
    QDate effectiveOn;
    QDate reviewBy;
    // Captured from a tool's output (empty when typed by hand): which tool and version, against
    // which target and firmware image. captureRecipe is JSON (tool, arguments, target) that
    // "run again" repeats; captureFindings is the parsed findings as JSON, findingNotes the
    // user's answers to them (JSON object: finding key -> note). supersededBy: the evidence id
    // of the newer capture that replaced this one, -1 while current.
    QString tool;
    QString toolVersion;
    QString target;
    QString firmwareImageSha256;
    QString captureRecipe;
    QString captureFindings;
    QString findingNotes;
    qint64 supersededBy = -1;

    QList<EvidenceFile> files;    // filled by queries that say so
    QStringList itemIds;          // items this evidence backs (within the queried declaration)
    QDateTime updatedAt;

    // A one-line reference as used in checklists: "Manual v1.2, p. 14, §3.2" or "Test 2025-01-10 (fw 1.0.3)".
    [[nodiscard]] QString reference() const;
};

struct HistoryEntry {
    qint64 id = -1;
    QDateTime at;
    QString actor;
    QString itemId;
    QString action;  // stable key, e.g. "verdict", "evidence-added"
    QString summary; // human readable, already formatted when recorded
    qint64 declarationId = -1; // filled by Workspace::workspaceHistory(); -1: organisation-wide
};

} // namespace hoshi
