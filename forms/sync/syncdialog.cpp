// SPDX-License-Identifier: Apache-2.0
#include "syncdialog.h"

#include "syncconflictview.h"
#include "syncnames.h"

#include "common/filedialog.h"
#include "common/messagebox.h"
#include "common/settings.h"
#include "mainwindow/openserverdialog.h"
#include "session/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hoshi {

namespace {

QTableWidget *makeTable(int columns, const char *name, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setObjectName(QLatin1String(name));
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setCell(QTableWidget *table, int row, int column, const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(row, column, item);
}

// The same file named twice (a relative path, a symbolic link) is one copy, not two.
bool sameLocation(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    const QString ca = QFileInfo(a).canonicalFilePath();
    return !ca.isEmpty() && ca == QFileInfo(b).canonicalFilePath();
}

} // namespace

SyncDialog::SyncDialog(Session *session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("syncDialog"));
    buildLayout();
    m_organisation->addItem(QString(), qint64(-1));
    if (Workspace *ws = m_session->workspace())
        for (const Organisation &o : ws->organisations())
            m_organisation->addItem(o.name, o.id);
    connect(&m_runner, &SyncRunner::progress, m_progress, &QProgressBar::setValue);
    connect(&m_runner, &SyncRunner::finished, this, &SyncDialog::onFinished);
    connect(m_location, &QLineEdit::textChanged, this, &SyncDialog::invalidatePreview);
    connect(m_organisation, &QComboBox::currentIndexChanged, this, &SyncDialog::invalidatePreview);
    connect(m_conflicts, &SyncConflictView::decisionsChanged, this, &SyncDialog::updateButtons);
    connect(m_chooseFile, &QPushButton::clicked, this, &SyncDialog::chooseFile);
    connect(m_chooseServer, &QPushButton::clicked, this, &SyncDialog::chooseServer);
    connect(m_preview, &QPushButton::clicked, this, &SyncDialog::preview);
    connect(m_apply, &QPushButton::clicked, this, &SyncDialog::synchronise);
    connect(m_cancel, &QPushButton::clicked, &m_runner, &SyncRunner::cancel);
    connect(m_close, &QPushButton::clicked, this, &SyncDialog::reject);
    retranslate();
    updateButtons();
    resize(1100, 700);
}

SyncDialog::~SyncDialog()
{
    m_runner.cancel();
    m_runner.waitForFinished();
}

void SyncDialog::buildLayout()
{
    m_locationLabel = new QLabel(this);
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("syncLocation"));
    m_locationLabel->setBuddy(m_location);
    m_chooseFile = new QPushButton(this);
    m_chooseFile->setObjectName(QStringLiteral("syncChooseFile"));
    m_chooseServer = new QPushButton(this);
    m_chooseServer->setObjectName(QStringLiteral("syncChooseServer"));
    m_organisationLabel = new QLabel(this);
    m_organisation = new QComboBox(this);
    m_organisation->setObjectName(QStringLiteral("syncOrganisation"));
    m_organisationLabel->setBuddy(m_organisation);
    m_preview = new QPushButton(this);
    m_preview->setObjectName(QStringLiteral("syncPreview"));

    auto *where = new QGridLayout;
    where->addWidget(m_locationLabel, 0, 0);
    where->addWidget(m_location, 0, 1);
    where->addWidget(m_chooseFile, 0, 2);
    where->addWidget(m_chooseServer, 0, 3);
    where->addWidget(m_organisationLabel, 1, 0);
    where->addWidget(m_organisation, 1, 1);
    where->addWidget(m_preview, 1, 3);
    where->setColumnStretch(1, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("syncSummary"));
    m_summary->setWordWrap(true);
    m_countsLabel = new QLabel(this);
    m_counts = makeTable(3, "syncCounts", this);
    m_itemsLabel = new QLabel(this);
    m_items = makeTable(3, "syncItems", this);
    m_conflicts = new SyncConflictView(this);
    m_conflicts->setObjectName(QStringLiteral("syncConflicts"));

    auto *countsBox = new QWidget(this);
    auto *countsLayout = new QVBoxLayout(countsBox);
    countsLayout->setContentsMargins(0, 0, 0, 0);
    countsLayout->addWidget(m_countsLabel);
    countsLayout->addWidget(m_counts);
    auto *itemsBox = new QWidget(this);
    auto *itemsLayout = new QVBoxLayout(itemsBox);
    itemsLayout->setContentsMargins(0, 0, 0, 0);
    itemsLayout->addWidget(m_itemsLabel);
    itemsLayout->addWidget(m_items);
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(countsBox);
    top->addWidget(itemsBox);
    top->setSizes({380, 700});
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_conflicts);
    split->setSizes({280, 280});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(where);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addLayout(buildButtons());
}

