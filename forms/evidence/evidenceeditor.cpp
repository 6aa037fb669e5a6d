// SPDX-License-Identifier: Apache-2.0
#include "evidenceeditor.h"

#include "ui_evidenceeditor.h"

#include "evidenceshelflifefields.h"

#include "common/fieldmarker.h"
#include "common/fieldsync.h"
#include "common/filedialog.h"
#include "common/messagebox.h"
#include "common/statuscolours.h"
#include "common/verdictstyle.h"
#include "gate/evidencerules.h"
#include "session/evidenceimporter.h"
#include "session/session.h"
#include "util/language.h"
#include "util/displaydate.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLocale>
#include <QMimeData>
#include <QScrollBar>
#include <QHBoxLayout>
#include <QShortcut>
#include <QVBoxLayout>
#include <QUrl>

namespace hoshi {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    return files;
}

bool looksLikeWebAddress(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
           && !url.host().isEmpty();
}

} // namespace

EvidenceEditor::EvidenceEditor(Session *session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::EvidenceEditor>()), m_session(session),
      m_importer(new EvidenceImporter(session, this))
{
    setObjectName(QStringLiteral("evidenceEditor"));
    m_ui->setupUi(this);
    m_ui->missingLabel->setStyleSheet(StatusColours::textStyle(Tone::Bad));
    setAcceptDrops(true);
    m_ui->importRow->hide();
    for (QLabel *message : {m_ui->urlMessage, m_ui->testedOnMessage, m_ui->firmwareVersionMessage})
        FieldMarker::clear(nullptr, message);
    moveFilesBesidePreview();
    // Every kind of evidence has a shelf life: below the kind's own fields.
    m_shelfLife = new EvidenceShelfLifeFields(session, m_ui->formContents);
    m_ui->formLayout->insertWidget(m_ui->formLayout->indexOf(m_ui->fieldsStack) + 1, m_shelfLife);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({520, 510});
    m_ui->kindCombo->addItem(QString(), int(EvidenceKind::DocumentReview));
    m_ui->kindCombo->addItem(QString(), int(EvidenceKind::DeviceTest));

    const std::pair<QLineEdit *, QString Evidence::*> lines[] = {
        {m_ui->titleEdit, &Evidence::title},     {m_ui->documentNumberEdit, &Evidence::documentNumber},
        {m_ui->pagesEdit, &Evidence::pages},     {m_ui->chapterEdit, &Evidence::chapter},
        {m_ui->urlEdit, &Evidence::url},         {m_ui->testerEdit, &Evidence::tester},
        {m_ui->firmwareVersionEdit, &Evidence::firmwareVersion}};
    for (const auto &[edit, member] : lines) {
        QLineEdit *e = edit;
        QString Evidence::*m = member;
        connect(e, &QLineEdit::editingFinished, this, [this, e, m] { commitLine(e, m); });
    }
    const std::pair<CommitTextEdit *, QString Evidence::*> texts[] = {{m_ui->excerptEdit, &Evidence::excerpt},
                                                                       {m_ui->procedureEdit, &Evidence::procedure},
                                                                       {m_ui->summaryEdit, &Evidence::summary},
                                                                       {m_ui->environmentEdit, &Evidence::environment}};
    for (const auto &[edit, member] : texts) {
        QString Evidence::*m = member;
        connect(edit, &CommitTextEdit::editingFinished, this, [this, m](const QString &text) { commitText(m, text); });
    }
    connect(m_ui->testedOnEdit, &QLineEdit::editingFinished, this, &EvidenceEditor::commitDate);
    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, [this] {
        const QString url = m_ui->urlEdit->text().trimmed();
        if (url.isEmpty() || looksLikeWebAddress(url))
            FieldMarker::clear(m_ui->urlEdit, m_ui->urlMessage);
        else
            FieldMarker::mark(m_ui->urlEdit, m_ui->urlMessage, FieldMarker::Level::Warning,
                              tr("This does not look like a web address (https://…)."));
    });
    connect(m_ui->kindCombo, &QComboBox::activated, this, &EvidenceEditor::commitKind);
    connect(m_ui->backButton, &QToolButton::clicked, this, &EvidenceEditor::goBack);
    // Does not take the focus: what is being typed into the new record is dropped, not saved.
    m_discardButton = new QPushButton(this);
    m_discardButton->setObjectName(QStringLiteral("discardEvidenceButton"));
    m_discardButton->setFocusPolicy(Qt::NoFocus);
    m_discardButton->hide();
    m_ui->headerRow->insertWidget(1, m_discardButton);
    connect(m_discardButton, &QPushButton::clicked, this, &EvidenceEditor::discardNewRecord);
    connect(m_session, &Session::evidenceAdded, this, [this](qint64 id) { m_newEvidenceId = id; });
    connect(m_ui->attachButton, &QPushButton::clicked, this, &EvidenceEditor::attachWithDialog);
    connect(m_ui->removeFileButton, &QPushButton::clicked, this, &EvidenceEditor::removeSelectedFile);
    connect(m_ui->cancelImportButton, &QPushButton::clicked, m_importer, &EvidenceImporter::cancel);
    connect(m_ui->filesList, &QListWidget::currentRowChanged, this, [this] {
        QListWidgetItem *item = m_ui->filesList->currentItem();
        const std::optional<Evidence> e = m_session->evidence(m_evidenceId);
        if (item && e)
            m_ui->editorPreview->showFiles(m_session->workspace(), e->files, item->data(IdRole).toLongLong());
        m_ui->removeFileButton->setEnabled(item && !m_readOnly && !m_session->isReadOnly());
    });
    connect(m_ui->linkedItemsList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_loading)
            return;
        const QString itemId = item->data(IdRole).toString();
        if (item->checkState() == Qt::Checked) {
            m_session->linkEvidence(m_evidenceId, itemId);
        } else {
            const std::optional<Evidence> e = m_session->evidence(m_evidenceId);
            if (e && e->itemIds.size() <= 1) {
                // Evidence backing nothing would be lost from every checklist.
                MessageBox::information(this, tr("Evidence"),
                                        tr("Evidence must back at least one item. Remove it instead if it is "
                                           "no longer needed."));
                reload();
                return;
            }
            m_session->unlinkEvidence(m_evidenceId, itemId);
        }
    });
    connect(m_ui->editorPreview, &EvidencePreview::usePageRequested, this, &EvidenceEditor::usePage);
    connect(m_importer, &EvidenceImporter::started, this, [this] {
        m_ui->importRow->show();
        m_ui->importProgress->show();
        m_ui->cancelImportButton->show();
        m_ui->importProgress->setValue(0);
        m_ui->attachButton->setEnabled(false);
    });
    connect(m_importer, &EvidenceImporter::progress, this, [this](int value, const QString &name) {
        m_ui->importProgress->setValue(value);
        m_ui->importLabel->setText(tr("Importing %1…").arg(name));
    });
    connect(m_importer, &EvidenceImporter::finished, this, &EvidenceEditor::onImportFinished);
    connect(m_session, &Session::declarationRefreshed, this, &EvidenceEditor::reload);

    auto *back = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, m_ui->backButton, &QToolButton::click);
    auto *attach = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this);
    attach->setContext(Qt::WidgetWithChildrenShortcut);
    connect(attach, &QShortcut::activated, this, &EvidenceEditor::attachWithDialog);
    retranslate();
}

