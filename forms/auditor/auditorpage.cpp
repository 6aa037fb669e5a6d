// SPDX-License-Identifier: Apache-2.0
#include "auditorpage.h"
#include "common/elidedlabel.h"
#include "common/statuscolours.h"

#include "export/subsetexport.h"

#include "archiveverification.h"
#include "auditchecklistmodel.h"
#include "auditfilemodel.h"
#include "audititemview.h"
#include "findingspanel.h"

#include "checklist/badgedelegate.h"
#include "common/statuscolours.h"
#include "common/verificationtext.h"
#include "util/displaydate.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hoshi {

namespace {

// The bag-info fields shown under the banner, in this order (see BagIt in core/export).
enum InfoField {
    OrganisationInfo,
    ProductInfo,
    FirmwareInfo,
    CriteriaInfo,
    ExportedInfo,
    SoftwareInfo,
    ExportIdInfo,
    InfoFieldCount
};

constexpr int MaxBannerLines = 6;

QTableView *makeTable(QWidget *parent, const char *objectName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QLatin1String(objectName));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

} // namespace

AuditorPage::AuditorPage(QWidget *parent)
    : QWidget(parent), m_verification(new ArchiveVerification(this)), m_checklistModel(new AuditChecklistModel(this)),
      m_fileModel(new AuditFileModel(this)), m_fileProxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("auditorPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("auditTabs"));
    m_tabs->addTab(buildChecklistTab(), QString());
    m_tabs->addTab(buildFilesTab(), QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    layout->addWidget(m_tabs, 1);

    connect(m_verification, &ArchiveVerification::progress, m_progress, &QProgressBar::setValue);
    connect(m_verification, &ArchiveVerification::finished, this, &AuditorPage::onFinished);
    retranslate();
}

AuditorPage::~AuditorPage()
{
    m_verification->cancel();
    m_verification->waitForFinished();
}

QWidget *AuditorPage::buildHeader()
{
    auto *header = new QWidget(this);
    // A long path is elided in the middle (the file name stays), the whole of it in the tooltip.
    auto *archiveLabel = new ElidedLabel(header);
    archiveLabel->setElideMode(Qt::ElideMiddle);
    m_archiveLabel = archiveLabel;
    m_archiveLabel->setObjectName(QStringLiteral("auditArchivePath"));
    m_archiveLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_closeButton = new QPushButton(header);
    m_closeButton->setObjectName(QStringLiteral("auditCloseButton"));
    connect(m_closeButton, &QPushButton::clicked, this, &AuditorPage::closeRequested);
    auto *top = new QHBoxLayout;
    top->addWidget(m_archiveLabel, 1);
    top->addWidget(m_closeButton);

    m_bannerFrame = new QFrame(header);
    m_bannerFrame->setObjectName(QStringLiteral("auditBannerFrame"));
    m_banner = new QLabel(m_bannerFrame);
    m_banner->setObjectName(QStringLiteral("auditBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bannerFont = m_banner->font();
    bannerFont.setBold(true);
    bannerFont.setPointSizeF(bannerFont.pointSizeF() * 1.4);
    m_banner->setFont(bannerFont);
    m_bannerDetails = new QLabel(m_bannerFrame);
    m_bannerDetails->setObjectName(QStringLiteral("auditBannerDetails"));
    m_bannerDetails->setWordWrap(true);
    m_bannerDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(m_bannerFrame);
    m_progress->setObjectName(QStringLiteral("auditProgress"));
    m_progress->setRange(0, ArchiveVerification::ProgressRange);
    m_cancelButton = new QPushButton(m_bannerFrame);
    m_cancelButton->setObjectName(QStringLiteral("auditCancelButton"));
    connect(m_cancelButton, &QPushButton::clicked, m_verification, &ArchiveVerification::cancel);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    auto *bannerLayout = new QVBoxLayout(m_bannerFrame);
    bannerLayout->setContentsMargins(12, 8, 12, 8);
    bannerLayout->addWidget(m_banner);
    bannerLayout->addWidget(m_bannerDetails);
    bannerLayout->addLayout(progressRow);

    m_signer = new QLabel(header);
    m_signer->setObjectName(QStringLiteral("auditSigner"));
    m_signer->setWordWrap(true);
    m_signer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont signerFont = m_signer->font();
    signerFont.setBold(true);
    m_signer->setFont(signerFont);
    m_fingerprint = new QLabel(header);
    m_fingerprint->setObjectName(QStringLiteral("auditFingerprint"));
    m_fingerprint->setWordWrap(true);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);

    static const char *const names[InfoFieldCount] = {"auditOrganisation", "auditProduct",  "auditFirmware",
                                                      "auditCriteria",     "auditExported", "auditSoftware",
                                                      "auditExportId"};
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(2);
    for (int i = 0; i < InfoFieldCount; ++i) {
        auto *caption = new QLabel(header);
        caption->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
        auto *value = new QLabel(header);
        value->setObjectName(QLatin1String(names[i]));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        m_infoLabels << caption;
        m_infoValues << value;
        // Three pairs per row: organisation, product, firmware / criteria, exported, software / id.
        const int r = i / 3;
        const int c = (i % 3) * 2;
        grid->addWidget(caption, r, c, Qt::AlignTop);
        grid->addWidget(value, r, c + 1, 1, i == ExportIdInfo ? 5 : 1, Qt::AlignTop);
    }
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);
    grid->setColumnStretch(5, 2);

    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_bannerFrame);
    layout->addWidget(m_signer);
    layout->addWidget(m_fingerprint);
    layout->addLayout(grid);
    return header;
}

