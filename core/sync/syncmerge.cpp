// SPDX-License-Identifier: Apache-2.0
#include "syncmerge.h"

#include <QCryptographicHash>
#include <QJsonValue>
#include <QSet>

namespace hoshi::sync::detail {

QString conflictId(const QString &table, const QString &key, const QString &field)
{
    const QByteArray text = (table + QLatin1Char('|') + key + QLatin1Char('|') + field).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha1).toHex().left(8));
}

namespace {

QString typeName(const QString &table)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("workspace_setting"), QT_TRANSLATE_NOOP("hoshi::sync::SyncEngine", "setting")},
        {QStringLiteral("organisation"), QT_TRANSLATE_NOOP("hoshi::sync::SyncEngine", "organisation")},
        {QStringLiteral("product"), QT_TRANSLATE_NOOP("hoshi::sync::SyncEngine", "product")},
        {QStringLiteral("declaration"), QT_TRANSLATE_NOOP("hoshi::sync::SyncEngine", "declaration")},
        {QStringLiteral("declaration_name"), QT_TRANSLATE_NOOP("hoshi::sync::SyncEngine", "declaration name")},
        {QStringLiteral("point_overlay"), QT_TRANSLATE_NOOP("hoshi::sync::SyncEngine", "official points")},
        {QStringLiteral("assessment"), QT_TRANSLATE_NOOP("hoshi::sync::SyncEngine", "assessment")},
        {QStringLiteral("point_choice"), QT_TRANSLATE_NOOP("hoshi::sync::SyncEngine", "point choice")},
        {QStringLiteral("evidence"), QT_TRANSLATE_NOOP("hoshi::sync::SyncEngine", "evidence")},
        {QStringLiteral("evidence_link"), QT_TRANSLATE_NOOP("hoshi::sync::SyncEngine", "evidence link")},
        {QStringLiteral("point_link"), QT_TRANSLATE_NOOP("hoshi::sync::SyncEngine", "point link")},
        {QStringLiteral("psti_statement"), QT_TRANSLATE_NOOP("hoshi::sync::SyncEngine", "PSTI statement")},
        {QStringLiteral("evidence_file"), QT_TRANSLATE_NOOP("hoshi::sync::SyncEngine", "evidence file")},
        {QStringLiteral("declaration_form"), QT_TRANSLATE_NOOP("hoshi::sync::SyncEngine", "official form")},
        {QStringLiteral("history"), QT_TRANSLATE_NOOP("hoshi::sync::SyncEngine", "history entry")},
        {QStringLiteral("baseline"), QT_TRANSLATE_NOOP("hoshi::sync::SyncEngine", "baseline")},
        {QStringLiteral("review_comment"), QT_TRANSLATE_NOOP("hoshi::sync::SyncEngine", "review comment")},
        {QStringLiteral("sign_off"), QT_TRANSLATE_NOOP("hoshi::sync::SyncEngine", "sign-off")},
    };
    const char *name = names.value(table, nullptr);
    return name ? SyncEngine::tr(name) : table;
}

// The base value of a field: nullopt when the base does not know it (never synchronised, or a
// column a later schema step added).
std::optional<QString> baseValue(const QJsonObject *base, const QString &field)
{
    if (!base || !base->contains(field))
        return std::nullopt;
    const QJsonValue v = base->value(field);
    return v.isNull() ? nullValue() : v.toString();
}

bool unchangedSinceBase(const Record &record, const QJsonObject &base, const QStringList &fields)
{
    for (int i = 0; i < fields.size(); ++i) {
        const std::optional<QString> was = baseValue(&base, fields.at(i));
        if (was && *was != record.values.at(i))
            return false;
    }
    return true;
}

QJsonObject asJson(const QStringList &fields, const QStringList &values)
{
    QJsonObject o;
    for (int i = 0; i < fields.size(); ++i)
        o.insert(fields.at(i), values.at(i) == nullValue() ? QJsonValue() : QJsonValue(values.at(i)));
    return o;
}

QString shown(const QString &value)
{
    return value == nullValue() ? QString() : value;
}

class Merger
{
public:
    Merger(const MergeInput &input, MergeOutcome &outcome) : m_in(input), m_out(outcome) {}

    [[nodiscard]] bool run(QString *problem)
    {
        for (const TableSpec &spec : tableSpecs()) {
            if (spec.kind == TableKind::Setting && !m_in.organisation.isEmpty())
                continue;
            if (!mergeTable(spec, problem))
                return false;
        }
        return true;
    }

private:
    [[nodiscard]] bool inScope(const Record &record) const
    {
        return m_in.organisation.isEmpty() || record.organisation == m_in.organisation;
    }

    std::optional<Resolution> resolutionFor(const QString &id) const
    {
        const auto it = m_in.options->resolutions.constFind(id);
        if (it != m_in.options->resolutions.constEnd())
            return *it;
        if (m_in.options->resolveAll)
            return Resolution{*m_in.options->resolveAll, {}};
        return std::nullopt;
    }

