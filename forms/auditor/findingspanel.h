// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "findings/findings.h"
#include "verify/archiveverifier.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace hoshi {

// Auditor mode's findings: for the item shown, the reviewer records accepted / question / more
// evidence needed with a text; with a name and optional general remarks the findings are saved
// beside the archive as <archive>-findings.json (FindingsFile), optionally with a detached CMS
// signature made with the same PEM key and certificate as a signed export. Findings already
// saved beside the archive are loaded again when it is opened.
class FindingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    // An intact archive can take findings; any other shows why not.
    void setArchive(const QString &archivePath, const VerificationResult &result);
    void clear();
    void setItem(const QString &itemId);
    [[nodiscard]] const FindingsDocument &document() const { return m_document; }
    [[nodiscard]] QString findingsPath() const { return m_findingsPath; }
    [[nodiscard]] bool isModified() const { return m_modified; }
    // Saves the findings (what the Save button does); false shows the error in the panel.
    bool save();

Q_SIGNALS:
    void findingsChanged();
    // The findings file was written (the path, for the status bar).
    void saved(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    QLayout *buildItemRow();
    QLayout *buildSaveRows();
    void retranslate();
    void showItem();
    void storeItem();
    void chooseSigningFile(bool certificate);
    void showMessage(const QString &text, bool problem);
    void showSummary();
    void loadExisting();

    QString m_archivePath;
    QString m_findingsPath;
    FindingsDocument m_document;
    bool m_available = false;
    bool m_modified = false;
    bool m_showing = false; // filling the editors; their signals are not edits
    QString m_itemId;
    QString m_unavailableReason;
    QString m_keyPath;
    QString m_certificatePath;

    QLabel *m_itemLabel;
    QComboBox *m_status;
    QPlainTextEdit *m_text;
    QLabel *m_reviewerLabel;
    QLineEdit *m_reviewer;
    QLabel *m_remarksLabel;
    QLineEdit *m_remarks;
    QCheckBox *m_sign;
    QPushButton *m_keyButton;
    QPushButton *m_certificateButton;
    QLineEdit *m_passphrase;
    QPushButton *m_saveButton;
    QLabel *m_summary;
    QLabel *m_message;
};

} // namespace hoshi
