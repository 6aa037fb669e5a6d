// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/model.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QLayout;
class QMenu;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QSplitter;
class QTabWidget;
class QToolButton;
class QTreeWidget;
class QVBoxLayout;

namespace hoshi {

class CaptureFindingsPanel;
class CommentThread;
class CommitTextEdit;
class EvaluationPointsPanel;
class EvidencePreview;
class Session;

// One criteria item of the current declaration: what it requires, the verdict, the N/A
// justification, notes, the evidence backing it (with a preview) and its history.
class ItemPage : public QWidget
{
    Q_OBJECT

public:
    explicit ItemPage(Session *session, QWidget *parent = nullptr);

    void setItem(const QString &itemId);
    [[nodiscard]] QString itemId() const { return m_itemId; }
    // Sends text typed but not yet committed (before leaving the page or the item).
    void commitPending();
    // The version of the answer the fields were last filled from: what an edit on this page
    // expects to replace (someone else's later change is refused, never overwritten).
    [[nodiscard]] qint64 shownVersion() const { return m_shownVersion; }
    // Puts the cursor where a problem says ("verdict", "justification", "evidence").
    void focusField(const QString &field, qint64 evidenceId = -1);
    void selectEvidence(qint64 evidenceId);
    [[nodiscard]] qint64 selectedEvidenceId() const;
    // Auditor mode: everything visible, nothing editable.
    void setReadOnly(bool readOnly);
    [[nodiscard]] EvidencePreview *preview() const { return m_preview; }
    [[nodiscard]] CaptureFindingsPanel *captureFindings() const { return m_captures; }

    // Adds a new evidence record of this kind to the item and asks for its editor.
    void addEvidence(EvidenceKind kind);
    // Appends a panel below the notes (for features that add their own section to an item).
    void addSection(QWidget *section);

Q_SIGNALS:
    void editEvidenceRequested(qint64 evidenceId);
    void backRequested();
    void previousRequested();
    void nextRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildForm();
    void buildHeader(QWidget *form);
    void buildVerdictFields(QWidget *form);
    void buildEvidenceList(QWidget *form);
    QLayout *headerLayout();
    QLayout *verdictLayout();
    void addEvidenceButtonRows(QVBoxLayout *layout);
    void connectNavigation();
    void connectVerdictFields();
    void connectEvidenceList();
    void reload();
    void fitFormColumn();
    void retranslate();
    void loadEvidence();
    void loadHistory();
    void updateButtons();
    void showSelectedEvidence();
    void fillLinkMenu();
    void unlinkSelected();
    void removeSelected();
    void usePage(int page);
    void reloadAfterConflict(qint64 declarationId, const QString &itemId);

    Session *m_session;
    QString m_itemId;
    qint64 m_shownVersion = -1;
    bool m_readOnly = false;

    QLabel *m_idLabel;
    QLabel *m_titleLabel;
    QLabel *m_metaLabel;
    QLabel *m_requirementLabel;
    QLabel *m_naLabel;
    QLabel *m_guidanceLabel;
    QLabel *m_exemptLabel;
    EvaluationPointsPanel *m_points;
    CaptureFindingsPanel *m_captures;
    QToolButton *m_backButton;
    QToolButton *m_previousButton;
    QToolButton *m_nextButton;

    QLabel *m_verdictHeading;
    QButtonGroup *m_verdicts;
    QRadioButton *m_conforming;
    QRadioButton *m_notApplicable;
    QRadioButton *m_nonConforming;
    QRadioButton *m_notAssessed;
    QLabel *m_naForbiddenLabel;
    QLabel *m_justificationHeading;
    CommitTextEdit *m_justification;
    QLabel *m_notesHeading;
    CommitTextEdit *m_notes;
    QLabel *m_itemProblems;

    QLabel *m_evidenceHeading;
    QTreeWidget *m_evidence;
    QPushButton *m_addDocument;
    QPushButton *m_addTest;
    QToolButton *m_linkExisting;
    QMenu *m_linkMenu;
    QPushButton *m_editEvidence;
    QPushButton *m_unlinkEvidence;
    QPushButton *m_removeEvidence;

    // The form's column, so that other panels can be added to the item page.
    QVBoxLayout *m_formLayout = nullptr;
    QSplitter *m_splitter;
    QScrollArea *m_formScroll; // the form column: each item opens at its top
    QTabWidget *m_tabs;
    EvidencePreview *m_preview;
    QTreeWidget *m_history;
    CommentThread *m_comments; // review comments on this item (forms/review)
};

} // namespace hoshi
