// SPDX-License-Identifier: Apache-2.0
#include "exportjob.h"

#include "baseline/declarationfingerprint.h"
#include "cmssigner.h"
#include "exportpdf.h"
#include "formexport.h"
#include "officialform/formattachment.h"
#include "exporttext.h"
#include "subsetexport.h"
#include "stalepartials.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace hoshi {

namespace {

bool taken(const QDir &dir, const QString &stem)
{
    const QStringList names = {stem + QStringLiteral("-application"), stem + QStringLiteral("-application.zip"),
                               stem + QStringLiteral("-evidence.zip"), stem + QStringLiteral("-evidence-items.zip")};
    for (const QString &name : names) {
        if (QFileInfo::exists(dir.filePath(name)))
            return true;
    }
    return false;
}

struct SubsetSource {
    QStringList items;
    QString fullExportId;
};

// The items of a subset, checked, and the full export it is a subset of (the latest one).
bool subsetSource(const Workspace &workspace, const DeclarationSnapshot &snapshot, const QStringList &asked,
                  SubsetSource *source, QString *error)
{
    source->items = SubsetExport::parseItems(asked, snapshot.criteria, error);
    if (source->items.isEmpty())
        return false;
    const std::optional<Baseline> full = workspace.latestBaseline(snapshot.declaration.id, BaselineKind::Export);
    if (!full || full->exportId.isEmpty()) {
        if (error)
            *error = ExportJob::tr("A subset names the full evidence archive it belongs to, and this declaration has "
                                   "never been exported. Export it in full first.");
        return false;
    }
    source->fullExportId = full->exportId;
    return true;
}

// A form given as files for this export replaces the attached one in the snapshot, so the gate
// checks exactly what is filled.
bool useGivenForm(const ExportJob::Request &request, DeclarationSnapshot *snapshot, QString *error)
{
    if (request.formTemplate.isEmpty()) {
        if (!request.formProfile.isEmpty()) {
            if (error)
                *error = ExportJob::tr("A form profile goes with a form template (--form).");
            return false;
        }
        return true;
    }
    officialform::LoadedForm given;
    if (!officialform::FormAttachment::fromFiles(snapshot->criteria, request.formTemplate, request.formProfile, &given,
                                                 error))
        return false;
    given.profile.templateName = given.stored.originalName;
    given.profile.templateSha256 = given.stored.sha256;
    given.stored.profileJson = officialform::FormProfileJson::toBytes(given.profile);
    given.stored.declarationId = snapshot->declaration.id;
    snapshot->form = given.stored;
    return true;
}

} // namespace

QStringList ExportJob::Outcome::writtenPaths() const
{
    QStringList paths;
    for (const QString &p : {package.folder, package.zip, archive.path}) {
        if (!p.isEmpty())
            paths << p;
    }
    return paths;
}

QString ExportJob::stem(const DeclarationSnapshot &s, const QDateTime &now)
{
    return QStringLiteral("%1_%2_%3")
        .arg(ExportText::asciiSlug(s.product.name, 40, QStringLiteral("product")),
             ExportText::asciiSlug(s.criteria.id, 40, QStringLiteral("criteria")),
             now.toLocalTime().toString(QStringLiteral("yyyyMMdd")));
}

