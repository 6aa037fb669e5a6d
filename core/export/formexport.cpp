// SPDX-License-Identifier: Apache-2.0
// Filling the attached official form for an export, and its PDF through LibreOffice.
#include "formexport.h"

#include "officialform/formattachment.h"
#include "officialform/formfiller.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

namespace hoshi {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

bool FormExport::fill(const DeclarationSnapshot &snapshot, FilledForm *form, QString *error)
{
    officialform::LoadedForm loaded;
    if (!officialform::FormAttachment::fromSnapshot(snapshot, &loaded, error))
        return false;
    QList<officialform::FormProblem> problems = loaded.profile.problems;
    const officialform::FormAnswers answers =
        officialform::FormAnswersBuilder::fromSnapshot(snapshot, loaded.profile, &problems);
    FilledForm filled;
    QString fillError;
    if (!problems.isEmpty()
        || !officialform::FormFiller::fill(loaded.workbook, loaded.profile, answers, &filled.workbook, &problems,
                                           &fillError)) {
        QStringList lines;
        for (const officialform::FormProblem &p : std::as_const(problems))
            lines << (p.cell.isEmpty() ? p.message : QStringLiteral("%1: %2").arg(p.cell, p.message));
        if (!fillError.isEmpty())
            lines << fillError;
        setError(error, tr("The official form %1 can not be filled: %2")
                            .arg(loaded.stored.originalName, lines.join(QStringLiteral("; "))));
        return false;
    }
    filled.templateName = loaded.stored.originalName;
    filled.templateSha256 = loaded.stored.sha256;
    filled.fileName = officialform::FormAttachment::filledName(loaded.stored.originalName,
                                                               snapshot.product.modelNumbers);
    *form = std::move(filled);
    return true;
}

QString FormExport::officeProgram()
{
    for (const QString &name : {QStringLiteral("soffice"), QStringLiteral("libreoffice")}) {
        const QString found = QStandardPaths::findExecutable(name);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

void FormExport::addPdf(FilledForm *form, int timeoutSeconds)
{
    form->pdf.clear();
    form->pdfName.clear();
    const QString program = officeProgram();
    if (program.isEmpty()) {
        form->pdfNote = tr("LibreOffice is not installed, so no PDF of the filled form was made; "
                           "open %1 and print it to PDF if IPA asks for one.").arg(form->fileName);
        return;
    }
    // Its own profile folder: never the user's LibreOffice settings, never a running instance.
    QTemporaryDir work;
    const QString input = work.filePath(form->fileName);
    QFile file(input);
    if (!work.isValid() || !file.open(QIODevice::WriteOnly) || file.write(form->workbook) != form->workbook.size()) {
        form->pdfNote = tr("No PDF of the filled form was made: a temporary file could not be written.");
        return;
    }
    file.close();
    QDir().mkpath(work.filePath(QStringLiteral("profile")));
    QDir().mkpath(work.filePath(QStringLiteral("out")));
    QProcess office;
    office.setProcessChannelMode(QProcess::MergedChannels);
    office.start(program, {QStringLiteral("-env:UserInstallation=")
                               + QUrl::fromLocalFile(work.filePath(QStringLiteral("profile"))).toString(),
                           QStringLiteral("--headless"), QStringLiteral("--norestore"),
                           QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"),
                           work.filePath(QStringLiteral("out")), input});
    const bool finished = office.waitForStarted(10000) && office.waitForFinished(timeoutSeconds * 1000);
    if (!finished) {
        office.kill();
        office.waitForFinished(5000);
        form->pdfNote = tr("LibreOffice did not convert the filled form to PDF within %n second(s); "
                           "no PDF was made.", nullptr, timeoutSeconds);
        return;
    }
    QFile pdf(work.filePath(QStringLiteral("out/") + QFileInfo(form->fileName).completeBaseName()
                            + QStringLiteral(".pdf")));
    if (office.exitStatus() != QProcess::NormalExit || office.exitCode() != 0 || !pdf.open(QIODevice::ReadOnly)
        || pdf.size() == 0) {
        form->pdfNote = tr("LibreOffice could not convert the filled form to PDF (exit code %1): %2")
                            .arg(office.exitCode())
                            .arg(QString::fromLocal8Bit(office.readAll()).trimmed().left(400));
        return;
    }
    form->pdf = pdf.readAll();
    form->pdfName = QFileInfo(form->fileName).completeBaseName() + QStringLiteral(".pdf");
    form->pdfNote.clear();
}

} // namespace hoshi