QLayout *SyncDialog::buildButtons()
{
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setRange(0, SyncRunner::ProgressRange);
    m_progress->setValue(0);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("syncProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_apply = new QPushButton(this);
    m_apply->setObjectName(QStringLiteral("syncApply"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("syncCancel"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("syncClose"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    auto *column = new QVBoxLayout;
    column->addWidget(m_problem);
    column->addLayout(buttons);
    return column;
}

void SyncDialog::retranslate()
{
    setWindowTitle(tr("Synchronise"));
    m_locationLabel->setText(tr("&Other copy:"));
    m_location->setPlaceholderText(tr("A .hoshi file or a server address (postgresql://…)"));
    m_chooseFile->setText(tr("&File…"));
    m_chooseServer->setText(tr("&Server…"));
    m_organisationLabel->setText(tr("Or&ganisation:"));
    m_organisation->setItemText(0, tr("All organisations"));
    m_preview->setText(tr("&Preview"));
    m_countsLabel->setText(tr("What goes each way"));
    m_counts->setHorizontalHeaderLabels({tr("Record type"), tr("To this copy"), tr("To the other copy")});
    m_itemsLabel->setText(tr("Records affected"));
    m_items->setHorizontalHeaderLabels({tr("Goes to"), tr("Change"), tr("Record")});
    m_conflicts->retranslate();
    m_apply->setText(tr("S&ynchronise"));
    m_cancel->setText(tr("Cancel"));
    m_close->setText(tr("Close"));
    if (!m_havePlan && m_summary->text().isEmpty())
        m_summary->setText(tr("Choose the other copy and preview what the synchronisation would do. Nothing is "
                              "written until you press Synchronise."));
}

void SyncDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SyncDialog::setOtherLocation(const QString &location)
{
    m_location->setText(location);
}

void SyncDialog::setOrganisation(qint64 organisationId)
{
    const int index = m_organisation->findData(organisationId);
    if (index >= 0)
        m_organisation->setCurrentIndex(index);
}

QString SyncDialog::summaryText() const
{
    return m_summary->text();
}

QString SyncDialog::problemText() const
{
    return m_problem->text();
}

void SyncDialog::chooseFile()
{
    const QString path = FileDialog::getOpenFileName(this, tr("The other copy"), tr("Hoshi workspaces (*.hoshi)"));
    if (!path.isEmpty())
        m_location->setText(path);
}

void SyncDialog::chooseServer()
{
    OpenServerDialog dialog(OpenServerDialog::recentServerAddresses(Settings::recentWorkspaces()), this);
    if (dialog.exec() == QDialog::Accepted)
        m_location->setText(dialog.address());
}

void SyncDialog::invalidatePreview()
{
    m_havePlan = false;
    m_planHasWork = false;
    updateButtons();
}

void SyncDialog::updateButtons()
{
    const bool running = m_busy;
    m_preview->setEnabled(!running && !m_location->text().trimmed().isEmpty());
    m_apply->setEnabled(!running && m_havePlan && m_planHasWork && m_conflicts->allDecided());
    m_cancel->setEnabled(running);
    m_close->setEnabled(!running);
    m_location->setEnabled(!running);
    m_chooseFile->setEnabled(!running);
    m_chooseServer->setEnabled(!running);
    m_organisation->setEnabled(!running);
}

void SyncDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        m_problem->clear();
    updateButtons();
    if (busy) {
        m_preview->setEnabled(false);
        m_apply->setEnabled(false);
        m_cancel->setEnabled(true);
        m_close->setEnabled(false);
    }
}

sync::SyncOptions SyncDialog::options() const
{
    sync::SyncOptions options;
    options.organisationId = m_organisation->currentData().toLongLong();
    options.resolutions = m_conflicts->resolutions();
    return options;
}

void SyncDialog::preview()
{
    Workspace *ws = m_session->workspace();
    const QString other = m_location->text().trimmed();
    if (!ws || other.isEmpty() || m_busy)
        return;
    if (sameLocation(other, ws->path())) {
        m_problem->setText(tr("That is the workspace open here. Choose the other copy."));
        return;
    }
    m_progress->setValue(0);
    m_plannedLocation = other;
    if (m_runner.startPlan(ws->path(), other, options()))
        setBusy(true);
}

void SyncDialog::synchronise()
{
    Workspace *ws = m_session->workspace();
    if (!ws || !m_havePlan || !m_conflicts->allDecided() || m_busy)
        return;
    if (ws->isReadOnly() || m_session->isDisconnected()) {
        m_problem->setText(tr("This workspace is open read-only here; open it for writing to synchronise it."));
        return;
    }
    m_progress->setValue(0);
    if (m_runner.startApply(ws->path(), m_plannedLocation, options()))
        setBusy(true);
}

void SyncDialog::waitForFinished()
{
    m_runner.waitForFinished();
}

void SyncDialog::onFinished(const SyncRunner::Outcome &outcome)
{
    m_busy = false;
    if (outcome.cancelled) {
        m_summary->setText(tr("Cancelled; nothing was written."));
        m_progress->setValue(0);
    } else if (!outcome.ok && outcome.plan.conflicts.isEmpty()) {
        showFailure(outcome);
    } else if (outcome.step == SyncRunner::Step::Plan || !outcome.ok) {
        m_progress->setValue(0); // the bar counts the synchronisation's content, not the preview
        // A plan, or an apply that found conflicts not decided yet (the other copy changed
        // since the preview): show what stands now and wait for decisions.
        showPlan(outcome.plan);
        if (!outcome.ok)
            m_problem->setText(tr("The other copy changed since the preview. Nothing was written; decide the "
                                  "conflicts below and synchronise again."));
    } else {
        m_havePlan = false;
        m_summary->setText(tr("Synchronised with %1: %n record(s) came to this copy", nullptr, int(outcome.recordsToA))
                               .arg(outcome.plan.bLocation)
                           + QLatin1String(", ")
                           + tr("%n record(s) went to the other copy.", nullptr, int(outcome.recordsToB)));
        m_conflicts->setConflicts({});
        reloadSession();
        Q_EMIT synchronised(m_plannedLocation);
    }
    updateButtons();
}

void SyncDialog::showFailure(const SyncRunner::Outcome &outcome)
{
    m_havePlan = false;
    m_progress->setValue(0);
    m_problem->setText(tr("Nothing was written. %1").arg(outcome.error));
    const QString title = outcome.step == SyncRunner::Step::Plan ? tr("Preview not possible")
                                                                 : tr("Synchronisation refused");
    if (outcome.details.isEmpty())
        MessageBox::error(this, title, outcome.error);
    else
        MessageBox::error(this, title, outcome.error, outcome.details);
}

void SyncDialog::showPlan(const sync::SyncPlan &plan)
{
    m_havePlan = true;
    m_planHasWork = !plan.nothingToDo();
    m_counts->setRowCount(0);
    for (const sync::TableCounts &c : plan.counts) {
        const int row = m_counts->rowCount();
        m_counts->insertRow(row);
        setCell(m_counts, row, TypeColumn, SyncNames::recordType(c.table));
        setCell(m_counts, row, ToThisColumn, QLocale().toString(c.toA), true);
        setCell(m_counts, row, ToOtherColumn, QLocale().toString(c.toB), true);
    }
    m_counts->resizeColumnsToContents();
    m_items->setRowCount(0);
    for (const sync::SyncItem &item : plan.items) {
        if (item.table == QLatin1String("history"))
            continue; // counted above; one row per entry would drown the rest
        const int row = m_items->rowCount();
        m_items->insertRow(row);
        setCell(m_items, row, DirectionColumn, item.to == sync::Side::A ? tr("→ this copy") : tr("→ the other copy"));
        setCell(m_items, row, ChangeColumn, SyncNames::change(item.kind));
        setCell(m_items, row, ItemRecordColumn, item.description);
    }
    m_items->resizeColumnsToContents();
    m_conflicts->setConflicts(plan.conflicts);
    const QString bytes = QLocale().formattedDataSize(plan.contentBytesToA + plan.contentBytesToB);
    if (plan.nothingToDo())
        m_summary->setText(tr("Both copies hold the same records; nothing to do."));
    else
        m_summary->setText((plan.firstSync ? tr("First synchronisation between these copies.") + QLatin1Char(' ')
                                           : QString())
                           + tr("%n record(s) would change; %1 of file content would be copied.", nullptr,
                                int(plan.items.size())).arg(bytes));
}

void SyncDialog::reloadSession()
{
    // The worker wrote this workspace through its own connection: what the session shows, and
    // what its undo steps remember, predate it. Undo steps would write back values from before
    // the synchronisation, so they go; the catalogue and the declaration on screen are re-read.
    m_session->undoStack()->clear();
    Q_EMIT m_session->catalogChanged();
    m_session->refresh();
}

void SyncDialog::reject()
{
    if (m_busy)
        return; // Cancel first: closing must not leave a worker writing behind the user's back
    QDialog::reject();
}

void showSyncDialog(Session *session, QWidget *parent)
{
    if (!session || !session->hasWorkspace())
        return;
    SyncDialog dialog(session, parent);
    dialog.exec();
}

} // namespace hoshi
