// SPDX-License-Identifier: Apache-2.0
#include "navigatormodel.h"

#include "gate/gateprogress.h"
#include "session/session.h"
#include "storage/snapshotreader.h"
#include "util/language.h"

#include <QApplication>
#include <algorithm>
#include <QStyle>

namespace hoshi {

NavigatorModel::NavigatorModel(Session *session, QObject *parent) : QAbstractItemModel(parent), m_session(session)
{
    QStyle *style = QApplication::style();
    m_organisationIcon = style->standardIcon(QStyle::SP_DirHomeIcon);
    m_productIcon = style->standardIcon(QStyle::SP_DriveHDIcon);
    m_declarationIcon = style->standardIcon(QStyle::SP_FileDialogDetailedView);
    reload();
}

void NavigatorModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_progress.clear();
    if (Workspace *ws = m_session->workspace()) {
        // Set-wide reads (organisations, products, declarations, names: four queries) grouped
        // here, rather than queries per organisation, product and declaration: with 1,000
        // declarations those thousands of small queries were most of an unchanged reload.
        const QList<Declaration> declarations = ws->declarations();
        QList<qint64> ids;
        QHash<qint64, QList<const Declaration *>> declarationsOf; // product id -> its declarations, by id
        for (const Declaration &d : declarations) {
            ids << d.id;
            declarationsOf[d.productId] << &d;
        }
        judge(ids);
        const QList<Product> products = ws->products();
        QHash<qint64, QList<const Product *>> productsOf; // organisation id -> its products, by name
        for (const Product &p : products)
            productsOf[p.organisationId] << &p;
        const QHash<qint64, QString> names = storage::SnapshotReader::declarationNames(*ws);
        const QList<Organisation> organisations = ws->organisations();
        for (const Organisation &o : organisations) {
            const int oi = int(m_nodes.size());
            m_nodes.append({Kind::Organisation, o.id, o.name, o.nameEn, -1, int(m_roots.size()), {}});
            m_roots << oi;
            for (const Product *p : productsOf.value(o.id)) {
                const int pi = int(m_nodes.size());
                const QString models = p->modelNumbers.join(QLatin1String(", "));
                m_nodes.append({Kind::Product, p->id, p->name, models, oi, int(m_nodes[oi].children.size()), {}});
                m_nodes[oi].children << pi;
                for (const Declaration *d : declarationsOf.value(p->id)) {
                    const int di = int(m_nodes.size());
                    Node node{Kind::Declaration, d->id, {}, {}, pi, int(m_nodes[pi].children.size()), {}};
                    describeDeclaration(node, d, names.value(d->id));
                    m_nodes.append(node);
                    m_nodes[pi].children << di;
                }
            }
        }
    }
    endResetModel();
}

void NavigatorModel::describeDeclaration(Node &node, const Declaration *known, const QString &knownName) const
{
    Workspace *ws = m_session->workspace();
    // The gate decides what is OK, exactly as on the checklist; the open declaration's
    // result is at hand (read with it, off the GUI thread), the others come from the gate
    // cache (judged without re-hashing files).
    const DeclarationSnapshot *shown = m_session->snapshot();
    const bool current = shown && node.id == m_session->currentDeclarationId() && shown->declaration.id == node.id;
    std::optional<Declaration> d;
    if (current)
        d = shown->declaration;
    else if (known)
        d = *known;
    else
        d = ws->declaration(node.id);
    // Level, version and title do not depend on a point overlay: the stored set will do.
    const CriteriaSet *set = current ? &shown->criteria : nullptr;
    if (!set && d)
        set = storage::SnapshotReader::storedSet(*ws, d->criteriaSetId, d->criteriaDataRevision);
    if (!set && d)
        set = ws->criteriaFor(node.id);
    if (!d || !set) {
        node.text = tr("Declaration %1").arg(node.id);
        return;
    }
    const GateProgress progress = current ? m_session->progress() : m_progress.value(node.id);
    const QString route = d->route == Route::Psti ? tr(" · PSTI") : QString();
    QString name;
    if (current)
        name = m_session->declarationName();
    else
        name = known ? knownName : ws->declarationName(node.id);
    const QString label = name.isEmpty() ? tr("★%1 %2%3").arg(set->level).arg(set->version, route)
                                         : tr("%1 (★%2%3)").arg(name).arg(set->level).arg(route);
    // Short enough for a narrow navigator; the full title is in the tool tip.
    node.text = tr("%1 · OK %2/%3").arg(label).arg(progress.ok).arg(progress.counted);
    node.toolTip = tr("%1\n%2\nRoute: %3\nOK %4 / assessed %5 / %6 items")
                       .arg(set->title.in(uiLanguage()), set->id, routeName(d->route))
                       .arg(progress.ok)
                       .arg(progress.assessed)
                       .arg(progress.counted);
}

void NavigatorModel::updateDeclaration(qint64 declarationId)
{
    const QModelIndex index = indexOf(Kind::Declaration, declarationId);
    if (!index.isValid())
        return;
    Node &node = m_nodes[int(index.internalId())];
    // The open declaration's progress comes with the session's read (off the GUI thread); only
    // another declaration is judged here.
    const DeclarationSnapshot *shown = m_session->snapshot();
    if (!shown || shown->declaration.id != declarationId || m_session->currentDeclarationId() != declarationId)
        judge({declarationId});
    const QString before = node.text;
    describeDeclaration(node, nullptr, QString());
    if (node.text != before)
        Q_EMIT dataChanged(index, index);
}

int NavigatorModel::count(Kind kind) const
{
    return int(std::count_if(m_nodes.cbegin(), m_nodes.cend(), [kind](const Node &n) { return n.kind == kind; }));
}

void NavigatorModel::judge(const QList<qint64> &declarationIds)
{
    Workspace *ws = m_session->workspace();
    const auto outcomes = ws ? m_gateCache.outcomes(*ws, declarationIds, GateContext::current(), nullptr) : std::nullopt;
    if (!outcomes) {
        // One unreadable declaration (it shows no progress) must not hide the others' progress.
        if (declarationIds.size() > 1) {
            for (const qint64 id : declarationIds)
                judge({id});
        }
        return;
    }
    for (const GateOutcome &o : *outcomes)
        m_progress.insert(o.declarationId, o.progress);
}

QModelIndex NavigatorModel::indexOf(Kind kind, qint64 id) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].kind == kind && m_nodes[i].id == id)
            return createIndex(m_nodes[i].row, 0, quintptr(i));
    }
    return {};
}

const QList<int> &NavigatorModel::childrenOf(const QModelIndex &parent) const
{
    return parent.isValid() ? m_nodes[int(parent.internalId())].children : m_roots;
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<int> &children = childrenOf(parent);
    if (row < 0 || row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex NavigatorModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes[int(child.internalId())].parent;
    if (p < 0)
        return {};
    return createIndex(m_nodes[p].row, 0, quintptr(p));
}

int NavigatorModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent).size());
}

int NavigatorModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant NavigatorModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &node = m_nodes[int(index.internalId())];
    switch (role) {
    case Qt::DisplayRole:
        return node.text;
    case Qt::ToolTipRole:
        return node.toolTip.isEmpty() ? QVariant() : QVariant(node.toolTip);
    case Qt::DecorationRole:
        return node.kind == Kind::Organisation ? m_organisationIcon
               : node.kind == Kind::Product    ? m_productIcon
                                               : m_declarationIcon;
    case KindRole:
        return int(node.kind);
    case IdRole:
        return node.id;
    default:
        return {};
    }
}

QVariant NavigatorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Workspace");
    return {};
}

} // namespace hoshi