EvidenceEditor::~EvidenceEditor() = default;

void EvidenceEditor::goBack()
{
    commitPending();
    // A stray "Add …" left empty is not kept; anything typed into it is.
    if (showsNewRecord() && !m_readOnly) {
        const std::optional<Evidence> e = m_session->evidence(m_evidenceId);
        if (e && EvidenceRules::isEmpty(*e))
            m_session->discardEvidence(m_evidenceId);
    }
    m_newEvidenceId = -1;
    Q_EMIT backRequested(m_itemId);
}

void EvidenceEditor::discardNewRecord()
{
    if (!showsNewRecord())
        return;
    m_session->discardEvidence(m_evidenceId);
    m_newEvidenceId = -1;
    Q_EMIT backRequested(m_itemId);
}

void EvidenceEditor::retranslate()
{
    m_ui->retranslateUi(this);
    m_discardButton->setText(tr("Discard"));
    m_discardButton->setToolTip(tr("Do not keep this new evidence record"));
    m_ui->kindCombo->setItemText(0, evidenceKindName(EvidenceKind::DocumentReview));
    m_ui->kindCombo->setItemText(1, evidenceKindName(EvidenceKind::DeviceTest));
    reload();
}

void EvidenceEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EvidenceEditor::setEvidence(qint64 evidenceId, const QString &itemId)
{
    if (evidenceId != m_evidenceId)
        commitPending();
    m_itemId = itemId;
    const bool other = evidenceId != m_evidenceId;
    m_evidenceId = evidenceId;
    const std::optional<Evidence> e = m_session->evidence(evidenceId);
    if (e && other) {
        loadFields(*e, true);
        m_ui->editorPreview->clear();
        // An import keeps running for the record it was started for; show it only there.
        m_ui->importRow->setVisible(m_importer->isRunning() && m_importer->evidenceId() == evidenceId);
    }
    reload();
}

