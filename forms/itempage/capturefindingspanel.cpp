// SPDX-License-Identifier: Apache-2.0
#include "capturefindingspanel.h"

#include "capture/capturetext.h"
#include "capture/capturerecipe.h"
#include "capture/captureservice.h"
#include "capture/rerundialog.h"
#include "common/headinglabel.h"
#include "common/statuscolours.h"
#include "gate/capturerules.h"
#include "session/session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hoshi {

namespace {

// A capture with thousands of findings (a large SBOM) shows its open findings and the first of
// the rest; the full list stays in the evidence's findings file.
constexpr int ShownFindingsPerCapture = 200;
constexpr int TreeHeight = 240;

} // namespace

CaptureFindingsPanel::CaptureFindingsPanel(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("captureFindingsPanel"));
    m_heading = headingLabel(this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("captureFindingsTree"));
    m_tree->setColumnCount(3);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->header()->setSectionResizeMode(FindingColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(SeverityColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setMinimumHeight(TreeHeight);
    m_answerLabel = new QLabel(this);
    m_answerLabel->setWordWrap(true);
    m_answer = new QLineEdit(this);
    m_answer->setObjectName(QStringLiteral("findingNoteEdit"));
    m_saveAnswer = new QPushButton(this);
    m_saveAnswer->setObjectName(QStringLiteral("saveFindingNoteButton"));
    m_runAgain = new QPushButton(this);
    m_runAgain->setObjectName(QStringLiteral("runAgainButton"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("captureFindingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(StatusColours::textStyle(Tone::Bad, true));

    auto *answerRow = new QHBoxLayout;
    answerRow->addWidget(m_answer, 1);
    answerRow->addWidget(m_saveAnswer);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading);
    headingRow->addStretch();
    headingRow->addWidget(m_runAgain);
    layout->addLayout(headingRow);
    layout->addWidget(m_tree);
    layout->addWidget(m_answerLabel);
    layout->addLayout(answerRow);
    layout->addWidget(m_error);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CaptureFindingsPanel::updateControls);
    connect(m_saveAnswer, &QPushButton::clicked, this, [this] { answerSelected(m_answer->text()); });
    connect(m_answer, &QLineEdit::returnPressed, this, [this] { answerSelected(m_answer->text()); });
    connect(m_runAgain, &QPushButton::clicked, this, &CaptureFindingsPanel::runAgainSelected);
    retranslate();
    hide();
}

void CaptureFindingsPanel::setItem(const QString &itemId)
{
    // The item page calls this on every refresh of the declaration, too.
    if (itemId != m_itemId)
        m_error->clear();
    m_itemId = itemId;
    rebuild();
}

void CaptureFindingsPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateControls();
}

void CaptureFindingsPanel::retranslate()
{
    m_heading->setText(tr("Captured test results"));
    m_tree->setHeaderLabels({tr("Finding"), tr("Severity"), tr("Answer")});
    m_answerLabel->setText(tr("A finding that contradicts a conforming verdict needs an answer: say why the item "
                              "still conforms (or change the verdict)."));
    m_answer->setPlaceholderText(tr("Answer to the selected finding"));
    m_saveAnswer->setText(tr("Save answer"));
    m_runAgain->setText(tr("Run again…"));
}

void CaptureFindingsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild();
    }
    QWidget::changeEvent(event);
}

void CaptureFindingsPanel::rebuild()
{
    const qint64 keepEvidence = selectedEvidenceId();
    const QTreeWidgetItem *current = m_tree->currentItem();
    const QString keepFinding = current ? current->data(0, FindingKeyRole).toString() : QString();
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    QList<Evidence> captured;
    if (m_session->snapshot() && !m_itemId.isEmpty()) {
        for (const Evidence &e : m_session->evidenceFor(m_itemId)) {
            if (!e.tool.isEmpty())
                captured << e;
        }
    }
    setVisible(!captured.isEmpty());
    QTreeWidgetItem *select = nullptr;
    for (const Evidence &e : captured) {
        QTreeWidgetItem *capture = addCapture(e);
        if (e.id != keepEvidence)
            continue;
        select = capture;
        for (int i = 0; i < capture->childCount(); ++i) {
            if (!keepFinding.isEmpty() && capture->child(i)->data(0, FindingKeyRole).toString() == keepFinding)
                select = capture->child(i);
        }
    }
    if (!select && m_tree->topLevelItemCount() > 0)
        select = m_tree->topLevelItem(0);
    m_tree->setCurrentItem(select);
    updateControls();
}

