// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "capture/captureresult.h"

#include <QDialog>
#include <QMetaType>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace hoshi {

class BackgroundTask;
class Session;

// What the background read of a tool output file gave: the parsed content and the raw bytes
// (stored as they are when the user captures), or the parser's reason for refusing the file.
struct CapturePreview {
    bool ok = false;
    QString error;
    CaptureResult result;
    QByteArray raw;
};

// File ▸ Capture test result…: the user picks a tool's output file (nmap XML, testssl.sh JSON,
// ssh-audit JSON, CycloneDX SBOM); it is read and parsed off the GUI thread and previewed (tool,
// version, target, scan time, findings) before anything is stored. The item is the user's
// choice: the current item is preselected only when the user came from one, and the items the
// tool's output usually backs are offered, never applied on their own. Capture stores the file
// as device-test evidence through the core (CaptureService).
class CaptureDialog : public QDialog
{
    Q_OBJECT

public:
    // preselectedItemId: the item the user is on ("" = none, the user must choose).
    CaptureDialog(Session *session, const QString &preselectedItemId, QWidget *parent = nullptr);
    ~CaptureDialog() override;

    // Starts reading and parsing path in the background; the preview follows.
    void setFile(const QString &path);
    [[nodiscard]] QString filePath() const { return m_path; }
    // True while the file is being read and parsed.
    [[nodiscard]] bool isParsing() const;
    [[nodiscard]] const CapturePreview &preview() const { return m_preview; }
    [[nodiscard]] QString chosenItemId() const;
    // The new evidence id after a successful capture, else -1.
    [[nodiscard]] qint64 capturedEvidenceId() const { return m_capturedId; }

    // Stores the capture (what the Capture button does); false with the reason shown in the dialog.
    bool capture();

Q_SIGNALS:
    void previewReady();
    void captured(qint64 evidenceId, const QString &itemId);

private:
    void buildFields();
    void fillItems(const QString &preselectedItemId);
    void chooseFile();
    void chooseFirmwareImage();
    void showPreview(const QVariant &result);
    void showFindings(const CaptureResult &result);
    void showSuggestion(const CaptureResult &result);
    void useSuggestion();
    void updateCaptureButton();
    void clearPreview();

    Session *m_session;
    BackgroundTask *m_task;
    QString m_path;
    CapturePreview m_preview;
    qint64 m_capturedId = -1;

    QLineEdit *m_fileEdit = nullptr;
    QPushButton *m_chooseFile = nullptr;
    QLabel *m_status = nullptr;   // "Reading…", the refusal reason, or the tool detected
    QLabel *m_toolLabel = nullptr;
    QLabel *m_targetLabel = nullptr;
    QLabel *m_scannedLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTreeWidget *m_findings = nullptr;
    QComboBox *m_item = nullptr;
    QLabel *m_suggestion = nullptr;
    QPushButton *m_useSuggestion = nullptr;
    QLineEdit *m_firmwareVersion = nullptr;
    QLineEdit *m_firmwareImage = nullptr;
    QPushButton *m_chooseImage = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_captureButton = nullptr;
};

} // namespace hoshi

Q_DECLARE_METATYPE(hoshi::CapturePreview)
