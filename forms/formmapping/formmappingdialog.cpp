// SPDX-License-Identifier: Apache-2.0
#include "formmappingdialog.h"

#include "common/filedialog.h"
#include "common/messagebox.h"
#include "formroles.h"
#include "session/session.h"
#include "sheetgridmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hoshi {

using officialform::CellRef;
using officialform::CellRole;
using officialform::FormProblem;
using officialform::FormProfileEditor;

namespace {

// Roles that name an item (the key picker offers item ids) or a field (field keys).
bool isItemRole(CellRole role)
{
    return role != CellRole::Field && role != CellRole::None;
}

QString problemLine(const FormProblem &p)
{
    QStringList parts;
    if (!p.itemId.isEmpty())
        parts << p.itemId;
    if (!p.cell.isEmpty())
        parts << p.cell;
    return parts.isEmpty() ? p.message : QStringLiteral("%1 — %2").arg(parts.join(QStringLiteral(" · ")), p.message);
}

} // namespace

FormMappingDialog::FormMappingDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("formMappingDialog"));
    setWindowTitle(tr("IPA checklist workbook"));
    buildLayout();
    reload();
}

FormMappingDialog::~FormMappingDialog() = default;

void FormMappingDialog::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("formHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_header);

    auto *buttons = new QHBoxLayout;
    m_attach = new QPushButton(tr("Attach workbook…"), this);
    m_attach->setObjectName(QStringLiteral("attachWorkbookButton"));
    m_importProfile = new QPushButton(tr("Attach with a shared profile…"), this);
    m_importProfile->setObjectName(QStringLiteral("importProfileButton"));
    m_exportProfile = new QPushButton(tr("Export profile…"), this);
    m_exportProfile->setObjectName(QStringLiteral("exportProfileButton"));
    m_remove = new QPushButton(tr("Remove form…"), this);
    m_remove->setObjectName(QStringLiteral("removeFormButton"));
    for (QPushButton *b : {m_attach, m_importProfile, m_exportProfile, m_remove})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_attach, &QPushButton::clicked, this, &FormMappingDialog::attachWorkbook);
    connect(m_importProfile, &QPushButton::clicked, this, &FormMappingDialog::importProfile);
    connect(m_exportProfile, &QPushButton::clicked, this, &FormMappingDialog::exportProfile);
    connect(m_remove, &QPushButton::clicked, this, &FormMappingDialog::removeForm);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_sheets = new QTabWidget(splitter);
    m_sheets->setObjectName(QStringLiteral("sheetTabs"));
    splitter->addWidget(m_sheets);
    splitter->addWidget(buildSidePanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
}

QWidget *FormMappingDialog::buildSidePanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *legend = new QGroupBox(tr("Legend"), panel);
    legend->setObjectName(QStringLiteral("legend"));
    auto *legendLayout = new QVBoxLayout(legend);
    for (CellRole role : shownRoles()) {
        auto *swatch = new QLabel(officialform::cellRoleName(role), legend);
        swatch->setAutoFillBackground(true);
        QPalette p = swatch->palette();
        p.setColor(QPalette::Window, StatusColours::background(roleTone(role), palette()));
        p.setColor(QPalette::WindowText, StatusColours::onBackground(roleTone(role), palette()));
        swatch->setPalette(p);
        swatch->setContentsMargins(6, 2, 6, 2);
        legendLayout->addWidget(swatch);
    }
    layout->addWidget(legend);
    layout->addWidget(buildPicker());

    m_vocabularyBox = new QGroupBox(tr("Verdict words of the form"), panel);
    m_vocabularyBox->setObjectName(QStringLiteral("vocabularyBox"));
    m_vocabularyLayout = new QVBoxLayout(m_vocabularyBox);
    layout->addWidget(m_vocabularyBox);

    auto *problemsBox = new QGroupBox(tr("Not found or not mapped"), panel);
    auto *problemsLayout = new QVBoxLayout(problemsBox);
    m_problems = new QListWidget(problemsBox);
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setWordWrap(true);
    problemsLayout->addWidget(m_problems);
    layout->addWidget(problemsBox, 1);
    return panel;
}

