// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "archivecontent.h"
#include "verify/archiveverifier.h"

#include <QWidget>

class QCheckBox;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;

namespace hoshi {

class ArchiveVerification;
class AuditChecklistModel;
class AuditFileModel;
class AuditItemView;
class FindingsPanel;

// Auditor mode: a retained evidence archive opened read-only. The archive is verified off the
// GUI thread (ArchiveVerifier, the same check as `hoshi-cli verify`); then a banner says at once
// whether it is intact and who signed it, the bag-info says what it is, and the archived
// declaration can be browsed item by item with its evidence, next to the per-file report.
// Nothing here edits anything.
class AuditorPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditorPage(QWidget *parent = nullptr);
    ~AuditorPage() override;

    // Starts verifying `path` (a running verification of another archive is cancelled).
    void openArchive(const QString &path);
    // Forgets the archive (cancelling a running verification).
    void clear();
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] QString archivePath() const { return m_path; }
    [[nodiscard]] const VerificationResult &result() const { return m_result; }
    [[nodiscard]] bool hasResult() const { return m_hasResult; }
    [[nodiscard]] AuditChecklistModel *checklistModel() const { return m_checklistModel; }
    [[nodiscard]] AuditFileModel *fileModel() const { return m_fileModel; }
    [[nodiscard]] AuditItemView *itemView() const { return m_itemView; }
    [[nodiscard]] FindingsPanel *findingsPanel() const { return m_findings; }
    [[nodiscard]] QTableView *checklistView() const { return m_checklistView; }
    void selectItem(const QString &itemId);

Q_SIGNALS:
    void verificationFinished();
    void closeRequested();
    void findingsSaved(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildChecklistTab();
    QWidget *buildFilesTab();
    void retranslate();
    void showBanner();
    void showBagInfo();
    void onFinished(const VerificationResult &result, bool cancelled);
    void onCurrentRowChanged();

    ArchiveVerification *m_verification;
    QString m_path;
    VerificationResult m_result;
    bool m_hasResult = false;
    bool m_cancelled = false;
    AuditChecklistModel *m_checklistModel;
    AuditFileModel *m_fileModel;
    QSortFilterProxyModel *m_fileProxy;

    QFrame *m_bannerFrame = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_bannerDetails = nullptr;
    QLabel *m_signer = nullptr;
    QLabel *m_fingerprint = nullptr;
    QLabel *m_archiveLabel = nullptr;
    QPushButton *m_closeButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QList<QLabel *> m_infoLabels; // captions
    QList<QLabel *> m_infoValues;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_declarationError = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_checklistView = nullptr;
    AuditItemView *m_itemView = nullptr;
    FindingsPanel *m_findings = nullptr; // the reviewer's findings on the current item
    QCheckBox *m_problemsOnly = nullptr;
    QLabel *m_fileCounts = nullptr;
    QLabel *m_bagProblems = nullptr;
    QTableView *m_filesView = nullptr;
};

} // namespace hoshi
