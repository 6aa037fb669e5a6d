// SPDX-License-Identifier: Apache-2.0
#include "criterialibrarypage.h"

#include "common/filedialog.h"
#include "common/statuscolours.h"
#include "criteria/criteriadiff.h"
#include "criteria/criterialibrary.h"
#include "session/session.h"
#include "criteria/criteriadataupdatedialog.h"
#include "storage/workspace.h"
#include "util/language.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "common/headinglabel.h"
#include "criteria/criteriatext.h"
#include "criteriastatustext.h"

namespace hoshi {

namespace {

enum Column { Id, DataRevision, Level, Version, Status, Published, Origin, Items, UsedBy };
constexpr int DeclarationRole = Qt::UserRole + 1;
constexpr int SourceNoteRole = Qt::UserRole + 2; // the set file's own "source" note
constexpr int SetIdRole = Qt::UserRole + 3;      // a declaration's official criteria set id


QString originName(const QString &kind)
{
    if (kind == QLatin1String("built-in"))
        return CriteriaLibraryPage::tr("built-in");
    if (kind == QLatin1String("user-folder"))
        return CriteriaLibraryPage::tr("user folder");
    if (kind == QLatin1String("workspace"))
        return CriteriaLibraryPage::tr("workspace copy");
    return CriteriaLibraryPage::tr("file");
}

// The documents a set rests on, each with its kind in the reader's language. The file's own
// "source" note (English prose) is shown only for sets that list no documents, and otherwise
// goes to the tooltip.
QString sourceText(const CriteriaSet &set)
{
    if (set.documents.isEmpty())
        return CriteriaLibraryPage::tr("Source: %1").arg(set.source);
    QStringList lines{CriteriaLibraryPage::tr("Sources (item texts are Hoshi's summaries; IPA's official Japanese "
                                              "documents are authoritative):")};
    for (const SourceDocument &d : set.documents)
        lines << CriteriaText::documentLine(d);
    return lines.join(QLatin1Char('\n'));
}

QString changeName(CriteriaItemChange::Kind kind)
{
    switch (kind) {
    case CriteriaItemChange::Kind::Added:
        return CriteriaLibraryPage::tr("added");
    case CriteriaItemChange::Kind::Removed:
        return CriteriaLibraryPage::tr("removed");
    case CriteriaItemChange::Kind::Reworded:
        return CriteriaLibraryPage::tr("reworded");
    case CriteriaItemChange::Kind::Changed:
        break;
    }
    return CriteriaLibraryPage::tr("changed");
}

} // namespace

CriteriaLibraryPage::CriteriaLibraryPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("criteriaLibraryPage"));
    m_setsHeading = headingLabel(this);
    m_sets = new QTreeWidget(this);
    m_sets->setObjectName(QStringLiteral("criteriaSets"));
    m_sets->setRootIsDecorated(false);
    m_sets->setAlternatingRowColors(true);
    m_sets->setColumnCount(9);
    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setObjectName(QStringLiteral("criteriaSource"));
    m_sourceLabel->setWordWrap(true);
    m_sourceLabel->setStyleSheet(StatusColours::textStyle(Tone::Muted));
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importCriteria"));
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setMaximumHeight(90);
    m_problems->hide();
    m_compareHeading = headingLabel(this);
    m_older = new QComboBox(this);
    m_older->setObjectName(QStringLiteral("compareOlder"));
    m_newer = new QComboBox(this);
    m_newer->setObjectName(QStringLiteral("compareNewer"));
    m_diffSummary = new QLabel(this);
    m_diffSummary->setObjectName(QStringLiteral("diffSummary"));
    m_diffSummary->setWordWrap(true);
    m_diff = new QTableWidget(this);
    m_diff->setObjectName(QStringLiteral("criteriaDiff"));
    m_diff->setColumnCount(5);
    m_diff->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diff->setWordWrap(true);
    m_diff->verticalHeader()->hide();
    m_diff->horizontalHeader()->setStretchLastSection(true);
    m_usageHeading = headingLabel(this);
    m_usage = new QTreeWidget(this);
    m_usage->setObjectName(QStringLiteral("criteriaUsage"));
    m_usage->setRootIsDecorated(false);
    m_usage->setColumnCount(3);
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("carryOverTarget"));
    m_carryOver = new QPushButton(this);
    m_carryOver->setObjectName(QStringLiteral("carryOver"));
    m_updateData = new QPushButton(this);
    m_updateData->setObjectName(QStringLiteral("updateCriteriaData"));
    m_review = new QListWidget(this);
    m_review->setObjectName(QStringLiteral("carryOverReview"));
    m_review->setMaximumHeight(110);
    buildLayout();

    connect(m_import, &QPushButton::clicked, this, &CriteriaLibraryPage::chooseImport);
    connect(m_older, &QComboBox::currentIndexChanged, this, &CriteriaLibraryPage::showDiff);
    connect(m_newer, &QComboBox::currentIndexChanged, this, &CriteriaLibraryPage::showDiff);
    connect(m_carryOver, &QPushButton::clicked, this, &CriteriaLibraryPage::carryOverSelected);
    connect(m_updateData, &QPushButton::clicked, this, &CriteriaLibraryPage::updateSelected);
    connect(m_usage, &QTreeWidget::currentItemChanged, this, &CriteriaLibraryPage::updateButtons);
    connect(m_sets, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_sourceLabel->setText(item ? item->data(Id, Qt::UserRole).toString() : QString());
        m_sourceLabel->setToolTip(item ? item->data(Id, SourceNoteRole).toString() : QString());
    });
    connect(m_usage, &QTreeWidget::currentItemChanged, this, &CriteriaLibraryPage::filterTargets);
    connect(m_session, &Session::catalogChanged, this, &CriteriaLibraryPage::reload);
    connect(m_session, &Session::workspaceChanged, this, &CriteriaLibraryPage::reload);
    retranslate();
    reload();
}

