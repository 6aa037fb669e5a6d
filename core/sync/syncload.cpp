// SPDX-License-Identifier: Apache-2.0
// Reading one side of a synchronisation into its compared form (syncmodel.h). Which tables take
// part, and how each is matched, is listed once in tableSpecs(); columns are read from the schema
// at run time, so a column a later step adds takes part without anyone touching this file.
#include "syncmodel.h"

#include "util/hashstream.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace hoshi::sync::detail {

namespace {

constexpr bool Soft = true;

} // namespace

const QList<TableSpec> &tableSpecs()
{
    static const QList<TableSpec> specs = {
        {"workspace_setting", TableKind::Setting, {"key"}, {}, "", "key"},
        {"organisation", TableKind::Entity, {}, {}, "", "name"},
        {"product", TableKind::Entity, {}, {{"organisation_id", "organisation", false}}, "organisation_id", "name"},
        {"declaration", TableKind::Entity, {}, {{"product_id", "product", false}}, "product_id", "criteria_set_id"},
        {"declaration_name", TableKind::Keyed, {"declaration_id"}, {{"declaration_id", "declaration", false}},
         "declaration_id", "name"},
        {"point_overlay", TableKind::Keyed, {"declaration_id"}, {{"declaration_id", "declaration", false}},
         "declaration_id", ""},
        // Named by its declaration and item (product scope) or its organisation, criteria data
        // and item (vendor scope): two copies that each answered an item hold the same record.
        {"assessment", TableKind::Keyed, {}, {{"declaration_id", "declaration", false}, {"organisation_id", "organisation", false}},
         "declaration_id|organisation_id", "item_id"},
        {"point_choice", TableKind::Keyed, {"assessment_id", "point_id"}, {{"assessment_id", "assessment", false}},
         "assessment_id", "point_id"},
        {"evidence", TableKind::Entity, {}, {{"organisation_id", "organisation", false}, {"superseded_by", "evidence", Soft}},
         "organisation_id", "title"},
        {"evidence_link", TableKind::Keyed, {"evidence_id", "assessment_id"},
         {{"evidence_id", "evidence", false}, {"assessment_id", "assessment", false}}, "evidence_id", ""},
        {"point_link", TableKind::Keyed, {"evidence_id", "assessment_id", "point_id"},
         {{"evidence_id", "evidence", false}, {"assessment_id", "assessment", false}}, "evidence_id", "point_id"},
        {"psti_statement", TableKind::Keyed, {"declaration_id"},
         {{"declaration_id", "declaration", false}, {"evidence_id", "evidence", false}}, "declaration_id", ""},
        {"evidence_file", TableKind::Entity, {}, {{"evidence_id", "evidence", false}, {"blob_id", "blob", false}},
         "evidence_id", "original_name"},
        {"declaration_form", TableKind::Keyed, {"declaration_id"},
         {{"declaration_id", "declaration", false}, {"blob_id", "blob", false}}, "declaration_id", "original_name"},
        {"history", TableKind::AppendOnly, {},
         {{"declaration_id", "declaration", Soft}, {"organisation_id", "organisation", Soft}},
         "declaration_id|organisation_id", "action"},
        {"baseline", TableKind::AppendOnly, {}, {{"declaration_id", "declaration", false}}, "declaration_id", "kind"},
        {"review_comment", TableKind::Entity, {}, {{"declaration_id", "declaration", false}}, "declaration_id", "text"},
        {"sign_off", TableKind::AppendOnly, {}, {{"declaration_id", "declaration", false}, {"history_id", "history", Soft}},
         "declaration_id", "state"},
    };
    return specs;
}

