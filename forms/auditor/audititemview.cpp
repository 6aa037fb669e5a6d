// SPDX-License-Identifier: Apache-2.0
#include "audititemview.h"
#include "common/statuscolours.h"

#include "mismatchoverlay.h"

#include "archive/extractedcopies.h"
#include "common/desktop.h"
#include "common/verdictstyle.h"
#include "common/verificationtext.h"
#include "gate/submissiongate.h"
#include "preview/evidencepreview.h"
#include "util/language.h"
#include "util/displaydate.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUrl>
#include <QVBoxLayout>

namespace hoshi {

namespace {

enum FileColumn { NameColumn, StatusColumn, SizeColumn, PathColumn, FileColumnCount };
constexpr int FileIdRole = Qt::UserRole + 1;
constexpr int EvidenceIdRole = Qt::UserRole + 2;

QString row(const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return {};
    return QStringLiteral("<tr><td style='color:#555; padding-right:8px'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
}

} // namespace

AuditItemView::AuditItemView(QWidget *parent)
    : QWidget(parent), m_splitter(new QSplitter(Qt::Vertical, this)), m_details(new QTextBrowser(this)),
      m_filesLabel(new QLabel(this)), m_files(new QTreeWidget(this)), m_openButton(new QPushButton(this)),
      m_openError(new QLabel(this)), m_preview(new EvidencePreview(this)), m_overlay(new MismatchOverlay(this))
{
    setObjectName(QStringLiteral("auditItemView"));
    m_details->setObjectName(QStringLiteral("auditItemDetails"));
    m_details->setOpenLinks(false);
    m_details->setOpenExternalLinks(false);
    m_files->setObjectName(QStringLiteral("auditItemFiles"));
    m_files->setColumnCount(FileColumnCount);
    m_files->setRootIsDecorated(true);
    m_files->setUniformRowHeights(true);
    m_files->setTextElideMode(Qt::ElideMiddle);
    m_files->header()->setStretchLastSection(true);
    m_files->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_openButton->setObjectName(QStringLiteral("auditOpenFileButton"));
    m_openButton->setEnabled(false);
    m_openError->setObjectName(QStringLiteral("auditOpenError"));
    m_openError->setWordWrap(true);
    m_openError->setStyleSheet(StatusColours::textStyle(Tone::Bad));
    m_openError->hide();
    m_preview->setObjectName(QStringLiteral("auditPreview"));
    // The archive is evidence: there is no reference to fill in from the page shown.
    m_preview->setUsePageVisible(false);

    auto *filesBox = new QWidget(this);
    m_filesBox = filesBox;
    auto *filesHeader = new QHBoxLayout;
    filesHeader->addWidget(m_filesLabel, 1);
    filesHeader->addWidget(m_openButton);
    auto *filesLayout = new QVBoxLayout(filesBox);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    filesLayout->addLayout(filesHeader);
    filesLayout->addWidget(m_files, 1);
    filesLayout->addWidget(m_openError);

    // The band goes above the preview, never over the lines it warns about.
    auto *previewBox = new QWidget(this);
    m_previewBox = previewBox;
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->setSpacing(0);
    previewLayout->addWidget(m_overlay);
    previewLayout->addWidget(m_preview, 1);

    m_splitter->addWidget(m_details);
    m_splitter->addWidget(filesBox);
    m_splitter->addWidget(previewBox);
    // Proportions (the splitter scales them to its height): the preview gets the most room,
    // the file list just enough for a few files.
    m_splitter->setSizes({300, 150, 450});
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_files, &QTreeWidget::currentItemChanged, this, &AuditItemView::showSelectedFile);
    // The preview's own file list can switch files too; the band must follow what is shown.
    if (auto *combo = m_preview->findChild<QComboBox *>(QStringLiteral("previewFileCombo")))
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditItemView::updateOverlay, Qt::QueuedConnection);
    connect(m_files, &QTreeWidget::itemActivated, this, &AuditItemView::openSelectedFile);
    connect(m_openButton, &QPushButton::clicked, this, &AuditItemView::openSelectedFile);
    connect(&m_extraction, &BackgroundTask::finished, this, &AuditItemView::onExtracted);
    retranslate();
    clear();
}