QWidget *FormMappingDialog::buildPicker()
{
    auto *box = new QGroupBox(tr("Assign a role to the selected cell"), this);
    auto *form = new QFormLayout(box);
    m_rolePicker = new QComboBox(box);
    m_rolePicker->setObjectName(QStringLiteral("rolePicker"));
    for (CellRole role : shownRoles())
        m_rolePicker->addItem(officialform::cellRoleName(role), int(role));
    m_rolePicker->addItem(tr("None (not an answer cell)"), int(CellRole::None));
    m_keyPicker = new QComboBox(box);
    m_keyPicker->setObjectName(QStringLiteral("keyPicker"));
    form->addRow(tr("Role:"), m_rolePicker);
    form->addRow(tr("Item or field:"), m_keyPicker);
    auto *row = new QHBoxLayout;
    const std::pair<Scope, QString> scopes[] = {{Scope::Cell, tr("Cell")}, {Scope::Column, tr("Column")},
                                                {Scope::Row, tr("Row")}};
    const char *names[] = {"assignCellButton", "assignColumnButton", "assignRowButton"};
    int i = 0;
    for (const auto &[scope, label] : scopes) {
        auto *button = new QPushButton(label, box);
        button->setObjectName(QLatin1String(names[i++]));
        connect(button, &QPushButton::clicked, this, [this, scope = scope] { assignFromPicker(scope); });
        row->addWidget(button);
        m_assignButtons << button;
    }
    form->addRow(tr("Assign to:"), row);
    connect(m_rolePicker, &QComboBox::currentIndexChanged, this, &FormMappingDialog::updateKeyPicker);
    return box;
}

void FormMappingDialog::updateKeyPicker()
{
    const auto role = CellRole(m_rolePicker->currentData().toInt());
    m_keyPicker->clear();
    if (role == CellRole::Field) {
        for (const QString &key : officialform::FieldKey::all())
            m_keyPicker->addItem(officialform::FieldKey::name(key), key);
    } else if (isItemRole(role)) {
        for (const QString &id : itemIds())
            m_keyPicker->addItem(id, id);
    }
    m_keyPicker->setEnabled(m_keyPicker->count() > 0);
}

QStringList FormMappingDialog::itemIds() const
{
    QStringList ids;
    if (const DeclarationSnapshot *s = m_session.snapshot()) {
        for (const CriteriaItem &item : s->criteria.items)
            ids << item.id;
    }
    return ids;
}

void FormMappingDialog::reload()
{
    QString error;
    m_loaded = m_session.loadForm(&m_form, &error);
    if (!m_loaded)
        m_form = {};
    // The grids are rebuilt only for another workbook; a mapping change recolours them (and
    // keeps where the user was), also when it came from a grid's own context menu.
    const QString shown = m_loaded ? m_form.stored.sha256 : QString();
    if (shown != m_shownSha256 || m_models.size() != m_form.workbook.sheets.size()) {
        m_shownSha256 = shown;
        rebuildSheets();
    } else {
        refreshRoles();
    }
    refreshHeader();
    refreshProblems();
    refreshVocabulary();
    updateKeyPicker();
    const bool writable = !m_session.isReadOnly();
    m_attach->setEnabled(writable);
    m_importProfile->setEnabled(writable);
    m_exportProfile->setEnabled(m_loaded);
    m_remove->setEnabled(m_loaded && writable);
    for (QPushButton *b : std::as_const(m_assignButtons))
        b->setEnabled(m_loaded && writable);
}

void FormMappingDialog::refreshHeader()
{
    if (!m_loaded) {
        m_header->setText(tr("No IPA checklist workbook is attached to this declaration. Attach your copy of the "
                             "workbook from IPA's JC-STAR application page: Hoshi finds where the answers go, and "
                             "the export fills in only those cells."));
        return;
    }
    const int open = int(m_form.profile.problems.size() + m_form.extraItems.size());
    const QString state = open == 0 ? tr("Mapping complete: the export fills this workbook.")
                                    : tr("%n part(s) not found or not mapped: the export is blocked until they are "
                                         "resolved.", nullptr, open);
    m_header->setText(tr("<b>%1</b> (SHA-256 %2)<br>%3")
                          .arg(m_form.stored.originalName.toHtmlEscaped(), m_form.stored.sha256.left(16) + QChar(0x2026),
                               state.toHtmlEscaped()));
}

void FormMappingDialog::rebuildSheets()
{
    const QString current = m_sheets->currentIndex() >= 0 ? m_sheets->tabText(m_sheets->currentIndex()) : QString();
    while (m_sheets->count() > 0) {
        QWidget *page = m_sheets->widget(0);
        m_sheets->removeTab(0);
        delete page; // never from inside the grid's own signal: only another workbook gets here
    }
    qDeleteAll(m_models);
    m_models.clear();
    if (!m_loaded)
        return;
    int index = 0;
    for (const officialform::WorkbookSheet &sheet : std::as_const(m_form.workbook.sheets)) {
        auto *model = new SheetGridModel(sheet, this);
        auto *view = new QTableView(m_sheets);
        view->setObjectName(QStringLiteral("sheetView-%1").arg(index++));
        view->setModel(model);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        view->horizontalHeader()->setDefaultSectionSize(120);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
        connect(view, &QTableView::customContextMenuRequested, this,
                [this, view](const QPoint &pos) { showContextMenu(view, pos); });
        m_models << model;
        m_sheets->addTab(view, sheet.name);
    }
    refreshRoles();
    showSheet(current);
}

