// SPDX-License-Identifier: Apache-2.0
#include "itempage.h"
#include "common/statuscolours.h"

#include "capturefindingspanel.h"
#include "evaluationpointspanel.h"

#include "common/committextedit.h"
#include "common/fieldsync.h"
#include "common/messagebox.h"
#include "common/verdictstyle.h"
#include "preview/evidencepreview.h"
#include "review/commentthread.h"
#include "session/session.h"
#include "util/language.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStyle>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "common/headinglabel.h"
#include "util/displaydate.h"
#include "common/historylines.h"

namespace hoshi {

namespace {

constexpr int EvidenceIdRole = Qt::UserRole + 1;
constexpr int MinimumFormWidth = 360;


QLabel *wrapped(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ItemPage::ItemPage(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("itemPage"));
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("itemSplitter"));
    m_splitter->setChildrenCollapsible(false);

    auto *scroll = new QScrollArea(m_splitter);
    scroll->setObjectName(QStringLiteral("itemFormScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The form wraps to the column's width (labels wrap, button rows are narrower than the
    // column), so it never needs to scroll sideways, also at 1024×700.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(buildForm());
    scroll->setMinimumWidth(MinimumFormWidth);
    m_formScroll = scroll;

    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setObjectName(QStringLiteral("itemTabs"));
    m_preview = new EvidencePreview(m_tabs);
    m_preview->setObjectName(QStringLiteral("itemPreview"));
    m_history = new QTreeWidget(m_tabs);
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setColumnCount(3);
    m_history->setRootIsDecorated(false);
    m_history->setWordWrap(true);
    m_history->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_history->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_history->header()->setStretchLastSection(true);
    m_tabs->addTab(m_preview, QString());
    m_tabs->addTab(m_history, QString());
    m_comments = new CommentThread(m_session, m_tabs);
    m_tabs->addTab(m_comments, m_comments->title());
    connect(m_comments, &CommentThread::titleChanged, this,
            [this](const QString &title) { m_tabs->setTabText(m_tabs->indexOf(m_comments), title); });
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({500, 530});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_session, &Session::declarationRefreshed, this, &ItemPage::reload);
    connect(m_session, &Session::assessmentConflict, this, &ItemPage::reloadAfterConflict);
    connect(m_session, &Session::answerRestored, this, &ItemPage::reloadAfterConflict); // a refused write
    connect(m_preview, &EvidencePreview::usePageRequested, this, &ItemPage::usePage);
    // Escape leaves the item for the checklist, unless a field handles it itself.
    auto *back = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, &ItemPage::backRequested);
    retranslate();
}

QWidget *ItemPage::buildForm()
{
    auto *form = new QWidget(this);
    buildHeader(form);
    buildVerdictFields(form);
    buildEvidenceList(form);

    auto *layout = new QVBoxLayout(form);
    layout->addLayout(headerLayout());
    layout->addWidget(m_metaLabel);
    layout->addWidget(m_exemptLabel);
    layout->addWidget(m_requirementLabel);
    layout->addWidget(m_naLabel);
    m_points = new EvaluationPointsPanel(m_session, form); // evaluation points and provenance
    layout->addWidget(m_points);
    layout->addSpacing(6);
    layout->addWidget(m_verdictHeading);
    layout->addLayout(verdictLayout());
    layout->addWidget(m_naForbiddenLabel);
    layout->addWidget(m_itemProblems);
    layout->addWidget(m_justificationHeading);
    layout->addWidget(m_justification);
    layout->addSpacing(6);
    // "Link existing" sits beside the heading, so that no button row is wider than the
    // column at 1024×700.
    auto *evidenceHeadingRow = new QHBoxLayout;
    evidenceHeadingRow->addWidget(m_evidenceHeading);
    evidenceHeadingRow->addStretch();
    evidenceHeadingRow->addWidget(m_linkExisting);
    layout->addLayout(evidenceHeadingRow);
    layout->addWidget(m_evidence);
    addEvidenceButtonRows(layout);
    m_captures = new CaptureFindingsPanel(m_session, form); // findings of captured tool output
    layout->addWidget(m_captures);
    layout->addSpacing(6);
    layout->addWidget(m_notesHeading);
    layout->addWidget(m_notes);
    layout->addWidget(m_guidanceLabel);
    m_formLayout = layout;
    layout->addStretch(1);

    connectNavigation();
    connectVerdictFields();
    connectEvidenceList();
    return form;
}

// The item's identity, its requirement texts and the back / previous / next buttons.
void ItemPage::buildHeader(QWidget *form)
{
    m_backButton = new QToolButton(form);
    m_backButton->setObjectName(QStringLiteral("backToChecklistButton"));
    m_backButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_previousButton = new QToolButton(form);
    m_previousButton->setObjectName(QStringLiteral("previousItemButton"));
    m_previousButton->setText(QStringLiteral("▲"));
    m_nextButton = new QToolButton(form);
    m_nextButton->setObjectName(QStringLiteral("nextItemButton"));
    m_nextButton->setText(QStringLiteral("▼"));
    m_idLabel = new QLabel(form);
    m_idLabel->setObjectName(QStringLiteral("itemIdLabel"));
    QFont big = m_idLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_idLabel->setFont(big);
    m_titleLabel = wrapped(form, QStringLiteral("itemTitleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_metaLabel = wrapped(form, QStringLiteral("itemMetaLabel"));
    m_requirementLabel = wrapped(form, QStringLiteral("itemRequirementLabel"));
    m_naLabel = wrapped(form, QStringLiteral("itemNaConditionLabel"));
    m_guidanceLabel = wrapped(form, QStringLiteral("itemGuidanceLabel"));
    m_guidanceLabel->setStyleSheet(StatusColours::textStyle(Tone::Muted));
    m_exemptLabel = wrapped(form, QStringLiteral("itemExemptLabel"));
    m_exemptLabel->setStyleSheet(StatusColours::textStyle(Tone::Info, true));
}

QLayout *ItemPage::headerLayout()
{
    auto *nav = new QHBoxLayout;
    nav->addWidget(m_backButton);
    nav->addStretch();
    nav->addWidget(m_previousButton);
    nav->addWidget(m_nextButton);
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_idLabel);
    idRow->addWidget(m_titleLabel, 1);
    auto *header = new QVBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addLayout(nav);
    header->addLayout(idRow);
    return header;
}

// The verdict radio buttons, the N/A justification, notes and the item's problems.
void ItemPage::buildVerdictFields(QWidget *form)
{
    m_verdictHeading = headingLabel(form);
    m_verdicts = new QButtonGroup(form);
    m_conforming = new QRadioButton(form);
    m_conforming->setObjectName(QStringLiteral("verdictConforming"));
    m_notApplicable = new QRadioButton(form);
    m_notApplicable->setObjectName(QStringLiteral("verdictNotApplicable"));
    m_nonConforming = new QRadioButton(form);
    m_nonConforming->setObjectName(QStringLiteral("verdictNonConforming"));
    m_notAssessed = new QRadioButton(form);
    m_notAssessed->setObjectName(QStringLiteral("verdictNotAssessed"));
    const std::pair<QRadioButton *, Verdict> buttons[] = {{m_conforming, Verdict::Conforming},
                                                           {m_notApplicable, Verdict::NotApplicable},
                                                           {m_nonConforming, Verdict::NonConforming},
                                                           {m_notAssessed, Verdict::NotAssessed}};
    for (const auto &[button, verdict] : buttons) {
        m_verdicts->addButton(button, int(verdict));
        button->setIcon(VerdictStyle::icon(verdict));
    }
    m_naForbiddenLabel = wrapped(form, QStringLiteral("naForbiddenLabel"));
    m_naForbiddenLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_justificationHeading = headingLabel(form);
    m_justification = new CommitTextEdit(form);
    m_justification->setObjectName(QStringLiteral("justificationEdit"));
    m_justification->setMaximumHeight(90);
    m_notesHeading = headingLabel(form);
    m_notes = new CommitTextEdit(form);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setMaximumHeight(70);
    m_itemProblems = wrapped(form, QStringLiteral("itemProblemsLabel"));
    m_itemProblems->setStyleSheet(StatusColours::textStyle(Tone::Bad));
}

// Two by two, so that the page stays usable beside a preview on a 1280-pixel screen.
QLayout *ItemPage::verdictLayout()
{
    auto *verdictRow = new QGridLayout;
    verdictRow->addWidget(m_conforming, 0, 0);
    verdictRow->addWidget(m_notApplicable, 0, 1);
    verdictRow->addWidget(m_nonConforming, 1, 0);
    verdictRow->addWidget(m_notAssessed, 1, 1);
    verdictRow->setColumnStretch(2, 1);
    return verdictRow;
}

// The list of evidence backing the item and the buttons acting on it.
void ItemPage::buildEvidenceList(QWidget *form)
{
    m_evidenceHeading = headingLabel(form);
    m_evidence = new QTreeWidget(form);
    m_evidence->setObjectName(QStringLiteral("evidenceList"));
    m_evidence->setColumnCount(3);
    m_evidence->setRootIsDecorated(false);
    m_evidence->setAlternatingRowColors(true);
    m_evidence->setMinimumHeight(110);
    m_evidence->setMaximumHeight(200);
    m_evidence->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_evidence->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_evidence->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_evidence->header()->setStretchLastSection(false);
    m_addDocument = new QPushButton(form);
    m_addDocument->setObjectName(QStringLiteral("addDocumentButton"));
    m_addTest = new QPushButton(form);
    m_addTest->setObjectName(QStringLiteral("addDeviceTestButton"));
    m_linkExisting = new QToolButton(form);
    m_linkExisting->setObjectName(QStringLiteral("linkExistingButton"));
    m_linkMenu = new QMenu(m_linkExisting);
    m_linkExisting->setMenu(m_linkMenu);
    m_linkExisting->setPopupMode(QToolButton::InstantPopup);
    m_editEvidence = new QPushButton(form);
    m_editEvidence->setObjectName(QStringLiteral("editEvidenceButton"));
    m_unlinkEvidence = new QPushButton(form);
    m_unlinkEvidence->setObjectName(QStringLiteral("unlinkEvidenceButton"));
    m_removeEvidence = new QPushButton(form);
    m_removeEvidence->setObjectName(QStringLiteral("removeEvidenceButton"));
}

void ItemPage::addEvidenceButtonRows(QVBoxLayout *layout)
{
    auto *evidenceButtons = new QHBoxLayout;
    evidenceButtons->addWidget(m_addDocument);
    evidenceButtons->addWidget(m_addTest);
    evidenceButtons->addStretch();
    auto *evidenceButtons2 = new QHBoxLayout;
    evidenceButtons2->addWidget(m_editEvidence);
    evidenceButtons2->addWidget(m_unlinkEvidence);
    evidenceButtons2->addWidget(m_removeEvidence);
    evidenceButtons2->addStretch();
    layout->addLayout(evidenceButtons);
    layout->addLayout(evidenceButtons2);
}

void ItemPage::addSection(QWidget *section)
{
    // The last entry of the form is the stretch that keeps everything at the top.
    m_formLayout->insertWidget(m_formLayout->count() - 1, section);
}

void ItemPage::connectNavigation()
{
    connect(m_backButton, &QToolButton::clicked, this, &ItemPage::backRequested);
    connect(m_previousButton, &QToolButton::clicked, this, &ItemPage::previousRequested);
    connect(m_nextButton, &QToolButton::clicked, this, &ItemPage::nextRequested);
}

void ItemPage::connectVerdictFields()
{
    connect(m_verdicts, &QButtonGroup::idClicked, this, [this](int id) {
        if (!m_itemId.isEmpty())
            m_session->setVerdict(m_itemId, Verdict(id), m_shownVersion);
    });
    connect(m_justification, &CommitTextEdit::editingFinished, this, [this](const QString &text) {
        if (!m_itemId.isEmpty())
            m_session->setJustification(m_itemId, text, m_shownVersion);
    });
    connect(m_notes, &CommitTextEdit::editingFinished, this, [this](const QString &text) {
        if (!m_itemId.isEmpty())
            m_session->setNotes(m_itemId, text, m_shownVersion);
    });
}

void ItemPage::connectEvidenceList()
{
    connect(m_addDocument, &QPushButton::clicked, this, [this] { addEvidence(EvidenceKind::DocumentReview); });
    connect(m_addTest, &QPushButton::clicked, this, [this] { addEvidence(EvidenceKind::DeviceTest); });
    connect(m_linkMenu, &QMenu::aboutToShow, this, &ItemPage::fillLinkMenu);
    connect(m_editEvidence, &QPushButton::clicked, this, [this] {
        if (selectedEvidenceId() >= 0)
            Q_EMIT editEvidenceRequested(selectedEvidenceId());
    });
    connect(m_unlinkEvidence, &QPushButton::clicked, this, &ItemPage::unlinkSelected);
    connect(m_removeEvidence, &QPushButton::clicked, this, &ItemPage::removeSelected);
    connect(m_evidence, &QTreeWidget::currentItemChanged, this, [this] {
        updateButtons();
        showSelectedEvidence();
    });
    connect(m_evidence, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT editEvidenceRequested(item->data(0, EvidenceIdRole).toLongLong());
    });
}

void ItemPage::retranslate()
{
    m_backButton->setText(tr("◀ Checklist"));
    m_backButton->setToolTip(tr("Back to the checklist (Esc)"));
    m_previousButton->setToolTip(tr("Previous item (Ctrl+PgUp)"));
    m_nextButton->setToolTip(tr("Next item (Ctrl+PgDown)"));
    m_verdictHeading->setText(tr("Verdict"));
    m_conforming->setText(tr("&Conforming"));
    m_conforming->setToolTip(tr("Ctrl+1"));
    m_notApplicable->setText(tr("Not &applicable"));
    m_notApplicable->setToolTip(tr("Ctrl+2"));
    m_nonConforming->setText(tr("&Non-conforming"));
    m_nonConforming->setToolTip(tr("Ctrl+3"));
    m_notAssessed->setText(tr("Not assessed"));
    m_notAssessed->setToolTip(tr("Ctrl+4"));
    m_justificationHeading->setText(tr("Justification for not applicable"));
    m_justification->setPlaceholderText(tr("Why the N/A condition holds for this product (required for N/A)"));
    m_notesHeading->setText(tr("Notes"));
    // Notes are printed in the checklist's notes column and kept in the evidence archive, so they
    // are part of what is approved (docs/decisions.md, "Notes are content").
    m_notes->setPlaceholderText(tr("Notes (printed in the checklist; changing them makes an approval stale)"));
    m_evidenceHeading->setText(tr("Evidence"));
    m_evidence->setHeaderLabels({tr("Kind"), tr("Reference"), tr("Files")});
    m_addDocument->setText(tr("Add document review"));
    m_addDocument->setToolTip(tr("Ctrl+E"));
    m_addTest->setText(tr("Add device test"));
    m_addTest->setToolTip(tr("Ctrl+T"));
    m_linkExisting->setText(tr("Link existing ▾"));
    m_linkExisting->setToolTip(tr("Let evidence recorded for another item back this one too"));
    m_editEvidence->setText(tr("Edit…"));
    m_unlinkEvidence->setText(tr("Unlink"));
    m_unlinkEvidence->setToolTip(tr("This evidence no longer backs this item (it stays for the others)"));
    m_removeEvidence->setText(tr("Remove"));
    m_tabs->setTabText(0, tr("Preview"));
    m_tabs->setTabText(1, tr("History"));
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("What")});
    reload();
}

void ItemPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ItemPage::setItem(const QString &itemId)
{
    if (itemId == m_itemId)
        return;
    commitPending();
    m_itemId = itemId;
    m_comments->setItem(itemId);
    loadField(m_justification, m_session->assessment(itemId).justification);
    loadField(m_notes, m_session->assessment(itemId).notes);
    m_shownVersion = m_session->assessment(itemId).rowVersion;
    m_evidence->clear();
    reload();
    if (m_evidence->topLevelItemCount() > 0)
        m_evidence->setCurrentItem(m_evidence->topLevelItem(0));
    else
        showSelectedEvidence();
    // Another item starts at its title, not where the previous one was scrolled to.
    m_formScroll->verticalScrollBar()->setValue(0);
    m_formScroll->horizontalScrollBar()->setValue(0);
}

void ItemPage::reloadAfterConflict(qint64 declarationId, const QString &itemId)
{
    // Someone else saved first: show their answer in place of what was not saved.
    if (itemId != m_itemId || declarationId != m_session->currentDeclarationId())
        return;
    const Assessment a = m_session->assessment(itemId);
    loadField(m_justification, a.justification);
    loadField(m_notes, a.notes);
    m_shownVersion = a.rowVersion;
    reload();
}

void ItemPage::commitPending()
{
    m_justification->commit();
    m_notes->commit();
}

