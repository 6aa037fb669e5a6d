// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/model.h"

#include <QWidget>

#include <memory>

class QLineEdit;
class QPushButton;

namespace hoshi {

namespace Ui {
class EvidenceEditor;
}

class CommitTextEdit;
class EvidenceShelfLifeFields;
class EvidenceImporter;
class Session;

// Edits one evidence record: the document reference or the device-test record, the items it
// backs and its files (attached by dialog or drag and drop, imported in the background).
// Each field is committed when it is left, as its own undoable step.
class EvidenceEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EvidenceEditor(Session *session, QWidget *parent = nullptr);
    ~EvidenceEditor() override;

    // Shows the evidence; itemId is the item it was opened from (for the way back).
    void setEvidence(qint64 evidenceId, const QString &itemId);
    [[nodiscard]] qint64 evidenceId() const { return m_evidenceId; }
    [[nodiscard]] QString itemId() const { return m_itemId; }
    void commitPending();
    void attachFiles(const QStringList &paths);
    // Opens the file dialog (Ctrl+Shift+A).
    void attachWithDialog();
    [[nodiscard]] EvidenceImporter *importer() const { return m_importer; }
    void setReadOnly(bool readOnly);
    // Puts the cursor into the first field a document or test record needs.
    void focusFirstField();

Q_SIGNALS:
    void backRequested(const QString &itemId);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void moveFilesBesidePreview();
    void showFieldsOf(QWidget *page);
    void reload();
    void retranslate();
    void loadFields(const Evidence &e, bool force);
    void loadFiles(const Evidence &e);
    void loadItems(const Evidence &e);
    void updateMessages(const Evidence &e);
    void commitText(QString Evidence::*member, const QString &value);
    void commitLine(QLineEdit *edit, QString Evidence::*member);
    void commitDate();
    void commitKind(int index);
    void removeSelectedFile();
    void usePage(int page);
    void onImportFinished(qint64 evidenceId, int imported, bool cancelled, const QString &error);
    // A record added by the user's last "Add …" can be cancelled (Discard), and is not kept
    // when the user goes back while nothing is filled in.
    [[nodiscard]] bool showsNewRecord() const { return m_evidenceId >= 0 && m_evidenceId == m_newEvidenceId; }
    void goBack();
    void discardNewRecord();

    std::unique_ptr<Ui::EvidenceEditor> m_ui;
    Session *m_session;
    EvidenceImporter *m_importer;
    qint64 m_evidenceId = -1;
    qint64 m_newEvidenceId = -1;
    QPushButton *m_discardButton = nullptr;
    EvidenceShelfLifeFields *m_shelfLife = nullptr;
    QString m_itemId;
    bool m_readOnly = false;
    bool m_loading = false;
};

} // namespace hoshi
