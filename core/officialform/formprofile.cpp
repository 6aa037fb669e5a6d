// SPDX-License-Identifier: Apache-2.0
#include "formprofile.h"

#include "util/jsonduplicatekeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace hoshi::officialform {

namespace {

bool plainSheetName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.]*$"));
    return plain.match(name).hasMatch() && !CellRef::parseA1(name, nullptr, nullptr);
}

} // namespace

QString CellRef::columnName(int column)
{
    QString name;
    while (column > 0) {
        const int rest = (column - 1) % 26;
        name.prepend(QChar(u'A' + rest));
        column = (column - 1) / 26;
    }
    return name;
}

QString CellRef::a1() const
{
    return columnName(column) + QString::number(row);
}

QString CellRef::quotedSheet(const QString &sheet)
{
    if (plainSheetName(sheet))
        return sheet;
    return QLatin1Char('\'') + QString(sheet).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

QString CellRef::toString() const
{
    if (!isValid())
        return {};
    return quotedSheet(sheet) + QLatin1Char('!') + a1();
}

bool CellRef::parseA1(const QString &a1, int *row, int *column)
{
    int i = 0;
    const int n = int(a1.size());
    if (i < n && a1.at(i) == u'$')
        ++i;
    qint64 col = 0;
    int letters = 0;
    while (i < n && a1.at(i) >= u'A' && a1.at(i) <= u'Z' && letters < 3) {
        col = col * 26 + (a1.at(i).unicode() - u'A' + 1);
        ++i;
        ++letters;
    }
    if (letters == 0)
        return false;
    if (i < n && a1.at(i) == u'$')
        ++i;
    qint64 r = 0;
    int digits = 0;
    while (i < n && a1.at(i) >= u'0' && a1.at(i) <= u'9' && digits < 8) {
        r = r * 10 + (a1.at(i).unicode() - u'0');
        ++i;
        ++digits;
    }
    if (digits == 0 || i != n || r < 1 || r > 1048576 || col > 16384)
        return false;
    if (row)
        *row = int(r);
    if (column)
        *column = int(col);
    return true;
}

std::optional<CellRef> CellRef::parse(const QString &text)
{
    const qsizetype bang = text.lastIndexOf(QLatin1Char('!'));
    if (bang <= 0)
        return std::nullopt;
    QString sheet = text.left(bang);
    if (sheet.startsWith(QLatin1Char('\''))) {
        if (sheet.size() < 3 || !sheet.endsWith(QLatin1Char('\'')))
            return std::nullopt;
        sheet = sheet.mid(1, sheet.size() - 2);
        if (sheet.replace(QStringLiteral("''"), QStringLiteral("\x01")).contains(QLatin1Char('\'')))
            return std::nullopt;
        sheet.replace(QChar(1), QLatin1Char('\''));
    } else if (!plainSheetName(sheet)) {
        return std::nullopt;
    }
    CellRef ref;
    ref.sheet = sheet;
    if (!parseA1(text.mid(bang + 1), &ref.row, &ref.column))
        return std::nullopt;
    return ref;
}

QString originKey(Origin origin)
{
    return origin == Origin::User ? QStringLiteral("user") : QStringLiteral("detected");
}

namespace {

struct RoleKey {
    CellRole role;
    const char *key;
};
constexpr RoleKey RoleKeys[] = {{CellRole::None, "none"},         {CellRole::ItemId, "item-id"},
                                {CellRole::Point, "point"},       {CellRole::Verdict, "verdict"},
                                {CellRole::Evidence, "evidence"}, {CellRole::Reason, "reason"},
                                {CellRole::Remarks, "remarks"},   {CellRole::Field, "field"}};

} // namespace

QString cellRoleKey(CellRole role)
{
    for (const RoleKey &k : RoleKeys) {
        if (k.role == role)
            return QString::fromLatin1(k.key);
    }
    return {};
}

std::optional<CellRole> cellRoleFromKey(const QString &key)
{
    for (const RoleKey &k : RoleKeys) {
        if (key == QLatin1String(k.key))
            return k.role;
    }
    return std::nullopt;
}

QString cellRoleName(CellRole role)
{
    switch (role) {
    case CellRole::None: return FormProfileJson::tr("No role");
    case CellRole::ItemId: return FormProfileJson::tr("Item id");
    case CellRole::Point: return FormProfileJson::tr("Evaluation point");
    case CellRole::Verdict: return FormProfileJson::tr("Verdict");
    case CellRole::Evidence: return FormProfileJson::tr("Evidence reference");
    case CellRole::Reason: return FormProfileJson::tr("Reason for not applicable");
    case CellRole::Remarks: return FormProfileJson::tr("Remarks");
    case CellRole::Field: return FormProfileJson::tr("Field");
    }
    return {};
}

QStringList FieldKey::all()
{
    return {QStringLiteral("product.name"),
            QStringLiteral("product.modelNumbers"),
            QStringLiteral("manufacturer.name"),
            QStringLiteral("manufacturer.corporateNumber"),
            QStringLiteral("product.firmwareVersion"),
            QStringLiteral("declaration.evaluationCompletedOn"),
            QStringLiteral("criteria.id"),
            QStringLiteral("manufacturer.contact")};
}

QString FieldKey::name(const QString &key)
{
    if (key == QLatin1String("product.name"))
        return FormProfileJson::tr("Product name");
    if (key == QLatin1String("product.modelNumbers"))
        return FormProfileJson::tr("Model number");
    if (key == QLatin1String("manufacturer.name"))
        return FormProfileJson::tr("Manufacturer");
    if (key == QLatin1String("manufacturer.corporateNumber"))
        return FormProfileJson::tr("Corporate number");
    if (key == QLatin1String("product.firmwareVersion"))
        return FormProfileJson::tr("Firmware version");
    if (key == QLatin1String("declaration.evaluationCompletedOn"))
        return FormProfileJson::tr("Evaluation completion date");
    if (key == QLatin1String("criteria.id"))
        return FormProfileJson::tr("Criteria");
    if (key == QLatin1String("manufacturer.contact"))
        return FormProfileJson::tr("Contact");
    return key;
}

CellRef FormItem::cell(CellRole role) const
{
    switch (role) {
    case CellRole::ItemId: return idCell;
    case CellRole::Verdict: return verdictCell;
    case CellRole::Evidence: return evidenceCell;
    case CellRole::Reason: return reasonCell;
    case CellRole::Remarks: return remarksCell;
    default: return {};
    }
}

std::optional<QString> FormVocabulary::wordFor(Verdict verdict) const
{
    for (const VocabularyEntry &e : entries) {
        if (e.verdict == verdict)
            return e.word;
    }
    return std::nullopt;
}

const FormItem *FormProfile::item(const QString &itemId) const
{
    for (const FormItem &i : items) {
        if (i.itemId == itemId)
            return &i;
    }
    return nullptr;
}

FormItem *FormProfile::item(const QString &itemId)
{
    for (FormItem &i : items) {
        if (i.itemId == itemId)
            return &i;
    }
    return nullptr;
}

const FormField *FormProfile::field(const QString &key) const
{
    for (const FormField &f : fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

// ---- JSON ------------------------------------------------------------------------------------

namespace {

QJsonValue cellJson(const CellRef &ref)
{
    return ref.isValid() ? QJsonValue(ref.toString()) : QJsonValue(QJsonValue::Null);
}

QJsonObject itemJson(const FormItem &item)
{
    QJsonArray points;
    for (const FormPoint &p : item.points) {
        points.append(QJsonObject{{QStringLiteral("number"), p.number},
                                  {QStringLiteral("textCell"), cellJson(p.textCell)},
                                  {QStringLiteral("text"), p.text},
                                  {QStringLiteral("verdictCell"), cellJson(p.verdictCell)},
                                  {QStringLiteral("origin"), originKey(p.origin)}});
    }
    return {{QStringLiteral("id"), item.itemId},
            {QStringLiteral("sheet"), item.sheet},
            {QStringLiteral("rows"), QJsonArray{item.firstRow, item.lastRow}},
            {QStringLiteral("idCell"), cellJson(item.idCell)},
            {QStringLiteral("verdictCell"), cellJson(item.verdictCell)},
            {QStringLiteral("evidenceCell"), cellJson(item.evidenceCell)},
            {QStringLiteral("reasonCell"), cellJson(item.reasonCell)},
            {QStringLiteral("remarksCell"), cellJson(item.remarksCell)},
            {QStringLiteral("points"), points},
            {QStringLiteral("origin"), originKey(item.origin)}};
}

} // namespace

QJsonObject FormProfileJson::toJson(const FormProfile &profile)
{
    QJsonArray items;
    for (const FormItem &item : profile.items)
        items.append(itemJson(item));
    QJsonArray fields;
    for (const FormField &f : profile.fields) {
        fields.append(QJsonObject{{QStringLiteral("key"), f.key},
                                  {QStringLiteral("label"), f.label},
                                  {QStringLiteral("labelCell"), cellJson(f.labelCell)},
                                  {QStringLiteral("valueCell"), cellJson(f.valueCell)},
                                  {QStringLiteral("origin"), originKey(f.origin)}});
    }
    QJsonArray words;
    for (const VocabularyEntry &e : profile.vocabulary.entries)
        words.append(QJsonObject{{QStringLiteral("verdict"), verdictKey(e.verdict)}, {QStringLiteral("word"), e.word}});
    const QJsonObject vocabulary{{QStringLiteral("words"), words},
                                 {QStringLiteral("list"), QJsonArray::fromStringList(profile.vocabulary.listValues)},
                                 {QStringLiteral("source"), profile.vocabulary.source},
                                 {QStringLiteral("origin"), originKey(profile.vocabulary.origin)}};
    return {{QStringLiteral("format"), QStringLiteral("hoshi-form-profile")},
            {QStringLiteral("formatVersion"), FormProfile::FormatVersion},
            {QStringLiteral("template"), QJsonObject{{QStringLiteral("name"), profile.templateName},
                                                     {QStringLiteral("sha256"), profile.templateSha256}}},
            {QStringLiteral("criteriaSetId"), profile.criteriaSetId},
            {QStringLiteral("items"), items},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("vocabulary"), vocabulary}};
}

QByteArray FormProfileJson::toBytes(const FormProfile &profile)
{
    return QJsonDocument(toJson(profile)).toJson(QJsonDocument::Indented);
}

bool FormProfileJson::fromBytes(const QByteArray &json, FormProfile *profile, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (json.size() > MaxBytes)
        return fail(tr("The form profile is larger than %1 bytes.").arg(MaxBytes));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("The form profile is not valid JSON (offset %1): %2").arg(parseError.offset).arg(parseError.errorString()));
    const QList<JsonDuplicateKeys::Duplicate> duplicates = JsonDuplicateKeys::find(json);
    if (!duplicates.isEmpty())
        return fail(tr("%1: the key \"%2\" appears twice.").arg(duplicates.first().pointer, duplicates.first().key));
    if (!doc.isObject())
        return fail(tr("/: the form profile must be a JSON object."));
    return fromJson(doc.object(), profile, error);
}

} // namespace hoshi::officialform