void ItemPage::reload()
{
    const CriteriaItem *item = m_session->item(m_itemId);
    if (!item) {
        m_idLabel->clear();
        m_titleLabel->setText(tr("No item selected"));
        m_metaLabel->clear();
        m_requirementLabel->clear();
        m_naLabel->clear();
        m_guidanceLabel->clear();
        m_exemptLabel->hide();
        m_evidence->clear();
        m_history->clear();
        m_preview->clear();
        m_points->setItem(QString());
        m_captures->setItem(QString());
        setEnabled(false);
        return;
    }
    setEnabled(true);
    const QString lang = uiLanguage();
    const Assessment a = m_session->assessment(m_itemId);
    const DeclarationSnapshot *s = m_session->snapshot();
    const int index = s->criteria.indexOf(m_itemId);

    m_idLabel->setText(item->id);
    m_titleLabel->setText(item->title.in(lang));
    const QString scope = item->scope == ItemScope::Vendor
                              ? tr("vendor scope — answered once for %1, shared by all its products")
                                    .arg(s->organisation.name)
                              : tr("product scope");
    m_metaLabel->setText(tr("%1 · %2 · method %3 · item %4 of %5")
                             .arg(item->area.in(lang), scope, VerdictStyle::methodsDescription(item->methods))
                             .arg(index + 1)
                             .arg(s->criteria.items.size()));
    m_requirementLabel->setText(item->requirement.in(lang));
    m_naLabel->setText(item->notApplicableAllowed
                           ? tr("<b>N/A only when:</b> %1").arg(item->notApplicableCondition.in(lang).toHtmlEscaped())
                           : tr("<b>N/A:</b> never allowed for this item."));
    m_guidanceLabel->setText(item->guidance.isEmpty() ? QString()
                                                      : tr("What to record: %1").arg(item->guidance.in(lang)));
    m_guidanceLabel->setVisible(!item->guidance.isEmpty());
    const bool exempt = m_session->isExempt(m_itemId);
    m_exemptLabel->setText(tr("Exempt on the UK PSTI route: PSTI compliance is deemed to meet this item; attach the "
                              "PSTI statement of compliance to the declaration."));
    m_exemptLabel->setVisible(exempt);
    m_previousButton->setEnabled(index > 0);
    m_nextButton->setEnabled(index + 1 < s->criteria.items.size());

    {
        const QSignalBlocker block(m_verdicts);
        if (QAbstractButton *b = m_verdicts->button(int(a.verdict)))
            b->setChecked(true);
    }
    // Only the verdicts the item allows are offered; a stored N/A on an item that forbids it
    // stays visible so that the problem can be seen and fixed.
    m_notApplicable->setVisible(item->notApplicableAllowed || a.verdict == Verdict::NotApplicable);
    m_notApplicable->setToolTip(item->notApplicableAllowed ? item->notApplicableCondition.in(lang) : QString());
    m_naForbiddenLabel->setText(tr("Not applicable is not an option for this item."));
    m_naForbiddenLabel->setVisible(!item->notApplicableAllowed);
    // The justification matters only for N/A; it appears when N/A is chosen (or already written).
    // It follows the stored verdict (undo and redo included), not where the cursor is.
    const bool naRelevant = a.verdict == Verdict::NotApplicable || !a.justification.isEmpty()
                            || m_justification->isDirty();
    m_justificationHeading->setVisible(naRelevant);
    m_justification->setVisible(naRelevant);
    syncField(m_justification, a.justification);
    syncField(m_notes, a.notes);
    // While the user is still typing, the page keeps the version the typing started from.
    if (!m_justification->isDirty() && !m_notes->isDirty())
        m_shownVersion = a.rowVersion;

    QStringList problems;
    for (const GateProblem &p : m_session->problemsOfItem(m_itemId))
        problems << (p.isBlocking() ? QStringLiteral("⛔ ") : QStringLiteral("⚠ ")) + p.message.toHtmlEscaped();
    m_itemProblems->setText(problems.join(QLatin1String("<br>")));
    m_itemProblems->setVisible(!problems.isEmpty());

    loadEvidence();
    loadHistory();
    setReadOnly(m_readOnly || m_session->isReadOnly());
    m_points->setItem(m_itemId);
    m_captures->setItem(m_itemId);
    fitFormColumn();
}

