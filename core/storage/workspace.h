// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "criteria/criteriaregistry.h"
#include "criteria/pointoverlay.h"
#include "domain/baseline.h"
#include "domain/model.h"
#include "domain/review.h"
#include "domain/snapshot.h"
#include "lifecycle/labelrecord.h"
#include "storage/location.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <optional>

class QLockFile;

namespace hoshi {

namespace storage {
class Backend;
class WorkspaceCopy;
class SnapshotReader;
}
class ChangeFeed;
class Transaction;
struct CraRecord; // cra/crarecord.h

// Reports progress (bytes done, bytes total); returning false asks the operation to cancel.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

// One open `.hoshi` workspace: a single SQLite file holding every organisation, product,
// declaration, assessment, evidence record, evidence file content and the change history.
// Every public mutator is one transaction: it either happens completely or not at all, and
// there is no separate "save". Methods returning bool/ids set *error (translated) on failure.
//
// A Workspace object belongs to the thread that opened it. Background work (large imports)
// opens its own connection with openSecondary() on the same path.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::Workspace)

public:
    enum class Access { ReadWrite, ReadOnly };

    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // Creates a new, empty workspace file; refuses to overwrite an existing file.
    [[nodiscard]] static std::unique_ptr<Workspace> create(const QString &path, QString *error);
    // Opens an existing workspace. ReadWrite takes the lock beside the file; a second opener
    // gets an error naming who holds it. ReadOnly takes no lock and refuses every change.
    [[nodiscard]] static std::unique_ptr<Workspace> open(const QString &path, Access access, QString *error);
    // A further connection for a worker thread of the process that already holds the lock.
    [[nodiscard]] static std::unique_ptr<Workspace> openSecondary(const QString &path, QString *error);

    static constexpr qint32 ApplicationId = 0x486f7368; // "Hosh"
    static constexpr int SchemaVersion = 18; // == schema::migrationSteps().size()
    static constexpr qint64 ChunkSize = 1 << 20;

    // The file's absolute path, or the server address without its password.
    [[nodiscard]] QString path() const { return m_path; }
    // True for a workspace on a PostgreSQL server (see location.h): several people at once, who
    // are the server's authenticated users; false for a `.hoshi` file.
    [[nodiscard]] bool isServer() const { return m_location.isServer(); }
    [[nodiscard]] bool isReadOnly() const { return m_access == Access::ReadOnly; }
    // What others commit to a server workspace, announced as it happens (changefeed.h); the
    // first call starts listening on this workspace's connection. nullptr for a file (it has
    // one writer) or when the server cannot be listened to.
    [[nodiscard]] ChangeFeed *changeFeed();
    // Who is recorded in the history; defaults to the login name. On a server it is always the
    // user the server authenticated, and this does nothing.
    void setActor(const QString &actor)
    {
        if (!isServer())
            m_actor = actor;
    }
    [[nodiscard]] QString actor() const { return m_actor; }
    // This workspace's own identity (meta "workspace_id", a UUID made when it was created).
    [[nodiscard]] QString workspaceId() const;

    // Criteria: built-ins plus every set stored in this workspace (declarations keep a copy
    // of the exact set they were created with).
    [[nodiscard]] const CriteriaRegistry &criteria() const { return m_criteria; }
    [[nodiscard]] const CriteriaSet *criteriaFor(qint64 declarationId) const;
    // Makes a set (for example a user's file) known to this workspace.
    [[nodiscard]] bool addCriteriaSet(const CriteriaSet &set, QString *error);
    // Problems with the files in the user's criteria folder (CriteriaRegistry::userFolder()),
    // which every workspace loads next to the built-in sets.
    [[nodiscard]] const QList<CriteriaProblem> &criteriaProblems() const { return m_criteriaProblems; }

    // Organisations
    [[nodiscard]] QList<Organisation> organisations() const;
    [[nodiscard]] std::optional<Organisation> organisation(qint64 id) const;
    [[nodiscard]] qint64 addOrganisation(const Organisation &organisation, QString *error);
    [[nodiscard]] bool updateOrganisation(const Organisation &organisation, QString *error);

    // Products
    [[nodiscard]] QList<Product> products(qint64 organisationId = -1) const;
    [[nodiscard]] std::optional<Product> product(qint64 id) const;
    [[nodiscard]] qint64 addProduct(const Product &product, QString *error);
    [[nodiscard]] bool updateProduct(const Product &product, QString *error);

