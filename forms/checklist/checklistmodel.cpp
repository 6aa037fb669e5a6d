// SPDX-License-Identifier: Apache-2.0
#include "checklistmodel.h"

#include "common/verdictstyle.h"
#include "session/session.h"
#include "util/language.h"

#include <QFont>

namespace hoshi {

ChecklistModel::ChecklistModel(Session *session, QObject *parent) : QAbstractTableModel(parent), m_session(session)
{
    reload();
}

void ChecklistModel::reload()
{
    QStringList ids;
    if (const DeclarationSnapshot *s = m_session->snapshot()) {
        for (const CriteriaItem &item : s->criteria.items)
            ids << item.id;
    }
    const qint64 declarationId = m_session->snapshot() ? m_session->currentDeclarationId() : -1;
    m_comments = declarationId >= 0 ? CommentCounts::perItem(m_session->comments()) : QHash<QString, CommentCount>();
    if (ids != m_itemIds || declarationId != m_declarationId) {
        beginResetModel();
        m_itemIds = ids;
        m_declarationId = declarationId;
        endResetModel();
    } else if (!m_itemIds.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

void ChecklistModel::retranslate()
{
    // The headers are the only thing that changes with the language alone; a reload leaves them.
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_itemIds.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_itemIds.size());
}

int ChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_itemIds.size())
        return {};
    const QString &id = m_itemIds.at(index.row());
    const CriteriaItem *item = m_session->item(id);
    if (!item)
        return {};
    const Assessment a = m_session->assessment(id);
    const bool exempt = m_session->isExempt(id);
    const QString lang = uiLanguage();

    switch (role) {
    case ItemIdRole:
        return id;
    case VerdictRole:
        return int(a.verdict);
    case BlockingRole: {
        int n = 0;
        for (const GateProblem &p : m_session->problemsOfItem(id))
            n += p.isBlocking() ? 1 : 0;
        return n;
    }
    case SearchTextRole:
        return QStringList{id, item->title.ja, item->title.en, item->area.ja, item->area.en}.join(QLatin1Char(' '));
    default:
        break;
    }

    switch (index.column()) {
    case VerdictColumn:
        if (role == Qt::DecorationRole)
            return exempt ? VerdictStyle::icon(Verdict::NotApplicable) : VerdictStyle::icon(a.verdict);
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return exempt ? tr("Exempt (PSTI)") : verdictName(a.verdict);
        break;
    case IdColumn:
        if (role == Qt::DisplayRole)
            return id;
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case TitleColumn:
        if (role == Qt::DisplayRole)
            return item->title.in(lang);
        if (role == Qt::ToolTipRole)
            return QStringLiteral("<b>%1</b><br>%2").arg(item->title.in(lang).toHtmlEscaped(),
                                                          item->requirement.in(lang).toHtmlEscaped());
        break;
    case MethodsColumn:
        if (role == Qt::DisplayRole)
            return methodsBadge(item->methods);
        if (role == Qt::ToolTipRole)
            return VerdictStyle::methodsDescription(item->methods);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        break;
    case ScopeColumn:
        if (role == Qt::DisplayRole)
            return item->scope == ItemScope::Vendor ? tr("Vendor") : tr("Product");
        if (role == Qt::DecorationRole && item->scope == ItemScope::Vendor)
            return VerdictStyle::vendorIcon();
        if (role == Qt::ToolTipRole)
            return item->scope == ItemScope::Vendor
                       ? tr("Vendor scope: answered once for the organisation and shared by all its products.")
                       : tr("Product scope: answered for this product.");
        break;
    case EvidenceColumn: {
        const QList<Evidence> evidence = m_session->evidenceFor(id);
        if (role == Qt::DisplayRole)
            return int(evidence.size());
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        if (role == Qt::ToolTipRole && !evidence.isEmpty()) {
            QStringList lines;
            for (const Evidence &e : evidence)
                lines << tr("%1: %2 (%n file(s))", nullptr, int(e.files.size()))
                             .arg(evidenceKindName(e.kind), e.reference());
            return lines.join(QLatin1Char('\n'));
        }
        break;
    }
    case ProblemsColumn: {
        if (exempt)
            break;
        const QList<GateProblem> problems = m_session->problemsOfItem(id);
        int blocking = 0;
        for (const GateProblem &p : problems)
            blocking += p.isBlocking() ? 1 : 0;
        if (role == Qt::DisplayRole)
            return blocking > 0 ? tr("%n blocking", nullptr, blocking)
                                : problems.isEmpty() ? tr("OK") : tr("%n warning(s)", nullptr, int(problems.size()));
        if (role == Qt::DecorationRole)
            return blocking > 0 ? VerdictStyle::blockingIcon()
                                : problems.isEmpty() ? VerdictStyle::okIcon() : VerdictStyle::warningIcon();
        if (role == Qt::ToolTipRole && !problems.isEmpty()) {
            QStringList lines;
            for (const GateProblem &p : problems)
                lines << p.message;
            return lines.join(QLatin1Char('\n'));
        }
        break;
    }
    case CommentsColumn: {
        const CommentCount c = m_comments.value(id);
        if (role == Qt::DisplayRole && c.total > 0)
            return c.open > 0 ? tr("%n open", nullptr, c.open) : tr("✓ %1").arg(c.total);
        if (role == Qt::ToolTipRole && c.total > 0)
            return tr("%1 open of %n review comment(s)", nullptr, c.total).arg(c.open);
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case VerdictColumn:
            return tr("Verdict");
        case IdColumn:
            return tr("ID");
        case TitleColumn:
            return tr("Item");
        case MethodsColumn:
            return tr("Method");
        case ScopeColumn:
            return tr("Scope");
        case EvidenceColumn:
            return tr("Evidence");
        case ProblemsColumn:
            return tr("Problems");
        case CommentsColumn:
            return tr("Comments");
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole && section == MethodsColumn)
        return tr("D = document review, T = device test, D+T = both");
    return {};
}

} // namespace hoshi
