// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/snapshot.h"
#include "gate/submissiongate.h"
#include "lifecycle/labelrecord.h"
#include "storage/serverroles.h"
#include "storage/workspace.h"

#include <QObject>
#include <QHash>
#include <QSet>

#include <memory>
#include <optional>

class QTimer;
class QUndoStack;
class QUndoCommand;

namespace hoshi {

struct FindingsImportResult;
struct GateProgress;
namespace officialform {
struct AttachOutcome;
struct FormProfile;
struct LoadedForm;
}

// The open workspace as the GUI sees it: the Workspace itself, the declaration being worked
// on (re-read after every change, with the submission gate's verdict on it) and the undo
// stack. Every widget edits through here, so that each change is committed at once, can be
// undone, and refreshes every view that shows it. The Session holds no rules of its own.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // Workspace life cycle. Errors are returned (translated) and not shown.
    [[nodiscard]] bool createWorkspace(const QString &path, QString *error);
    [[nodiscard]] bool openWorkspace(const QString &path, bool readOnly, QString *error);
    void adoptWorkspace(std::unique_ptr<Workspace> workspace);
    void closeWorkspace();
    [[nodiscard]] Workspace *workspace() const { return m_workspace.get(); }
    [[nodiscard]] bool hasWorkspace() const { return bool(m_workspace); }
    // Read-only sessions refuse edits: a workspace opened read-only, a server that cannot be
    // reached, and on a server the organisations where the signed-in user's role allows no change
    // (the current declaration's organisation; with none open, every organisation).
    [[nodiscard]] bool isReadOnly() const;
    // Why isReadOnly() holds, in the user's language; "" when it does not.
    [[nodiscard]] QString readOnlyReason() const;
    // The signed-in user's roles on a server workspace (unrestricted on a file).
    [[nodiscard]] const ServerRoles &roles() const { return m_roles; }
    // The organisation of the current declaration; -1 without one.
    [[nodiscard]] qint64 currentOrganisationId() const;
    // Why this user may not approve the current declaration; "" when the role allows it.
    [[nodiscard]] QString approvalRefusedReason() const;
    // The raw server text behind the latest errorOccurred message ("" when there was none).
    [[nodiscard]] QString lastErrorDetails() const { return m_lastErrorDetails; }

