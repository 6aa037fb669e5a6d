// SPDX-License-Identifier: Apache-2.0
// Attaching the user's copy of IPA's checklist workbook to a declaration, and reading it back
// for the gate, the exports and the form dialog.
#include "formattachment.h"

#include "formdetector.h"
#include "storage/workspace.h"
#include "util/hashstream.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace hoshi::officialform {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

bool readWhole(const QString &path, qint64 limit, QByteArray *data, QString *error)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        setError(error, FormAttachment::tr("Cannot read %1: %2")
                            .arg(path, file.errorString().isEmpty() ? FormAttachment::tr("not a file") : file.errorString()));
        return false;
    }
    if (file.size() > limit) {
        setError(error, FormAttachment::tr("%1 is larger than %2 bytes; it is not read.").arg(path).arg(limit));
        return false;
    }
    *data = file.readAll();
    return true;
}

} // namespace

bool FormAttachment::readProfileFile(const QString &path, FormProfile *profile, QString *error)
{
    QByteArray json;
    if (!readWhole(path, FormProfileJson::MaxBytes, &json, error))
        return false;
    QString problem;
    if (!FormProfileJson::fromBytes(json, profile, &problem)) {
        setError(error, tr("%1 is not a form profile: %2").arg(path, problem));
        return false;
    }
    return true;
}

void FormAttachment::recheck(LoadedForm *form, const CriteriaSet &criteria)
{
    form->profile.problems = FormDetector::recheck(form->profile, form->workbook, criteria);
    form->extraItems.clear();
    for (const FormItem &item : std::as_const(form->profile.items)) {
        if (!criteria.item(item.itemId))
            form->extraItems << item.itemId;
    }
}

QString FormAttachment::filledName(const QString &templateName, const QStringList &modelNumbers)
{
    const QFileInfo info(templateName);
    const QString suffix = info.suffix().compare(QLatin1String("xlsm"), Qt::CaseInsensitive) == 0
                               ? QStringLiteral("xlsm") : QStringLiteral("xlsx");
    QString model = modelNumbers.isEmpty() ? QString() : modelNumbers.first().trimmed();
    // A model number may hold characters no file system takes; they become '_'.
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    model.replace(unsafe, QStringLiteral("_"));
    const QString base = info.completeBaseName().isEmpty() ? QStringLiteral("form") : info.completeBaseName();
    const QString stem = model.isEmpty() ? base : base + QLatin1Char('-') + model;
    return stem + QLatin1Char('.') + suffix;
}

bool FormAttachment::attach(Workspace &workspace, qint64 declarationId, const QString &templatePath,
                            const QString &profilePath, AttachOutcome *outcome, QString *error)
{
    const CriteriaSet *criteria = workspace.criteriaFor(declarationId);
    if (!workspace.declaration(declarationId) || !criteria) {
        setError(error, tr("There is no declaration with the id %1.").arg(declarationId));
        return false;
    }
    LoadedForm form;
    if (!fromFiles(*criteria, templatePath, profilePath, &form, error))
        return false;
    AttachOutcome result;
    result.profileImported = !profilePath.isEmpty();
    if (result.profileImported && form.stored.sha256 != form.profile.templateSha256)
        result.importedForSha256 = form.profile.templateSha256;
    // The stored profile describes this very file, whoever made the mapping.
    form.profile.templateName = form.stored.originalName;
    form.profile.templateSha256 = form.stored.sha256;
    form.profile.criteriaSetId = criteria->id;
    recheck(&form, *criteria);
    const std::optional<AttachedForm> previous = workspace.attachedForm(declarationId, false);
    // The form and the official points it carries are set together or not at all.
    const bool stored = workspace.inOneTransaction([&](QString *failure) {
        return workspace.attachForm(declarationId, form.stored.originalName, form.stored.templateBytes,
                                    FormProfileJson::toBytes(form.profile), failure)
               && applyOverlay(workspace, declarationId, form.profile, previous ? previous->sha256 : QString(),
                               &result, failure);
    }, error);
    if (!stored)
        return false;
    result.profile = form.profile;
    if (outcome)
        *outcome = result;
    return true;
}

