// SPDX-License-Identifier: Apache-2.0
#include "findingsfile.h"

#include "export/cmssigner.h"
#include "export/exporttext.h"
#include "util/errors.h"
#include "util/atomicfile.h"
#include "util/strictjson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace hoshi {

namespace {

const QString FormatName = QStringLiteral("hoshi-findings");
const QString DetachedCms = QStringLiteral("detached-cms");
const QString NoSignature = QStringLiteral("none");

QString stamp(const QDateTime &t)
{
    return ExportText::dateTimeText(t);
}

bool hasControlCharacters(const QString &text, bool allowNewlines)
{
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control && !(allowNewlines && (c == u'\n' || c == u'\t' || c == u'\r')))
            return true;
    }
    return false;
}

// Reads one JSON object field by field and fails on the first thing that is not as the format
// says; `where` names the object in messages ("archive", "findings[3]").
class StrictReader
{
public:
    StrictReader(const QJsonObject &object, QString where, QString *error)
        : m_object(object), m_where(std::move(where)), m_error(error)
    {
    }

    [[nodiscard]] bool allowOnly(const QStringList &keys)
    {
        for (const QString &key : m_object.keys()) {
            if (!keys.contains(key))
                return fail(FindingsFile::tr("%1: unknown field \"%2\".").arg(m_where, key));
        }
        return true;
    }

    // A string; `required` also refuses an empty one.
    [[nodiscard]] bool text(const QString &key, bool required, int maxLength, bool multiline, QString *value)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() && !required) {
            value->clear();
            return true;
        }
        if (!v.isString())
            return fail(FindingsFile::tr("%1: \"%2\" must be a text.").arg(m_where, key));
        *value = v.toString();
        if (required && value->trimmed().isEmpty())
            return fail(FindingsFile::tr("%1: \"%2\" is empty.").arg(m_where, key));
        if (value->size() > maxLength)
            return fail(FindingsFile::tr("%1: \"%2\" is longer than %3 characters.").arg(m_where, key).arg(maxLength));
        if (hasControlCharacters(*value, multiline))
            return fail(FindingsFile::tr("%1: \"%2\" holds control characters.").arg(m_where, key));
        return true;
    }

    [[nodiscard]] bool timestamp(const QString &key, QDateTime *value)
    {
        QString s;
        if (!text(key, true, 64, false, &s))
            return false;
        *value = QDateTime::fromString(s, Qt::ISODate);
        if (!value->isValid() || value->timeSpec() == Qt::LocalTime)
            return fail(FindingsFile::tr("%1: \"%2\" is not a UTC time (YYYY-MM-DDThh:mm:ssZ).").arg(m_where, key));
        return true;
    }

    [[nodiscard]] bool object(const QString &key, QJsonObject *value)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isObject())
            return fail(FindingsFile::tr("%1: \"%2\" is missing or not an object.").arg(m_where, key));
        *value = v.toObject();
        return true;
    }

    [[nodiscard]] bool array(const QString &key, QJsonArray *value)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isArray())
            return fail(FindingsFile::tr("%1: \"%2\" is missing or not a list.").arg(m_where, key));
        *value = v.toArray();
        return true;
    }

    [[nodiscard]] bool positiveInteger(const QString &key, qint64 *value)
    {
        const QJsonValue v = m_object.value(key);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 1 || d != double(qint64(d)) || d > 9e15)
            return fail(FindingsFile::tr("%1: \"%2\" must be a positive whole number.").arg(m_where, key));
        *value = qint64(d);
        return true;
    }

    [[nodiscard]] bool fail(const QString &message)
    {
        if (m_error)
            *m_error = message;
        return false;
    }

private:
    QJsonObject m_object;
    QString m_where;
    QString *m_error;
};

bool readArchive(const QJsonObject &o, FindingsArchiveRef *archive, QString *error)
{
    StrictReader r(o, QStringLiteral("archive"), error);
    if (!r.allowOnly({QStringLiteral("fileName"), QStringLiteral("exportId"), QStringLiteral("payloadManifestSha256")})
        || !r.text(QStringLiteral("fileName"), false, 1000, false, &archive->fileName)
        || !r.text(QStringLiteral("exportId"), true, FindingsFile::MaxNameLength, false, &archive->exportId)
        || !r.text(QStringLiteral("payloadManifestSha256"), true, 64, false, &archive->payloadManifestSha256))
        return false;
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    if (!sha256.match(archive->payloadManifestSha256).hasMatch())
        return r.fail(FindingsFile::tr("archive: \"payloadManifestSha256\" must be 64 lower-case hexadecimal digits."));
    return true;
}