QTreeWidgetItem *CaptureFindingsPanel::addCapture(const Evidence &evidence)
{
    auto *capture = new QTreeWidgetItem(m_tree);
    capture->setData(0, EvidenceIdRole, evidence.id);
    capture->setFirstColumnSpanned(true);
    QString line = CaptureText::captureLine(evidence);
    if (evidence.testedOn.isValid())
        line += QStringLiteral(" · ") + QLocale().toString(evidence.testedOn, QLocale::ShortFormat);
    const bool superseded = evidence.supersededBy >= 0;
    if (superseded)
        line = tr("%1 — superseded by a newer capture").arg(line);
    capture->setText(FindingColumn, line);
    capture->setToolTip(FindingColumn, evidence.firmwareImageSha256.isEmpty()
                                           ? line
                                           : tr("%1\nFirmware image SHA-256: %2").arg(line, evidence.firmwareImageSha256));
    QFont font = capture->font(FindingColumn);
    font.setBold(!superseded);
    font.setItalic(superseded);
    capture->setFont(FindingColumn, font);
    if (superseded)
        capture->setForeground(FindingColumn, StatusColours::foreground(Tone::Muted));

    const QList<CaptureFinding> findings = findingsFromJson(evidence.captureFindings);
    const QJsonObject notes = findingNotesObject(evidence.findingNotes);
    QSet<QString> open;
    if (const DeclarationSnapshot *s = m_session->snapshot()) {
        for (const CaptureFinding &f : CaptureRules::openFindings(evidence, CaptureRules::interfaceText(*s, m_itemId)))
            open.insert(f.key);
    }
    const Assessment assessment = m_session->assessment(m_itemId);
    const bool conforming = assessment.verdict == Verdict::Conforming;
    int shown = 0;
    for (const CaptureFinding &f : findings) {
        const QString note = notes.value(f.key).toString();
        // Findings that need (or have) an answer are always listed; the rest up to a limit.
        if (!f.contradictsConformity && note.isEmpty() && shown >= ShownFindingsPerCapture)
            continue;
        ++shown;
        auto *row = new QTreeWidgetItem(capture);
        row->setData(0, EvidenceIdRole, evidence.id);
        row->setData(0, FindingKeyRole, f.key);
        CaptureText::fillFindingRow(row, f, SeverityColumn, FindingColumn);
        row->setData(0, NoteRole, note);
        if (!note.isEmpty()) {
            row->setText(NoteColumn, note);
        } else if (open.contains(f.key) && !superseded) {
            row->setText(NoteColumn, conforming ? tr("needs an answer") : tr("contradicts conformity"));
            row->setForeground(NoteColumn, StatusColours::foreground(conforming ? Tone::Warning : Tone::Muted));
        }
        if (superseded)
            row->setForeground(FindingColumn, StatusColours::foreground(Tone::Muted));
    }
    if (findings.size() > shown) {
        auto *more = new QTreeWidgetItem(capture);
        more->setData(0, EvidenceIdRole, evidence.id);
        more->setText(FindingColumn, tr("… and %n more finding(s) in the findings file", nullptr,
                                        int(findings.size() - shown)));
    }
    if (findings.isEmpty()) {
        auto *none = new QTreeWidgetItem(capture);
        none->setData(0, EvidenceIdRole, evidence.id);
        none->setText(FindingColumn, tr("No findings."));
    }
    capture->setExpanded(!superseded);
    return capture;
}

qint64 CaptureFindingsPanel::selectedEvidenceId() const
{
    const QTreeWidgetItem *current = m_tree->currentItem();
    return current ? current->data(0, EvidenceIdRole).toLongLong() : -1;
}

void CaptureFindingsPanel::updateControls()
{
    const QTreeWidgetItem *current = m_tree->currentItem();
    const QString key = current ? current->data(0, FindingKeyRole).toString() : QString();
    const bool editable = !m_readOnly && !m_session->isReadOnly();
    m_answer->setEnabled(editable && !key.isEmpty());
    m_saveAnswer->setEnabled(editable && !key.isEmpty());
    m_answer->setText(current ? current->data(0, NoteRole).toString() : QString());
    bool canRerun = false;
    if (const std::optional<Evidence> e = m_session->evidence(selectedEvidenceId())) {
        CaptureRecipe recipe;
        canRerun = CaptureRecipe::fromJson(e->captureRecipe.toUtf8(), &recipe, nullptr);
    }
    m_runAgain->setEnabled(editable && canRerun);
}

bool CaptureFindingsPanel::answerSelected(const QString &note)
{
    m_error->clear();
    const QTreeWidgetItem *current = m_tree->currentItem();
    const QString key = current ? current->data(0, FindingKeyRole).toString() : QString();
    if (key.isEmpty() || !m_session->workspace() || m_session->isReadOnly() || m_readOnly)
        return false;
    QString error;
    if (!CaptureService::setFindingNote(*m_session->workspace(), selectedEvidenceId(), key, note.trimmed(), &error)) {
        m_error->setText(error);
        return false;
    }
    m_session->refresh();
    return true;
}

void CaptureFindingsPanel::runAgainSelected()
{
    const qint64 evidenceId = selectedEvidenceId();
    if (evidenceId < 0 || m_readOnly)
        return;
    auto *dialog = new RerunDialog(m_session, evidenceId, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RerunDialog::runEnded, this, [this](qint64 newId) {
        if (newId >= 0)
            Q_EMIT rerunFinished(newId);
    });
    dialog->open();
}

} // namespace hoshi