    // Declarations
    [[nodiscard]] QList<Declaration> declarations(qint64 productId = -1) const;
    [[nodiscard]] std::optional<Declaration> declaration(qint64 id) const;
    // On the newest data revision of the set known here, or on the one given (dataRevision > 0).
    [[nodiscard]] qint64 addDeclaration(qint64 productId, const QString &criteriaSetId, Route route, QString *error);
    [[nodiscard]] qint64 addDeclaration(qint64 productId, const QString &criteriaSetId, int dataRevision, Route route,
                                        QString *error);
    [[nodiscard]] bool updateDeclaration(const Declaration &declaration, QString *error);
    // Renaming and removing (workspace_catalogedit.cpp). Each is one transaction with a history
    // entry. Removal refuses, naming them, while other records depend on the record: products
    // of an organisation, declarations of a product, exports or reviews of a declaration.
    // A declaration takes its own assessments and the evidence that backs nothing else with it.
    [[nodiscard]] bool renameOrganisation(qint64 organisationId, const QString &name, QString *error);
    [[nodiscard]] bool renameProduct(qint64 productId, const QString &name, QString *error);
    [[nodiscard]] bool renameDeclaration(qint64 declarationId, const QString &name, QString *error);
    // The name the user gave a declaration ("" when none: it is then named after its criteria).
    [[nodiscard]] QString declarationName(qint64 declarationId) const;
    [[nodiscard]] bool removeOrganisation(qint64 organisationId, QString *error);
    [[nodiscard]] bool removeProduct(qint64 productId, QString *error);
    [[nodiscard]] bool removeDeclaration(qint64 declarationId, QString *error);
    // What points at a record besides the tables in `handled` ("3 record(s) in product", ...).
    [[nodiscard]] QStringList dependantsOf(const QString &table, qint64 id, const QStringList &handled) const;
    [[nodiscard]] static QString describeRecords(const QString &table, int count);

    // Starts a declaration of the same product against another criteria set (a new version),
    // carrying over verdict, justification, notes and evidence of every item whose id and
    // content hash are unchanged. Items that are new or changed are listed in *review.
    [[nodiscard]] qint64 carryOverDeclaration(qint64 fromDeclarationId, const QString &toCriteriaSetId,
                                              QStringList *review, QString *error);

    // Criteria identity (workspace_criteriadata.cpp). A declaration names IPA's official set id
    // (Declaration::criteriaSetId) and the data revision of Hoshi's file for it
    // (Declaration::criteriaDataRevision). The set exactly as stored for a declaration, without
    // its point overlay; criteriaFor() gives the set with the overlay applied.
    [[nodiscard]] const CriteriaSet *storedCriteriaFor(qint64 declarationId) const;
    // The newest data revision of the declaration's official set known to this installation or
    // the workspace (0 when none is newer than the declaration's own).
    [[nodiscard]] int newerCriteriaDataRevision(qint64 declarationId) const;
    // Moves a declaration to another data revision of the same official set, in place: every
    // verdict, justification, note, evidence link and point answer stays; point answers on points
    // the new data no longer has move to a matching point or are listed in *changes->unmatched.
    [[nodiscard]] bool updateCriteriaData(qint64 declarationId, int toDataRevision, PointAnswerChanges *changes,
                                          QString *error);

    // Official evaluation points laid over a declaration's criteria set (see pointoverlay.h).
    [[nodiscard]] std::optional<PointOverlay> pointOverlay(qint64 declarationId) const;
    // Stores the overlay (replacing any), after PointOverlay::fitsSet. Point choices and point
    // links move to the official points where they match one-to-one; *changes lists the moves
    // and what had no match. One transaction with a history entry.
    [[nodiscard]] bool setPointOverlay(qint64 declarationId, const PointOverlay &overlay, PointAnswerChanges *changes,
                                       QString *error);
    // Removes the overlay: the set's own points apply again (answers moved back where they match).
    [[nodiscard]] bool clearPointOverlay(qint64 declarationId, PointAnswerChanges *changes, QString *error);

