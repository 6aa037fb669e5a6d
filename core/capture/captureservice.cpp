// SPDX-License-Identifier: Apache-2.0
#include "captureservice.h"

#include "captureparser.h"
#include "capturerecipe.h"
#include "toolrun.h"
#include "storage/workspace.h"
#include "util/hashstream.h"
#include "util/language.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace hoshi {

namespace {

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

// Both languages, the UI's first: the summary goes into exports in either language, and a
// reader of the other language still finds the text meant for them.
QString storedSummary(const CaptureResult &r)
{
    return uiLanguage() == QLatin1String("en") ? r.summaryEn + QStringLiteral("\n\n") + r.summaryJa
                                               : r.summaryJa + QStringLiteral("\n\n") + r.summaryEn;
}

Evidence evidenceFor(const Workspace &ws, qint64 declarationId, const CaptureResult &r, const CaptureOptions &options,
                     const QString &imageSha256)
{
    Evidence e;
    e.kind = EvidenceKind::DeviceTest;
    e.title = QStringLiteral("%1 %2 — %3").arg(captureToolName(r.tool), r.toolVersion, r.target).simplified();
    e.summary = storedSummary(r);
    e.procedure = r.commandLine.isEmpty() ? QStringLiteral("%1 %2").arg(captureToolName(r.tool), r.arguments.join(QLatin1Char(' '))).trimmed()
                                          : r.commandLine;
    const QDate date = r.scannedAt.isValid() ? r.scannedAt.toUTC().date() : QDate::currentDate();
    e.testedOn = date;
    e.effectiveOn = date;
    e.tester = ws.actor();
    const std::optional<Declaration> d = ws.declaration(declarationId);
    const std::optional<Product> p = d ? ws.product(d->productId) : std::nullopt;
    e.firmwareVersion = !options.firmwareVersion.isEmpty() ? options.firmwareVersion : p ? p->firmwareVersion : QString();
    e.environment = QStringLiteral("%1 %2, target %3").arg(captureToolName(r.tool), r.toolVersion, r.target).simplified();
    e.tool = captureToolKey(r.tool);
    e.toolVersion = r.toolVersion;
    e.target = r.target;
    e.firmwareImageSha256 = imageSha256;
    CaptureRecipe recipe;
    if (CaptureRecipe::fromResult(r, &recipe)) {
        if (!options.recipeTarget.isEmpty())
            recipe.target = options.recipeTarget;
        e.captureRecipe = QString::fromUtf8(recipe.toJson());
    }
    e.captureFindings = QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact));
    e.findingNotes = QStringLiteral("{}");
    return e;
}

bool checkItems(const Workspace &ws, qint64 declarationId, const QStringList &itemIds, QString *error)
{
    const CriteriaSet *set = ws.criteriaFor(declarationId);
    if (!ws.declaration(declarationId) || !set) {
        setError(error, CaptureService::tr("There is no declaration with the id %1.").arg(declarationId));
        return false;
    }
    if (itemIds.isEmpty()) {
        setError(error, CaptureService::tr("Name the item the captured evidence backs."));
        return false;
    }
    for (const QString &id : itemIds) {
        if (!set->item(id)) {
            setError(error, CaptureService::tr("The declaration's criteria have no item %1.").arg(id));
            return false;
        }
    }
    return true;
}

} // namespace

qint64 CaptureService::capture(Workspace &ws, qint64 declarationId, const QString &itemId, CaptureTool tool,
                               const QString &filePath, const CaptureOptions &options, QString *error,
                               CaptureResult *result)
{
    if (!checkItems(ws, declarationId, {itemId}, error))
        return -1;
    QByteArray raw;
    QString problem;
    CaptureResult parsed;
    if (!CaptureParser::readFile(filePath, &raw, &problem) || !CaptureParser::parse(tool, raw, &parsed, &problem)) {
        setError(error, tr("%1 is refused: %2").arg(QFileInfo(filePath).fileName(), problem));
        return -1;
    }
    if (result)
        *result = parsed;
    return captureParsed(ws, declarationId, {itemId}, parsed, QFileInfo(filePath).fileName(), raw, options, error);
}

qint64 CaptureService::captureParsed(Workspace &ws, qint64 declarationId, const QStringList &itemIds,
                                     const CaptureResult &parsed, const QString &fileName, const QByteArray &raw,
                                     const CaptureOptions &options, QString *error)
{
    if (!checkItems(ws, declarationId, itemIds, error))
        return -1;
    QString imageSha256;
    if (!options.firmwareImagePath.isEmpty()) {
        QString problem;
        imageSha256 = HashStream::hexOfFile(options.firmwareImagePath, HashStream::Algorithm::Sha256, &problem);
        if (imageSha256.isEmpty()) {
            setError(error, tr("Cannot read the firmware image %1: %2").arg(QFileInfo(options.firmwareImagePath).fileName(), problem));
            return -1;
        }
    }
    const Evidence e = evidenceFor(ws, declarationId, parsed, options, imageSha256);
    // The findings file carries what ties the raw output to the device: its own hash, the
    // firmware version and the image hash, so the archive keeps them together.
    QJsonObject findings = parsed.toJson();
    findings.insert(QStringLiteral("rawFile"), fileName);
    findings.insert(QStringLiteral("rawSha256"), HashStream::hexOf(raw));
    findings.insert(QStringLiteral("firmwareVersion"), e.firmwareVersion);
    findings.insert(QStringLiteral("firmwareImageSha256"), imageSha256);
    const QByteArray findingsFile = QJsonDocument(findings).toJson(QJsonDocument::Indented);
    qint64 id = -1;
    const bool ok = ws.inOneTransaction([&](QString *failure) {
        id = ws.addEvidence(declarationId, itemIds, e, failure);
        return id >= 0 && ws.attachData(id, fileName, raw, failure) >= 0
               && ws.attachData(id, fileName + QStringLiteral(".findings.json"), findingsFile, failure) >= 0;
    }, error);
    return ok ? id : -1;
}