void EvidenceEditor::commitPending()
{
    // Pending line edits commit on focus loss already; text boxes may hold a pause's worth.
    for (CommitTextEdit *edit : {m_ui->excerptEdit, m_ui->procedureEdit, m_ui->summaryEdit, m_ui->environmentEdit})
        edit->commit();
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        if (edit->hasFocus() && edit->isModified())
            Q_EMIT edit->editingFinished();
    }
}

void EvidenceEditor::reload()
{
    const std::optional<Evidence> e = m_evidenceId >= 0 ? m_session->evidence(m_evidenceId) : std::nullopt;
    if (!e) {
        m_ui->headingLabel->setText(tr("No evidence selected"));
        setEnabled(false);
        return;
    }
    setEnabled(true);
    m_discardButton->setVisible(showsNewRecord() && !m_readOnly && !m_session->isReadOnly());
    loadFields(*e, false);
    loadFiles(*e);
    loadItems(*e);
    updateMessages(*e);
    setReadOnly(m_readOnly);
}

void EvidenceEditor::loadFields(const Evidence &e, bool force)
{
    m_loading = true;
    const bool document = e.kind == EvidenceKind::DocumentReview;
    m_ui->kindCombo->setCurrentIndex(document ? 0 : 1);
    showFieldsOf(document ? m_ui->documentPage : m_ui->testPage);
    const QString items = e.itemIds.join(QLatin1String(", "));
    m_ui->headingLabel->setText(document ? tr("Document review for %1").arg(items)
                                         : tr("Device test for %1").arg(items));
    const auto line = [force](QLineEdit *edit, const QString &value) {
        force ? loadField(edit, value) : syncField(edit, value);
    };
    const auto text = [force](CommitTextEdit *edit, const QString &value) {
        force ? loadField(edit, value) : syncField(edit, value);
    };
    line(m_ui->titleEdit, e.title);
    line(m_ui->documentNumberEdit, e.documentNumber);
    line(m_ui->pagesEdit, e.pages);
    line(m_ui->chapterEdit, e.chapter);
    line(m_ui->urlEdit, e.url);
    text(m_ui->excerptEdit, e.excerpt);
    text(m_ui->procedureEdit, e.procedure);
    text(m_ui->summaryEdit, e.summary);
    line(m_ui->testedOnEdit, FieldMarker::dateText(e.testedOn));
    line(m_ui->testerEdit, e.tester);
    line(m_ui->firmwareVersionEdit, e.firmwareVersion);
    text(m_ui->environmentEdit, e.environment);
    m_shelfLife->load(e, force);
    m_loading = false;
}

void EvidenceEditor::loadFiles(const Evidence &e)
{
    const qint64 selected = m_ui->filesList->currentItem() ? m_ui->filesList->currentItem()->data(IdRole).toLongLong()
                                                           : -1;
    const QSignalBlocker block(m_ui->filesList);
    m_ui->filesList->clear();
    int current = e.files.isEmpty() ? -1 : 0;
    for (int i = 0; i < e.files.size(); ++i) {
        const EvidenceFile &f = e.files[i];
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(f.originalName, QLocale().formattedDataSize(f.size)),
                                         m_ui->filesList);
        item->setData(IdRole, f.id);
        item->setToolTip(tr("%1\nSHA-256: %2\nAdded %3")
                             .arg(f.mediaType, f.sha256, DisplayDate::dateTime(f.addedAt)));
        if (f.id == selected)
            current = i;
    }
    m_ui->filesList->setCurrentRow(current);
    const qint64 fileId = current >= 0 ? e.files[current].id : -1;
    m_ui->editorPreview->setUsePageVisible(e.kind == EvidenceKind::DocumentReview && !m_readOnly
                                           && !m_session->isReadOnly());
    if (e.files.isEmpty())
        m_ui->editorPreview->clear(tr("No file attached yet. Attach one with the button, or drop files here."));
    else
        m_ui->editorPreview->showFiles(m_session->workspace(), e.files, fileId,
                                       e.kind == EvidenceKind::DocumentReview ? EvidencePreview::firstPage(e.pages) : 0);
    m_ui->removeFileButton->setEnabled(current >= 0 && !m_readOnly && !m_session->isReadOnly());
}