void CriteriaLibraryPage::buildLayout()
{
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    auto *importRow = new QHBoxLayout;
    importRow->addWidget(m_setsHeading, 1);
    importRow->addWidget(m_import);
    topLayout->addLayout(importRow);
    topLayout->addWidget(m_sets, 1);
    topLayout->addWidget(m_sourceLabel);
    topLayout->addWidget(m_problems);

    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(m_compareHeading);
    compareRow->addWidget(m_older, 1);
    compareRow->addWidget(new QLabel(QStringLiteral("→"), middle));
    compareRow->addWidget(m_newer, 1);
    middleLayout->addLayout(compareRow);
    middleLayout->addWidget(m_diffSummary);
    middleLayout->addWidget(m_diff, 1);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->addWidget(m_usageHeading);
    bottomLayout->addWidget(m_usage, 1);
    auto *carryRow = new QHBoxLayout;
    carryRow->addWidget(m_updateData);
    carryRow->addWidget(m_target, 1);
    carryRow->addWidget(m_carryOver);
    bottomLayout->addLayout(carryRow);
    bottomLayout->addWidget(m_review);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(middle);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({230, 420, 220}); // the comparison gets the room
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

void CriteriaLibraryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void CriteriaLibraryPage::retranslate()
{
    m_setsHeading->setText(tr("Criteria sets"));
    m_sets->setHeaderLabels({tr("Id"), tr("Data revision"), tr("Level"), tr("Version"), tr("Status"), tr("Published"),
                             tr("Origin"), tr("Items"), tr("Used by")});
    m_import->setText(tr("Import criteria file…"));
    m_compareHeading->setText(tr("Compare"));
    m_diff->setHorizontalHeaderLabels({tr("Item"), tr("Change"), tr("Field"), tr("Older version"), tr("Newer version")});
    m_usageHeading->setText(tr("Declarations and the criteria set they were assessed against"));
    m_usage->setHeaderLabels({tr("Declaration"), tr("Product"), tr("Criteria set")});
    m_updateData->setText(tr("Update criteria data…"));
    m_updateData->setToolTip(tr("Applies a newer Hoshi data revision of the same official criteria set to the selected "
                                "declaration, in place: every verdict, note, justification, evidence link and point "
                                "choice stays. The changed texts are shown first."));
    m_carryOver->setText(tr("Carry over to this set"));
    m_carryOver->setToolTip(tr("Starts a new declaration of the same product against the chosen set, keeping the answers "
                               "and evidence of every unchanged item; the old declaration stays as it was."));
}

void CriteriaLibraryPage::reload()
{
    fillSets();
    fillUsage();
}

void CriteriaLibraryPage::fillSets()
{
    const QString lang = uiLanguage();
    const QString older = m_older->currentData().toString();
    const QString newer = m_newer->currentData().toString();
    const QString target = m_target->currentData().toString();
    m_sets->clear();
    const QSignalBlocker b1(m_older), b2(m_newer), b3(m_target);
    m_older->clear();
    m_newer->clear();
    m_target->clear();
    const QList<CriteriaLibraryEntry> entries = CriteriaLibrary::entries(m_session->workspace());
    for (const CriteriaLibraryEntry &e : entries) {
        auto *row = new QTreeWidgetItem(m_sets);
        row->setText(Id, e.set.id);
        row->setToolTip(Id, e.set.title.in(lang));
        row->setText(DataRevision, QString::number(e.set.dataRevision));
        row->setText(Level, QStringLiteral("★%1").arg(e.set.level));
        row->setText(Version, CriteriaText::version(e.set.version));
        row->setToolTip(Version, e.set.version);
        row->setText(Status, e.newerDataRevision > 0 ? tr("Hoshi data revision %1 is newer").arg(e.newerDataRevision)
                                                     : criteriaStatusText(e, entries, QDate::currentDate()));
        if (!criteriaReplacement(e, entries).isEmpty() || e.newerDataRevision > 0 || e.set.status == QLatin1String("draft"))
            row->setForeground(Status, StatusColours::foreground(Tone::Warning));
        row->setText(Published, e.set.published);
        row->setText(Origin, originName(e.originKind));
        row->setText(Items, QString::number(e.set.items.size()));
        row->setText(UsedBy, QString::number(e.declarations.size()));
        row->setData(Id, Qt::UserRole, sourceText(e.set));
        row->setData(Id, SourceNoteRole, e.set.source);
        const QString label = CriteriaLibrary::displayName(e.set.id, e.set.dataRevision);
        m_older->addItem(label, CriteriaLibrary::key(e.set));
        m_newer->addItem(label, CriteriaLibrary::key(e.set));
        if (e.newerDataRevision == 0) // carrying over goes to the newest data of a set
            m_target->addItem(QStringLiteral("%1 (%2)").arg(e.set.id, CriteriaText::version(e.set.version)), e.set.id);
    }
    for (int c = 0; c < m_sets->columnCount(); ++c)
        m_sets->resizeColumnToContents(c);
    const auto restore = [](QComboBox *box, const QString &id, int fallback) {
        const int i = box->findData(id);
        box->setCurrentIndex(i >= 0 ? i : qMin(fallback, box->count() - 1));
    };
    restore(m_older, older, 0);
    restore(m_newer, newer, 1);
    restore(m_target, target, 0);
    showDiff();
}

void CriteriaLibraryPage::fillUsage()
{
    m_usage->clear();
    const Workspace *ws = m_session->workspace();
    m_carryOver->setEnabled(ws && !m_session->isReadOnly());
    if (!ws)
        return;
    for (const Declaration &d : ws->declarations()) {
        auto *row = new QTreeWidgetItem(m_usage);
        row->setText(0, QString::number(d.id));
        row->setData(0, DeclarationRole, d.id);
        const std::optional<Product> p = ws->product(d.productId);
        row->setText(1, p ? p->name : QString());
        row->setText(2, CriteriaLibrary::displayName(d.criteriaSetId, d.criteriaDataRevision));
        row->setData(2, SetIdRole, d.criteriaSetId);
    }
    for (int c = 0; c < m_usage->columnCount(); ++c)
        m_usage->resizeColumnToContents(c);
    filterTargets();
    updateButtons();
}

void CriteriaLibraryPage::filterTargets()
{
    // A declaration is carried over to another version of its own level, never to its own set
    // (nothing to carry) nor from ★1 to a ★3 draft (another scheme with other items).
    const QTreeWidgetItem *row = m_usage->currentItem();
    const Workspace *ws = m_session->workspace();
    const QString source = row ? row->data(2, SetIdRole).toString() : QString();
    const CriteriaSet *sourceSet = ws && row ? ws->criteria().find(source) : nullptr;
    auto *list = qobject_cast<QListView *>(m_target->view());
    int firstShown = -1;
    for (int i = 0; i < m_target->count(); ++i) {
        const CriteriaSet *set = ws ? ws->criteria().find(m_target->itemData(i).toString()) : nullptr;
        const bool offered = !sourceSet || (set && set->id != sourceSet->id && set->level == sourceSet->level);
        if (list)
            list->setRowHidden(i, !offered);
        if (offered && firstShown < 0)
            firstShown = i;
    }
    const QString current = m_target->currentData().toString();
    const bool currentOffered = list && m_target->currentIndex() >= 0 && !list->isRowHidden(m_target->currentIndex());
    if (!currentOffered || current == source)
        m_target->setCurrentIndex(firstShown);
    m_carryOver->setEnabled(ws && !m_session->isReadOnly() && firstShown >= 0);
}

void CriteriaLibraryPage::compare(const QString &olderId, const QString &newerId)
{
    // A key ("ID@REV") picks that data revision; a plain id its newest one.
    const auto pick = [](QComboBox *box, const QString &name) {
        int index = box->findData(name);
        for (int i = 0; index < 0 && i < box->count(); ++i) {
            // Entries are sorted by data revision: keep going to the newest one of the id.
            for (int j = i; j < box->count() && box->itemData(j).toString().startsWith(name + QLatin1Char('@')); ++j)
                index = j;
        }
        box->setCurrentIndex(index);
    };
    const QSignalBlocker b1(m_older), b2(m_newer);
    pick(m_older, olderId);
    pick(m_newer, newerId);
    showDiff();
}

void CriteriaLibraryPage::showDiff()
{
    m_diff->setRowCount(0);
    const QList<CriteriaLibraryEntry> entries = CriteriaLibrary::entries(m_session->workspace());
    const auto find = [&](const QString &key) -> const CriteriaSet * {
        for (const CriteriaLibraryEntry &e : entries) {
            if (CriteriaLibrary::key(e.set) == key)
                return &e.set;
        }
        return nullptr;
    };
    const CriteriaSet *older = find(m_older->currentData().toString());
    const CriteriaSet *newer = find(m_newer->currentData().toString());
    if (!older || !newer) {
        m_diffSummary->clear();
        return;
    }
    const QString lang = uiLanguage();
    const QList<CriteriaItemChange> changes = CriteriaDiff::compare(*older, *newer);
    int counts[4] = {0, 0, 0, 0};
    for (const CriteriaItemChange &c : changes) {
        ++counts[int(c.kind)];
        const bool edited = c.kind == CriteriaItemChange::Kind::Changed || c.kind == CriteriaItemChange::Kind::Reworded;
        const QStringList fields = edited ? c.fields : QStringList{QStringLiteral("requirement")};
        for (const QString &field : fields) {
            const int r = m_diff->rowCount();
            m_diff->insertRow(r);
            m_diff->setItem(r, 0, new QTableWidgetItem(c.itemId));
            m_diff->setItem(r, 1, new QTableWidgetItem(changeName(c.kind)));
            m_diff->setItem(r, 2, new QTableWidgetItem(CriteriaText::fieldName(field)));
            const auto [before, after] = CriteriaDiff::sides(c, field, lang);
            m_diff->setItem(r, 3, new QTableWidgetItem(before));
            m_diff->setItem(r, 4, new QTableWidgetItem(after));
        }
    }
    m_diff->setColumnWidth(0, 80);
    m_diff->setColumnWidth(1, 70);
    m_diff->setColumnWidth(2, 120);
    m_diff->setColumnWidth(3, qMax(240, (m_diff->viewport()->width() - 270) / 2));
    m_diff->resizeRowsToContents();
    m_diffSummary->setText(older == newer
                               ? tr("Choose two different sets to compare.")
                               : tr("%1 → %2: %3 added, %4 removed, %5 changed, %6 reworded (changed items are the ones a "
                                    "carry-over sends to review; reworded ones keep their answers).")
                                     .arg(CriteriaLibrary::displayName(older->id, older->dataRevision),
                                          CriteriaLibrary::displayName(newer->id, newer->dataRevision))
                                     .arg(counts[int(CriteriaItemChange::Kind::Added)])
                                     .arg(counts[int(CriteriaItemChange::Kind::Removed)])
                                     .arg(counts[int(CriteriaItemChange::Kind::Changed)])
                                     .arg(counts[int(CriteriaItemChange::Kind::Reworded)]));
}

void CriteriaLibraryPage::chooseImport()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Import criteria file"), tr("Criteria files (*.json)"));
    if (!path.isEmpty())
        importFile(path);
}