bool readDeclaration(const QJsonObject &o, FindingsDeclarationRef *d, QString *error)
{
    StrictReader r(o, QStringLiteral("declaration"), error);
    if (!r.allowOnly({QStringLiteral("id"), QStringLiteral("createdAt"), QStringLiteral("criteriaSetId"),
                      QStringLiteral("organisation"), QStringLiteral("product"), QStringLiteral("modelNumbers")})
        || !r.positiveInteger(QStringLiteral("id"), &d->declarationId)
        || !r.timestamp(QStringLiteral("createdAt"), &d->createdAt)
        || !r.text(QStringLiteral("criteriaSetId"), true, FindingsFile::MaxNameLength, false, &d->criteriaSetId)
        || !r.text(QStringLiteral("organisation"), false, 1000, false, &d->organisation)
        || !r.text(QStringLiteral("product"), true, 1000, false, &d->product))
        return false;
    QJsonArray models;
    if (!r.array(QStringLiteral("modelNumbers"), &models))
        return false;
    d->modelNumbers.clear();
    for (const QJsonValue &v : models) {
        if (!v.isString() || v.toString().size() > 1000)
            return r.fail(FindingsFile::tr("declaration: \"modelNumbers\" must be a list of texts."));
        d->modelNumbers << v.toString();
    }
    return true;
}

bool readFindings(const QJsonArray &list, QList<Finding> *findings, QString *error)
{
    if (list.size() > FindingsFile::MaxFindings) {
        setError(error, FindingsFile::tr("The file holds %1 findings; at most %2 are accepted.")
                     .arg(list.size())
                     .arg(FindingsFile::MaxFindings));
        return false;
    }
    QSet<QString> seen;
    for (int i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("findings[%1]").arg(i);
        if (!list.at(i).isObject()) {
            setError(error, FindingsFile::tr("%1: must be an object.").arg(where));
            return false;
        }
        StrictReader r(list.at(i).toObject(), where, error);
        Finding f;
        QString status;
        if (!r.allowOnly({QStringLiteral("itemId"), QStringLiteral("status"), QStringLiteral("text")})
            || !r.text(QStringLiteral("itemId"), true, 64, false, &f.itemId)
            || !r.text(QStringLiteral("status"), true, 32, false, &status)
            || !r.text(QStringLiteral("text"), false, FindingsFile::MaxTextLength, true, &f.text))
            return false;
        const std::optional<FindingStatus> s = findingStatusFromKey(status);
        if (!s)
            return r.fail(FindingsFile::tr("%1: unknown status \"%2\" (accepted, question or more-evidence).")
                              .arg(where, status));
        f.status = *s;
        if (f.status != FindingStatus::Accepted && f.text.trimmed().isEmpty())
            return r.fail(FindingsFile::tr("%1: a question or a request for more evidence needs a text.").arg(where));
        if (seen.contains(f.itemId))
            return r.fail(FindingsFile::tr("%1: item %2 has a finding already.").arg(where, f.itemId));
        seen.insert(f.itemId);
        findings->append(f);
    }
    return true;
}

bool readTop(const QJsonObject &o, FindingsDocument *doc, QString *error)
{
    StrictReader r(o, QStringLiteral("findings file"), error);
    if (!r.allowOnly({QStringLiteral("format"), QStringLiteral("formatVersion"), QStringLiteral("archive"),
                      QStringLiteral("declaration"), QStringLiteral("reviewer"), QStringLiteral("createdAt"),
                      QStringLiteral("signature"), QStringLiteral("remarks"), QStringLiteral("findings")}))
        return false;
    if (o.value(QStringLiteral("format")).toString() != FormatName)
        return r.fail(FindingsFile::tr("This is not a Hoshi findings file (\"format\" is not \"%1\").").arg(FormatName));
    qint64 version = 0;
    if (!r.positiveInteger(QStringLiteral("formatVersion"), &version))
        return false;
    if (version > FindingsFile::FormatVersion)
        return r.fail(FindingsFile::tr("The findings file has format version %1; this Hoshi reads version %2. "
                                       "Update Hoshi to import it.")
                          .arg(version)
                          .arg(FindingsFile::FormatVersion));
    QJsonObject archive, declaration;
    QJsonArray findings;
    QString signature;
    if (!r.object(QStringLiteral("archive"), &archive) || !readArchive(archive, &doc->archive, error)
        || !r.object(QStringLiteral("declaration"), &declaration)
        || !readDeclaration(declaration, &doc->declaration, error)
        || !r.text(QStringLiteral("reviewer"), true, FindingsFile::MaxNameLength, false, &doc->reviewer)
        || !r.timestamp(QStringLiteral("createdAt"), &doc->createdAt)
        || !r.text(QStringLiteral("signature"), true, 32, false, &signature)
        || !r.text(QStringLiteral("remarks"), false, FindingsFile::MaxTextLength, true, &doc->remarks)
        || !r.array(QStringLiteral("findings"), &findings) || !readFindings(findings, &doc->findings, error))
        return false;
    if (signature != DetachedCms && signature != NoSignature)
        return r.fail(FindingsFile::tr("findings file: \"signature\" must be \"none\" or \"detached-cms\"."));
    doc->signedDetached = signature == DetachedCms;
    if (doc->findings.isEmpty() && doc->remarks.trimmed().isEmpty())
        return r.fail(FindingsFile::tr("The findings file holds no findings and no remarks."));
    return true;
}

} // namespace

