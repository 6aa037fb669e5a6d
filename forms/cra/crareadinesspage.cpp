// SPDX-License-Identifier: Apache-2.0
#include "crareadinesspage.h"

#include "crafieldseditor.h"
#include "craundocommand.h"

#include "common/filedialog.h"
#include "common/statuscolours.h"
#include "cra/cradrafts.h"
#include "session/session.h"
#include "storage/serverrefusal.h"
#include "util/displaydate.h"
#include "util/language.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hoshi {

namespace {

constexpr int KeyRole = Qt::UserRole + 1;

Tone toneOf(CraCoverage coverage)
{
    switch (coverage) {
    case CraCoverage::Covered: return Tone::Good;
    case CraCoverage::Partly: return Tone::Warning;
    case CraCoverage::NotCovered: return Tone::Bad;
    }
    return Tone::Muted;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br/>"));
}

QString coloured(Tone tone, const QString &text)
{
    return QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>").arg(StatusColours::foreground(tone).name(), esc(text));
}

QString evidenceHtml(const CraEvidenceRef &e)
{
    QString html = QStringLiteral("<li>%1 (%2)").arg(esc(e.title), esc(evidenceKindName(e.kind)));
    if (!e.files.isEmpty()) {
        html += QStringLiteral("<br/>");
        QStringList files;
        for (const CraFileRef &f : e.files)
            files << (f.archivePath.isEmpty()
                          ? esc(f.originalName)
                          : CraReadinessPage::tr("%1 → archive %2, SHA-256 %3…")
                                .arg(esc(f.originalName), esc(f.archivePath), f.sha256.left(16)));
        html += QStringLiteral("<small>%1</small>").arg(files.join(QLatin1String("<br/>")));
    }
    return html + QStringLiteral("</li>");
}

QString supportHtml(const CraSupport &s)
{
    const QString verdict = coloured(s.supports() ? Tone::Good : Tone::Muted, verdictName(s.verdict));
    QString html = QStringLiteral("<p><b>%1</b> %2 — %3 — %4").arg(esc(s.itemId), esc(s.itemTitle.in(uiLanguage())),
                                                                 esc(CraReadiness::relationshipName(s.relationship)), verdict);
    if (!s.rationale.isEmpty())
        html += QStringLiteral("<br/><small>%1</small>").arg(esc(s.rationale));
    html += QStringLiteral("</p>");
    if (s.evidence.isEmpty())
        return html + QStringLiteral("<p><small>%1</small></p>").arg(esc(CraReadinessPage::tr("No evidence recorded for this item.")));
    html += QStringLiteral("<ul>");
    for (const CraEvidenceRef &e : s.evidence)
        html += evidenceHtml(e);
    return html + QStringLiteral("</ul>");
}

} // namespace