void CriteriaLibraryPage::importFile(const QString &path)
{
    m_problems->clear();
    QString id;
    QList<CriteriaProblem> problems;
    if (CriteriaLibrary::importFile(m_session->workspace(), path, &id, &problems)) {
        m_problems->addItem(tr("Imported %1 into the workspace.").arg(id));
        reload();
    } else {
        for (const CriteriaProblem &p : problems)
            m_problems->addItem(tr("%1 at %2: %3").arg(p.file, p.pointer.isEmpty() ? tr("(whole file)") : p.pointer, p.message));
    }
    m_problems->show();
}

void CriteriaLibraryPage::carryOverSelected()
{
    if (const QTreeWidgetItem *row = m_usage->currentItem())
        carryOver(row->data(0, DeclarationRole).toLongLong(), m_target->currentData().toString());
}

bool CriteriaLibraryPage::carryOver(qint64 declarationId, const QString &targetSetId)
{
    m_review->clear();
    QStringList review;
    const qint64 id = m_session->carryOverDeclaration(declarationId, targetSetId, &review);
    if (id < 0)
        return false;
    m_review->addItem(review.isEmpty() ? tr("Declaration %1 created: every answer was carried over.").arg(id)
                                       : tr("Declaration %1 created. Judge these items again (new or changed):").arg(id));
    for (const QString &itemId : review)
        m_review->addItem(itemId);
    fillUsage();
    return true;
}