    // Assessments: one per item of the declaration's criteria set, in criteria order. Items the
    // set marks vendor-scope are shared by every declaration of the organisation for that set.
    [[nodiscard]] QList<Assessment> assessments(qint64 declarationId) const;
    [[nodiscard]] Assessment assessment(qint64 declarationId, const QString &itemId) const;
    [[nodiscard]] bool setAssessment(qint64 declarationId, const QString &itemId, Verdict verdict,
                                     const QString &justification, const QString &notes, QString *error);
    // The same, but only while the stored assessment still has expectedVersion (the
    // Assessment::rowVersion the caller read; 0 for an item never answered). Otherwise nothing
    // is saved, *conflict is set and *error says who changed it, when, and what it holds now.
    [[nodiscard]] bool setAssessmentIfUnchanged(qint64 declarationId, const QString &itemId, qint64 expectedVersion,
                                                Verdict verdict, const QString &justification, const QString &notes,
                                                QString *error, bool *conflict = nullptr);

    // Evidence. An evidence record belongs to an organisation and backs one or more items.
    [[nodiscard]] QList<Evidence> evidenceFor(qint64 declarationId, const QString &itemId) const;
    [[nodiscard]] QList<Evidence> evidenceOfDeclaration(qint64 declarationId) const; // itemIds filled
    [[nodiscard]] std::optional<Evidence> evidence(qint64 id) const;
    [[nodiscard]] qint64 addEvidence(qint64 declarationId, const QStringList &itemIds, const Evidence &evidence,
                                     QString *error);
    [[nodiscard]] bool updateEvidence(const Evidence &evidence, QString *error);
    [[nodiscard]] bool linkEvidence(qint64 evidenceId, qint64 declarationId, const QString &itemId, QString *error);
    [[nodiscard]] bool unlinkEvidence(qint64 evidenceId, qint64 declarationId, const QString &itemId,
                                      QString *error);
    [[nodiscard]] bool removeEvidence(qint64 evidenceId, QString *error);

    // Evaluation points (workspace_points.cpp). For an item whose points are alternatives the
    // vendor states which apply; evidence linked to an item can be linked to its points.
    [[nodiscard]] QStringList chosenPoints(qint64 declarationId, const QString &itemId) const;
    [[nodiscard]] bool setPointChosen(qint64 declarationId, const QString &itemId, const QString &pointId,
                                      bool chosen, QString *error);
    [[nodiscard]] QStringList evidencePoints(qint64 evidenceId, qint64 declarationId, const QString &itemId) const;
    [[nodiscard]] bool setEvidencePoints(qint64 evidenceId, qint64 declarationId, const QString &itemId,
                                         const QStringList &pointIds, QString *error);
    // PSTI statement of compliance kept as a file: stored like evidence, belongs to the declaration.
    [[nodiscard]] qint64 attachPstiStatement(qint64 declarationId, const QString &filePath, QString *error);
    [[nodiscard]] std::optional<Evidence> pstiStatementFile(qint64 declarationId) const;

    // Official forms (workspace_forms.cpp): the user's copy of IPA's checklist workbook attached
    // to a declaration, its bytes kept in the content store exactly as given, with its form
    // profile JSON. Attaching again replaces the form; the profile is not interpreted here.
    [[nodiscard]] bool attachForm(qint64 declarationId, const QString &originalName, const QByteArray &templateBytes,
                                  const QByteArray &profileJson, QString *error);
    [[nodiscard]] bool setFormProfile(qint64 declarationId, const QByteArray &profileJson, QString *error);
    // std::nullopt when no form is attached (or on error, then *error is set).
    [[nodiscard]] std::optional<AttachedForm> attachedForm(qint64 declarationId, bool withTemplate,
                                                           QString *error = nullptr) const;
    [[nodiscard]] bool removeForm(qint64 declarationId, QString *error);

    // Evidence files. The content is read once, hashed (SHA-256) and stored in chunks;
    // identical content is stored once. Cancel (progress returning false) leaves nothing behind.
    [[nodiscard]] qint64 attachFile(qint64 evidenceId, const QString &filePath, QString *error,
                                    const ProgressCallback &progress = {});
    [[nodiscard]] qint64 attachData(qint64 evidenceId, const QString &originalName, const QByteArray &data,
                                    QString *error);
    [[nodiscard]] bool removeFile(qint64 fileId, QString *error);
    [[nodiscard]] std::optional<EvidenceFile> file(qint64 fileId) const;
    // Streams stored content to a device, chunk by chunk.
    [[nodiscard]] bool readContent(const QString &sha256, QIODevice *out, QString *error,
                                   const ProgressCallback &progress = {}) const;
    // Calls sink for every stored chunk in order; stops with false if sink returns false.
    [[nodiscard]] bool forEachChunk(const QString &sha256, const std::function<bool(const QByteArray &)> &sink,
                                    QString *error) const;
    // Re-reads stored content and compares it with its recorded SHA-256 and size.
    [[nodiscard]] bool verifyContent(const QString &sha256, QString *error) const;
    [[nodiscard]] qint64 storedBlobCount() const;

