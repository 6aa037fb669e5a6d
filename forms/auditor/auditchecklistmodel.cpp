// SPDX-License-Identifier: Apache-2.0
#include "auditchecklistmodel.h"

#include "common/statuscolours.h"

#include "common/verdictstyle.h"
#include "gate/submissiongate.h"
#include "util/language.h"

#include <QFont>
#include <QGuiApplication>

namespace hoshi {

AuditChecklistModel::AuditChecklistModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditChecklistModel::setResult(const VerificationResult &result)
{
    beginResetModel();
    m_declaration = result.declaration;
    m_reports.clear();
    m_findings.clear();
    for (const FileReport &f : result.files)
        m_reports.insert(f.path, f);
    endResetModel();
}

void AuditChecklistModel::clear()
{
    beginResetModel();
    m_declaration.reset();
    m_reports.clear();
    m_findings.clear();
    endResetModel();
}

void AuditChecklistModel::retranslate()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void AuditChecklistModel::setFindings(const QList<Finding> &findings)
{
    m_findings.clear();
    for (const Finding &f : findings)
        m_findings.insert(f.itemId, f.status);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, FindingColumn), index(rowCount() - 1, FindingColumn));
}

QString AuditChecklistModel::itemIdAt(int row) const
{
    if (!m_declaration || row < 0 || row >= m_declaration->snapshot.criteria.items.size())
        return {};
    return m_declaration->snapshot.criteria.items.at(row).id;
}

int AuditChecklistModel::rowOf(const QString &itemId) const
{
    return m_declaration ? m_declaration->snapshot.criteria.indexOf(itemId) : -1;
}

int AuditChecklistModel::fileCount(const QString &itemId) const
{
    int n = 0;
    for (const Evidence &e : m_declaration->snapshot.evidence.value(itemId))
        n += int(e.files.size());
    return n;
}

int AuditChecklistModel::changedFiles(const QString &itemId) const
{
    if (!m_declaration)
        return 0;
    int n = 0;
    for (const Evidence &e : m_declaration->snapshot.evidence.value(itemId)) {
        for (const EvidenceFile &f : e.files) {
            const QString path = m_declaration->filePaths.value(f.id);
            // A file the declaration names but the report does not know was never in the bag.
            const auto it = m_reports.constFind(path);
            if (path.isEmpty() || it == m_reports.cend() || it->problem != FileReport::Problem::None)
                ++n;
        }
    }
    return n;
}

int AuditChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_declaration ? 0 : int(m_declaration->snapshot.criteria.items.size());
}

int AuditChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const DeclarationSnapshot &s = m_declaration->snapshot;
    const CriteriaItem &item = s.criteria.items.at(index.row());
    const Assessment *a = s.assessmentOf(item.id);
    const Verdict verdict = a ? a->verdict : Verdict::NotAssessed;
    const bool exempt = SubmissionGate::isExemptOnRoute(item, s.declaration.route);

    switch (role) {
    case ItemIdRole:
        return item.id;
    case VerdictRole:
        return int(verdict);
    case ChangedFilesRole:
        return changedFiles(item.id);
    default:
        break;
    }

    switch (index.column()) {
    case VerdictColumn: {
        // A verdict resting on files that no longer match the manifest is not shown as good.
        const bool broken = changedFiles(item.id) > 0;
        if (role == Qt::DecorationRole)
            return broken ? VerdictStyle::blockingIcon() : VerdictStyle::icon(exempt ? Verdict::NotApplicable : verdict);
        if (role == Qt::DisplayRole)
            return exempt ? tr("Exempt (PSTI)") : verdictName(verdict);
        if (role == Qt::ToolTipRole)
            return broken ? tr("%1 — but %n file(s) behind it do not match the manifest", nullptr, changedFiles(item.id))
                                .arg(exempt ? tr("Exempt (PSTI)") : verdictName(verdict))
                          : exempt ? tr("Exempt (PSTI)") : verdictName(verdict);
        if (broken && role == Qt::BackgroundRole)
            return StatusColours::background(Tone::Bad);
        if (broken && role == Qt::ForegroundRole)
            return StatusColours::onBackground(Tone::Bad, QGuiApplication::palette());
        break;
    }
    case IdColumn:
        if (role == Qt::DisplayRole)
            return item.id;
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case TitleColumn:
        if (role == Qt::DisplayRole)
            return item.title.in(uiLanguage());
        if (role == Qt::ToolTipRole)
            return QStringLiteral("<b>%1</b><br>%2")
                .arg(item.title.in(uiLanguage()).toHtmlEscaped(), item.requirement.in(uiLanguage()).toHtmlEscaped());
        break;
    case MethodsColumn:
        if (role == Qt::DisplayRole)
            return methodsBadge(item.methods);
        if (role == Qt::ToolTipRole)
            return VerdictStyle::methodsDescription(item.methods);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        break;
    case EvidenceColumn:
        if (role == Qt::DisplayRole)
            return int(s.evidence.value(item.id).size());
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        break;
    case FindingColumn:
        if (const auto it = m_findings.constFind(item.id); it != m_findings.cend()) {
            if (role == Qt::DisplayRole)
                return findingStatusName(*it);
            if (role == Qt::ForegroundRole)
                return StatusColours::foreground(*it == FindingStatus::Accepted ? Tone::Good : Tone::Info);
            if (role == Qt::ToolTipRole)
                return tr("Your finding on this item (saved with the findings file).");
        }
        break;
    case FilesColumn: {
        const int files = fileCount(item.id);
        const int changed = changedFiles(item.id);
        if (role == Qt::DisplayRole)
            return files == 0    ? QString()
                   : changed > 0 ? tr("%n changed", nullptr, changed)
                                 : tr("%n ok", nullptr, files);
        if (role == Qt::DecorationRole && files > 0)
            return changed > 0 ? VerdictStyle::blockingIcon() : VerdictStyle::okIcon();
        if (role == Qt::ToolTipRole && files > 0)
            return changed > 0
                       ? tr("Files of this item's evidence that do not match the manifests: %n.", nullptr, changed)
                       : tr("Every file of this item's evidence matches the manifests.");
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant AuditChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VerdictColumn:
        return tr("Verdict");
    case IdColumn:
        return tr("ID");
    case TitleColumn:
        return tr("Item");
    case MethodsColumn:
        return tr("Method");
    case EvidenceColumn:
        return tr("Evidence");
    case FilesColumn:
        return tr("Files");
    case FindingColumn:
        return tr("Finding");
    default:
        break;
    }
    return {};
}

} // namespace hoshi
