#include "reviewfingerprint.h"

#include "export/declarationjson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hoshi {

QString ReviewFingerprint::of(const DeclarationSnapshot &s)
{
    // BASELINE SEAM: return DeclarationFingerprint::of(s) once core/baseline is merged.
    QJsonArray items;
    for (const Assessment &a : s.assessments) {
        QJsonArray evidence;
        for (const Evidence &e : s.evidence.value(a.itemId)) {
            QJsonArray files;
            for (const EvidenceFile &f : e.files)
                files.append(QJsonArray{f.originalName, f.sha256});
            evidence.append(QJsonObject{{QStringLiteral("id"), e.id},
                                        {QStringLiteral("reference"), e.reference()},
                                        {QStringLiteral("text"), QJsonArray{e.title, e.documentNumber, e.pages,
                                                                            e.chapter, e.url, e.excerpt, e.procedure,
                                                                            e.summary, e.testedOn.toString(Qt::ISODate),
                                                                            e.tester, e.firmwareVersion, e.environment}},
                                        {QStringLiteral("files"), files}});
        }
        items.append(QJsonObject{{QStringLiteral("item"), a.itemId},
                                 {QStringLiteral("verdict"), verdictKey(a.verdict)},
                                 {QStringLiteral("justification"), a.justification},
                                 {QStringLiteral("notes"), a.notes},
                                 {QStringLiteral("evidence"), evidence}});
    }
    const QJsonObject content{{QStringLiteral("organisation"), DeclarationJson::organisationJson(s.organisation)},
                              {QStringLiteral("product"), DeclarationJson::productJson(s.product)},
                              {QStringLiteral("criteria"), s.declaration.criteriaSetId},
                              {QStringLiteral("route"), routeKey(s.declaration.route)},
                              {QStringLiteral("pstiStatement"), s.declaration.pstiStatement},
                              {QStringLiteral("items"), items}};
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(content).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

} // namespace hoshi