void ItemPage::fitFormColumn()
{
    // The column is never narrower than what the item's form needs (some evaluation points
    // are wide): the splitter takes the room from the preview rather than the form scrolling
    // sideways or being cut off.
    const int needed = m_formScroll->widget()->minimumSizeHint().width()
                       + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_formScroll) + 2;
    m_formScroll->setMinimumWidth(std::max(MinimumFormWidth, needed));
}

void ItemPage::loadEvidence()
{
    const qint64 selected = selectedEvidenceId();
    const QSignalBlocker block(m_evidence);
    m_evidence->clear();
    QTreeWidgetItem *current = nullptr;
    for (const Evidence &e : m_session->evidenceFor(m_itemId)) {
        auto *row = new QTreeWidgetItem(m_evidence);
        row->setText(0, evidenceKindName(e.kind));
        const QString reference = e.reference();
        row->setText(1, reference.isEmpty() ? tr("(not filled in yet)") : reference);
        row->setText(2, QString::number(e.files.size()));
        row->setData(0, EvidenceIdRole, e.id);
        const QList<GateProblem> problems = m_session->problemsOfEvidence(e.id);
        QStringList messages;
        bool blocking = false;
        for (const GateProblem &p : problems) {
            messages << p.message;
            blocking = blocking || p.isBlocking();
        }
        row->setIcon(0, problems.isEmpty() ? VerdictStyle::okIcon()
                                           : blocking ? VerdictStyle::blockingIcon() : VerdictStyle::warningIcon());
        row->setToolTip(1, messages.isEmpty() ? reference : messages.join(QLatin1Char('\n')));
        if (e.id == selected)
            current = row;
    }
    if (current)
        m_evidence->setCurrentItem(current);
    else if (selected >= 0 && m_evidence->topLevelItemCount() > 0)
        m_evidence->setCurrentItem(m_evidence->topLevelItem(0));
    updateButtons();
    showSelectedEvidence();
}

