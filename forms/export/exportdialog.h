// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "exportrunner.h"
#include "gate/submissiongate.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace hoshi {

class Session;

// Exports the current declaration: the application package for IPA and/or the retained
// evidence archive, optionally signed. While the submission gate blocks, the dialog only
// lists the blocking problems (a click goes to one) and writes nothing. The export itself runs
// off the GUI thread with progress and cancel, and the dialog ends by listing what was written
// and the verification of the archive as it lies on disk.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class State { Blocked, Options, Running, Done };

    explicit ExportDialog(Session *session, QWidget *parent = nullptr);
    ~ExportDialog() override;

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const ExportRunner::Result &result() const { return m_result; }
    [[nodiscard]] ExportRunner *runner() const { return m_runner; }
    void setOutputDirectory(const QString &folder);
    // Starts the export with the options shown (the Export button).
    void startExport();

Q_SIGNALS:
    // The user clicked a blocking problem: the main window goes to it (the dialog closes).
    void problemActivated(const hoshi::GateProblem &problem);
    void exportFinished(bool ok);

public Q_SLOTS:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] QString defaultOutputFolder() const;
    QWidget *buildBlockedPage();
    QWidget *buildOptionsPage();
    QWidget *buildProgressPage();
    QWidget *buildResultPage();
    void retranslate();
    void setState(State state);
    void showBlocked(const QList<GateProblem> &problems);
    void updateButtons();
    void chooseFolder();
    void chooseSigningFile(QLineEdit *edit, bool certificate);
    void createKeyPair();
    void onProgress(int value, ExportRunner::Phase phase);
    void onFinished(const ExportRunner::Result &result);
    void showResult();
    void openProblem(QListWidgetItem *item);
    [[nodiscard]] QString phaseText(ExportRunner::Phase phase) const;

    Session *m_session;
    qint64 m_exportedDeclaration = -1;
    ExportRunner *m_runner;
    State m_state = State::Options;
    ExportRunner::Result m_result;
    QList<GateProblem> m_blocking;
    ExportRunner::Phase m_phase = ExportRunner::Phase::Package;
    bool m_closeWhenDone = false;
    QString m_message; // shown on the options page: why the last attempt did not export
    QString m_notRecorded; // why a finished export was not recorded in the workspace ("" when it was)

    QLabel *m_heading;
    QStackedWidget *m_pages;
    // Blocked
    QLabel *m_blockedLabel = nullptr;
    QLabel *m_blockedHint = nullptr;
    QListWidget *m_blockedList = nullptr;
    // Options
    QLabel *m_folderLabel = nullptr;
    QLineEdit *m_folderEdit = nullptr;
    QPushButton *m_folderButton = nullptr;
    QLabel *m_outputsLabel = nullptr;
    QCheckBox *m_packageCheck = nullptr;
    QCheckBox *m_englishCheck = nullptr; // UK PSTI route: the checklist in English
    QCheckBox *m_archiveCheck = nullptr;
    QLabel *m_subsetLabel = nullptr;  // an IPA evidence request: only these items
    QLineEdit *m_subsetEdit = nullptr;
    QGroupBox *m_signGroup = nullptr;
    QCheckBox *m_signCheck = nullptr;
    QLabel *m_keyLabel = nullptr;
    QLineEdit *m_keyEdit = nullptr;
    QPushButton *m_keyButton = nullptr;
    QLabel *m_certLabel = nullptr;
    QLineEdit *m_certEdit = nullptr;
    QPushButton *m_certButton = nullptr;
    QLabel *m_passphraseLabel = nullptr;
    QLineEdit *m_passphraseEdit = nullptr;
    QPushButton *m_createKeyButton = nullptr;
    QLabel *m_keyInfo = nullptr;
    QLabel *m_signHint = nullptr;
    QLabel *m_gateLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    // Running
    QLabel *m_phaseLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    // Done
    QLabel *m_resultLabel = nullptr;
    QTreeWidget *m_writtenList = nullptr;
    QLabel *m_verificationLabel = nullptr;
    QLabel *m_fontWarning = nullptr;
    QPushButton *m_openFolderButton = nullptr;

    QDialogButtonBox *m_buttons;
    QPushButton *m_exportButton;
    QPushButton *m_closeButton;
};

} // namespace hoshi