CraReadinessPage::CraReadinessPage(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("craReadinessPage"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("craBackButton"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("craHeading"));
    m_heading->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 14pt;"));
    m_heading->setWordWrap(true);
    m_drafts = new QPushButton(this);
    m_drafts->setObjectName(QStringLiteral("craDraftsButton"));
    top->addWidget(m_back);
    top->addWidget(m_heading, 1);
    top->addWidget(m_drafts);
    layout->addLayout(top);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("craSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("craTabs"));
    layout->addWidget(m_tabs, 1);

    auto *split = new QSplitter(Qt::Horizontal, m_tabs);
    m_requirements = new QTreeWidget(split);
    m_requirements->setObjectName(QStringLiteral("craRequirementList"));
    m_requirements->setColumnCount(3);
    m_requirements->setRootIsDecorated(true);
    m_requirements->setUniformRowHeights(true);
    m_requirements->header()->setStretchLastSection(false);
    m_requirements->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_requirements->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_requirements->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_details = new QTextBrowser(split);
    m_details->setObjectName(QStringLiteral("craRequirementDetails"));
    split->addWidget(m_requirements);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_tabs->addTab(split, QString());

    auto *gaps = new QWidget(m_tabs);
    auto *gapsLayout = new QVBoxLayout(gaps);
    m_gapsIntro = new QLabel(gaps);
    m_gapsIntro->setWordWrap(true);
    m_gaps = new QTreeWidget(gaps);
    m_gaps->setObjectName(QStringLiteral("craGapList"));
    m_gaps->setColumnCount(3);
    m_gaps->setRootIsDecorated(false);
    m_gaps->setWordWrap(true);
    m_gaps->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    gapsLayout->addWidget(m_gapsIntro);
    gapsLayout->addWidget(m_gaps, 1);
    m_tabs->addTab(gaps, QString());

    auto *fields = new QWidget(m_tabs);
    auto *fieldsLayout = new QHBoxLayout(fields);
    m_fields = new CraFieldsEditor(fields);
    auto *historyColumn = new QVBoxLayout;
    m_historyTitle = new QLabel(fields);
    m_historyTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_history = new QListWidget(fields);
    m_history->setObjectName(QStringLiteral("craHistoryList"));
    m_history->setWordWrap(true);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    historyColumn->addWidget(m_historyTitle);
    historyColumn->addWidget(m_history, 1);
    fieldsLayout->addWidget(m_fields, 3);
    fieldsLayout->addLayout(historyColumn, 2);
    m_tabs->addTab(fields, QString());

    connect(m_back, &QPushButton::clicked, this, &CraReadinessPage::backRequested);
    connect(m_drafts, &QPushButton::clicked, this, &CraReadinessPage::chooseDraftFolder);
    connect(m_fields, &CraFieldsEditor::saveRequested, this, &CraReadinessPage::saveFields);
    connect(m_requirements, &QTreeWidget::currentItemChanged, this, &CraReadinessPage::showDetails);
    connect(m_session, &Session::declarationRefreshed, this, &CraReadinessPage::reload);
    connect(m_session, &Session::currentDeclarationChanged, this, &CraReadinessPage::reload);
    retranslate();
}

void CraReadinessPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void CraReadinessPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CraReadinessPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void CraReadinessPage::retranslate()
{
    m_back->setText(tr("← Declaration"));
    m_drafts->setText(tr("Write &drafts…"));
    m_drafts->setToolTip(tr("The technical documentation draft (Annex VII) and the EU declaration of conformity draft "
                            "(Annex V), in English, as PDF and JSON, for the manufacturer to complete and sign."));
    m_tabs->setTabText(int(Tab::Requirements), tr("Annex I requirements"));
    m_tabs->setTabText(int(Tab::Gaps), tr("What ★1 does not cover"));
    m_tabs->setTabText(int(Tab::Fields), tr("What the CRA adds"));
    m_requirements->setHeaderLabels({tr("Annex I"), tr("Requirement"), tr("Coverage")});
    m_gaps->setHeaderLabels({tr("State"), tr("Where"), tr("What the CRA asks beyond ★1")});
    m_gapsIntro->setText(tr("The CRA asks for these although a ★1 declaration does not record them. Each is answered in "
                            "the CRA fields or, where there is no field, in the technical documentation."));
    m_historyTitle->setText(tr("Changes to the CRA fields"));
    m_fields->retranslate();
    reload();
}

void CraReadinessPage::reload()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const DeclarationSnapshot *s = m_session->snapshot();
    Workspace *ws = m_session->workspace();
    m_readiness.reset();
    QString error;
    if (s && ws) {
        if (const std::optional<CraRecord> record = ws->craRecord(s->declaration.id, &error)) {
            m_readiness = CraReadiness::of(*s, *record,
                                           markets::MappingLibrary::shipped().find(QLatin1String(CraReadiness::MappingSetId)),
                                           &error);
        }
    }
    m_drafts->setEnabled(m_readiness.has_value());
    m_tabs->setEnabled(m_readiness.has_value());
    if (!s || !ws)
        m_heading->setText(tr("No declaration open"));
    else
        m_heading->setText(tr("CRA readiness of %1 (%2)").arg(s->product.name, s->criteria.id));
    if (!m_readiness) {
        m_summary->setText(error);
        m_requirements->clear();
        m_gaps->clear();
        m_details->clear();
        m_history->clear();
        return;
    }
    const CraReadiness &r = *m_readiness;
    m_summary->setText(tr("EU Cyber Resilience Act (Regulation (EU) 2024/2847), Annex I: %1 covered by ★1 evidence, "
                          "%2 partly, %3 not covered. %n item(s) the CRA asks beyond ★1 still open. Hoshi prepares; "
                          "the manufacturer declares.",
                          nullptr, r.openGaps())
                           .arg(r.count(CraCoverage::Covered))
                           .arg(r.count(CraCoverage::Partly))
                           .arg(r.count(CraCoverage::NotCovered)));
    fillRequirements();
    fillGaps();
    m_fields->setRecord(r.record);
    m_fields->setReadOnlyReason(m_session->isReadOnly() ? m_session->readOnlyReason() : QString());
    fillHistory();
}

void CraReadinessPage::fillRequirements()
{
    const QString selected = m_requirements->currentItem() ? m_requirements->currentItem()->data(0, KeyRole).toString()
                                                           : QString();
    m_requirements->clear();
    QTreeWidgetItem *parts[2] = {
        new QTreeWidgetItem(m_requirements, {tr("Part I"), tr("Essential cybersecurity requirements")}),
        new QTreeWidgetItem(m_requirements, {tr("Part II"), tr("Vulnerability handling requirements")})};
    for (QTreeWidgetItem *part : parts)
        part->setFlags(Qt::ItemIsEnabled);
    for (const CraRequirement &req : m_readiness->requirements) {
        auto *item = new QTreeWidgetItem(parts[CraAnnex::isPartTwo(req.point) ? 1 : 0],
                                         {req.point.label, CraAnnex::title(req.point), CraReadiness::coverageName(req.coverage)});
        item->setData(0, KeyRole, req.point.key);
        item->setForeground(2, StatusColours::foreground(toneOf(req.coverage), palette()));
        item->setToolTip(2, CraReadiness::coverageReason(req));
    }
    m_requirements->expandAll();
    if (!selectRequirement(selected.isEmpty() ? QStringLiteral("i1") : selected))
        m_details->clear();
}

bool CraReadinessPage::selectRequirement(const QString &key)
{
    for (int p = 0; p < m_requirements->topLevelItemCount(); ++p) {
        QTreeWidgetItem *part = m_requirements->topLevelItem(p);
        for (int i = 0; i < part->childCount(); ++i) {
            if (part->child(i)->data(0, KeyRole).toString() == key) {
                m_requirements->setCurrentItem(part->child(i));
                showDetails();
                return true;
            }
        }
    }
    return false;
}

void CraReadinessPage::showDetails()
{
    const QTreeWidgetItem *current = m_requirements->currentItem();
    if (!m_readiness || !current || current->data(0, KeyRole).toString().isEmpty()) {
        m_details->clear();
        return;
    }
    const QString key = current->data(0, KeyRole).toString();
    for (const CraRequirement &req : m_readiness->requirements) {
        if (req.point.key != key)
            continue;
        QString html = QStringLiteral("<h3>%1 — %2</h3><p>%3<br/>%4</p>")
                           .arg(esc(req.point.label), esc(CraAnnex::title(req.point)),
                                coloured(toneOf(req.coverage), CraReadiness::coverageName(req.coverage)),
                                esc(CraReadiness::coverageReason(req)));
        if (!req.text.isEmpty())
            html += QStringLiteral("<p><i>%1</i><br/><small>%2</small></p>")
                        .arg(esc(req.text), esc(req.textIsQuote ? tr("The Regulation's text (English).")
                                                                : tr("Summary (English).")));
        html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("★1 items related through the mapping")));
        if (req.supports.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
        for (const CraSupport &s : req.supports)
            html += supportHtml(s);
        if (!req.gaps.isEmpty() || !req.note.isEmpty()) {
            html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Not covered by ★1")));
            if (!req.note.isEmpty())
                html += QStringLiteral("<p>%1<br/><small>%2</small></p>").arg(esc(req.note), esc(tr("Note of the mapping (English).")));
            for (const CraGap &g : req.gaps)
                html += QStringLiteral("<p>%1 %2<br/><small>%3</small></p>")
                            .arg(coloured(g.addressed ? Tone::Good : Tone::Bad, g.addressed ? tr("Recorded") : tr("Open")),
                                 esc(g.title), esc(g.explanation));
        }
        m_details->setHtml(html);
        return;
    }
}