void ItemPage::loadHistory()
{
    m_history->clear();
    if (!m_session->workspace() || m_session->currentDeclarationId() < 0)
        return;
    const QList<HistoryEntry> entries = m_session->workspace()->history(m_session->currentDeclarationId(), m_itemId);
    for (const HistoryLines::Line &line : HistoryLines::coalesce(entries)) {
        const HistoryEntry &h = line.entry;
        auto *row = new QTreeWidgetItem(m_history);
        row->setText(0, DisplayDate::dateTime(h.at));
        row->setText(1, h.actor);
        row->setText(2, line.summary());
        row->setToolTip(2, line.summary());
    }
}

qint64 ItemPage::selectedEvidenceId() const
{
    const QTreeWidgetItem *item = m_evidence->currentItem();
    return item ? item->data(0, EvidenceIdRole).toLongLong() : -1;
}

void ItemPage::selectEvidence(qint64 evidenceId)
{
    for (int i = 0; i < m_evidence->topLevelItemCount(); ++i) {
        if (m_evidence->topLevelItem(i)->data(0, EvidenceIdRole).toLongLong() == evidenceId) {
            m_evidence->setCurrentItem(m_evidence->topLevelItem(i));
            return;
        }
    }
}

void ItemPage::showSelectedEvidence()
{
    const qint64 id = selectedEvidenceId();
    const std::optional<Evidence> e = id >= 0 ? m_session->evidence(id) : std::nullopt;
    if (!e) {
        m_preview->clear(tr("Select evidence to preview its files."));
        return;
    }
    m_preview->setUsePageVisible(e->kind == EvidenceKind::DocumentReview && !m_readOnly && !m_session->isReadOnly());
    m_preview->showFiles(m_session->workspace(), e->files, -1,
                         e->kind == EvidenceKind::DocumentReview ? EvidencePreview::firstPage(e->pages) : 0);
}