    void addOp(Side to, Op op, const QString &description)
    {
        m_out.items.append({op.table, op.key, description, op.kind, to});
        TableCounts &counts = countsOf(op.table);
        (to == Side::A ? counts.toA : counts.toB) += 1;
        (to == Side::A ? m_out.toA : m_out.toB).append(std::move(op));
    }

    TableCounts &countsOf(const QString &table)
    {
        for (TableCounts &c : m_out.counts) {
            if (c.table == table)
                return c;
        }
        m_out.counts.append({table, 0, 0});
        return m_out.counts.last();
    }

    // The log tables need no base: they are only ever added to.
    void agree(const QString &key, const QStringList &values, const QString &organisation)
    {
        if (tableSpec(m_table)->kind == TableKind::AppendOnly)
            return;
        m_out.agreed[m_table].insert(key, asJson(m_a->fields, values));
        m_out.agreedOrganisation[m_table].insert(key, organisation);
    }

    [[nodiscard]] bool mergeTable(const TableSpec &spec, QString *problem);
    [[nodiscard]] bool mergeBoth(const TableSpec &spec, const Record &a, const Record &b, QString *problem);
    void mergeOne(const TableSpec &spec, const Record &present, Side holder);

    [[nodiscard]] bool parentKept(const TableSpec &spec, const Record &record) const;

    const MergeInput &m_in;
    MergeOutcome &m_out;
    QSet<QString> m_kept; // "table/key" of records a resolution brings back where they were removed
    const TableData *m_a = nullptr;
    const TableData *m_b = nullptr;
    const QHash<QString, QJsonObject> *m_base = nullptr;
    QString m_table;
};

bool Merger::mergeTable(const TableSpec &spec, QString *problem)
{
    m_table = QString::fromLatin1(spec.name);
    m_a = &tableOf(*m_in.a, m_table);
    m_b = &tableOf(*m_in.b, m_table);
    static const QHash<QString, QJsonObject> empty;
    const auto base = m_in.base ? m_in.base->constFind(m_table) : Base::const_iterator();
    m_base = m_in.base && base != m_in.base->constEnd() ? &*base : &empty;
    if (m_a->fields != m_b->fields) {
        *problem = SyncEngine::tr("the two workspaces have different columns in %1; open both with this version of "
                                  "Hoshi first").arg(m_table);
        return false;
    }
    for (const Record &a : m_a->records) {
        const int at = m_b->byKey.value(a.key, -1);
        const Record *b = at >= 0 ? &m_b->records.at(at) : nullptr;
        if (!inScope(a) && !(b && inScope(*b)))
            continue;
        if (b ? !mergeBoth(spec, a, *b, problem) : false)
            return false;
        if (!b)
            mergeOne(spec, a, Side::A);
    }
    for (const Record &b : m_b->records) {
        if (!m_a->byKey.contains(b.key) && inScope(b))
            mergeOne(spec, b, Side::B);
    }
    if (m_in.organisation.isEmpty()) {
        for (auto it = m_base->constBegin(); it != m_base->constEnd(); ++it) {
            if (!m_a->byKey.contains(it.key()) && !m_b->byKey.contains(it.key()))
                m_out.gone[m_table] << it.key();
        }
    }
    return true;
}

// A record only one side holds: new there (copied), or removed on the other side since the base
// (removed here too while unchanged since; a conflict when it was changed).
void Merger::mergeOne(const TableSpec &spec, const Record &present, Side holder)
{
    const Side other = holder == Side::A ? Side::B : Side::A;
    const Record *a = holder == Side::A ? &present : nullptr;
    const Record *b = holder == Side::B ? &present : nullptr;
    const QString description = describeRecord(m_table, a, b, *m_a);
    const auto base = m_base->constFind(present.key);
    if (spec.kind == TableKind::AppendOnly || base == m_base->constEnd()) {
        addOp(other, {m_table, present.key, ChangeKind::Added, {}, {}, {}}, description);
        agree(present.key, present.values, present.organisation);
        return;
    }
    bool removeIt = unchangedSinceBase(present, *base, m_a->fields);
    // The record hangs off one that a resolution keeps (removed on one side, changed on the
    // other, kept): it stays with it rather than being removed as part of the removal.
    if (removeIt && parentKept(spec, present)) {
        m_kept.insert(m_table + QLatin1Char('/') + present.key);
        addOp(other, {m_table, present.key, ChangeKind::Added, {}, {}, {}}, description);
        agree(present.key, present.values, present.organisation);
        return;
    }
    if (!removeIt) {
        const QString id = conflictId(m_table, present.key, QString());
        const std::optional<Resolution> resolution = resolutionFor(id);
        if (!resolution || resolution->choice == Resolution::Choice::Edited) {
            Conflict c{id, m_table, present.key, description, QString(), std::nullopt, {}, {}, false, false};
            (holder == Side::A ? c.bRemoved : c.aRemoved) = true;
            (holder == Side::A ? c.a : c.b) = SyncEngine::tr("changed");
            m_out.conflicts << c;
            return;
        }
        // The side that removed it wins: remove it here too; the side that changed it: copy it back.
        const Side chosen = resolution->choice == Resolution::Choice::A ? Side::A : Side::B;
        removeIt = chosen != holder;
    }
    if (removeIt) {
        addOp(holder, {m_table, present.key, ChangeKind::Removed, {}, {}, {}}, description);
        m_out.gone[m_table] << present.key;
    } else {
        m_kept.insert(m_table + QLatin1Char('/') + present.key);
        addOp(other, {m_table, present.key, ChangeKind::Added, {}, {}, {}}, description);
        agree(present.key, present.values, present.organisation);
    }
}