    // Everything the submission gate and the exports need about one declaration.
    enum class ContentCheck { Skip, Verify };
    [[nodiscard]] std::optional<DeclarationSnapshot> snapshot(qint64 declarationId, ContentCheck check,
                                                              QString *error) const;

    // Review (workspace_review.cpp). Every mutator is one transaction with a history entry
    // recorded under the given author (the GUI passes actor(), the CLI --author).
    // Comments: itemId empty for a general remark on the declaration.
    [[nodiscard]] qint64 addComment(qint64 declarationId, const QString &itemId, const QString &author,
                                    const QString &text, QString *error);
    // Adds every comment or none (imported findings); id, createdAt and resolved state are taken
    // from the values when set.
    // All or nothing; *ids (when given) gets each new comment's id, from its own insert.
    [[nodiscard]] bool addComments(const QList<ReviewComment> &comments, QString *error, QList<qint64> *ids = nullptr);
    [[nodiscard]] bool resolveComment(qint64 commentId, const QString &author, QString *error);
    [[nodiscard]] QList<ReviewComment> comments(qint64 declarationId) const; // oldest first
    [[nodiscard]] std::optional<ReviewComment> comment(qint64 commentId) const;
    // Sign-off: draft → in review → changes requested → approved. The approver must differ from
    // everyone who changed the declaration since the last approval (from the history).
    [[nodiscard]] ReviewState reviewState(qint64 declarationId) const;
    [[nodiscard]] bool requestReview(qint64 declarationId, const QString &author, QString *error);
    [[nodiscard]] bool approve(qint64 declarationId, const QString &author, QString *error);
    [[nodiscard]] bool reject(qint64 declarationId, const QString &author, const QString &reason, QString *error);
    // The approval in force: the latest sign-off when it is an approval (stale or not).
    [[nodiscard]] std::optional<SignOff> currentApproval(qint64 declarationId) const;
    [[nodiscard]] QList<SignOff> signOffs(qint64 declarationId) const; // oldest first
    // The names that changed the declaration since its last approval (or ever, without one).
    [[nodiscard]] QStringList changersSinceApproval(qint64 declarationId) const;
    // Typed names prove nothing on a file workspace; the operating-system account recorded beside
    // each history entry and sign-off does. The account that both approved the declaration (the
    // approval in force, or the latest one) and requested that review or changed the declaration
    // since the approval before; "" when they were different accounts or nothing is recorded.
    [[nodiscard]] QString selfApprovedAccount(qint64 declarationId) const;
    // Workspace setting "require approval before export" (off by default).
    [[nodiscard]] bool requireApproval() const;
    [[nodiscard]] bool setRequireApproval(bool on, QString *error);
    // Workspace settings "review-period-months.<kind>": how long evidence of a kind stays good
    // by default, in months after its effective date (ShelfLife; workspace_shelflife.cpp).
    // Unset: device tests 12 months, documents none. 0 = no default review date for the kind.
    [[nodiscard]] ReviewPeriods reviewPeriods() const;
    [[nodiscard]] bool setReviewPeriod(EvidenceKind kind, int months, QString *error);
    // State, approval (and whether it is stale), open comments and the setting, as the gate
    // and the exports see them. snapshot() fills DeclarationSnapshot::review with this.
    [[nodiscard]] ReviewSummary reviewSummary(const DeclarationSnapshot &snapshot) const;
    // Time of the newest history entry of the declaration itself (one indexed look-up).
    [[nodiscard]] QDateTime lastChange(qint64 declarationId) const;
    // Baselines: frozen copies of a declaration (DeclarationJson, with file hashes) taken at
    // approval, export and label time; never changed afterwards (workspace_baselines.cpp).
    // The current declaration as DeclarationJson bytes, and its DeclarationFingerprint.
    [[nodiscard]] std::optional<QByteArray> declarationJson(qint64 declarationId, QString *error) const;
    [[nodiscard]] QString fingerprint(qint64 declarationId, QString *error) const;
    // Keeps the current declaration as a baseline; returns its id.
    [[nodiscard]] qint64 addBaseline(qint64 declarationId, BaselineKind kind, const QString &exportId, QString *error);
    // Keeps given DeclarationJson bytes (what an export wrote) as a baseline.
    [[nodiscard]] qint64 addBaseline(qint64 declarationId, BaselineKind kind, const QString &exportId,
                                     const QByteArray &json, QString *error);
    // An export for submission: the Export baseline of what was written, and the declaration
    // marked exported, in one transaction.
    [[nodiscard]] bool recordExport(qint64 declarationId, const QString &exportId, const QByteArray &json,
                                    QString *error);
    [[nodiscard]] QList<Baseline> baselines(qint64 declarationId) const; // newest first
    [[nodiscard]] std::optional<Baseline> latestBaseline(qint64 declarationId, BaselineKind kind) const;
    // The declaration whose Export baseline carries this archive's export id (indexed look-up).
    [[nodiscard]] std::optional<qint64> declarationOfExport(const QString &exportId) const;