bool ExportJob::run(const Workspace &workspace, const Request &request, Outcome *outcome, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    *outcome = Outcome();
    outcome->recordable = request.items.isEmpty();
    if (!request.package && !request.archive)
        return fail(ExportJob::tr("Nothing to export: both the package and the archive were left out."));
    if (!request.items.isEmpty() && !request.archive)
        return fail(ExportJob::tr("An evidence subset is an evidence archive; it can not leave the archive out."));
    if (request.signingKey.isEmpty() != request.signingCertificate.isEmpty())
        return fail(ExportJob::tr("Signing needs both a key and a certificate."));
    const QDir dir(request.outputDir);
    if (request.outputDir.isEmpty() || (dir.exists() && !QFileInfo(request.outputDir).isDir()))
        return fail(ExportJob::tr("The output folder %1 is not a folder.").arg(request.outputDir));

    // Without the archive nothing else reads the evidence content, so let the gate re-hash it;
    // with the archive, the archive writer checks every hash while streaming (one read per file).
    const auto check = request.archive ? Workspace::ContentCheck::Skip : Workspace::ContentCheck::Verify;
    std::optional<DeclarationSnapshot> snapshot = workspace.snapshot(request.declarationId, check, error);
    if (!snapshot || !useGivenForm(request, &*snapshot, error))
        return false;
    outcome->problems = SubmissionGate::check(*snapshot);
    const bool subset = !request.items.isEmpty();
    SubsetSource source;
    if (subset && !subsetSource(workspace, *snapshot, request.items, &source, error))
        return false;
    // An evidence request holds no official form, so the form's problems do not hold it up.
    if (subset)
        outcome->problems.removeIf([](const GateProblem &p) { return p.code.startsWith(QLatin1String("form-")); });
    const int blocking = subset ? int(SubsetExport::blocking(outcome->problems, source.items).size())
                                : SubmissionGate::blockingCount(outcome->problems);
    if (blocking > 0) {
        outcome->blocked = true;
        return fail(ExportJob::tr("The declaration can not be exported: %n blocking problem(s).", nullptr, blocking));
    }

    // Created only now, so a refused export leaves no trace, not even an empty folder.
    if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
        return fail(ExportJob::tr("The output folder %1 does not exist and can not be created.").arg(request.outputDir));

    std::unique_ptr<CmsSigner> signer;
    if (!request.signingKey.isEmpty()) {
        signer = CmsSigner::load(request.signingKey, request.signingCertificate, request.keyPassphrase, error);
        if (!signer)
            return false;
    }
    (void)ExportPdf::fontFamily(&outcome->fontWarning);

    const QDateTime now = request.now.isValid() ? request.now : QDateTime::currentDateTimeUtc();
    const QString base = stem(*snapshot, now);
    // What an earlier export of this product and criteria left when it was killed.
    (void)StalePartials::removeStale(dir, base.left(base.lastIndexOf(QLatin1Char('_')) + 1));
    QString chosen = base;
    for (int n = 2; taken(dir, chosen); ++n)
        chosen = QStringLiteral("%1-%2").arg(base).arg(n);

    FilledForm form;
    if (!subset && snapshot->form) {
        if (!FormExport::fill(*snapshot, &form, error))
            return false;
        if (request.package && request.formPdf)
            FormExport::addPdf(&form);
        outcome->formFile = request.package ? form.fileName : QString();
        outcome->formPdfNote = request.package && request.formPdf ? form.pdfNote : QString();
    }
    ApplicationPackageExporter::Extras extras;
    extras.filledFormName = form.fileName;
    extras.filledForm = form.workbook;
    extras.filledFormPdfName = form.pdfName;
    extras.filledFormPdf = form.pdf;
    extras.formTemplateName = form.templateName;
    extras.formTemplateSha256 = form.templateSha256;
    extras.formNote = form.pdfNote;
    if (request.package && !subset
        && (!packageExtras(workspace, *snapshot, request, &extras, error)
            || !ApplicationPackageExporter::write(*snapshot, dir.absolutePath(), chosen + QStringLiteral("-application"),
                                                  now, &outcome->package, error, extras)))
        return false;
    if (request.archive) {
        EvidenceArchiveExporter::Options options;
        options.now = now;
        options.signer = signer.get();
        options.progress = request.progress;
        options.subsetItems = source.items;
        options.subsetOf = source.fullExportId;
        options.filledFormName = form.fileName;
        options.filledForm = form.workbook;
        options.formTemplateName = form.templateName;
        options.formTemplateSha256 = form.templateSha256;
        const QString name = chosen + (subset ? QStringLiteral("-evidence-items.zip") : QStringLiteral("-evidence.zip"));
        if (!EvidenceArchiveExporter::write(workspace, *snapshot, dir.absoluteFilePath(name), options,
                                            &outcome->archive, error)) {
            // All or nothing: take the package back out again.
            if (!outcome->package.folder.isEmpty())
                QDir(outcome->package.folder).removeRecursively();
            if (!outcome->package.zip.isEmpty())
                QFile::remove(outcome->package.zip);
            outcome->package = {};
            return false;
        }
    }
    outcome->exportId = request.archive ? outcome->archive.exportId : QUuid::createUuid().toString(QUuid::WithoutBraces);
    outcome->declarationJson = DeclarationFingerprint::declarationJson(*snapshot);
    return true;
}

bool ExportJob::packageExtras(const Workspace &workspace, const DeclarationSnapshot &s, const Request &request,
                              ApplicationPackageExporter::Extras *extras, QString *error)
{
    if (request.language != QLatin1String("ja") && request.language != QLatin1String("en")) {
        if (error)
            *error = ExportJob::tr("Unknown document language \"%1\"; use ja or en.").arg(request.language);
        return false;
    }
    extras->language = request.language;
    if (s.declaration.route != Route::Psti || !s.pstiStatementFile || s.pstiStatementFile->files.isEmpty())
        return true;
    const EvidenceFile &file = s.pstiStatementFile->files.first();
    QBuffer buffer(&extras->pstiStatementData);
    (void)buffer.open(QIODevice::WriteOnly);
    extras->pstiStatementName = file.originalName;
    return workspace.readContent(file.sha256, &buffer, error);
}

} // namespace hoshi
