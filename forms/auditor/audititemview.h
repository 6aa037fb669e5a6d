// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "archivecontent.h"
#include "common/backgroundtask.h"
#include "verify/archiveverifier.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QSplitter;
class QTextBrowser;
class QTreeWidget;

namespace hoshi {

class EvidencePreview;
class ExtractedCopies;
class MismatchOverlay;

// One item of an archived declaration, read-only: requirement, verdict, justification and
// notes, every evidence record with its references, the files behind it with their
// verification state, and a preview of the selected file read from the archive. "Open"
// extracts the file into a private temporary folder (ExtractedCopies, off the GUI thread) and
// hands it to the desktop.
class AuditItemView : public QWidget
{
    Q_OBJECT

public:
    explicit AuditItemView(QWidget *parent = nullptr);
    ~AuditItemView() override;

    // The archive whose items are shown; forgets extracted copies of the previous one.
    void setArchive(const VerificationResult &result, const ArchiveContent &content);
    void clear();
    void setItem(const QString &itemId);
    [[nodiscard]] QString itemId() const { return m_itemId; }
    [[nodiscard]] QTreeWidget *fileList() const { return m_files; }
    [[nodiscard]] EvidencePreview *preview() const { return m_preview; }
    [[nodiscard]] QTextBrowser *details() const { return m_details; }
    // Extracts the selected file in the background, then opens it with the desktop's application.
    void openSelectedFile();
    [[nodiscard]] bool isExtracting() const { return m_extraction.isRunning(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    // The red band over the preview when the file shown does not match the manifest.
    void updateOverlay();
    // Details, file list and preview get the room their content needs.
    void fitPanes(bool hasFiles);
    void retranslate();
    void showSelectedFile();
    void onExtracted(const QVariant &result);
    [[nodiscard]] QString detailsHtml() const;
    [[nodiscard]] QString evidenceHtml(const Evidence &e) const;
    [[nodiscard]] const FileReport *reportOf(qint64 fileId) const;

    std::optional<ArchivedDeclaration> m_declaration;
    QHash<QString, FileReport> m_reports; // bag path -> report
    ArchiveContent m_content;
    QString m_itemId;
    std::shared_ptr<ExtractedCopies> m_copies; // of the archive shown; shared with the extraction
    BackgroundTask m_extraction;
    int m_archiveSerial = 0; // tells an extraction's result from an archive shown before

    QSplitter *m_splitter;
    QTextBrowser *m_details;
    QLabel *m_filesLabel;
    QTreeWidget *m_files;
    QPushButton *m_openButton;
    QLabel *m_openError;
    EvidencePreview *m_preview;
    MismatchOverlay *m_overlay;
    QWidget *m_filesBox = nullptr;
    QWidget *m_previewBox = nullptr; // the mismatch band above the preview
};

} // namespace hoshi