QWidget *AuditorPage::buildChecklistTab()
{
    auto *tab = new QWidget(this);
    m_declarationError = new QLabel(tab);
    m_declarationError->setObjectName(QStringLiteral("auditDeclarationError"));
    m_declarationError->setWordWrap(true);
    m_declarationError->setStyleSheet(StatusColours::textStyle(Tone::Bad, true));
    m_declarationError->hide();
    m_checklistView = makeTable(tab, "auditChecklistView");
    m_checklistView->setModel(m_checklistModel);
    m_checklistView->setItemDelegateForColumn(AuditChecklistModel::MethodsColumn, new BadgeDelegate(m_checklistView));
    QHeaderView *header = m_checklistView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AuditChecklistModel::TitleColumn, QHeaderView::Stretch);
    m_itemView = new AuditItemView(tab);
    m_splitter = new QSplitter(Qt::Horizontal, tab);
    m_splitter->setObjectName(QStringLiteral("auditSplitter"));
    m_splitter->addWidget(m_checklistView);
    m_splitter->addWidget(m_itemView);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_declarationError);
    // The findings share the height with the checklist and the item in a splitter, starting
    // small: at 1280x800 the preview of the item needs the room more.
    auto *vertical = new QSplitter(Qt::Vertical, tab);
    vertical->setObjectName(QStringLiteral("auditFindingsSplitter"));
    vertical->setChildrenCollapsible(false);
    vertical->addWidget(m_splitter);
    layout->addWidget(vertical, 1);
    m_findings = new FindingsPanel(tab);
    connect(m_findings, &FindingsPanel::findingsChanged, this,
            [this] { m_checklistModel->setFindings(m_findings->document().findings); });
    connect(m_findings, &FindingsPanel::saved, this, &AuditorPage::findingsSaved);
    auto *findingsScroll = new QScrollArea(tab); // its height must not raise the window's minimum
    findingsScroll->setWidgetResizable(true);
    findingsScroll->setFrameShape(QFrame::NoFrame);
    findingsScroll->setMinimumHeight(40);
    findingsScroll->setWidget(m_findings);
    vertical->addWidget(findingsScroll);
    vertical->setStretchFactor(0, 1);
    vertical->setSizes({600, 120});
    connect(m_checklistView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditorPage::onCurrentRowChanged);
    return tab;
}