void FormMappingDialog::showSheet(const QString &sheet)
{
    for (int i = 0; i < m_sheets->count(); ++i) {
        if (m_sheets->tabText(i) == sheet) {
            m_sheets->setCurrentIndex(i);
            return;
        }
    }
    // Otherwise the first sheet the profile uses: where the answers are.
    const QList<officialform::RoleCell> roles = FormProfileEditor::roleCells(m_form.profile);
    for (int i = 0; i < m_sheets->count() && !roles.isEmpty(); ++i) {
        if (m_sheets->tabText(i) == roles.first().cell.sheet)
            m_sheets->setCurrentIndex(i);
    }
}

void FormMappingDialog::refreshRoles()
{
    const QList<officialform::RoleCell> roles = FormProfileEditor::roleCells(m_form.profile);
    for (SheetGridModel *model : std::as_const(m_models))
        model->setRoles(roles);
}

void FormMappingDialog::refreshProblems()
{
    m_problems->clear();
    for (const FormProblem &p : std::as_const(m_form.profile.problems))
        m_problems->addItem(problemLine(p));
    for (const QString &id : std::as_const(m_form.extraItems))
        m_problems->addItem(tr("%1 — the form has this item; the declaration's criteria set does not").arg(id));
    if (m_loaded && m_problems->count() == 0)
        m_problems->addItem(tr("Every item, field and verdict word was found."));
}

void FormMappingDialog::refreshVocabulary()
{
    qDeleteAll(m_wordPickers);
    m_wordPickers.clear();
    while (QLayoutItem *item = m_vocabularyLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_vocabularyBox->setVisible(m_loaded);
    if (!m_loaded)
        return;
    const auto &vocabulary = m_form.profile.vocabulary;
    for (Verdict verdict : {Verdict::Conforming, Verdict::NotApplicable, Verdict::NonConforming}) {
        auto *row = new QWidget(m_vocabularyBox);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->addWidget(new QLabel(verdictName(verdict), row), 1);
        auto *words = new QComboBox(row);
        words->setObjectName(QStringLiteral("word-%1").arg(verdictKey(verdict)));
        words->addItem(tr("(not mapped)"), QString());
        for (const QString &word : vocabulary.listValues)
            words->addItem(word, word);
        const std::optional<QString> current = vocabulary.wordFor(verdict);
        words->setCurrentIndex(current ? qMax(0, words->findData(*current)) : 0);
        words->setEnabled(!m_session.isReadOnly() && !vocabulary.listValues.isEmpty());
        connect(words, &QComboBox::activated, this, [this, verdict, words] {
            if (!words->currentData().toString().isEmpty())
                assignWord(verdict, words->currentData().toString());
        });
        rowLayout->addWidget(words, 1);
        m_vocabularyLayout->addWidget(row);
    }
}

QTableView *FormMappingDialog::currentView() const
{
    return qobject_cast<QTableView *>(m_sheets->currentWidget());
}

void FormMappingDialog::assignFromPicker(Scope scope)
{
    QTableView *view = currentView();
    const QModelIndex index = view ? view->currentIndex() : QModelIndex();
    if (!index.isValid()) {
        MessageBox::information(this, windowTitle(), tr("Select a cell of the sheet first."));
        return;
    }
    const auto role = CellRole(m_rolePicker->currentData().toInt());
    (void)assign(m_sheets->tabText(m_sheets->currentIndex()), index.row() + 1, index.column() + 1, role,
                 m_keyPicker->currentData().toString(), scope);
}

void FormMappingDialog::showContextMenu(QTableView *view, const QPoint &pos)
{
    const QModelIndex index = view->indexAt(pos);
    if (!index.isValid() || !m_loaded || m_session.isReadOnly())
        return;
    view->setCurrentIndex(index);
    const QString sheet = m_sheets->tabText(m_sheets->currentIndex());
    const int row = index.row() + 1;
    const int column = index.column() + 1;
    const QString columnName = CellRef::columnName(column);
    QMenu menu(this);
    QMenu *columnMenu = menu.addMenu(tr("Column %1 of every item is…").arg(columnName));
    for (CellRole role : {CellRole::Verdict, CellRole::Point, CellRole::Evidence, CellRole::Reason, CellRole::Remarks}) {
        columnMenu->addAction(officialform::cellRoleName(role), this,
                              [=, this] { (void)assign(sheet, row, column, role, QString(), Scope::Column); });
    }
    QMenu *rowMenu = menu.addMenu(tr("Row %1 is…").arg(row));
    QMenu *cellMenu = menu.addMenu(tr("Cell %1%2 is…").arg(columnName).arg(row));
    for (const QString &id : itemIds()) {
        rowMenu->addAction(tr("The first row of item %1").arg(id), this,
                           [=, this] { (void)assign(sheet, row, column, CellRole::ItemId, id, Scope::Row); });
    }
    QMenu *fieldMenu = cellMenu->addMenu(officialform::cellRoleName(CellRole::Field));
    for (const QString &key : officialform::FieldKey::all()) {
        fieldMenu->addAction(officialform::FieldKey::name(key), this,
                             [=, this] { (void)assign(sheet, row, column, CellRole::Field, key, Scope::Cell); });
    }
    cellMenu->addAction(tr("None (not an answer cell)"), this,
                        [=, this] { (void)assign(sheet, row, column, CellRole::None, QString(), Scope::Cell); });
    menu.exec(view->viewport()->mapToGlobal(pos));
}

bool FormMappingDialog::assign(const QString &sheet, int row, int column, CellRole role, const QString &key,
                               Scope scope)
{
    if (!m_loaded)
        return false;
    officialform::FormProfile edited = m_form.profile;
    QString error;
    bool ok = false;
    switch (scope) {
    case Scope::Cell:
        ok = FormProfileEditor::assignCell(&edited, m_form.workbook, CellRef{sheet, row, column}, role, key, 0, &error);
        break;
    case Scope::Column:
        ok = FormProfileEditor::assignColumn(&edited, m_form.workbook, sheet, column, role, &error);
        break;
    case Scope::Row:
        ok = FormProfileEditor::assignRow(&edited, m_form.workbook, sheet, row, role, key, &error);
        break;
    }
    if (!ok) {
        MessageBox::error(this, windowTitle(), error);
        return false;
    }
    m_form.profile = edited;
    return saveAndRecheck();
}

bool FormMappingDialog::assignWord(Verdict verdict, const QString &word)
{
    if (!m_loaded)
        return false;
    officialform::FormProfile edited = m_form.profile;
    QString error;
    if (!FormProfileEditor::assignWord(&edited, verdict, word, &error)) {
        MessageBox::error(this, windowTitle(), error);
        return false;
    }
    m_form.profile = edited;
    return saveAndRecheck();
}

// Re-checks at once and keeps the mapping in the workspace; the views show the result.
bool FormMappingDialog::saveAndRecheck()
{
    if (const DeclarationSnapshot *s = m_session.snapshot())
        officialform::FormAttachment::recheck(&m_form, s->criteria);
    const bool saved = m_session.saveFormProfile(m_form.profile);
    reload();
    return saved;
}

void FormMappingDialog::attachWorkbook()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Attach IPA checklist workbook"),
                                                     tr("Excel workbooks (*.xlsx *.xlsm)"));
    if (path.isEmpty())
        return;
    officialform::AttachOutcome outcome;
    if (m_session.attachForm(path, QString(), &outcome))
        reportAttach(outcome);
    reload();
}