bool Merger::parentKept(const TableSpec &spec, const Record &record) const
{
    for (const ForeignKey &fk : spec.foreignKeys) {
        const QString &value = record.values.at(m_a->fields.indexOf(QLatin1String(fk.column)));
        if (m_kept.contains(QString::fromLatin1(fk.table) + QLatin1Char('/') + value))
            return true;
    }
    return false;
}

// A record both sides hold: each field changed on one side only goes to the other; a field
// changed on both (to different values) is a conflict unless resolved.
bool Merger::mergeBoth(const TableSpec &spec, const Record &a, const Record &b, QString *problem)
{
    if (spec.kind == TableKind::AppendOnly)
        return true; // never changes once written
    const auto baseIt = m_base->constFind(a.key);
    const QJsonObject *base = baseIt == m_base->constEnd() ? nullptr : &*baseIt;
    Op toA{m_table, a.key, ChangeKind::Changed, {}, {}, {}};
    Op toB = toA;
    QStringList merged = a.values;
    bool unresolved = false;
    for (int i = 0; i < m_a->fields.size(); ++i) {
        const QString &va = a.values.at(i);
        const QString &vb = b.values.at(i);
        if (va == vb)
            continue;
        const QString field = m_a->fields.at(i);
        const std::optional<QString> was = baseValue(base, field);
        if (was && *was == va) {
            toA.fields << i;
            merged[i] = vb;
            continue;
        }
        if (was && *was == vb) {
            toB.fields << i;
            continue;
        }
        // When a record was last changed is not something people disagree about: the later wins.
        if (field == QLatin1String("updated_at")) {
            (va < vb ? toA.fields : toB.fields) << i;
            merged[i] = qMax(va, vb);
            continue;
        }
        const QString id = conflictId(m_table, a.key, field);
        const std::optional<Resolution> resolution = resolutionFor(id);
        if (!resolution) {
            const QString description = describeRecord(m_table, &a, &b, *m_a);
            m_out.conflicts.append({id, m_table, a.key, description, field,
                                    was ? std::optional<QString>(shown(*was)) : std::nullopt, shown(va), shown(vb), false,
                                    false});
            unresolved = true;
            continue;
        }
        if (resolution->choice == Resolution::Choice::A) {
            toB.fields << i;
        } else if (resolution->choice == Resolution::Choice::B) {
            toA.fields << i;
            merged[i] = vb;
        } else {
            bool isReference = va.startsWith(QLatin1String("sha256:"));
            for (const ForeignKey &fk : spec.foreignKeys)
                isReference = isReference || field == QLatin1String(fk.column);
            if (isReference) {
                *problem = SyncEngine::tr("the conflict %1 (%2) can only be resolved with a or b").arg(id, field);
                return false;
            }
            toA.fields << i;
            toB.fields << i;
            toA.edited.insert(i, resolution->value);
            toB.edited.insert(i, resolution->value);
            merged[i] = resolution->value;
        }
    }
    // Each side made the same assessment: both keep the smaller of the two global ids.
    if (!a.gid.isEmpty() && !b.gid.isEmpty() && a.gid != b.gid)
        (a.gid < b.gid ? toB.newGid : toA.newGid) = qMin(a.gid, b.gid);
    const QString description = describeRecord(m_table, &a, &b, *m_a);
    if (!toA.fields.isEmpty() || !toA.newGid.isEmpty())
        addOp(Side::A, toA, description);
    if (!toB.fields.isEmpty() || !toB.newGid.isEmpty())
        addOp(Side::B, toB, description);
    if (!unresolved)
        agree(a.key, merged, a.organisation);
    return true;
}

} // namespace

QString describeRecord(const QString &table, const Record *a, const Record *b, const TableData &data)
{
    const Record *r = a ? a : b;
    const TableSpec *spec = tableSpec(table);
    QString label;
    if (spec && qstrlen(spec->labelColumn) > 0) {
        const int at = int(data.fields.indexOf(QLatin1String(spec->labelColumn)));
        if (at >= 0)
            label = shown(r->values.at(at)).simplified().left(40);
    }
    QString text = typeName(table);
    if (r->localId >= 0)
        text += QLatin1Char(' ') + QString::number(r->localId);
    if (!label.isEmpty())
        text += QStringLiteral(" (%1)").arg(label);
    return text;
}

bool merge(const MergeInput &input, MergeOutcome *outcome, QString *problem)
{
    *outcome = {};
    Merger merger(input, *outcome);
    return merger.run(problem);
}

} // namespace hoshi::sync::detail