AuditItemView::~AuditItemView() = default;

void AuditItemView::setArchive(const VerificationResult &result, const ArchiveContent &content)
{
    m_declaration = result.declaration;
    m_reports.clear();
    for (const FileReport &f : result.files)
        m_reports.insert(f.path, f);
    m_content = content;
    // A running extraction keeps the old copies alive until it ends; its result is then ignored.
    m_copies = content.isValid() ? std::make_shared<ExtractedCopies>(content.archivePath()) : nullptr;
    ++m_archiveSerial;
    m_itemId.clear();
    m_preview->clear();
    setItem(QString());
}

void AuditItemView::clear()
{
    setArchive(VerificationResult(), ArchiveContent());
}

const FileReport *AuditItemView::reportOf(qint64 fileId) const
{
    if (!m_declaration)
        return nullptr;
    const auto it = m_reports.constFind(m_declaration->filePaths.value(fileId));
    return it == m_reports.cend() ? nullptr : &*it;
}

void AuditItemView::setItem(const QString &itemId)
{
    m_itemId = itemId;
    m_openError->hide();
    m_files->clear();
    m_details->setHtml(detailsHtml());
    const QList<Evidence> evidence = m_declaration ? m_declaration->snapshot.evidence.value(itemId) : QList<Evidence>();
    int fileCount = 0;
    QTreeWidgetItem *first = nullptr;
    for (int i = 0; i < evidence.size(); ++i) {
        const Evidence &e = evidence.at(i);
        auto *parent =
            new QTreeWidgetItem(m_files, {tr("%1. %2: %3").arg(i + 1).arg(evidenceKindName(e.kind), e.reference())});
        parent->setData(0, EvidenceIdRole, e.id);
        parent->setFirstColumnSpanned(true);
        for (const EvidenceFile &f : e.files) {
            const FileReport *report = reportOf(f.id);
            const FileReport::Problem problem = report ? report->problem : FileReport::Problem::Missing;
            auto *child = new QTreeWidgetItem(parent);
            child->setText(NameColumn, f.originalName);
            child->setText(StatusColumn, VerificationText::problemName(problem));
            child->setIcon(StatusColumn, problem == FileReport::Problem::None ? VerdictStyle::okIcon()
                                                                              : VerdictStyle::blockingIcon());
            child->setText(SizeColumn, QLocale().formattedDataSize(f.size));
            child->setText(PathColumn, m_declaration->filePaths.value(f.id));
            child->setToolTip(NameColumn, tr("SHA-256 (declaration): %1").arg(f.sha256));
            child->setToolTip(StatusColumn, report && !report->message.isEmpty() ? report->message
                                            : problem == FileReport::Problem::None
                                                ? tr("Matches both manifests.")
                                                : tr("The archive does not hold this file."));
            child->setData(0, FileIdRole, f.id);
            child->setData(0, EvidenceIdRole, e.id);
            if (!first)
                first = child;
            ++fileCount;
        }
    }
    m_files->expandAll();
    m_files->resizeColumnToContents(NameColumn);
    // The spanned evidence rows count too; a file name wider than this is elided.
    m_files->setColumnWidth(NameColumn, std::min(m_files->columnWidth(NameColumn), 240));
    m_files->resizeColumnToContents(StatusColumn);
    m_files->resizeColumnToContents(SizeColumn);
    m_filesLabel->setText(tr("Files (%n)", nullptr, fileCount));
    if (first)
        m_files->setCurrentItem(first);
    else
        m_preview->clear(itemId.isEmpty() ? tr("Choose an item in the checklist.") : tr("No file backs this item."));
    m_openButton->setEnabled(first != nullptr);
    fitPanes(first != nullptr);
    updateOverlay();
}