void FormMappingDialog::importProfile()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Attach IPA checklist workbook"),
                                                     tr("Excel workbooks (*.xlsx *.xlsm)"));
    if (path.isEmpty())
        return;
    const QString profile = FileDialog::getOpenFileName(this, tr("Form profile shared for this workbook"),
                                                        tr("Form profiles (*.json)"));
    if (profile.isEmpty())
        return;
    officialform::AttachOutcome outcome;
    if (m_session.attachForm(path, profile, &outcome))
        reportAttach(outcome);
    reload();
}

void FormMappingDialog::reportAttach(const officialform::AttachOutcome &outcome)
{
    QStringList lines;
    if (!outcome.importedForSha256.isEmpty())
        lines << tr("The profile was made for another copy of the workbook; every cell was checked against yours.");
    if (outcome.overlaySet)
        lines << tr("The evaluation points of %n item(s) are now the official ones from your workbook.", nullptr,
                    outcome.overlayItems);
    for (const QString &moved : outcome.movedChoices)
        lines << tr("Moved: %1").arg(moved);
    for (const QString &dropped : outcome.droppedChoices)
        lines << tr("Not moved (choose again): %1").arg(dropped);
    if (!lines.isEmpty())
        MessageBox::information(this, windowTitle(), lines.join(QLatin1Char('\n')));
}

void FormMappingDialog::exportProfile()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Export form profile"), tr("Form profiles (*.json)"),
                                                     QStringLiteral("json"));
    if (!path.isEmpty() && m_session.exportFormProfile(path))
        MessageBox::information(this, windowTitle(), tr("The profile was written to %1.").arg(path));
}

void FormMappingDialog::removeForm()
{
    if (MessageBox::question(this, windowTitle(),
                             tr("Remove the workbook %1 and its mapping from this declaration? The official "
                                "evaluation points it set are removed too.")
                                 .arg(m_form.stored.originalName))
        != QMessageBox::Yes)
        return;
    (void)m_session.removeForm();
    reload();
}

} // namespace hoshi