void ItemPage::updateButtons()
{
    const bool editable = !m_readOnly && !m_session->isReadOnly() && !m_itemId.isEmpty();
    const qint64 id = selectedEvidenceId();
    const std::optional<Evidence> e = id >= 0 ? m_session->evidence(id) : std::nullopt;
    m_addDocument->setEnabled(editable);
    m_addTest->setEnabled(editable);
    m_linkExisting->setEnabled(editable);
    m_editEvidence->setEnabled(e.has_value());
    m_editEvidence->setText(editable ? tr("Edit…") : tr("Open…"));
    // Evidence that backs only this item is removed, not unlinked: it would back nothing.
    m_unlinkEvidence->setEnabled(editable && e && e->itemIds.size() > 1);
    m_removeEvidence->setEnabled(editable && e);
}

void ItemPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    const bool editable = !readOnly && !m_session->isReadOnly();
    for (QAbstractButton *b : m_verdicts->buttons())
        b->setEnabled(editable);
    m_justification->setReadOnly(!editable);
    m_notes->setReadOnly(!editable);
    m_comments->setReadOnly(readOnly);
    m_points->setReadOnly(!editable);
    m_captures->setReadOnly(!editable);
    updateButtons();
}

void ItemPage::focusField(const QString &field, qint64 evidenceId)
{
    if (field == QLatin1String("justification")) {
        m_justification->setVisible(true);
        m_justificationHeading->setVisible(true);
        m_justification->setFocus(Qt::OtherFocusReason);
    } else if (field == QLatin1String("evidence")) {
        if (evidenceId >= 0)
            selectEvidence(evidenceId);
        m_evidence->setFocus(Qt::OtherFocusReason);
    } else {
        QAbstractButton *checked = m_verdicts->checkedButton();
        (checked ? checked : m_conforming)->setFocus(Qt::OtherFocusReason);
    }
}