void AuditItemView::fitPanes(bool hasFiles)
{
    // No files: no empty preview and file list taking the room the details need.
    m_previewBox->setVisible(hasFiles);
    m_filesBox->setVisible(hasFiles);
    const int total = std::max(m_splitter->height(), 300);
    int rows = 0;
    for (QTreeWidgetItemIterator it(m_files); *it; ++it)
        ++rows;
    const int rowHeight = std::max(m_files->sizeHintForRow(0), m_files->fontMetrics().height() + 4);
    const int files = hasFiles ? std::min(m_filesLabel->sizeHint().height() + m_files->header()->sizeHint().height()
                                              + rows * rowHeight + 12,
                                          total / 4)
                               : 0;
    // The preview is what an auditor reads: it gets most of the room, the details a quarter.
    const int details = hasFiles ? std::min((total - files) / 2, total / 4) : total;
    m_splitter->setSizes({details, files, hasFiles ? total - files - details : 0});
}

void AuditItemView::updateOverlay()
{
    const bool shown = m_declaration && m_files->currentItem() && m_preview->currentFileId() >= 0;
    const FileReport *report = shown ? reportOf(m_preview->currentFileId()) : nullptr;
    const FileReport::Problem problem = !shown ? FileReport::Problem::None
                                        : report ? report->problem
                                                 : FileReport::Problem::Missing;
    switch (problem) {
    case FileReport::Problem::None:
        m_overlay->setMessage(QString());
        break;
    case FileReport::Problem::Missing:
        m_overlay->setMessage(tr("⚠ This file is missing from the archive: nothing shown here is what the manifest "
                                 "recorded."));
        break;
    default:
        m_overlay->setMessage(tr("⚠ This file does not match the manifest (%1): it is not the file that was "
                                 "exported and signed.").arg(VerificationText::problemName(problem)));
        break;
    }
}

QString AuditItemView::evidenceHtml(const Evidence &e) const
{
    QString rows;
    if (e.kind == EvidenceKind::DocumentReview) {
        rows += row(tr("Document"), e.title);
        rows += row(tr("Number / version"), e.documentNumber);
        rows += row(tr("Pages"), e.pages);
        rows += row(tr("Chapter / section"), e.chapter);
        rows += row(tr("URL"), e.url);
        rows += row(tr("Excerpt"), e.excerpt);
    } else {
        rows += row(tr("Procedure"), e.procedure);
        rows += row(tr("Result"), e.summary);
        rows += row(tr("Test date"), DisplayDate::date(e.testedOn));
        rows += row(tr("Tester"), e.tester);
        rows += row(tr("Firmware tested"), e.firmwareVersion);
        rows += row(tr("Environment"), e.environment);
    }
    QStringList files;
    for (const EvidenceFile &f : e.files) {
        const FileReport *report = reportOf(f.id);
        files << tr("%1 (%2)").arg(
            f.originalName, VerificationText::problemName(report ? report->problem : FileReport::Problem::Missing));
    }
    rows += row(tr("Files"), files.join(QLatin1String(", ")));
    return QStringLiteral("<p><b>%1</b></p><table>%2</table>").arg(evidenceKindName(e.kind).toHtmlEscaped(), rows);
}