QWidget *AuditorPage::buildFilesTab()
{
    auto *tab = new QWidget(this);
    m_problemsOnly = new QCheckBox(tab);
    m_problemsOnly->setObjectName(QStringLiteral("auditProblemsOnly"));
    m_bagProblems = new QLabel(tab);
    m_bagProblems->setObjectName(QStringLiteral("auditBagProblems"));
    m_bagProblems->setWordWrap(true);
    m_bagProblems->setStyleSheet(StatusColours::textStyle(Tone::Bad));
    m_bagProblems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bagProblems->hide();
    m_fileProxy->setSourceModel(m_fileModel);
    m_fileProxy->setFilterRole(AuditFileModel::ProblemRole);
    m_fileProxy->setFilterKeyColumn(AuditFileModel::StatusColumn);
    m_filesView = makeTable(tab, "auditFilesView");
    m_filesView->setModel(m_fileProxy);
    QHeaderView *header = m_filesView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AuditFileModel::PathColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AuditFileModel::ExpectedColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(AuditFileModel::ActualColumn, QHeaderView::Interactive);
    m_fileCounts = new QLabel(tab);
    m_fileCounts->setObjectName(QStringLiteral("auditFileCounts"));
    m_fileCounts->setWordWrap(true);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_fileCounts);
    layout->addWidget(m_problemsOnly);
    layout->addWidget(m_bagProblems);
    layout->addWidget(m_filesView, 1);
    connect(m_problemsOnly, &QCheckBox::toggled, this, [this](bool on) {
        // "ok" is the only state that is not a problem.
        m_fileProxy->setFilterRegularExpression(on ? QStringLiteral("^(?!ok$)") : QString());
    });
    return tab;
}

void AuditorPage::openArchive(const QString &path)
{
    clear();
    m_path = path;
    m_cancelled = false;
    m_progress->setValue(0);
    m_verification->start(path);
    retranslate();
}

void AuditorPage::clear()
{
    if (m_verification->isRunning()) {
        m_verification->cancel();
        m_verification->waitForFinished();
    }
    m_path.clear();
    m_result = VerificationResult();
    m_hasResult = false;
    m_checklistModel->clear();
    m_fileModel->clear();
    m_itemView->clear();
    m_findings->clear();
    retranslate();
}

bool AuditorPage::isBusy() const
{
    return m_verification->isRunning();
}

void AuditorPage::onFinished(const VerificationResult &result, bool cancelled)
{
    if (m_path.isEmpty())
        return; // cleared while it ran
    m_result = result;
    m_hasResult = true;
    m_cancelled = cancelled;
    m_checklistModel->setResult(result);
    m_fileModel->setResult(result);
    m_itemView->setArchive(result, ArchiveContent(m_path, result.bagName));
    m_findings->setArchive(m_path, result);
    m_checklistModel->setFindings(m_findings->document().findings);
    m_checklistView->resizeColumnsToContents();
    m_filesView->resizeColumnsToContents();
    retranslate();
    if (m_checklistModel->rowCount() > 0) {
        // Open the first item whose files changed, else the first item.
        QString first = m_checklistModel->itemIdAt(0);
        for (int row = 0; row < m_checklistModel->rowCount(); ++row) {
            if (m_checklistModel->changedFiles(m_checklistModel->itemIdAt(row)) > 0) {
                first = m_checklistModel->itemIdAt(row);
                break;
            }
        }
        selectItem(first);
    }
    // Not intact: the per-file report is what the auditor needs first when no item shows it.
    if (result.status == VerificationResult::Status::NotIntact && m_checklistModel->rowCount() == 0)
        m_tabs->setCurrentIndex(1);
    Q_EMIT verificationFinished();
}

void AuditorPage::selectItem(const QString &itemId)
{
    const int row = m_checklistModel->rowOf(itemId);
    if (row < 0)
        return;
    const QModelIndex index = m_checklistModel->index(row, AuditChecklistModel::IdColumn);
    m_checklistView->setCurrentIndex(index);
    m_checklistView->scrollTo(index);
}

void AuditorPage::onCurrentRowChanged()
{
    m_itemView->setItem(m_checklistView->currentIndex().data(AuditChecklistModel::ItemIdRole).toString());
    m_findings->setItem(m_itemView->itemId());
}