void CriteriaLibraryPage::updateButtons()
{
    const QTreeWidgetItem *row = m_usage->currentItem();
    const Workspace *ws = m_session->workspace();
    m_updateData->setEnabled(row && ws && !m_session->isReadOnly()
                             && ws->newerCriteriaDataRevision(row->data(0, DeclarationRole).toLongLong()) > 0);
}

void CriteriaLibraryPage::updateSelected()
{
    const QTreeWidgetItem *row = m_usage->currentItem();
    const Workspace *ws = m_session->workspace();
    if (!row || !ws)
        return;
    const qint64 declarationId = row->data(0, DeclarationRole).toLongLong();
    const int revision = ws->newerCriteriaDataRevision(declarationId);
    const CriteriaSet *current = ws->storedCriteriaFor(declarationId);
    const std::optional<Declaration> d = ws->declaration(declarationId);
    const CriteriaSet *target = d ? ws->criteria().find(d->criteriaSetId, revision) : nullptr;
    if (!current || !target)
        return;
    CriteriaDataUpdateDialog dialog(*current, *target, this);
    if (dialog.exec() == QDialog::Accepted)
        updateCriteriaData(declarationId, revision);
}

bool CriteriaLibraryPage::updateCriteriaData(qint64 declarationId, int dataRevision)
{
    m_review->clear();
    PointAnswerChanges changes;
    QString error;
    if (!m_session->updateCriteriaData(declarationId, dataRevision, &changes, &error)) {
        m_review->addItem(error);
        return false;
    }
    m_review->addItem(tr("Declaration %1 now uses Hoshi data revision %2; every answer was kept.").arg(declarationId).arg(dataRevision));
    for (const PointAnswerMove &m : changes.moved)
        m_review->addItem(tr("%1: answers on point %2 moved to %3").arg(m.itemId, m.fromPointId, m.toPointId));
    for (const PointAnswerMove &m : changes.unmatched)
        m_review->addItem(tr("%1: point %2 no longer exists; choose or link its evidence again (%3)")
                              .arg(m.itemId, m.fromPointId, m.fromText.in(uiLanguage())));
    reload();
    return true;
}

} // namespace hoshi
