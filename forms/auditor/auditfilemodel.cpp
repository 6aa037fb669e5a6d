// SPDX-License-Identifier: Apache-2.0
#include "auditfilemodel.h"

#include "common/verdictstyle.h"
#include "common/verificationtext.h"

#include <QFont>
#include <QFontDatabase>

namespace hoshi {

AuditFileModel::AuditFileModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditFileModel::setResult(const VerificationResult &result)
{
    beginResetModel();
    m_files = result.files;
    endResetModel();
}

void AuditFileModel::clear()
{
    beginResetModel();
    m_files.clear();
    endResetModel();
}

void AuditFileModel::retranslate()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int AuditFileModel::problemCount() const
{
    int n = 0;
    for (const FileReport &f : m_files)
        n += f.problem != FileReport::Problem::None ? 1 : 0;
    return n;
}

int AuditFileModel::rowOf(const QString &path) const
{
    for (int i = 0; i < m_files.size(); ++i) {
        if (m_files.at(i).path == path)
            return i;
    }
    return -1;
}

int AuditFileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int AuditFileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditFileModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_files.size() || index.column() >= ColumnCount)
        return {};
    const FileReport &f = m_files.at(index.row());
    const bool ok = f.problem == FileReport::Problem::None;
    switch (role) {
    case ProblemRole:
        return FileReport::problemKey(f.problem);
    case PathRole:
        return f.path;
    case Qt::ToolTipRole:
        return ok ? tr("%1 matches both manifests.").arg(f.path) : f.message;
    default:
        break;
    }
    switch (index.column()) {
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return VerificationText::problemName(f.problem);
        if (role == Qt::DecorationRole)
            return ok ? VerdictStyle::okIcon() : VerdictStyle::blockingIcon();
        if (role == Qt::FontRole && !ok) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case PathColumn:
        if (role == Qt::DisplayRole)
            return f.path;
        break;
    case KindColumn:
        if (role == Qt::DisplayRole)
            return f.tagFile ? tr("tag file") : tr("payload");
        break;
    case ExpectedColumn:
    case ActualColumn: {
        const QString hash = index.column() == ExpectedColumn ? f.expected : f.actual;
        if (role == Qt::DisplayRole) {
            if (ok)
                return index.column() == ExpectedColumn ? tr("matches") : QString();
            return hash.isEmpty() ? QStringLiteral("—") : QStringLiteral("%1 %2").arg(f.algorithm, hash);
        }
        if (role == Qt::FontRole && !ok && !hash.isEmpty())
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant AuditFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case PathColumn:
        return tr("Path in the bag");
    case KindColumn:
        return tr("Kind");
    case ExpectedColumn:
        return tr("Expected hash (manifest)");
    case ActualColumn:
        return tr("Actual hash (archive)");
    default:
        break;
    }
    return {};
}

} // namespace hoshi