    // The connection to a server (session_connection.cpp). When it is lost the session is
    // read-only and says so (connectionLost); reconnect() takes a new connection to the same
    // workspace, keeps the declaration on screen, reloads everything and emits connectionRestored.
    [[nodiscard]] bool isDisconnected() const { return m_disconnected; }
    // Asks the server whether the connection still answers; enters the lost state when it does
    // not. True for a file and a working connection.
    bool checkConnection();
    void reconnect(std::unique_ptr<Workspace> workspace);
    // An answer that was not saved: typed while the server could not be reached, or refused
    // because someone else saved first. mine is the whole answer as the user wanted it.
    struct UnsavedAnswer {
        qint64 declarationId = -1;
        Assessment before; // the answer as the user saw it
        Assessment mine;
        qint64 expectedVersion = -1;
        // `stored` with the fields the user changed (mine differs from before) taken from mine.
        [[nodiscard]] Assessment over(const Assessment &stored) const;
    };
    // The answer typed while the server could not be reached, handed over once.
    [[nodiscard]] std::optional<UnsavedAnswer> takeUnsavedAnswer();
    // Saves `wanted` over the stored answer of the current declaration, one undo step per field
    // that differs, each checked against the version stored now.
    void saveAnswer(qint64 declarationId, const Assessment &wanted);
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }

    // The declaration being worked on.
    void setCurrentDeclaration(qint64 declarationId);
    [[nodiscard]] qint64 currentDeclarationId() const { return m_declarationId; }
    [[nodiscard]] const DeclarationSnapshot *snapshot() const { return m_snapshot ? &*m_snapshot : nullptr; }
    [[nodiscard]] const QList<GateProblem> &problems() const { return m_problems; }
    [[nodiscard]] int blockingCount() const { return SubmissionGate::blockingCount(m_problems); }
    [[nodiscard]] QList<GateProblem> problemsOfItem(const QString &itemId) const;
    [[nodiscard]] QList<GateProblem> problemsOfEvidence(qint64 evidenceId) const;
    [[nodiscard]] const CriteriaItem *item(const QString &itemId) const;
    [[nodiscard]] Assessment assessment(const QString &itemId) const;
    [[nodiscard]] QList<Evidence> evidenceFor(const QString &itemId) const;
    [[nodiscard]] std::optional<Evidence> evidence(qint64 evidenceId) const;
    [[nodiscard]] bool isExempt(const QString &itemId) const;
    // Items that count for the declaration (not exempt on its route), and how many of those
    // have a verdict.
    [[nodiscard]] int countedItems() const;
    [[nodiscard]] int assessedItems() const;
    // Items that pass the gate / have a verdict / count (OK x / assessed y / 16).
    [[nodiscard]] GateProgress progress() const;

    // Who the history records for every change (the user's name from the settings).
    void setActor(const QString &actor);
    [[nodiscard]] QString actor() const { return m_actor; }

    // Renaming and removing records (session_catalog.cpp), each an undo step. Removal is
    // refused (with the reason shown) while other records depend on the record. Undoing the
    // removal of an organisation or a product brings it back with every field; a declaration
    // (its answers and evidence files) can not be brought back: canUndoRemoval says which.
    enum class CatalogKind { Organisation, Product, Declaration };
    bool renameRecord(CatalogKind kind, qint64 id, const QString &name);
    bool removeRecord(CatalogKind kind, qint64 id);
    // What would keep the record from being removed (empty: it can go).
    [[nodiscard]] QStringList dependantsOf(CatalogKind kind, qint64 id) const;
    [[nodiscard]] bool canUndoRemoval(CatalogKind kind, qint64 id) const;

    // Undoable edits of the current declaration; each is committed at once. shownVersion is
    // the Assessment::rowVersion of the answer the user saw: when someone else has changed the
    // answer since, nothing is saved, the current answer is loaded and assessmentConflict and
    // errorOccurred say what happened (-1: save whatever is stored now).
    void setVerdict(const QString &itemId, Verdict verdict, qint64 shownVersion = -1);
    void setJustification(const QString &itemId, const QString &text, qint64 shownVersion = -1);
    void setNotes(const QString &itemId, const QString &text, qint64 shownVersion = -1);
    void editEvidence(const Evidence &after);
    void editProduct(const Product &after);
    void editOrganisation(const Organisation &after);
    void editDeclaration(const Declaration &after);

    // Changes of what exists; committed at once. Adding, removing, linking and unlinking
    // evidence are undo steps (session_evidence.cpp); adding organisations, products and
    // declarations is not.
    qint64 addOrganisation(const QString &name);
    // Records a finished export: the Export baseline of what was written, and the state
    // "exported"; not undoable, like the export itself. Records nothing where the session is
    // read-only (a read-only workspace, an auditor, a lost server); false then, with *whyNot.
    bool markExported(qint64 declarationId, const QString &exportId, const QByteArray &declarationJson,
                      QString *whyNot = nullptr);
    qint64 addProduct(qint64 organisationId, const QString &name);
    qint64 addDeclaration(qint64 productId, const QString &criteriaSetId, Route route);
    qint64 addEvidence(const QStringList &itemIds, EvidenceKind kind);
    // Evaluation points and the PSTI statement file (session_points.cpp): committed at once,
    // not on the undo stack.
    bool setPointChosen(const QString &itemId, const QString &pointId, bool chosen);
    bool setEvidencePoints(qint64 evidenceId, const QString &itemId, const QStringList &pointIds);
    bool attachPstiStatement(const QString &filePath);
    // A new declaration against another criteria set, answers of unchanged items carried over;
    // returns its id (-1 on failure) and the items to review.
    qint64 carryOverDeclaration(qint64 fromDeclarationId, const QString &toCriteriaSetId, QStringList *review);
    // The official form of the current declaration (session_forms.cpp): the user's copy of
    // IPA's checklist workbook and its mapping. Committed at once, not on the undo stack (like
    // the PSTI statement file); the form dialog asks before removing. Reading files goes
    // through core (FormAttachment), never through a widget.
    bool attachForm(const QString &templatePath, const QString &profilePath, officialform::AttachOutcome *outcome);
    [[nodiscard]] bool loadForm(officialform::LoadedForm *form, QString *error) const;
    bool saveFormProfile(const officialform::FormProfile &profile);
    bool exportFormProfile(const QString &path);
    bool removeForm();
    // Criteria identity: a newer data revision of the same official set applied in place, and
    // official evaluation points laid over the current declaration (answers kept or listed).
    bool updateCriteriaData(qint64 declarationId, int toDataRevision, PointAnswerChanges *changes, QString *error);
    bool setPointOverlay(const PointOverlay &overlay, PointAnswerChanges *changes, QString *error);
    bool clearPointOverlay(PointAnswerChanges *changes, QString *error);
    bool linkEvidence(qint64 evidenceId, const QString &itemId);
    bool unlinkEvidence(qint64 evidenceId, const QString &itemId);
    // Evidence with files can not be brought back by undo (the content goes with it).
    [[nodiscard]] bool canUndoEvidenceRemoval(qint64 evidenceId) const;
    bool removeEvidence(qint64 evidenceId);
    // Takes back a record just added ("Cancel" on a new record): its add step is undone when it
    // is the latest step, otherwise the record is removed as a step of its own.
    bool discardEvidence(qint64 evidenceId);
    bool removeFile(qint64 fileId);

    // Review and label (session_review.cpp). Comments, review requests and sign-offs are
    // records of the review and stay (not undo steps); the label record is an undo step.
    // Errors are returned for the widget to show beside its buttons.
    enum class SignOffStep { RequestReview, Approve, RequestChanges };
    bool addComment(const QString &itemId, const QString &text, QString *error);
    bool resolveComment(qint64 commentId, QString *error);
    bool signOff(SignOffStep step, const QString &reason, QString *error);
    bool importFindings(const QString &path, FindingsImportResult *result, QString *error);
    bool setLabelRecord(const LabelRecord &record, QString *error);

    // Used by the undo commands: write a state without pushing a command. On failure the
    // error is reported through errorOccurred and false returned. expectedVersion as in
    // Workspace::setAssessmentIfUnchanged (-1: no check).
    bool applyAssessment(qint64 declarationId, const QString &itemId, Verdict verdict, const QString &justification,
                         const QString &notes, qint64 expectedVersion = -1);
    bool apply(const Evidence &evidence);
    bool apply(const Product &product);
    bool apply(const Organisation &organisation);
    bool apply(const Declaration &declaration);
    bool applyLabelRecord(const LabelRecord &record);
    // Ends an undo step's own write: on failure says why (and returns false), else refreshes
    // the views (the catalogue too when asked).
    bool finishStep(bool ok, const QString &error, bool catalogChanged = false);

    // An organisation, product or evidence record that an undo or redo removed and brought
    // back has a new id; the steps recorded before find it through liveId (session_evidence.cpp).
    enum class RecordKind { Organisation, Product, Evidence };
    [[nodiscard]] qint64 liveId(RecordKind kind, qint64 id) const;
    void noteRecreated(RecordKind kind, qint64 oldId, qint64 newId);

    // Re-reads the current declaration and re-runs the gate.
    void refresh();
    // Tells the views which record an undo or redo just changed.
    void reveal(qint64 declarationId, const QString &itemId, qint64 evidenceId = -1);

