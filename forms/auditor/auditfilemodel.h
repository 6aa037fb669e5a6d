// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "verify/archiveverifier.h"

#include <QAbstractTableModel>

namespace hoshi {

// The verifier's per-file report: every file of the bag that was checked and every file a
// manifest lists that is not there, with its state and, for a problem, the hash the manifest
// expects next to the one the archive holds.
class AuditFileModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StatusColumn, PathColumn, KindColumn, ExpectedColumn, ActualColumn, ColumnCount };
    enum Role { ProblemRole = Qt::UserRole + 1, PathRole };

    explicit AuditFileModel(QObject *parent = nullptr);

    void setResult(const VerificationResult &result);
    void clear();
    void retranslate();
    [[nodiscard]] int problemCount() const;
    [[nodiscard]] int rowOf(const QString &path) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<FileReport> m_files;
};

} // namespace hoshi
