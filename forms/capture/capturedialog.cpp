// SPDX-License-Identifier: Apache-2.0
#include "capturedialog.h"

#include "capturetext.h"

#include "capture/captureparser.h"
#include "capture/captureservice.h"
#include "common/backgroundtask.h"
#include "common/filedialog.h"
#include "common/statuscolours.h"
#include "session/session.h"
#include <QLocale>
#include "util/language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hoshi {

namespace {

enum FindingColumn { SeverityColumn, TextColumn, ContradictsColumn };

// Runs off the GUI thread: reading (size-bounded), detecting the tool and parsing are the core's.
CapturePreview readAndParse(const QString &path)
{
    CapturePreview preview;
    if (!CaptureParser::readFile(path, &preview.raw, &preview.error))
        return preview;
    const std::optional<CaptureTool> tool = CaptureParser::detectTool(preview.raw);
    if (!tool) {
        preview.error = CaptureDialog::tr("This file is not output of a tool Hoshi reads (nmap XML, testssl.sh "
                                          "JSON, ssh-audit JSON or a CycloneDX SBOM).");
        preview.raw.clear();
        return preview;
    }
    preview.ok = CaptureParser::parse(*tool, preview.raw, &preview.result, &preview.error);
    if (!preview.ok)
        preview.raw.clear();
    return preview;
}

QLabel *valueLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

CaptureDialog::CaptureDialog(Session *session, const QString &preselectedItemId, QWidget *parent)
    : QDialog(parent), m_session(session), m_task(new BackgroundTask(this))
{
    setObjectName(QStringLiteral("captureDialog"));
    setWindowTitle(tr("Capture test result"));
    buildFields();
    fillItems(preselectedItemId);
    connect(m_task, &BackgroundTask::finished, this,
            [this](const QVariant &result, bool) { showPreview(result); });
    clearPreview();
    resize(760, 620);
}

CaptureDialog::~CaptureDialog() = default;

void CaptureDialog::buildFields()
{
    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setObjectName(QStringLiteral("captureFileEdit"));
    m_fileEdit->setReadOnly(true);
    m_chooseFile = new QPushButton(tr("Choose file…"), this);
    m_chooseFile->setObjectName(QStringLiteral("captureChooseFileButton"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_chooseFile);

    m_status = valueLabel(this, "captureStatusLabel");
    m_toolLabel = valueLabel(this, "captureToolLabel");
    m_targetLabel = valueLabel(this, "captureTargetLabel");
    m_scannedLabel = valueLabel(this, "captureScannedLabel");
    m_summaryLabel = valueLabel(this, "captureSummaryLabel");
    m_findings = new QTreeWidget(this);
    m_findings->setObjectName(QStringLiteral("captureFindingsPreview"));
    m_findings->setRootIsDecorated(false);
    m_findings->setHeaderLabels({tr("Severity"), tr("Finding"), tr("Against conformity")});
    m_findings->header()->setSectionResizeMode(SeverityColumn, QHeaderView::ResizeToContents);
    m_findings->header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_findings->header()->setSectionResizeMode(ContradictsColumn, QHeaderView::ResizeToContents);
    m_findings->header()->setStretchLastSection(false);

    m_item = new QComboBox(this);
    m_item->setObjectName(QStringLiteral("captureItemCombo"));
    m_suggestion = valueLabel(this, "captureSuggestionLabel");
    m_useSuggestion = new QPushButton(tr("Use suggestion"), this);
    m_useSuggestion->setObjectName(QStringLiteral("captureUseSuggestionButton"));
    auto *itemRow = new QHBoxLayout;
    itemRow->addWidget(m_item, 1);
    itemRow->addWidget(m_useSuggestion);

    m_firmwareVersion = new QLineEdit(this);
    m_firmwareVersion->setObjectName(QStringLiteral("captureFirmwareVersionEdit"));
    m_firmwareImage = new QLineEdit(this);
    m_firmwareImage->setObjectName(QStringLiteral("captureFirmwareImageEdit"));
    m_firmwareImage->setPlaceholderText(tr("optional: the firmware image the device ran, to record its SHA-256"));
    m_chooseImage = new QPushButton(tr("Choose image…"), this);
    m_chooseImage->setObjectName(QStringLiteral("captureChooseImageButton"));
    auto *imageRow = new QHBoxLayout;
    imageRow->addWidget(m_firmwareImage, 1);
    imageRow->addWidget(m_chooseImage);

    m_error = valueLabel(this, "captureErrorLabel");
    m_error->setStyleSheet(StatusColours::textStyle(Tone::Bad, true));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_captureButton = m_buttons->addButton(tr("Capture"), QDialogButtonBox::AcceptRole);
    m_captureButton->setObjectName(QStringLiteral("captureButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("Tool output file:"), fileRow);
    form->addRow(QString(), m_status);
    form->addRow(tr("Tool:"), m_toolLabel);
    form->addRow(tr("Target:"), m_targetLabel);
    form->addRow(tr("Scanned:"), m_scannedLabel);
    form->addRow(tr("Summary:"), m_summaryLabel);
    auto *lower = new QFormLayout;
    lower->addRow(tr("Item:"), itemRow);
    lower->addRow(QString(), m_suggestion);
    lower->addRow(tr("Firmware version:"), m_firmwareVersion);
    lower->addRow(tr("Firmware image:"), imageRow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_findings, 1);
    layout->addLayout(lower);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_chooseFile, &QPushButton::clicked, this, &CaptureDialog::chooseFile);
    connect(m_chooseImage, &QPushButton::clicked, this, &CaptureDialog::chooseFirmwareImage);
    connect(m_useSuggestion, &QPushButton::clicked, this, &CaptureDialog::useSuggestion);
    connect(m_item, &QComboBox::currentIndexChanged, this, &CaptureDialog::updateCaptureButton);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_captureButton, &QPushButton::clicked, this, [this] {
        if (capture())
            accept();
    });
}

void CaptureDialog::fillItems(const QString &preselectedItemId)
{
    m_item->addItem(tr("(choose the item this test backs)"), QString());
    const DeclarationSnapshot *snapshot = m_session->snapshot();
    if (snapshot) {
        const QString lang = uiLanguage();
        for (const CriteriaItem &item : snapshot->criteria.items)
            m_item->addItem(tr("%1 — %2").arg(item.id, item.title.in(lang)), item.id);
        m_firmwareVersion->setText(snapshot->product.firmwareVersion);
    }
    const int preselected = preselectedItemId.isEmpty() ? -1 : m_item->findData(preselectedItemId);
    m_item->setCurrentIndex(preselected > 0 ? preselected : 0);
}

void CaptureDialog::chooseFile()
{
    const QString path = FileDialog::getOpenFileName(
        this, tr("Tool output file"),
        tr("Tool output (*.xml *.json);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void CaptureDialog::chooseFirmwareImage()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Firmware image"), tr("All files (*)"));
    if (!path.isEmpty())
        m_firmwareImage->setText(path);
}

void CaptureDialog::setFile(const QString &path)
{
    if (m_task->isRunning()) {
        m_task->cancel();
        m_task->waitForFinished();
    }
    m_path = path;
    m_fileEdit->setText(QFileInfo(path).fileName());
    m_fileEdit->setToolTip(path);
    clearPreview();
    m_status->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_task->start([path](BackgroundTask::Control &) { return QVariant::fromValue(readAndParse(path)); });
}

bool CaptureDialog::isParsing() const
{
    return m_task->isRunning();
}

void CaptureDialog::clearPreview()
{
    m_preview = CapturePreview();
    m_status->clear();
    m_status->setStyleSheet(QString());
    for (QLabel *label : {m_toolLabel, m_targetLabel, m_scannedLabel, m_summaryLabel, m_suggestion})
        label->clear();
    m_findings->clear();
    m_useSuggestion->hide();
    m_error->clear();
    updateCaptureButton();
}

void CaptureDialog::showPreview(const QVariant &result)
{
    m_preview = result.value<CapturePreview>();
    if (!m_preview.ok) {
        // The parser's own reason: the file is refused, nothing can be captured from it.
        m_status->setText(tr("Refused: %1").arg(m_preview.error));
        m_status->setStyleSheet(StatusColours::textStyle(Tone::Bad, true));
        updateCaptureButton();
        Q_EMIT previewReady();
        return;
    }
    const CaptureResult &r = m_preview.result;
    m_status->setText(tr("Read as %1 output.").arg(captureToolName(r.tool)));
    m_status->setStyleSheet(StatusColours::textStyle(Tone::Good));
    m_toolLabel->setText(r.toolVersion.isEmpty() ? captureToolName(r.tool)
                                                 : tr("%1 %2", "tool name and version")
                                                       .arg(captureToolName(r.tool), r.toolVersion));
    m_targetLabel->setText(r.target.isEmpty() ? tr("(not stated)") : r.target);
    m_scannedLabel->setText(r.scannedAt.isValid()
                                ? QLocale().toString(r.scannedAt.toLocalTime(), QLocale::ShortFormat)
                                : tr("(not stated)"));
    m_summaryLabel->setText(CaptureText::summary(r));
    showFindings(r);
    showSuggestion(r);
    updateCaptureButton();
    Q_EMIT previewReady();
}

void CaptureDialog::showFindings(const CaptureResult &result)
{
    m_findings->clear();
    // Findings against conformity first, then by severity as the tool gave them.
    QList<CaptureFinding> ordered;
    for (const CaptureFinding &f : result.findings) {
        if (f.contradictsConformity)
            ordered << f;
    }
    for (const CaptureFinding &f : result.findings) {
        if (!f.contradictsConformity)
            ordered << f;
    }
    constexpr int shownAtMost = 500;
    for (const CaptureFinding &f : ordered.mid(0, shownAtMost)) {
        auto *row = new QTreeWidgetItem(m_findings);
        CaptureText::fillFindingRow(row, f, SeverityColumn, TextColumn);
        if (f.contradictsConformity) {
            row->setText(ContradictsColumn, tr("yes"));
            row->setForeground(ContradictsColumn, StatusColours::foreground(Tone::Bad));
        }
    }
    if (ordered.size() > shownAtMost) {
        auto *more = new QTreeWidgetItem(m_findings);
        more->setText(TextColumn, tr("… and %n more finding(s)", nullptr, int(ordered.size() - shownAtMost)));
    }
    if (ordered.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_findings);
        none->setText(TextColumn, tr("No findings."));
    }
}

void CaptureDialog::showSuggestion(const CaptureResult &result)
{
    QStringList known;
    for (const QString &id : result.suggestedItems) {
        if (m_item->findData(id) > 0)
            known << id;
    }
    if (known.isEmpty()) {
        m_suggestion->setText(tr("No item suggested for this kind of output: choose one."));
        m_useSuggestion->hide();
        return;
    }
    m_suggestion->setText(tr("This kind of output usually backs %1.").arg(known.join(QStringLiteral(", "))));
    m_useSuggestion->setVisible(chosenItemId() != known.first());
}

void CaptureDialog::useSuggestion()
{
    for (const QString &id : m_preview.result.suggestedItems) {
        const int index = m_item->findData(id);
        if (index > 0) {
            m_item->setCurrentIndex(index);
            m_useSuggestion->hide();
            return;
        }
    }
}

QString CaptureDialog::chosenItemId() const
{
    return m_item->currentData().toString();
}

void CaptureDialog::updateCaptureButton()
{
    const bool writable = m_session->hasWorkspace() && !m_session->isReadOnly() && m_session->snapshot();
    m_captureButton->setEnabled(writable && m_preview.ok && !chosenItemId().isEmpty());
}

bool CaptureDialog::capture()
{
    m_error->clear();
    if (!m_preview.ok || chosenItemId().isEmpty() || !m_session->workspace() || m_session->isReadOnly()) {
        m_error->setText(m_preview.ok ? tr("Choose the item this test backs.") : tr("Choose a tool output file first."));
        return false;
    }
    CaptureOptions options;
    options.firmwareImagePath = m_firmwareImage->text().trimmed();
    options.firmwareVersion = m_firmwareVersion->text().trimmed();
    QString error;
    const qint64 id = CaptureService::captureParsed(*m_session->workspace(), m_session->currentDeclarationId(),
                                                    {chosenItemId()}, m_preview.result,
                                                    QFileInfo(m_path).fileName(), m_preview.raw, options, &error);
    if (id < 0) {
        m_error->setText(tr("Not captured: %1").arg(error));
        return false;
    }
    m_capturedId = id;
    m_session->refresh();
    Q_EMIT captured(id, chosenItemId());
    return true;
}

} // namespace hoshi