    // Label lifecycle (workspace_label.cpp). setLabelRecord() checks LabelRules, stores the
    // normalised record, writes every status change to the history ("label-status") and keeps a
    // Label baseline when the label is first recorded or its registration number changes.
    [[nodiscard]] std::optional<LabelRecord> labelRecord(qint64 declarationId) const;
    [[nodiscard]] bool setLabelRecord(const LabelRecord &record, QString *error);
    // The label's own history entries (newest first): recorded, edited, status changes.
    [[nodiscard]] QList<HistoryEntry> labelHistory(qint64 declarationId) const;

    // EU Cyber Resilience Act (workspace_cra.cpp, schema step 17): what the CRA asks of a
    // declaration beyond the ★1 answers (SBOM, support period, CVD policy, contact, reporting,
    // conformity assessment). craRecord() gives an empty record (rowVersion 0) when none is
    // stored; nullopt when the declaration does not exist. setCraRecord() stores the record
    // only while the stored one still has expectedVersion (-1: whatever is stored), one
    // transaction with a "cra-edited" history entry per change.
    [[nodiscard]] std::optional<CraRecord> craRecord(qint64 declarationId, QString *error = nullptr) const;
    [[nodiscard]] bool setCraRecord(const CraRecord &record, qint64 expectedVersion, QString *error,
                                    bool *conflict = nullptr);

    // Append-only history (newest first). itemId empty: the whole declaration.
    [[nodiscard]] QList<HistoryEntry> history(qint64 declarationId, const QString &itemId = {}) const;
    // Every entry of the workspace, newest first, with its declaration id.
    [[nodiscard]] QList<HistoryEntry> workspaceHistory() const;

    // Rewrites the file without the space freed by removed evidence (SQLite VACUUM). Needs
    // free disk space of about the file's size while it runs; the file is unchanged on failure.
    [[nodiscard]] bool compact(QString *error);

    // Removes a declaration only while nothing was recorded in it (no verdict, justification,
    // notes or evidence; never approved, exported or labelled), saying what holds it otherwise.
    [[nodiscard]] bool removeEmptyDeclaration(qint64 id, QString *error);

    // Runs work as one transaction: what it changes through this workspace is kept only when it
    // returns true, so a batch (an evidence import) happens completely or not at all.
    [[nodiscard]] bool inOneTransaction(const std::function<bool(QString *error)> &work, QString *error);

