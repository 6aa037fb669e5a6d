// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace hoshi {

class Session;
struct Evidence;

// The findings of the evidence captured from tool output for the item on the item page: one
// entry per capture (tool and version, target, firmware, short image hash; superseded captures
// say so) with its findings and their severity. A finding that contradicts a conforming verdict
// is answered with a note (stored through the core, CaptureService::setFindingNote), which
// settles the gate's warning. "Run again…" repeats a capture's recipe (RerunDialog). Hidden
// when the item has no captured evidence.
class CaptureFindingsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { FindingColumn, SeverityColumn, NoteColumn };
    static constexpr int EvidenceIdRole = Qt::UserRole + 1;
    static constexpr int FindingKeyRole = Qt::UserRole + 2;
    static constexpr int NoteRole = Qt::UserRole + 3;

    explicit CaptureFindingsPanel(Session *session, QWidget *parent = nullptr);

    void setItem(const QString &itemId);
    void setReadOnly(bool readOnly);
    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }

    // Stores note for the finding selected in the tree; false (reason shown) when refused.
    bool answerSelected(const QString &note);
    // Opens the run-again dialog for the capture selected (or the one a finding belongs to).
    void runAgainSelected();

Q_SIGNALS:
    // A capture was run again; newEvidenceId is the new record.
    void rerunFinished(qint64 newEvidenceId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QTreeWidgetItem *addCapture(const Evidence &evidence);
    void updateControls();
    void retranslate();
    [[nodiscard]] qint64 selectedEvidenceId() const;

    Session *m_session;
    QString m_itemId;
    bool m_readOnly = false;
    QLabel *m_heading;
    QTreeWidget *m_tree;
    QLabel *m_answerLabel;
    QLineEdit *m_answer;
    QPushButton *m_saveAnswer;
    QPushButton *m_runAgain;
    QLabel *m_error;
};

} // namespace hoshi