QByteArray FindingsFile::toBytes(const FindingsDocument &d)
{
    QJsonArray findings;
    for (const Finding &f : d.findings) {
        findings.append(QJsonObject{{QStringLiteral("itemId"), f.itemId},
                                    {QStringLiteral("status"), findingStatusKey(f.status)},
                                    {QStringLiteral("text"), f.text}});
    }
    const QJsonObject archive{{QStringLiteral("fileName"), d.archive.fileName},
                              {QStringLiteral("exportId"), d.archive.exportId},
                              {QStringLiteral("payloadManifestSha256"), d.archive.payloadManifestSha256}};
    const QJsonObject declaration{{QStringLiteral("id"), d.declaration.declarationId},
                                  {QStringLiteral("createdAt"), stamp(d.declaration.createdAt)},
                                  {QStringLiteral("criteriaSetId"), d.declaration.criteriaSetId},
                                  {QStringLiteral("organisation"), d.declaration.organisation},
                                  {QStringLiteral("product"), d.declaration.product},
                                  {QStringLiteral("modelNumbers"), QJsonArray::fromStringList(d.declaration.modelNumbers)}};
    const QJsonObject o{{QStringLiteral("format"), FormatName},
                        {QStringLiteral("formatVersion"), FormatVersion},
                        {QStringLiteral("archive"), archive},
                        {QStringLiteral("declaration"), declaration},
                        {QStringLiteral("reviewer"), d.reviewer},
                        {QStringLiteral("createdAt"), stamp(d.createdAt)},
                        {QStringLiteral("signature"), d.signedDetached ? DetachedCms : NoSignature},
                        {QStringLiteral("remarks"), d.remarks},
                        {QStringLiteral("findings"), findings}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::optional<FindingsDocument> FindingsFile::fromBytes(const QByteArray &json, QString *error)
{
    QString problem;
    const std::optional<QJsonDocument> doc = readStrictJson(json, &problem);
    if (!doc || !doc->isObject()) {
        setError(error, doc ? tr("The findings file is not a JSON object.") : tr("The findings file is refused: %1.").arg(problem));
        return std::nullopt;
    }
    FindingsDocument result;
    if (!readTop(doc->object(), &result, error))
        return std::nullopt;
    return result;
}

QString FindingsFile::pathForArchive(const QString &archivePath)
{
    QString stem = archivePath;
    if (stem.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        stem.chop(4);
    return stem + QStringLiteral("-findings.json");
}

QString FindingsFile::signaturePath(const QString &findingsPath)
{
    return findingsPath + QStringLiteral(".p7s");
}

bool FindingsFile::write(const QString &path, FindingsDocument document, const CmsSigner *signer, QString *error)
{
    document.signedDetached = signer != nullptr;
    const QByteArray bytes = toBytes(document);
    QByteArray signature;
    if (signer && !signer->sign(bytes, &signature, error))
        return false;
    // The signature goes first: a crash in between leaves an old file with a signature that
    // does not match it, which reading refuses, rather than new findings that pass unsigned.
    const QString p7s = signaturePath(path);
    if (signer) {
        if (!AtomicFile::write(p7s, signature, error))
            return false;
    } else if (QFile::exists(p7s) && !QFile::remove(p7s)) {
        setError(error, tr("Cannot remove the old signature %1.").arg(p7s));
        return false;
    }
    return AtomicFile::write(path, bytes, error);
}

std::optional<LoadedFindings> FindingsFile::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, tr("Cannot open %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    if (file.size() > MaxFileSize) {
        setError(error, tr("%1 is larger than a findings file can be (%2 MiB).").arg(path).arg(MaxFileSize >> 20));
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    QString problem;
    std::optional<FindingsDocument> doc = fromBytes(bytes, &problem);
    if (!doc) {
        setError(error, tr("%1 is not a valid findings file: %2").arg(QFileInfo(path).fileName(), problem));
        return std::nullopt;
    }
    LoadedFindings loaded{*doc, {}};
    const QString p7s = signaturePath(path);
    if (!QFile::exists(p7s)) {
        if (doc->signedDetached) {
            setError(error, tr("%1 says it is signed, but its signature %2 is missing. The file is not imported.")
                         .arg(QFileInfo(path).fileName(), QFileInfo(p7s).fileName()));
            return std::nullopt;
        }
        return loaded;
    }
    QFile signatureFile(p7s);
    if (!signatureFile.open(QIODevice::ReadOnly) || signatureFile.size() > MaxFileSize) {
        setError(error, tr("Cannot read the signature %1.").arg(p7s));
        return std::nullopt;
    }
    loaded.signature = SignatureCheck::verify(signatureFile.readAll(), bytes);
    if (loaded.signature.state != SignatureInfo::State::Valid) {
        setError(error, tr("The signature of %1 does not verify: the file was changed after it was signed, or the "
                    "signature belongs to another file (%2).")
                     .arg(QFileInfo(path).fileName(), loaded.signature.problem));
        return std::nullopt;
    }
    return loaded;
}

} // namespace hoshi
