// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "capture/capturerecipe.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace hoshi {

class Session;
class ToolRun;

// "Run again…" for a capture: the user confirms the target (the recipe's, editable), the
// firmware version and optionally the firmware image, then the installed tool runs with the
// recipe's options while its output lines scroll by; Cancel stops it and stores nothing. On
// success the core stores the new evidence and marks the old one superseded
// (CaptureService::captureRerun).
class RerunDialog : public QDialog
{
    Q_OBJECT

public:
    RerunDialog(Session *session, qint64 evidenceId, QWidget *parent = nullptr);
    ~RerunDialog() override;

    void setTarget(const QString &target);
    // Starts the tool (what the Run button does); false with the reason shown.
    bool start();
    void cancelRun();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] qint64 newEvidenceId() const { return m_newId; }
    [[nodiscard]] QString outputText() const;
    [[nodiscard]] QString statusText() const;

    void reject() override;

Q_SIGNALS:
    // Emitted once a run ends: newEvidenceId >= 0 when it was captured.
    void runEnded(qint64 newEvidenceId);

private:
    void buildFields();
    void loadRecipe();
    void chooseFirmwareImage();
    void appendLine(const QString &line);
    void onRunFinished(const QString &outputPath, const QString &error);
    void setRunning(bool running);
    void showStatus(const QString &text, bool bad);

    Session *m_session;
    qint64 m_evidenceId;
    qint64 m_newId = -1;
    CaptureRecipe m_recipe;
    bool m_recipeOk = false;
    ToolRun *m_run;

    QLabel *m_commandLabel = nullptr;
    QLineEdit *m_target = nullptr;
    QLineEdit *m_firmwareVersion = nullptr;
    QLineEdit *m_firmwareImage = nullptr;
    QPushButton *m_chooseImage = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace hoshi