void CraReadinessPage::fillGaps()
{
    m_gaps->clear();
    for (const CraGap &g : m_readiness->allGaps()) {
        const QString where = g.annexKey.isEmpty() ? g.article : CraAnnex::point(g.annexKey)->label;
        QString what = QStringLiteral("%1\n%2").arg(g.title, g.explanation);
        if (g.field)
            what += QLatin1Char('\n') + tr("Recorded in: %1").arg(CraFields::name(*g.field));
        auto *item = new QTreeWidgetItem(m_gaps, {g.addressed ? tr("Recorded") : tr("Open"), where, what});
        item->setData(0, KeyRole, g.id);
        item->setForeground(0, StatusColours::foreground(g.addressed ? Tone::Good : Tone::Bad, palette()));
    }
    m_gaps->resizeColumnToContents(0);
    m_gaps->resizeColumnToContents(1);
}

void CraReadinessPage::fillHistory()
{
    m_history->clear();
    if (!m_session->workspace())
        return;
    for (const HistoryEntry &h : m_session->history()) {
        if (h.action == QLatin1String("cra-edited"))
            m_history->addItem(QStringLiteral("%1 — %2\n%3").arg(DisplayDate::dateTime(h.at), h.actor, h.summary));
    }
    if (m_history->count() == 0)
        m_history->addItem(tr("Nothing recorded yet."));
}

