// SPDX-License-Identifier: Apache-2.0
#include "findingsimporter.h"

#include "domain/baseline.h"
#include "domain/review.h"
#include "export/exporttext.h"
#include "storage/workspace.h"
#include "util/errors.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace hoshi {

namespace {

QString stamp(const QDateTime &t)
{
    return ExportText::dateTimeText(t);
}

bool hasExportBaselines(const Workspace &ws, qint64 declarationId)
{
    return ws.latestBaseline(declarationId, BaselineKind::Export).has_value();
}

// Same declaration: the id, the creation time and the criteria set are what an archive's
// declaration.json carries that a rename or a later edit does not change.
bool sameIdentity(const Declaration &d, const FindingsDeclarationRef &ref)
{
    // An archive exported before schema step 8 may name Hoshi's former "<official id>-rev<N>" id
    // for what is now data revision N of the official id: the same set.
    static const QRegularExpression formerRevisionSuffix(QStringLiteral("-rev[0-9]+$"));
    return d.id == ref.declarationId && stamp(d.createdAt) == stamp(ref.createdAt)
           && d.criteriaSetId == QString(ref.criteriaSetId).remove(formerRevisionSuffix);
}

QString describe(const FindingsDeclarationRef &ref)
{
    return FindingsImporter::tr("declaration %1 (%2, %3)").arg(ref.declarationId).arg(ref.product, ref.criteriaSetId);
}

// Finds the declaration the findings are about; refuses the file for another archive or declaration.
std::optional<qint64> matchDeclaration(const Workspace &ws, const FindingsDocument &doc, bool *byExport,
                                       QString *error)
{
    const FindingsDeclarationRef &ref = doc.declaration;
    const std::optional<Declaration> named = ws.declaration(ref.declarationId);
    const bool identityMatches = named && sameIdentity(*named, ref);
    if (const std::optional<qint64> exported = ws.declarationOfExport(doc.archive.exportId)) {
        if (!identityMatches || *exported != ref.declarationId) {
            setError(error, FindingsImporter::tr("The findings are for another declaration: the archive %1 was exported "
                                          "from declaration %2 of this workspace, but the findings name %3.")
                         .arg(doc.archive.exportId)
                         .arg(*exported)
                         .arg(describe(ref)));
            return std::nullopt;
        }
        *byExport = true;
        return *exported;
    }
    if (!identityMatches) {
        setError(error, FindingsImporter::tr("The findings are for another archive, one this workspace did not "
                                      "export (export %1 of %2): no declaration here matches it.")
                     .arg(doc.archive.exportId, describe(ref)));
        return std::nullopt;
    }
    if (hasExportBaselines(ws, named->id)) {
        setError(error, FindingsImporter::tr("The findings are for another archive: declaration %1 was never exported "
                                      "with the export id %2.")
                     .arg(named->id)
                     .arg(doc.archive.exportId));
        return std::nullopt;
    }
    *byExport = false; // exported before exports were recorded: the identity has to do
    return named->id;
}

bool checkItems(const Workspace &ws, qint64 declarationId, const FindingsDocument &doc, QString *error)
{
    const CriteriaSet *set = ws.criteriaFor(declarationId);
    if (!set) {
        setError(error, FindingsImporter::tr("The criteria set of declaration %1 is not available.").arg(declarationId));
        return false;
    }
    for (const Finding &f : doc.findings) {
        if (!set->item(f.itemId)) {
            setError(error, FindingsImporter::tr("The findings name item %1, which %2 does not have.")
                         .arg(f.itemId, set->id));
            return false;
        }
    }
    return true;
}

bool importedBefore(const Workspace &ws, qint64 declarationId, const FindingsDocument &doc, QString *error)
{
    const QString origin = FindingsImporter::originOf(doc);
    for (const ReviewComment &c : ws.comments(declarationId)) {
        if (c.origin == origin && c.author == doc.reviewer && stamp(c.createdAt) == stamp(doc.createdAt)) {
            setError(error, FindingsImporter::tr("These findings (%1, %2) were imported before.")
                         .arg(doc.reviewer, stamp(doc.createdAt)));
            return true;
        }
    }
    return false;
}

ReviewComment commentFor(qint64 declarationId, const FindingsDocument &doc, const QString &itemId, const QString &text)
{
    ReviewComment c;
    c.declarationId = declarationId;
    c.itemId = itemId;
    c.author = doc.reviewer;
    c.createdAt = doc.createdAt;
    c.text = text;
    c.origin = FindingsImporter::originOf(doc);
    return c;
}

void count(FindingsImportResult *r, FindingStatus s)
{
    ++r->findings;
    if (s == FindingStatus::Accepted)
        ++r->accepted;
    else if (s == FindingStatus::Question)
        ++r->questions;
    else
        ++r->moreEvidence;
}

} // namespace

QString FindingsImporter::originOf(const FindingsDocument &document)
{
    return QStringLiteral("findings:") + document.archive.exportId;
}

bool FindingsImporter::plan(const Workspace &ws, const LoadedFindings &loaded, qint64 targetDeclarationId,
                            QList<ReviewComment> *comments, FindingsImportResult *result, QString *error)
{
    const FindingsDocument &doc = loaded.document;
    bool byExport = false;
    const std::optional<qint64> declarationId = matchDeclaration(ws, doc, &byExport, error);
    if (!declarationId)
        return false;
    if (targetDeclarationId >= 0 && targetDeclarationId != *declarationId) {
        setError(error, tr("The findings are for another declaration: they belong to declaration %1 (%2), not to "
                    "declaration %3.")
                     .arg(*declarationId)
                     .arg(doc.declaration.product)
                     .arg(targetDeclarationId));
        return false;
    }
    if (!checkItems(ws, *declarationId, doc, error) || importedBefore(ws, *declarationId, doc, error))
        return false;
    *result = FindingsImportResult{};
    result->declarationId = *declarationId;
    result->matchedByExport = byExport;
    result->reviewer = doc.reviewer;
    result->signature = loaded.signature;
    comments->clear();
    for (const Finding &f : doc.findings) {
        ReviewComment c = commentFor(*declarationId, doc, f.itemId,
                                     f.text.trimmed().isEmpty() ? findingStatusName(f.status) : f.text);
        c.findingStatus = findingStatusKey(f.status);
        // An accepted item asks nothing of the vendor: it arrives resolved, so open-comment
        // counts show only what needs an answer.
        if (f.status == FindingStatus::Accepted) {
            c.resolved = true;
            c.resolvedBy = doc.reviewer;
            c.resolvedAt = doc.createdAt;
        }
        comments->append(c);
        count(result, f.status);
    }
    if (!doc.remarks.trimmed().isEmpty()) {
        comments->append(commentFor(*declarationId, doc, QString(), doc.remarks));
        result->remarks = true;
    }
    return true;
}

bool FindingsImporter::run(Workspace &ws, const QString &findingsPath, qint64 targetDeclarationId,
                           FindingsImportResult *result, QString *error)
{
    const std::optional<LoadedFindings> loaded = FindingsFile::read(findingsPath, error);
    if (!loaded)
        return false;
    QList<ReviewComment> comments;
    QString why;
    if (!plan(ws, *loaded, targetDeclarationId, &comments, result, &why)) {
        setError(error, tr("%1 is not imported: %2").arg(QFileInfo(findingsPath).fileName(), why));
        return false;
    }
    return ws.addComments(comments, error);
}

} // namespace hoshi