void EvidenceEditor::loadItems(const Evidence &e)
{
    m_loading = true;
    const QSignalBlocker block(m_ui->linkedItemsList);
    m_ui->linkedItemsList->clear();
    if (const DeclarationSnapshot *s = m_session->snapshot()) {
        const QString lang = uiLanguage();
        for (const CriteriaItem &item : s->criteria.items) {
            auto *row = new QListWidgetItem(tr("%1 %2").arg(item.id, item.title.in(lang)), m_ui->linkedItemsList);
            row->setData(IdRole, item.id);
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable
                          | (m_readOnly || m_session->isReadOnly() ? Qt::NoItemFlags : Qt::ItemIsUserCheckable));
            row->setCheckState(e.itemIds.contains(item.id) ? Qt::Checked : Qt::Unchecked);
            if (item.scope == ItemScope::Vendor)
                row->setIcon(VerdictStyle::vendorIcon());
        }
    }
    m_loading = false;
}

void EvidenceEditor::updateMessages(const Evidence &e)
{
    QStringList messages;
    FieldMarker::clear(m_ui->firmwareVersionEdit, m_ui->firmwareVersionMessage);
    QString reviewDue;
    for (const GateProblem &p : m_session->problemsOfEvidence(e.id)) {
        if (p.code == QLatin1String("evidence-review-due"))
            reviewDue = p.message;
        else if (p.code == QLatin1String("firmware-mismatch"))
            FieldMarker::mark(m_ui->firmwareVersionEdit, m_ui->firmwareVersionMessage, FieldMarker::Level::Error,
                              p.message);
        else if (!messages.contains(p.message))
            messages << p.message;
    }
    m_shelfLife->markReviewDue(reviewDue);
    m_ui->missingLabel->setText(messages.join(QLatin1Char('\n')));
    m_ui->missingLabel->setVisible(!messages.isEmpty());
}

void EvidenceEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    const bool editable = !readOnly && !m_session->isReadOnly();
    for (QLineEdit *edit : findChildren<QLineEdit *>(Qt::FindChildrenRecursively)) {
        if (edit->parent() != m_ui->editorPreview && !m_ui->editorPreview->isAncestorOf(edit))
            edit->setReadOnly(!editable);
    }
    for (CommitTextEdit *edit : {m_ui->excerptEdit, m_ui->procedureEdit, m_ui->summaryEdit, m_ui->environmentEdit})
        edit->setReadOnly(!editable);
    m_shelfLife->setReadOnly(!editable);
    m_ui->kindCombo->setEnabled(editable);
    m_ui->attachButton->setEnabled(editable && !m_importer->isRunning());
    m_ui->removeFileButton->setEnabled(editable && m_ui->filesList->currentItem());
    m_ui->dropHint->setVisible(editable);
}

void EvidenceEditor::moveFilesBesidePreview()
{
    // The files sit above their preview, so that "Attach files…" is in view at 1280×800
    // however long the form on the left is.
    auto *side = new QWidget(m_ui->splitter);
    side->setObjectName(QStringLiteral("evidenceFilesSide"));
    m_ui->splitter->insertWidget(1, side);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_ui->attachButton);
    buttons->addWidget(m_ui->removeFileButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_ui->filesHeading);
    layout->addWidget(m_ui->filesList);
    layout->addLayout(buttons);
    layout->addWidget(m_ui->dropHint);
    layout->addWidget(m_ui->importRow);
    layout->addWidget(m_ui->editorPreview, 1);
    m_ui->filesList->setMaximumHeight(100);
}