bool CraReadinessPage::saveFields()
{
    Workspace *ws = m_session->workspace();
    if (!m_readiness || !ws)
        return false;
    if (m_session->isReadOnly()) {
        m_fields->showError(m_session->readOnlyReason());
        return false;
    }
    CraRecord record;
    QString error;
    if (!m_fields->edited(&record, &error)
        || !ws->setCraRecord(record, m_readiness->record.rowVersion, &error)) {
        const ServerRefusal refusal = ServerRefusal::explain(error);
        m_fields->showError(refusal.message.isEmpty() ? error : refusal.message);
        return false;
    }
    m_fields->showError(QString());
    const CraRecord before = m_readiness->record;
    m_session->refresh(); // the history and every view of the declaration read it again
    if (const std::optional<CraRecord> after = ws->craRecord(before.declarationId); after && !after->sameContent(before))
        m_session->undoStack()->push(new CraRecordCommand(m_session, before, *after));
    return true;
}

bool CraReadinessPage::writeDrafts(const QString &folder, QStringList *written)
{
    if (!m_readiness)
        return false;
    QString error;
    if (!CraDrafts::write(*m_readiness, QDateTime::currentDateTimeUtc(), folder, written, &error)) {
        m_summary->setText(error);
        return false;
    }
    m_summary->setText(tr("Drafts written to %1. They are in English, marked DRAFT, for the manufacturer to complete "
                          "and sign.")
                           .arg(QDir::toNativeSeparators(folder)));
    return true;
}

void CraReadinessPage::chooseDraftFolder()
{
    const QString folder = FileDialog::getExistingDirectory(this, tr("Folder for the CRA drafts"));
    if (!folder.isEmpty())
        writeDrafts(folder, nullptr);
}

} // namespace hoshi