bool FormAttachment::fromFiles(const CriteriaSet &criteria, const QString &templatePath, const QString &profilePath,
                               LoadedForm *form, QString *error)
{
    const WorkbookReader reader;
    LoadedForm loaded;
    if (!readWhole(templatePath, WorkbookLimits().maxFileBytes, &loaded.stored.templateBytes, error))
        return false;
    const QString name = QFileInfo(templatePath).fileName();
    if (!reader.readBytes(loaded.stored.templateBytes, name, &loaded.workbook, error))
        return false;
    loaded.stored.originalName = name;
    loaded.stored.sha256 = HashStream::hexOf(loaded.stored.templateBytes);
    loaded.stored.size = loaded.stored.templateBytes.size();
    if (profilePath.isEmpty()) {
        loaded.profile = FormDetector::detect(loaded.workbook, criteria);
    } else if (!readProfileFile(profilePath, &loaded.profile, error)) {
        return false;
    }
    recheck(&loaded, criteria);
    loaded.stored.profileJson = FormProfileJson::toBytes(loaded.profile);
    *form = std::move(loaded);
    return true;
}

bool FormAttachment::fromSnapshot(const DeclarationSnapshot &snapshot, LoadedForm *form, QString *error)
{
    if (!snapshot.form) {
        setError(error, tr("Declaration %1 has no official form attached.").arg(snapshot.declaration.id));
        return false;
    }
    LoadedForm loaded;
    loaded.stored = *snapshot.form;
    if (loaded.stored.templateBytes.isEmpty()) {
        setError(error, tr("The content of the official form %1 could not be read from the workspace.")
                            .arg(loaded.stored.originalName));
        return false;
    }
    if (!WorkbookReader().readBytes(loaded.stored.templateBytes, loaded.stored.originalName, &loaded.workbook, error))
        return false;
    QString problem;
    if (!FormProfileJson::fromBytes(loaded.stored.profileJson, &loaded.profile, &problem)) {
        setError(error, tr("The stored mapping of the official form %1 is damaged: %2")
                            .arg(loaded.stored.originalName, problem));
        return false;
    }
    recheck(&loaded, snapshot.criteria);
    *form = std::move(loaded);
    return true;
}

bool FormAttachment::load(const Workspace &workspace, qint64 declarationId, LoadedForm *form, QString *error)
{
    const std::optional<DeclarationSnapshot> snapshot =
        workspace.snapshot(declarationId, Workspace::ContentCheck::Skip, error);
    return snapshot && fromSnapshot(*snapshot, form, error);
}

bool FormAttachment::saveProfile(Workspace &workspace, qint64 declarationId, const FormProfile &profile,
                                 QString *error)
{
    const std::optional<AttachedForm> stored = workspace.attachedForm(declarationId, false, error);
    if (!stored) {
        setError(error, tr("Declaration %1 has no official form attached.").arg(declarationId));
        return false;
    }
    if (profile.templateSha256 != stored->sha256) {
        setError(error, tr("This mapping is for another template file (SHA-256 %1), not for %2.")
                            .arg(profile.templateSha256, stored->originalName));
        return false;
    }
    return workspace.inOneTransaction([&](QString *failure) {
        return workspace.setFormProfile(declarationId, FormProfileJson::toBytes(profile), failure)
               && applyOverlay(workspace, declarationId, profile, stored->sha256, nullptr, failure);
    }, error);
}

bool FormAttachment::exportProfile(const Workspace &workspace, qint64 declarationId, const QString &path,
                                   QString *error)
{
    const std::optional<AttachedForm> stored = workspace.attachedForm(declarationId, false, error);
    if (!stored) {
        setError(error, tr("Declaration %1 has no official form attached.").arg(declarationId));
        return false;
    }
    // Written whole or not at all: a half-written profile is worse than none.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(stored->profileJson) != stored->profileJson.size()
        || !file.commit()) {
        setError(error, tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

bool FormAttachment::remove(Workspace &workspace, qint64 declarationId, QString *error)
{
    const std::optional<AttachedForm> stored = workspace.attachedForm(declarationId, false, error);
    if (!stored) {
        setError(error, tr("Declaration %1 has no official form attached.").arg(declarationId));
        return false;
    }
    // The official points this form set go with it; points from elsewhere stay.
    const std::optional<PointOverlay> overlay = workspace.pointOverlay(declarationId);
    return workspace.inOneTransaction([&](QString *failure) {
        PointAnswerChanges changes;
        return workspace.removeForm(declarationId, failure)
               && (!overlay || overlay->source.sha256 != stored->sha256
                   || workspace.clearPointOverlay(declarationId, &changes, failure));
    }, error);
}

} // namespace hoshi::officialform