void EvidenceEditor::showFieldsOf(QWidget *page)
{
    // The stack is as tall as the page shown, not as the tallest page.
    m_ui->fieldsStack->setCurrentWidget(page);
    for (QWidget *p : {m_ui->documentPage, m_ui->testPage})
        p->setSizePolicy(QSizePolicy::Preferred, p == page ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_ui->fieldsStack->adjustSize();
}

void EvidenceEditor::focusFirstField()
{
    const std::optional<Evidence> e = m_session->evidence(m_evidenceId);
    if (!e)
        return;
    if (e->kind == EvidenceKind::DocumentReview)
        m_ui->titleEdit->setFocus(Qt::OtherFocusReason);
    else
        m_ui->summaryEdit->setFocus(Qt::OtherFocusReason);
    // A new editor opens at the top of its form, whatever the previous record scrolled to.
    m_ui->formScroll->verticalScrollBar()->setValue(0);
}

void EvidenceEditor::commitText(QString Evidence::*member, const QString &value)
{
    if (m_loading || m_evidenceId < 0)
        return;
    std::optional<Evidence> e = m_session->evidence(m_evidenceId);
    if (!e || (*e).*member == value.trimmed())
        return;
    (*e).*member = value;
    m_session->editEvidence(*e);
}

void EvidenceEditor::commitLine(QLineEdit *edit, QString Evidence::*member)
{
    if (m_loading)
        return;
    markCommitted(edit);
    commitText(member, edit->text());
}

void EvidenceEditor::commitDate()
{
    if (m_loading || m_evidenceId < 0)
        return;
    QDate date;
    if (!FieldMarker::parseDate(m_ui->testedOnEdit->text(), &date)) {
        FieldMarker::mark(m_ui->testedOnEdit, m_ui->testedOnMessage, FieldMarker::Level::Error,
                          FieldMarker::dateFormatHint());
        return;
    }
    FieldMarker::clear(m_ui->testedOnEdit, m_ui->testedOnMessage);
    markCommitted(m_ui->testedOnEdit);
    std::optional<Evidence> e = m_session->evidence(m_evidenceId);
    if (!e || e->testedOn == date)
        return;
    e->testedOn = date;
    m_session->editEvidence(*e);
}

void EvidenceEditor::commitKind(int index)
{
    std::optional<Evidence> e = m_session->evidence(m_evidenceId);
    const auto kind = EvidenceKind(m_ui->kindCombo->itemData(index).toInt());
    if (!e || e->kind == kind)
        return;
    e->kind = kind;
    m_session->editEvidence(*e);
}

void EvidenceEditor::attachWithDialog()
{
    if (m_readOnly || m_session->isReadOnly() || m_evidenceId < 0)
        return;
    const QStringList files = FileDialog::getOpenFileNames(this, tr("Attach evidence files"));
    if (!files.isEmpty())
        attachFiles(files);
}

void EvidenceEditor::attachFiles(const QStringList &paths)
{
    if (paths.isEmpty() || m_evidenceId < 0)
        return;
    if (!m_importer->start(m_evidenceId, paths))
        MessageBox::information(this, tr("Attach files"),
                                m_importer->isRunning() ? tr("Another import is still running; wait for it or cancel it.")
                                                        : tr("Files cannot be attached in this workspace."));
}

void EvidenceEditor::onImportFinished(qint64 evidenceId, int imported, bool cancelled, const QString &error)
{
    m_ui->importProgress->hide();
    m_ui->cancelImportButton->hide();
    setReadOnly(m_readOnly);
    if (!error.isEmpty()) {
        m_ui->importRow->hide();
        MessageBox::error(this, tr("Attach files"), error);
    } else if (cancelled) {
        // Stays visible until the next import, so the user knows what happened.
        m_ui->importLabel->setText(tr("Import cancelled; nothing of the cancelled file was kept."));
    } else {
        m_ui->importRow->hide();
    }
    Q_UNUSED(evidenceId);
    Q_UNUSED(imported);
}

void EvidenceEditor::removeSelectedFile()
{
    QListWidgetItem *item = m_ui->filesList->currentItem();
    if (!item)
        return;
    if (MessageBox::question(this, tr("Remove file"),
                             tr("Remove %1 from this evidence? This cannot be undone.").arg(item->text()))
        == QMessageBox::Yes)
        m_session->removeFile(item->data(IdRole).toLongLong());
}

void EvidenceEditor::usePage(int page)
{
    if (page <= 0)
        return;
    m_ui->pagesEdit->setText(QString::number(page));
    commitLine(m_ui->pagesEdit, &Evidence::pages);
}

void EvidenceEditor::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_readOnly && !m_session->isReadOnly() && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void EvidenceEditor::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    attachFiles(files);
}

} // namespace hoshi