void AuditorPage::showBanner()
{
    QString style = QStringLiteral("QFrame#auditBannerFrame { background: %1; border-radius: 4px; } "
                                   "QFrame#auditBannerFrame QLabel { color: %2; }");
    const bool busy = isBusy();
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    if (m_path.isEmpty()) {
        m_banner->setText(tr("No archive open"));
        m_bannerDetails->setText(tr("Open a retained evidence archive with File ▸ Open evidence archive…"));
        m_bannerFrame->setStyleSheet(style.arg(StatusColours::background(Tone::Muted, palette()).name(), StatusColours::onBackground(Tone::Muted, palette()).name()));
        return;
    }
    if (busy || !m_hasResult) {
        m_banner->setText(tr("Checking the archive…"));
        m_bannerDetails->setText(tr("Every file is read once and hashed; nothing is extracted."));
        m_bannerFrame->setStyleSheet(style.arg(StatusColours::background(Tone::Muted, palette()).name(), StatusColours::onBackground(Tone::Muted, palette()).name()));
        return;
    }
    if (m_cancelled) {
        m_banner->setText(tr("Not checked: the verification was cancelled"));
        m_bannerDetails->setText(tr("Open the archive again to check it."));
        m_bannerFrame->setStyleSheet(style.arg(StatusColours::fill(Tone::Muted).name(), VerificationText::foreground(VerificationResult::Status::Unreadable).name()));
        return;
    }
    m_banner->setText(VerificationText::headline(m_result));
    QStringList lines = VerificationText::details(m_result).split(QLatin1Char('\n'));
    if (lines.size() > MaxBannerLines) {
        const int more = int(lines.size()) - MaxBannerLines;
        lines = lines.mid(0, MaxBannerLines);
        lines << tr("… and %n more (see Files).", nullptr, more);
    }
    m_bannerDetails->setText(lines.join(QLatin1Char('\n')));
    m_bannerFrame->setStyleSheet(style.arg(VerificationText::background(m_result.status).name(),
                                           VerificationText::foreground(m_result.status).name()));
}

void AuditorPage::showBagInfo()
{
    const bool known = m_hasResult && !m_cancelled && m_result.status != VerificationResult::Status::Unreadable;
    m_signer->setVisible(known);
    m_fingerprint->setVisible(known && !VerificationText::fingerprintNote(m_result.signature).isEmpty());
    if (known) {
        m_signer->setText(VerificationText::signerLine(m_result));
        // Green only when the signature is valid and what it covers is intact.
        const bool bad = VerificationText::signerLineIsBad(m_result);
        const bool good = !bad && m_result.signature.state == SignatureInfo::State::Valid;
        m_signer->setStyleSheet(good ? StatusColours::textStyle(Tone::Good, true)
                                : bad ? StatusColours::textStyle(Tone::Bad, true)
                                      : QString());
        m_fingerprint->setText(VerificationText::fingerprintNote(m_result.signature));
        // Why the comparison matters, for whoever wonders.
        m_fingerprint->setToolTip(tr("Anyone can sign a forged archive with a key of their own: a valid signature "
                                     "says who signed only if the certificate's fingerprint is the manufacturer's."));
    }
    const auto value = [this](const char *label) { return m_result.bagInfoValue(QLatin1String(label)); };
    const std::optional<ArchivedDeclaration> &d = m_result.declaration;
    QString values[InfoFieldCount];
    values[OrganisationInfo] = value("Source-Organization");
    if (values[OrganisationInfo].isEmpty() && d)
        values[OrganisationInfo] = d->snapshot.organisation.name;
    values[ProductInfo] = value("Hoshi-Product");
    if (values[ProductInfo].isEmpty() && d)
        values[ProductInfo] = d->snapshot.product.name;
    if (!value("Hoshi-Model-Numbers").isEmpty())
        values[ProductInfo] = tr("%1 (%2)").arg(values[ProductInfo], value("Hoshi-Model-Numbers"));
    values[FirmwareInfo] = value("Hoshi-Firmware-Version");
    values[CriteriaInfo] = value("Hoshi-Criteria-Id");
    if (values[CriteriaInfo].isEmpty() && d)
        values[CriteriaInfo] = d->snapshot.criteria.id;
    if (d && !values[CriteriaInfo].isEmpty())
        values[CriteriaInfo] = tr("%1 · route: %2").arg(values[CriteriaInfo], routeName(d->snapshot.declaration.route));
    // bag-info keeps ISO 8601 (a UTC moment, or Bagging-Date's day); a person reads local time.
    const QDateTime exported = QDateTime::fromString(value("Hoshi-Export-Date"), Qt::ISODate);
    const QDate bagged = QDate::fromString(value("Bagging-Date"), Qt::ISODate);
    values[ExportedInfo] = exported.isValid() ? DisplayDate::dateTime(exported)
                           : bagged.isValid() ? DisplayDate::date(bagged)
                                              : value("Hoshi-Export-Date");
    values[SoftwareInfo] = value("Bag-Software-Agent");
    if (values[SoftwareInfo].isEmpty() && d && !d->softwareVersion.isEmpty())
        values[SoftwareInfo] = d->softwareVersion;
    values[ExportIdInfo] = value("Hoshi-Export-Id");
    if (values[ExportIdInfo].isEmpty())
        values[ExportIdInfo] = value("External-Identifier");
    // An evidence-request response holds only some items: say so where the export is named.
    if (!value(SubsetExport::SubsetItemsField).isEmpty())
        values[ExportIdInfo] = tr("%1\nsubset: items %2 (of the full export %3)")
                                   .arg(values[ExportIdInfo], value(SubsetExport::SubsetItemsField),
                                        value(SubsetExport::SubsetOfField));
    for (int i = 0; i < InfoFieldCount; ++i)
        m_infoValues.at(i)->setText(known && !values[i].isEmpty() ? values[i] : QStringLiteral("—"));
}