void ItemPage::addEvidence(EvidenceKind kind)
{
    if (m_itemId.isEmpty() || m_readOnly)
        return;
    commitPending();
    const qint64 id = m_session->addEvidence({m_itemId}, kind);
    if (id >= 0) {
        selectEvidence(id);
        Q_EMIT editEvidenceRequested(id);
    }
}

void ItemPage::fillLinkMenu()
{
    m_linkMenu->clear();
    const DeclarationSnapshot *s = m_session->snapshot();
    if (!s)
        return;
    QList<qint64> seen;
    for (const Evidence &e : m_session->evidenceFor(m_itemId))
        seen << e.id;
    for (const CriteriaItem &item : s->criteria.items) {
        for (const Evidence &e : s->evidence.value(item.id)) {
            if (seen.contains(e.id))
                continue;
            seen << e.id;
            const std::optional<Evidence> full = m_session->evidence(e.id);
            const QString items = full ? full->itemIds.join(QLatin1String(", ")) : item.id;
            QAction *action = m_linkMenu->addAction(
                tr("%1: %2 (%3)").arg(evidenceKindName(e.kind), e.reference(), items));
            const qint64 id = e.id;
            connect(action, &QAction::triggered, this, [this, id] {
                if (m_session->linkEvidence(id, m_itemId))
                    selectEvidence(id);
            });
        }
    }
    if (m_linkMenu->isEmpty())
        m_linkMenu->addAction(tr("No other evidence in this declaration"))->setEnabled(false);
}

void ItemPage::unlinkSelected()
{
    const qint64 id = selectedEvidenceId();
    if (id >= 0)
        m_session->unlinkEvidence(id, m_itemId);
}

void ItemPage::removeSelected()
{
    const qint64 id = selectedEvidenceId();
    const std::optional<Evidence> e = id >= 0 ? m_session->evidence(id) : std::nullopt;
    if (!e)
        return;
    // Without files it comes back with Undo, so it goes at once (the status bar says so); its
    // files could not come back, so that is asked first.
    if (m_session->canUndoEvidenceRemoval(id)) {
        m_session->removeEvidence(id);
        return;
    }
    const QString text = e->itemIds.size() > 1
                             ? tr("Remove this evidence and its %n file(s)? It also backs %1. This cannot be undone.",
                                  nullptr, int(e->files.size()))
                                   .arg(e->itemIds.join(QLatin1String(", ")))
                             : tr("Remove this evidence and its %n file(s)? This cannot be undone.", nullptr,
                                  int(e->files.size()));
    if (MessageBox::question(this, tr("Remove evidence"), text) == QMessageBox::Yes)
        m_session->removeEvidence(id);
}

void ItemPage::usePage(int page)
{
    const qint64 id = selectedEvidenceId();
    std::optional<Evidence> e = id >= 0 ? m_session->evidence(id) : std::nullopt;
    if (!e || e->kind != EvidenceKind::DocumentReview || page <= 0)
        return;
    e->pages = QString::number(page);
    m_session->editEvidence(*e);
}

} // namespace hoshi