const TableSpec *tableSpec(const QString &name)
{
    for (const TableSpec &spec : tableSpecs()) {
        if (name == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

QString comparedValue(const QVariant &value)
{
    if (value.isNull())
        return nullValue();
    if (value.typeId() == QMetaType::QByteArray) {
        HashStream hash;
        hash.addData(value.toByteArray());
        return QStringLiteral("sha256:") + hash.hexResult();
    }
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 17);
    return value.toString();
}

namespace {

class Loader
{
public:
    Loader(const QSqlDatabase &db, SideData &side) : m_db(db), m_side(side) {}

    [[nodiscard]] bool run(QString *problem)
    {
        if (!loadBlobs(problem))
            return false;
        for (const TableSpec &spec : tableSpecs()) {
            if (!loadTable(spec, problem))
                return false;
        }
        return true;
    }

private:
    [[nodiscard]] bool loadBlobs(QString *problem)
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, sha256, size FROM blob WHERE sha256 IS NOT NULL"))) {
            *problem = q.lastError().text();
            return false;
        }
        while (q.next()) {
            m_side.shaOfBlob.insert(q.value(0).toLongLong(), q.value(1).toString());
            m_side.sizeOfSha.insert(q.value(1).toString(), q.value(2).toLongLong());
        }
        return true;
    }

    // The key of the record an integer names, or "#id" when it names nothing this side knows.
    QString referenced(const ForeignKey &fk, const QVariant &raw) const
    {
        if (raw.isNull())
            return nullValue();
        const qint64 id = raw.toLongLong();
        if (qstrcmp(fk.table, "blob") == 0)
            return m_side.shaOfBlob.value(id, QStringLiteral("#%1").arg(id));
        const TableData &parent = tableOf(m_side, QString::fromLatin1(fk.table));
        return parent.keyOfId.value(id, QStringLiteral("#%1").arg(id));
    }

    QString organisationOf(const TableSpec &spec, const TableData &data, const Record &record) const
    {
        if (qstrcmp(spec.name, "organisation") == 0)
            return record.key;
        const QStringList columns = QString::fromLatin1(spec.organisationFrom).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        for (const QString &column : columns) {
            const ForeignKey *fk = nullptr;
            for (const ForeignKey &f : spec.foreignKeys) {
                if (column == QLatin1String(f.column))
                    fk = &f;
            }
            const QString &value = record.values.at(data.fields.indexOf(column));
            if (!fk || value == nullValue() || value.startsWith(QLatin1Char('#')))
                continue;
            const QString table = QString::fromLatin1(fk->table);
            if (table == QLatin1String("organisation"))
                return value;
            const TableData &parent = tableOf(m_side, table);
            const int at = parent.byKey.value(value, -1);
            if (at >= 0)
                return parent.records.at(at).organisation;
        }
        return {};
    }

    QString keyOf(const TableSpec &spec, const TableData &data, const Record &record) const
    {
        if (spec.kind == TableKind::Entity || spec.kind == TableKind::AppendOnly)
            return record.gid;
        const auto value = [&](const char *column) { return record.values.at(data.fields.indexOf(QLatin1String(column))); };
        if (qstrcmp(spec.name, "assessment") == 0) {
            return value("declaration_id") != nullValue()
                       ? QStringLiteral("d/%1/%2").arg(value("declaration_id"), value("item_id"))
                       : QStringLiteral("o/%1/%2/%3/%4")
                             .arg(value("organisation_id"), value("criteria_set_id"), value("criteria_data_revision"),
                                  value("item_id"));
        }
        QStringList parts;
        for (const char *column : spec.keyColumns)
            parts << value(column);
        return parts.join(QLatin1Char('/'));
    }

    [[nodiscard]] bool loadTable(const TableSpec &spec, QString *problem)
    {
        const QString name = QString::fromLatin1(spec.name);
        TableData &data = m_side.tables[name];
        const QSqlRecord columns = m_db.record(name);
        if (columns.isEmpty()) {
            *problem = QCoreApplication::translate("hoshi::sync::SyncEngine", "the table %1 is missing").arg(name);
            return false;
        }
        QStringList selected;
        for (int i = 0; i < columns.count(); ++i) {
            const QString column = columns.fieldName(i);
            if (column == QLatin1String("id"))
                data.hasId = true;
            else if (column == QLatin1String("row_version"))
                data.hasRowVersion = true;
            else if (column != QLatin1String("gid"))
                data.fields << column;
        }
        data.fields.sort(); // the same order on both sides, whatever order the columns were added in
        const bool hasGid = columns.contains(QStringLiteral("gid"));
        if (!data.hasId) {
            for (const char *column : spec.keyColumns)
                data.primaryKey << QString::fromLatin1(column);
        }
        selected << data.fields;
        if (data.hasId)
            selected << QStringLiteral("id");
        if (hasGid)
            selected << QStringLiteral("gid");
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                        .arg(selected.join(QStringLiteral(", ")), name, data.hasId ? QStringLiteral("id") : QStringLiteral("1")))) {
            *problem = q.lastError().text();
            return false;
        }
        QHash<QString, const ForeignKey *> fkOf;
        for (const ForeignKey &fk : spec.foreignKeys)
            fkOf.insert(QString::fromLatin1(fk.column), &fk);
        const int fieldCount = int(data.fields.size());
        while (q.next()) {
            Record record;
            for (int i = 0; i < fieldCount; ++i) {
                const QVariant raw = q.value(i);
                const ForeignKey *fk = fkOf.value(data.fields.at(i));
                if (raw.typeId() == QMetaType::QByteArray && !data.byteFields.contains(i))
                    data.byteFields << i;
                record.values << (fk ? referenced(*fk, raw) : comparedValue(raw));
                record.raw << (raw.typeId() == QMetaType::QByteArray ? QVariant() : raw);
            }
            if (data.hasId)
                record.localId = q.value(fieldCount).toLongLong();
            if (hasGid)
                record.gid = q.value(fieldCount + (data.hasId ? 1 : 0)).toString();
            for (const QString &column : std::as_const(data.primaryKey))
                record.where << q.value(int(data.fields.indexOf(column)));
            record.key = keyOf(spec, data, record);
            record.organisation = organisationOf(spec, data, record);
            if (data.hasId)
                data.keyOfId.insert(record.localId, record.key);
            data.byKey.insert(record.key, int(data.records.size()));
            data.records << std::move(record);
        }
        return true;
    }

    const QSqlDatabase &m_db;
    SideData &m_side;
};

} // namespace

bool loadSide(const QSqlDatabase &db, SideData *side, QString *problem)
{
    *side = {};
    Loader loader(db, *side);
    return loader.run(problem);
}

} // namespace hoshi::sync::detail
