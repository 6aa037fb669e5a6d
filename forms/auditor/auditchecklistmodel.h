// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "findings/findings.h"
#include "verify/archiveverifier.h"

#include <QAbstractTableModel>
#include <QHash>

namespace hoshi {

// The checklist of a declaration read back from an evidence archive (auditor mode): one row
// per criteria item with its verdict, method badge, evidence count and whether the files
// behind it verified. Unlike ChecklistModel it needs no Session or Workspace: everything comes
// from the VerificationResult, and nothing can be edited.
class AuditChecklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        VerdictColumn,
        IdColumn,
        TitleColumn,
        MethodsColumn,
        EvidenceColumn,
        FilesColumn,
        FindingColumn, // the auditor's own finding on the item, if any (not from the archive)
        ColumnCount
    };
    enum Role { ItemIdRole = Qt::UserRole + 1, VerdictRole, ChangedFilesRole };

    explicit AuditChecklistModel(QObject *parent = nullptr);

    // Shows the declaration of `result` (none when the archive had no readable one).
    void setResult(const VerificationResult &result);
    void clear();
    // Repaints texts after a language switch (titles follow the UI language).
    void retranslate();
    [[nodiscard]] QString itemIdAt(int row) const;
    [[nodiscard]] int rowOf(const QString &itemId) const;
    // The findings recorded so far (item id -> status), so that the list shows which items
    // already have one.
    void setFindings(const QList<Finding> &findings);
    // Files of the item's evidence whose report is not "ok" (modified or missing).
    [[nodiscard]] int changedFiles(const QString &itemId) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    [[nodiscard]] int fileCount(const QString &itemId) const;

    std::optional<ArchivedDeclaration> m_declaration;
    QHash<QString, FileReport> m_reports; // bag path -> report
    QHash<QString, FindingStatus> m_findings; // item id -> the auditor's finding
};

} // namespace hoshi
