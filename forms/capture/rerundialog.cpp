// SPDX-License-Identifier: Apache-2.0
#include "rerundialog.h"

#include "capturetext.h"

#include "capture/captureservice.h"
#include "capture/toolrun.h"
#include "common/filedialog.h"
#include "common/statuscolours.h"
#include "session/session.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace hoshi {

namespace {

// The tool's output can be long (testssl.sh writes hundreds of lines): the view keeps the end.
constexpr int MaximumOutputLines = 5000;

} // namespace

RerunDialog::RerunDialog(Session *session, qint64 evidenceId, QWidget *parent)
    : QDialog(parent), m_session(session), m_evidenceId(evidenceId), m_run(new ToolRun(this))
{
    setObjectName(QStringLiteral("rerunDialog"));
    setWindowTitle(tr("Run again"));
    buildFields();
    loadRecipe();
    connect(m_run, &ToolRun::progressLine, this, &RerunDialog::appendLine);
    connect(m_run, &ToolRun::finished, this, &RerunDialog::onRunFinished);
    resize(760, 560);
}

RerunDialog::~RerunDialog()
{
    // The tool never outlives the dialog that shows it.
    if (m_run->isRunning())
        m_run->cancel();
}

void RerunDialog::buildFields()
{
    m_commandLabel = new QLabel(this);
    m_commandLabel->setObjectName(QStringLiteral("rerunCommandLabel"));
    m_commandLabel->setWordWrap(true);
    m_commandLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("rerunTargetEdit"));
    m_firmwareVersion = new QLineEdit(this);
    m_firmwareVersion->setObjectName(QStringLiteral("rerunFirmwareVersionEdit"));
    m_firmwareImage = new QLineEdit(this);
    m_firmwareImage->setObjectName(QStringLiteral("rerunFirmwareImageEdit"));
    m_firmwareImage->setPlaceholderText(tr("optional: the firmware image the device runs, to record its SHA-256"));
    m_chooseImage = new QPushButton(tr("Choose image…"), this);
    auto *imageRow = new QHBoxLayout;
    imageRow->addWidget(m_firmwareImage, 1);
    imageRow->addWidget(m_chooseImage);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("rerunProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_output = new QPlainTextEdit(this);
    m_output->setObjectName(QStringLiteral("rerunOutput"));
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(MaximumOutputLines);
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setPlaceholderText(tr("The tool's output appears here while it runs."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("rerunStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(this);
    m_runButton = m_buttons->addButton(tr("Run"), QDialogButtonBox::AcceptRole);
    m_runButton->setObjectName(QStringLiteral("rerunRunButton"));
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("rerunCancelButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("Command:"), m_commandLabel);
    form->addRow(tr("Target:"), m_target);
    form->addRow(tr("Firmware version:"), m_firmwareVersion);
    form->addRow(tr("Firmware image:"), imageRow);
    auto *layout = new QVBoxLayout(this);
    auto *warning = new QLabel(tr("Run tools only against devices you are allowed to test."), this);
    warning->setWordWrap(true);
    warning->setStyleSheet(StatusColours::textStyle(Tone::Info));
    layout->addWidget(warning);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_output, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_chooseImage, &QPushButton::clicked, this, &RerunDialog::chooseFirmwareImage);
    connect(m_runButton, &QPushButton::clicked, this, &RerunDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &RerunDialog::reject);
}

void RerunDialog::loadRecipe()
{
    const std::optional<Evidence> evidence = m_session->evidence(m_evidenceId);
    QString error;
    m_recipeOk = evidence && CaptureRecipe::fromJson(evidence->captureRecipe.toUtf8(), &m_recipe, &error);
    if (!m_recipeOk) {
        showStatus(tr("This evidence has no recipe to run again: %1")
                       .arg(error.isEmpty() ? tr("it was not captured from a tool that Hoshi runs.") : error),
                   true);
        m_runButton->setEnabled(false);
        return;
    }
    const QString program = ToolRun::programFor(m_recipe.tool);
    QStringList command{program.isEmpty() ? captureToolName(m_recipe.tool) : program};
    command << m_recipe.arguments;
    m_commandLabel->setText(command.join(QLatin1Char(' ')));
    m_target->setText(m_recipe.target);
    if (const DeclarationSnapshot *snapshot = m_session->snapshot())
        m_firmwareVersion->setText(snapshot->product.firmwareVersion);
    if (program.isEmpty()) {
        showStatus(tr("%1 is not installed on this computer.").arg(captureToolName(m_recipe.tool)), true);
        m_runButton->setEnabled(false);
    }
    if (evidence->supersededBy >= 0)
        showStatus(tr("This capture was already run again; running it once more records another capture."), false);
}

void RerunDialog::chooseFirmwareImage()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Firmware image"), tr("All files (*)"));
    if (!path.isEmpty())
        m_firmwareImage->setText(path);
}

void RerunDialog::setTarget(const QString &target)
{
    m_target->setText(target);
}

bool RerunDialog::start()
{
    if (!m_recipeOk || m_run->isRunning())
        return false;
    if (!m_session->workspace() || m_session->isReadOnly()) {
        showStatus(tr("Open the workspace for editing to run a test again."), true);
        return false;
    }
    QString error;
    const QString target = m_target->text().trimmed();
    if (!ToolRun::isAcceptableTarget(target, &error) || !m_run->start(m_recipe, target, &error)) {
        showStatus(error, true);
        return false;
    }
    m_output->clear();
    m_newId = -1;
    showStatus(tr("Running %1 against %2…").arg(captureToolName(m_recipe.tool), target), false);
    setRunning(true);
    return true;
}

void RerunDialog::cancelRun()
{
    if (m_run->isRunning())
        m_run->cancel();
}

bool RerunDialog::isRunning() const
{
    return m_run->isRunning();
}

QString RerunDialog::outputText() const
{
    return m_output->toPlainText();
}

QString RerunDialog::statusText() const
{
    return m_status->text();
}

void RerunDialog::reject()
{
    // Cancel while the tool runs stops the tool; the dialog stays to say so.
    if (m_run->isRunning()) {
        m_run->cancel();
        return;
    }
    QDialog::reject();
}

void RerunDialog::appendLine(const QString &line)
{
    m_output->appendPlainText(line);
    m_output->verticalScrollBar()->setValue(m_output->verticalScrollBar()->maximum());
}

void RerunDialog::onRunFinished(const QString &outputPath, const QString &error)
{
    setRunning(false);
    if (!error.isEmpty()) {
        showStatus(tr("%1 Nothing was stored.").arg(error), true);
        Q_EMIT runEnded(-1);
        return;
    }
    CaptureOptions options;
    options.firmwareVersion = m_firmwareVersion->text().trimmed();
    options.firmwareImagePath = m_firmwareImage->text().trimmed();
    options.recipeTarget = m_target->text().trimmed();
    QString storeError;
    CaptureResult result;
    m_newId = CaptureService::captureRerun(*m_session->workspace(), m_evidenceId, m_session->currentDeclarationId(),
                                           outputPath, options, &storeError, &result);
    if (m_newId < 0) {
        showStatus(tr("The tool ran, but its output was not stored: %1").arg(storeError), true);
        Q_EMIT runEnded(-1);
        return;
    }
    m_session->refresh();
    showStatus(tr("Captured again with %n finding(s); the earlier capture is marked as superseded.", nullptr,
                  int(result.findings.size())),
               false);
    m_runButton->setEnabled(false);
    m_cancelButton->setText(tr("Close"));
    Q_EMIT runEnded(m_newId);
}

void RerunDialog::setRunning(bool running)
{
    // A busy bar while the tool runs: the tools do not say how far they are.
    m_progress->setRange(0, running ? 0 : 1);
    m_progress->setValue(running ? 0 : 1);
    m_runButton->setEnabled(!running && m_recipeOk);
    for (QWidget *field : {static_cast<QWidget *>(m_target), static_cast<QWidget *>(m_firmwareVersion),
                           static_cast<QWidget *>(m_firmwareImage), static_cast<QWidget *>(m_chooseImage)})
        field->setEnabled(!running);
    m_cancelButton->setText(running ? tr("Stop") : tr("Cancel"));
}

void RerunDialog::showStatus(const QString &text, bool bad)
{
    m_status->setText(text);
    m_status->setStyleSheet(bad ? StatusColours::textStyle(Tone::Bad, true) : QString());
}

} // namespace hoshi