qint64 CaptureService::declarationOf(const Workspace &ws, qint64 evidenceId)
{
    for (const Declaration &d : ws.declarations()) {
        for (const Evidence &e : ws.evidenceOfDeclaration(d.id)) {
            if (e.id == evidenceId)
                return d.id;
        }
    }
    return -1;
}

qint64 CaptureService::captureRerun(Workspace &ws, qint64 oldEvidenceId, qint64 declarationId, const QString &outputPath,
                                    const CaptureOptions &options, QString *error, CaptureResult *result)
{
    std::optional<Evidence> old = ws.evidence(oldEvidenceId);
    if (!old || old->tool.isEmpty()) {
        setError(error, tr("Evidence %1 is not a captured tool output.").arg(oldEvidenceId));
        return -1;
    }
    if (old->supersededBy >= 0) {
        setError(error, tr("Evidence %1 was already replaced by evidence %2; run that one again.").arg(oldEvidenceId).arg(old->supersededBy));
        return -1;
    }
    const std::optional<CaptureTool> tool = captureToolFromKey(old->tool);
    QStringList items;
    for (const Evidence &e : ws.evidenceOfDeclaration(declarationId)) {
        if (e.id == oldEvidenceId)
            items = e.itemIds;
    }
    QByteArray raw;
    QString problem;
    CaptureResult parsed;
    if (!tool || !CaptureParser::readFile(outputPath, &raw, &problem) || !CaptureParser::parse(*tool, raw, &parsed, &problem)) {
        setError(error, tr("The new output is refused: %1").arg(problem));
        return -1;
    }
    if (parsed.toolVersion.isEmpty())
        parsed.toolVersion = ToolRun::installedVersion(*tool);
    if (result)
        *result = parsed;
    qint64 id = -1;
    const bool ok = ws.inOneTransaction([&](QString *failure) {
        id = captureParsed(ws, declarationId, items, parsed, QFileInfo(outputPath).fileName(), raw, options, failure);
        if (id < 0)
            return false;
        old->supersededBy = id;
        return ws.updateEvidence(*old, failure);
    }, error);
    return ok ? id : -1;
}

qint64 CaptureService::rerun(Workspace &ws, qint64 oldEvidenceId, const QString &target, const CaptureOptions &options,
                             QString *error, CaptureResult *result, int timeLimitSeconds)
{
    const std::optional<Evidence> old = ws.evidence(oldEvidenceId);
    if (!old) {
        setError(error, tr("There is no evidence %1.").arg(oldEvidenceId));
        return -1;
    }
    CaptureRecipe recipe;
    if (old->captureRecipe.isEmpty() || !CaptureRecipe::fromJson(old->captureRecipe.toUtf8(), &recipe, error)) {
        if (old->captureRecipe.isEmpty())
            setError(error, tr("Evidence %1 has no capture recipe to run again.").arg(oldEvidenceId));
        return -1;
    }
    const qint64 declarationId = declarationOf(ws, oldEvidenceId);
    if (declarationId < 0) {
        setError(error, tr("Evidence %1 backs no item of any declaration.").arg(oldEvidenceId));
        return -1;
    }
    ToolRun run;
    run.setTimeLimit(timeLimitSeconds);
    QString outputPath;
    if (!run.runBlocking(recipe, target, &outputPath, error))
        return -1;
    CaptureOptions withTarget = options;
    if (withTarget.recipeTarget.isEmpty())
        withTarget.recipeTarget = target.isEmpty() ? recipe.target : target;
    return captureRerun(ws, oldEvidenceId, declarationId, outputPath, withTarget, error, result);
}

bool CaptureService::setFindingNote(Workspace &ws, qint64 evidenceId, const QString &findingKey, const QString &note,
                                    QString *error)
{
    std::optional<Evidence> e = ws.evidence(evidenceId);
    if (!e) {
        setError(error, tr("There is no evidence %1.").arg(evidenceId));
        return false;
    }
    bool known = false;
    for (const CaptureFinding &f : findingsFromJson(e->captureFindings))
        known = known || f.key == findingKey;
    if (!known) {
        setError(error, tr("Evidence %1 has no finding \"%2\".").arg(evidenceId).arg(findingKey));
        return false;
    }
    QJsonObject notes = findingNotesObject(e->findingNotes);
    if (note.trimmed().isEmpty())
        notes.remove(findingKey);
    else
        notes.insert(findingKey, note.trimmed());
    e->findingNotes = QString::fromUtf8(QJsonDocument(notes).toJson(QJsonDocument::Compact));
    return ws.updateEvidence(*e, error);
}

} // namespace hoshi
