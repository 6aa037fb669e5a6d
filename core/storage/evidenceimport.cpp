// SPDX-License-Identifier: Apache-2.0
#include "evidenceimport.h"

#include "workspace.h"
#include "util/errors.h"
#include "util/strictjson.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace hoshi {

namespace {

struct TextKey {
    const char *key;
    QString Evidence::*member;
};

const TextKey textKeys[] = {
    {"title", &Evidence::title},
    {"docNumber", &Evidence::documentNumber},
    {"page", &Evidence::pages},
    {"chapter", &Evidence::chapter},
    {"url", &Evidence::url},
    {"excerpt", &Evidence::excerpt},
    {"procedure", &Evidence::procedure},
    {"summary", &Evidence::summary},
    {"tester", &Evidence::tester},
    {"firmwareVersion", &Evidence::firmwareVersion},
    {"environment", &Evidence::environment},
    {"tool", &Evidence::tool},
    {"toolVersion", &Evidence::toolVersion},
    {"target", &Evidence::target},
    {"firmwareImageSha256", &Evidence::firmwareImageSha256},
};

struct DateKey {
    const char *key;
    QDate Evidence::*member;
};

const DateKey dateKeys[] = {
    {"testedOn", &Evidence::testedOn},
    {"effectiveOn", &Evidence::effectiveOn},
    {"reviewBy", &Evidence::reviewBy},
};

bool isDateKey(const QString &key)
{
    for (const DateKey &d : dateKeys) {
        if (key == QLatin1String(d.key))
            return true;
    }
    return false;
}

// Exactly YYYY-MM-DD and a real day: a lab script's "2025-2-30" or "10/01/2025" is refused,
// not read as something else.
bool readDates(const QJsonObject &o, Evidence *evidence, QString *problem)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    for (const DateKey &d : dateKeys) {
        const QString key = QLatin1String(d.key);
        if (!o.contains(key))
            continue;
        const QString text = o.value(key).toString();
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!shape.match(text).hasMatch() || !date.isValid()) {
            *problem = EvidenceImport::tr("\"%1\" must be a date as YYYY-MM-DD, not \"%2\"").arg(key, text);
            return false;
        }
        evidence->*d.member = date;
    }
    if (ShelfLife::checkDates(*evidence, problem))
        return true;
    if (problem->endsWith(QLatin1Char('.')))
        problem->chop(1); // the record's message adds its own full stop
    return false;
}

// What sha256sum prints for the firmware image the test ran on.
bool checkImageHash(const QString &hash, QString *problem)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    if (hash.isEmpty() || hex.match(hash).hasMatch())
        return true;
    *problem = EvidenceImport::tr("\"firmwareImageSha256\" must be 64 hexadecimal digits, not \"%1\"").arg(hash);
    return false;
}

bool isTextKey(const QString &key)
{
    for (const TextKey &t : textKeys) {
        if (key == QLatin1String(t.key))
            return true;
    }
    return false;
}

// A JSON array of strings; false when the value is anything else.
bool stringList(const QJsonValue &value, QStringList *list)
{
    if (!value.isArray())
        return false;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString() || v.toString().trimmed().isEmpty())
            return false;
        *list << v.toString().trimmed();
    }
    return true;
}

// Reads one record; the message says what is wrong without the record number (the caller adds it).
bool parseRecord(const QJsonValue &value, const QDir &base, EvidenceImportRecord *record, QString *problem)
{
    if (!value.isObject()) {
        *problem = EvidenceImport::tr("it is not a JSON object");
        return false;
    }
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const bool known = isTextKey(key) || isDateKey(key) || key == QLatin1String("kind") || key == QLatin1String("items")
                           || key == QLatin1String("files");
        if (!known) {
            *problem = EvidenceImport::tr("unknown key \"%1\"").arg(key);
            return false;
        }
        if (isTextKey(key) || isDateKey(key) || key == QLatin1String("kind")) {
            if (!it.value().isString()) {
                *problem = EvidenceImport::tr("\"%1\" must be a string").arg(key);
                return false;
            }
        }
    }
    const std::optional<EvidenceKind> kind = evidenceKindFromKey(o.value(QLatin1String("kind")).toString());
    if (!kind) {
        *problem = EvidenceImport::tr("\"kind\" must be \"document\" or \"device-test\"");
        return false;
    }
    record->evidence.kind = *kind;
    if (!stringList(o.value(QLatin1String("items")), &record->items) || record->items.isEmpty()) {
        *problem = EvidenceImport::tr("\"items\" must be a non-empty array of item ids");
        return false;
    }
    for (const TextKey &t : textKeys)
        record->evidence.*t.member = o.value(QLatin1String(t.key)).toString();
    if (!readDates(o, &record->evidence, problem) || !checkImageHash(record->evidence.firmwareImageSha256, problem))
        return false;
    record->evidence.firmwareImageSha256 = record->evidence.firmwareImageSha256.toLower();
    QStringList files;
    if (o.contains(QLatin1String("files")) && !stringList(o.value(QLatin1String("files")), &files)) {
        *problem = EvidenceImport::tr("\"files\" must be an array of file paths");
        return false;
    }
    for (const QString &f : files)
        record->files << QDir::cleanPath(base.absoluteFilePath(f));
    return true;
}

} // namespace

bool EvidenceImport::parse(const QByteArray &json, const QString &baseDir, QList<EvidenceImportRecord> *records,
                           QString *error)
{
    QString problem;
    const std::optional<QJsonDocument> parsed = readStrictJson(json, &problem);
    if (!parsed) {
        setError(error, tr("The import file is refused: %1.").arg(problem));
        return false;
    }
    const QJsonDocument &doc = *parsed;
    if (!doc.isArray()) {
        setError(error, tr("The import file must hold a JSON array of evidence records."));
        return false;
    }
    const QDir base(baseDir);
    const QJsonArray array = doc.array();
    records->clear();
    for (qsizetype i = 0; i < array.size(); ++i) {
        EvidenceImportRecord record;
        QString problem;
        if (!parseRecord(array.at(i), base, &record, &problem)) {
            setError(error, tr("Record %1: %2. Nothing was imported.").arg(i + 1).arg(problem));
            return false;
        }
        *records << record;
    }
    if (records->isEmpty()) {
        setError(error, tr("The import file holds no evidence records."));
        return false;
    }
    return true;
}

bool EvidenceImport::run(Workspace &workspace, qint64 declarationId, const QList<EvidenceImportRecord> &records,
                         QList<qint64> *ids, QString *error)
{
    QList<qint64> added;
    const bool ok = workspace.inOneTransaction(
        [&](QString *problem) {
            for (qsizetype i = 0; i < records.size(); ++i) {
                const EvidenceImportRecord &r = records.at(i);
                QString why;
                const qint64 id = workspace.addEvidence(declarationId, r.items, r.evidence, &why);
                bool filesOk = id >= 0;
                for (qsizetype f = 0; filesOk && f < r.files.size(); ++f)
                    filesOk = workspace.attachFile(id, r.files.at(f), &why) >= 0;
                if (!filesOk) {
                    *problem = tr("Record %1: %2 Nothing was imported.").arg(i + 1).arg(why);
                    return false;
                }
                added << id;
            }
            return true;
        },
        error);
    if (ok && ids)
        *ids = added;
    return ok;
}

} // namespace hoshi