void AuditorPage::retranslate()
{
    m_closeButton->setText(tr("Close archive"));
    m_cancelButton->setText(tr("Cancel"));
    m_archiveLabel->setText(
        m_path.isEmpty() ? QString() : tr("Evidence archive (read-only): %1").arg(QDir::toNativeSeparators(m_path)));
    const QString captions[InfoFieldCount] = {tr("Organisation:"), tr("Product:"),  tr("Firmware:"), tr("Criteria:"),
                                              tr("Exported:"),     tr("Software:"), tr("Export id:")};
    for (int i = 0; i < InfoFieldCount; ++i)
        m_infoLabels.at(i)->setText(captions[i]);
    m_tabs->setTabText(0, m_checklistModel->rowCount() > 0
                              ? tr("Checklist (%n item(s))", nullptr, m_checklistModel->rowCount())
                              : tr("Checklist"));
    const int problems = m_fileModel->problemCount();
    const int tags = m_hasResult ? VerificationText::tagFileCount(m_result) : 0;
    const int payload = m_fileModel->rowCount() - tags;
    m_tabs->setTabText(1, problems > 0 ? tr("Files (%n changed)", nullptr, problems)
                                       : tr("Files (%1 payload + %2 tag)").arg(payload).arg(tags));
    m_tabs->setTabToolTip(1, m_hasResult ? VerificationText::fileCounts(m_result) : QString());
    m_fileCounts->setText(m_hasResult ? tr("This archive holds %1. The banner and the payload size and count "
                                           "recorded in bag-info.txt cover the payload files only (the evidence and "
                                           "the application documents), not the bag's own tag files.")
                                            .arg(VerificationText::fileCounts(m_result))
                                      : QString());
    m_fileCounts->setVisible(m_hasResult && m_result.status != VerificationResult::Status::Unreadable);
    m_problemsOnly->setText(tr("Show only files with problems"));
    const bool showBagProblems = m_hasResult && !m_result.bagProblems.isEmpty();
    m_bagProblems->setVisible(showBagProblems);
    if (showBagProblems)
        m_bagProblems->setText(tr("Problems of the bag as a whole:") + QLatin1Char('\n')
                               + m_result.bagProblems.join(QLatin1Char('\n')));
    const bool noDeclaration = m_hasResult && !m_cancelled && m_result.status != VerificationResult::Status::Unreadable
                               && !m_result.declaration;
    m_declarationError->setVisible(noDeclaration);
    if (noDeclaration)
        m_declarationError->setText(
            tr("The declaration in the archive cannot be shown: %1").arg(m_result.declarationError));
    m_checklistModel->retranslate();
    m_fileModel->retranslate();
    showBanner();
    showBagInfo();
}

void AuditorPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hoshi