    // PRAGMA integrity_check; "ok" when the file is sound.
    [[nodiscard]] QString integrityCheck() const;

private:
    // Copies records between two workspaces on their own connections and transactions (push, pull).
    friend class storage::WorkspaceCopy;
    // Reads the snapshots of many declarations in one pass (snapshotreader.h).
    friend class storage::SnapshotReader;
    Workspace(const WorkspaceLocation &location, Access access);
    [[nodiscard]] bool openConnection(bool create, QString *error);
    // A workspace on a server (workspace_server.cpp): no lock file, no header to read; the user
    // recorded in the history is the one the server authenticated.
    [[nodiscard]] static std::unique_ptr<Workspace> createOnServer(const QString &url, QString *error);
    [[nodiscard]] static std::unique_ptr<Workspace> openOnServer(const QString &url, Access access, QString *error);
    [[nodiscard]] bool adoptServerIdentity(QString *error);
    [[nodiscard]] bool applyMigrationSteps(int fromVersion, QString *error);
    // What open() learns before it changes anything (see workspace_probe.cpp).
    struct Probe {
        bool identityKnown = false; // this file at this place was checked before
    };
    [[nodiscard]] static bool probe(const QString &path, Probe *probe, QString *error);
    void recordIdentity();
    [[nodiscard]] bool migrate(QString *error);
    [[nodiscard]] bool loadStoredCriteria(QString *error);
    [[nodiscard]] bool ensureWritable(QString *error) const;
    [[nodiscard]] bool storeCriteriaSet(const CriteriaSet &set, QString *error);
    // Step 8 of the schema, in code: sets stored under the ids of Hoshi's former "-rev" data
    // files become data revisions of the official id (legacycriteria.cpp).
    [[nodiscard]] bool migrateLegacyCriteriaIds(QString *error);
    // Rewrites point choices and point links of a declaration from one view of its items to
    // another (data revision change, overlay set or cleared).
    [[nodiscard]] bool movePointAnswers(qint64 declarationId, const CriteriaSet &before, const CriteriaSet &after,
                                        PointAnswerChanges *changes, QString *error);
    [[nodiscard]] bool moveVendorAnswers(const Declaration &declaration, int toDataRevision, QString *error);
    [[nodiscard]] bool storePointOverlay(qint64 declarationId, const std::optional<PointOverlay> &overlay,
                                         PointAnswerChanges *changes, QString *error);
    [[nodiscard]] qint64 ensureAssessmentRow(qint64 declarationId, const QString &itemId, QString *error);
    // On a server, locks the row until the transaction ends (SELECT ... FOR UPDATE).
    [[nodiscard]] bool lockRow(const QString &table, qint64 id, QString *error);
    [[nodiscard]] QString describeAssessmentConflict(qint64 declarationId, const Assessment &now,
                                                     qint64 expectedVersion) const;
    // Appends to the history inside the caller's transaction. A failed insert is kept and makes
    // the change's commitChange() fail, so a change is never saved without its history.
    void record(qint64 declarationId, qint64 organisationId, const QString &itemId, const QString &action,
                const QString &summary);
    // Commits a change's transaction unless a history insert in it failed (then rolled back).
    [[nodiscard]] bool commitChange(Transaction &transaction, QString *error);
    // Records the same entry for every item an evidence record backs.
    void recordForEvidence(qint64 evidenceId, const QString &action, const QString &summary);
    // Point choices and links of one item, copied when a declaration is carried over.
    [[nodiscard]] bool copyPointData(qint64 fromDeclarationId, qint64 toDeclarationId, const QString &itemId,
                                     QString *error);
    void fillPointData(DeclarationSnapshot &snapshot) const;
    [[nodiscard]] qint64 storeFileRow(qint64 evidenceId, qint64 blobId, const QString &name, qint64 size,
                                      const QString &mediaType, QString *error);
    [[nodiscard]] QList<EvidenceFile> filesOf(qint64 evidenceId) const;
    // Review helpers (workspace_review.cpp): a history entry under a given name, and one sign-off row.
    [[nodiscard]] qint64 recordAs(const QString &actor, qint64 declarationId, const QString &itemId,
                                  const QString &action, const QString &summary, QString *error);
    [[nodiscard]] bool addSignOff(qint64 declarationId, ReviewState state, const QString &author,
                                  const QString &reason, const QString &summary, QString *error);
    [[nodiscard]] bool describeChangesFromBaseline(const DeclarationSnapshot &snapshot, ReviewSummary *review) const;
    void describeChangesFromHistory(qint64 signOffId, qint64 declarationId, ReviewSummary *review) const;
    [[nodiscard]] QSqlDatabase db() const;


    WorkspaceLocation m_location;
    QString m_path;
    Access m_access;
    std::unique_ptr<storage::Backend> m_backend;
    QString m_connectionName;
    QString m_actor;
    CriteriaRegistry m_criteria; // what new declarations can use
    CriteriaRegistry m_stored;   // exact copies the workspace's declarations were made with
    // Sets with a declaration's point overlay applied, keyed by set id, data revision and the
    // overlay's hash; never removed, so criteriaFor() pointers stay valid.
    mutable std::map<QString, CriteriaSet> m_overlaid;
    QList<CriteriaProblem> m_criteriaProblems;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<ChangeFeed> m_changeFeed;
    mutable int m_transactionDepth = 0;
    // Why a history insert failed in the open change; cleared when an outermost change starts.
    mutable QString m_historyFailure;
};

} // namespace hoshi