Q_SIGNALS:
    void workspaceChanged();                 // opened, created or closed
    void catalogChanged();                   // organisations, products or declarations changed
    void currentDeclarationChanged(qint64 declarationId);
    void declarationRefreshed();             // assessments, evidence or gate result changed
    void revealRequested(qint64 declarationId, const QString &itemId, qint64 evidenceId);
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);
    // A new evidence record was added by the user (not by undo or redo).
    void evidenceAdded(qint64 evidenceId);
    // An answer was not saved because someone else changed it first; the session already
    // holds the current answer (emitted before errorOccurred shows the message).
    void assessmentConflict(qint64 declarationId, const QString &itemId);
    // Others changed these declarations (a server workspace's ChangeFeed); catalogChanged and,
    // when the current declaration is among them, declarationRefreshed were emitted first.
    // Empty: the changes were outside any one declaration (an organisation, a product).
    void changedElsewhere(const QList<qint64> &declarationIds);
    // Someone else saved the answer first: mine is what was not saved; message says who and when.
    // Emitted after assessmentConflict (the session holds their answer), instead of errorOccurred.
    void answerConflict(qint64 declarationId, const QString &itemId, const hoshi::Assessment &mine,
                        const hoshi::Assessment &theirs, const QString &message);
    // The server refused a change of an answer; the session holds the stored answer again.
    void answerRestored(qint64 declarationId, const QString &itemId);
    // The server stopped answering / answers again (after reconnect()).
    void connectionLost();
    void connectionRestored();
    // The roles were read again (a workspace opened, a reconnection).
    void rolesChanged();

private:
    // Live refresh (session_live.cpp): announcements are gathered for a moment and then
    // applied together, so a burst of changes costs one reload.
    void listenForChanges();
    void noteChangeElsewhere(qint64 declarationId, qint64 organisationId, bool fromThisConnection);
    void applyChangesElsewhere();

    bool writable();
    void push(QUndoCommand *command);
    // Shows a failure: a server's refusal translated (raw text in lastErrorDetails()); a lost
    // connection enters the lost state instead of showing the error.
    void fail(const QString &message);
    // Whether `error` means the connection is gone (its text, or the connection not answering).
    bool connectionLostBehind(const QString &error);
    void enterDisconnected();
    void readRoles();
    // A write of an answer failed: keeps it when the server is gone, restores the stored one
    // when it refused. Returns whether the failure was handled (nothing more to show).
    bool handleAnswerFailure(qint64 declarationId, const UnsavedAnswer &attempt, const QString &error, bool conflict);

    std::unique_ptr<Workspace> m_workspace;
    QString m_actor;
    QUndoStack *m_undo = nullptr;
    qint64 m_declarationId = -1;
    std::optional<DeclarationSnapshot> m_snapshot;
    QList<GateProblem> m_problems;
    QHash<QPair<int, qint64>, qint64> m_recreated; // (RecordKind, old id) -> id it came back with
    QTimer *m_changesElsewhere = nullptr;
    QSet<qint64> m_declarationsChanged;
    QSet<qint64> m_organisationsChanged;
    bool m_otherRecordsChanged = false;
    ServerRoles m_roles = ServerRoles::unrestricted();
    bool m_disconnected = false;
    std::optional<UnsavedAnswer> m_unsaved;
    QString m_lastErrorDetails;
};

} // namespace hoshi