QString AuditItemView::detailsHtml() const
{
    if (!m_declaration || m_itemId.isEmpty())
        return QStringLiteral("<p>%1</p>")
            .arg(tr("Choose an item in the checklist to see its verdict and evidence.").toHtmlEscaped());
    const DeclarationSnapshot &s = m_declaration->snapshot;
    const CriteriaItem *item = s.criteria.item(m_itemId);
    if (!item)
        return {};
    const QString lang = uiLanguage();
    const Assessment *a = s.assessmentOf(m_itemId);
    const Verdict verdict = a ? a->verdict : Verdict::NotAssessed;
    const bool exempt = SubmissionGate::isExemptOnRoute(*item, s.declaration.route);
    QString html =
        QStringLiteral("<h3>%1 — %2</h3>").arg(item->id.toHtmlEscaped(), item->title.in(lang).toHtmlEscaped());
    html += QStringLiteral("<p style='color:#555'>%1 · %2 · %3</p>")
                .arg(item->area.in(lang).toHtmlEscaped(),
                     (item->scope == ItemScope::Vendor ? tr("vendor scope") : tr("product scope")).toHtmlEscaped(),
                     VerdictStyle::methodsDescription(item->methods).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(item->requirement.in(lang).toHtmlEscaped());
    QString rows = row(tr("Verdict"), exempt ? tr("Exempt (PSTI)") : verdictName(verdict));
    if (a) {
        rows += row(tr("Justification"), a->justification);
        rows += row(tr("Notes"), a->notes);
    }
    html += QStringLiteral("<table>%1</table>").arg(rows);
    const QList<Evidence> evidence = s.evidence.value(m_itemId);
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Evidence (%n)", nullptr, int(evidence.size())).toHtmlEscaped());
    for (const Evidence &e : evidence)
        html += evidenceHtml(e);
    return html;
}

void AuditItemView::showSelectedFile()
{
    m_openError->hide();
    QTreeWidgetItem *current = m_files->currentItem();
    if (!current || !m_declaration) {
        m_openButton->setEnabled(false);
        return;
    }
    const qint64 evidenceId = current->data(0, EvidenceIdRole).toLongLong();
    const QVariant fileId = current->data(0, FileIdRole);
    QList<EvidenceFile> files;
    for (const Evidence &e : m_declaration->snapshot.evidence.value(m_itemId)) {
        if (e.id == evidenceId)
            files = e.files;
    }
    m_openButton->setEnabled(!files.isEmpty());
    if (files.isEmpty()) {
        m_preview->clear(tr("No file is attached to this evidence."));
        return;
    }
    const ArchiveContent content = m_content;
    const QHash<qint64, QString> paths = m_declaration->filePaths;
    const auto reader = [content, paths](const EvidenceFile &file, QIODevice *out, QString *error,
                                         const ProgressCallback &progress) {
        return content.read(paths.value(file.id), out, error, progress);
    };
    int page = 0;
    for (const Evidence &e : m_declaration->snapshot.evidence.value(m_itemId)) {
        if (e.id == evidenceId && e.kind == EvidenceKind::DocumentReview)
            page = EvidencePreview::firstPage(e.pages);
    }
    m_preview->showFiles(reader, tr("the archive"), files, fileId.isValid() ? fileId.toLongLong() : -1, page);
    updateOverlay();
}

void AuditItemView::openSelectedFile()
{
    QTreeWidgetItem *current = m_files->currentItem();
    if (!current || !m_declaration)
        return;
    if (!current->data(0, FileIdRole).isValid() && current->childCount() > 0)
        current = current->child(0);
    const QString bagPath = m_declaration->filePaths.value(current->data(0, FileIdRole).toLongLong());
    if (bagPath.isEmpty() || !m_copies || m_extraction.isRunning())
        return;
    m_openError->hide();
    m_openButton->setEnabled(false);
    const std::shared_ptr<ExtractedCopies> copies = m_copies;
    const QString entry = m_content.entryPath(bagPath);
    const int serial = m_archiveSerial;
    m_extraction.start([copies, entry, bagPath, serial](BackgroundTask::Control &) {
        QString error;
        const QString written = copies->copyOf(entry, &error);
        return QVariant(QVariantList{serial, bagPath, written, error});
    });
}

void AuditItemView::onExtracted(const QVariant &result)
{
    const QVariantList r = result.toList(); // archive serial, bag path, copy, error
    m_openButton->setEnabled(m_files->currentItem() != nullptr);
    if (r.size() != 4 || r.at(0).toInt() != m_archiveSerial)
        return; // another archive is shown now (its copies are gone with it)
    const QString written = r.at(2).toString();
    if (written.isEmpty()) {
        m_openError->setText(tr("Cannot open %1: %2").arg(r.at(1).toString(), r.at(3).toString()));
        m_openError->show();
        return;
    }
    Desktop::openUrl(QUrl::fromLocalFile(written));
}

void AuditItemView::retranslate()
{
    m_files->setHeaderLabels({tr("File"), tr("Status"), tr("Size"), tr("Path in the bag")});
    m_openButton->setText(tr("Open…"));
    m_openButton->setToolTip(tr("Copies the file out of the archive into a temporary folder and opens it with the "
                                "desktop's application."));
    setItem(m_itemId);
}

void AuditItemView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hoshi
