// SPDX-License-Identifier: Apache-2.0
#include "cmd_export.h"

#include "util/progressscale.h"

#include "cliutil.h"
#include "export/exportjob.h"
#include "export/keygenerator.h"
#include "export/subsetexport.h"
#include "verify/archiveverifier.h"
#include "util/displaydate.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <unistd.h>

namespace hoshi::cli {

namespace {

QString signatureLine(const SignatureInfo &s)
{
    switch (s.state) {
    case SignatureInfo::State::Absent:
        return Cli::tr("signature: none (the archive is not signed)");
    case SignatureInfo::State::Invalid:
        return Cli::tr("signature: INVALID: %1").arg(s.problem);
    case SignatureInfo::State::Valid:
        break;
    }
    QString trust = s.selfSigned ? Cli::tr("self-signed certificate")
                    : s.chainTrusted ? Cli::tr("certificate issued by %1, trusted by this system").arg(s.issuer)
                                     : Cli::tr("certificate issued by %1, chain not checked").arg(s.issuer);
    return Cli::tr("signature: valid, signed by %1 (%2, %3)%4\n"
                          "  certificate SHA-256 fingerprint: %5\n"
                          "  compare this fingerprint with the one the manufacturer gave you%6")
        .arg(s.signer, s.keyType, trust,
             s.signingTime.isValid() ? Cli::tr(" on %1").arg(DisplayDate::dateTime(s.signingTime)) : QString(),
             s.fingerprint, s.note.isEmpty() ? QString() : Cli::tr("\n  note: %1").arg(s.note));
}

} // namespace

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), Cli::tr("Workspace: a .hoshi file or a postgresql:// server address."));
    parser.addOption({QStringLiteral("declaration"), Cli::tr("Declaration id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("out"), Cli::tr("Existing folder to write into."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("sign"), Cli::tr("PEM private key to sign the evidence archive with "
                                                             "(an encrypted key reads its passphrase from "
                                                             "HOSHI_KEY_PASSPHRASE)."),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("cert"), Cli::tr("PEM certificate of the signing key."), QStringLiteral("CERT")});
    parser.addOption({QStringLiteral("no-package"), Cli::tr("Do not write the application package.")});
    parser.addOption({QStringLiteral("no-archive"), Cli::tr("Do not write the evidence archive.")});
    parser.addOption({QStringLiteral("items"),
                      Cli::tr("Evidence request: an archive holding only these items' evidence, e.g. S1.1-04,S1.1-13 "
                              "(no application package)."),
                      QStringLiteral("ITEMS")});
    parser.addOption({QStringLiteral("language"), Cli::tr("Checklist language in the application package: ja (default; "
                                                          "Japanese with English) or en (English only, UK PSTI route)."),
                      QStringLiteral("ja|en"), QStringLiteral("ja")});
    parser.addOption({QStringLiteral("form"),
                      Cli::tr("Fill this copy of IPA's checklist workbook instead of the declaration's attached form."),
                      QStringLiteral("TEMPLATE.xlsx")});
    parser.addOption({QStringLiteral("profile"), Cli::tr("The form profile for --form (default: detected)."),
                      QStringLiteral("PROFILE.json")});
    if (!parse(parser, QStringLiteral("export"), args))
        return UsageOrInput;
    if (parser.isSet(QStringLiteral("profile")) && !parser.isSet(QStringLiteral("form"))) {
        err(Cli::tr("error: --profile goes with --form"));
        return UsageOrInput;
    }
    const QString language = parser.value(QStringLiteral("language"));
    if (language != QLatin1String("ja") && language != QLatin1String("en")) {
        err(Cli::tr("error: --language is ja or en, not \"%1\"").arg(language));
        return UsageOrInput;
    }
    if (!parser.isSet(QStringLiteral("out"))) {
        err(Cli::tr("error: --out is required"));
        return UsageOrInput;
    }
    if (parser.isSet(QStringLiteral("sign")) != parser.isSet(QStringLiteral("cert"))) {
        err(Cli::tr("error: --sign and --cert go together"));
        return UsageOrInput;
    }
    if (parser.isSet(QStringLiteral("no-package")) && parser.isSet(QStringLiteral("no-archive"))) {
        err(Cli::tr("error: --no-package and --no-archive leave nothing to export"));
        return UsageOrInput;
    }
    const QString outDir = parser.value(QStringLiteral("out"));
    // Read-write when possible, so the export is recorded (Export baseline, state exported);
    // a workspace open elsewhere or read-only still exports, unrecorded.
    QString writeError;
    std::unique_ptr<Workspace> ws = workspaceArgument(parser).isEmpty()
                                        ? nullptr
                                        : Workspace::open(workspaceArgument(parser), Workspace::Access::ReadWrite, &writeError);
    if (!ws)
        ws = openWorkspace(workspaceArgument(parser), Workspace::Access::ReadOnly);
    const qint64 declarationId = ws ? idOption(parser, QStringLiteral("declaration")) : -1;
    if (declarationId < 0)
        return UsageOrInput;

    ExportJob::Request request;
    request.declarationId = declarationId;
    request.outputDir = outDir;
    request.items = parser.values(QStringLiteral("items"));
    request.package = !parser.isSet(QStringLiteral("no-package")) && request.items.isEmpty();
    request.archive = !parser.isSet(QStringLiteral("no-archive"));
    request.language = language;
    request.signingKey = parser.value(QStringLiteral("sign"));
    request.signingCertificate = parser.value(QStringLiteral("cert"));
    request.keyPassphrase = qgetenv("HOSHI_KEY_PASSPHRASE");
    request.formTemplate = parser.value(QStringLiteral("form"));
    request.formProfile = parser.value(QStringLiteral("profile"));
    if (isatty(STDERR_FILENO)) {
        request.progress = ProgressScale(0, 100, [](int percent) {
            QTextStream(stderr) << '\r' << Cli::tr("exporting evidence: %1%").arg(percent) << Qt::flush;
        });
    }

    ExportJob::Outcome outcome;
    QString error;
    const bool ok = ExportJob::run(*ws, request, &outcome, &error);
    if (request.progress)
        QTextStream(stderr) << "\r" << Qt::flush;
    if (outcome.blocked) {
        for (const GateProblem &p : std::as_const(outcome.problems)) {
            if (p.isBlocking())
                err(QStringLiteral("BLOCKING\t%1\t%2\t%3")
                        .arg(p.itemId.isEmpty() ? QStringLiteral("-") : p.itemId, p.code, p.message));
        }
        err(Cli::tr("export refused: %1 Nothing was written.").arg(error));
        return Negative;
    }
    if (!ok) {
        err(Cli::tr("error: %1").arg(error));
        err(Cli::tr("Nothing was written."));
        return UsageOrInput;
    }
    if (!outcome.fontWarning.isEmpty())
        err(Cli::tr("warning: %1").arg(outcome.fontWarning));
    for (const GateProblem &p : std::as_const(outcome.problems))
        err(QStringLiteral("warning\t%1\t%2").arg(p.itemId.isEmpty() ? QStringLiteral("-") : p.itemId, p.message));
    QString recordError = outcome.recordable ? writeError : QString();
    if (!ws->isReadOnly() && outcome.recordable)
        (void)ws->recordExport(declarationId, outcome.exportId, outcome.declarationJson, &recordError);
    if (!recordError.isEmpty())
        err(Cli::tr("warning: the export was not recorded in the workspace: %1").arg(recordError));
    if (!outcome.formFile.isEmpty())
        err(Cli::tr("official form filled: %1 (in the application package)").arg(outcome.formFile));
    if (!outcome.formPdfNote.isEmpty())
        err(Cli::tr("note: %1").arg(outcome.formPdfNote));
    for (const QString &path : outcome.writtenPaths())
        out(QDir::toNativeSeparators(path));
    return Ok;
}

int runVerify(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ARCHIVE"), Cli::tr("Evidence archive (.zip)."));
    parser.addOption({QStringLiteral("json"), Cli::tr("Print the full report as JSON.")});
    if (!parse(parser, QStringLiteral("verify"), args))
        return UsageOrInput;
    if (parser.positionalArguments().size() != 1) {
        err(Cli::tr("error: give exactly one archive"));
        return UsageOrInput;
    }
    const QString path = parser.positionalArguments().first();
    if (!QFileInfo(path).isFile()) {
        err(Cli::tr("error: %1 is not a file").arg(path));
        return UsageOrInput;
    }
    const VerificationResult r = ArchiveVerifier::verify(path);
    const int code = r.status == VerificationResult::Status::Intact      ? Ok
                     : r.status == VerificationResult::Status::NotIntact ? Negative
                                                                         : UsageOrInput;
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonDocument(r.toJson()));
        return code;
    }
    if (r.status == VerificationResult::Status::Unreadable) {
        err(Cli::tr("UNREADABLE: %1").arg(r.error));
        return code;
    }
    out(Cli::tr("archive: %1").arg(path));
    out(Cli::tr("bag: %1 (%2, export %3 of %4)")
            .arg(r.bagName.isEmpty() ? Cli::tr("(root)") : r.bagName, r.bagInfoValue(QStringLiteral("Bag-Software-Agent")),
                 r.bagInfoValue(QStringLiteral("External-Identifier")), r.bagInfoValue(QStringLiteral("Hoshi-Export-Date"))));
    out(Cli::tr("declaration: %1 / %2 / %3")
            .arg(r.bagInfoValue(QStringLiteral("Source-Organization")), r.bagInfoValue(QStringLiteral("Hoshi-Product")),
                 r.bagInfoValue(QStringLiteral("Hoshi-Criteria-Id"))));
    const QString subsetItems = r.bagInfoValue(QLatin1String(SubsetExport::SubsetItemsField));
    if (!subsetItems.isEmpty())
        out(Cli::tr("subset: items %1 of export %2")
                .arg(subsetItems, r.bagInfoValue(QLatin1String(SubsetExport::SubsetOfField))));
    out(Cli::tr("payload: %1 files, %2 bytes").arg(r.payloadFiles).arg(r.payloadBytes));
    out(signatureLine(r.signature));
    const QList<FileReport> problems = r.problems();
    if (r.status == VerificationResult::Status::Intact) {
        out(Cli::tr("INTACT: every file matches manifest-sha256.txt and manifest-sha512.txt, the tag manifests "
                           "match, nothing is missing or added."));
        return code;
    }
    out(Cli::tr("NOT INTACT: %1 problem(s)").arg(problems.size() + r.bagProblems.size()));
    for (const FileReport &f : problems)
        out(QStringLiteral("  %1\t%2\t%3").arg(FileReport::problemKey(f.problem), f.path, f.message));
    for (const QString &p : r.bagProblems)
        out(QStringLiteral("  bag\t-\t%1").arg(p));
    return code;
}

int runKeygen(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("out"), Cli::tr("Folder for hoshi-signing-key.pem and hoshi-signing-cert.pem."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("name"), Cli::tr("Name in the certificate (default: the user name)."),
                      QStringLiteral("CN")});
    parser.addOption({QStringLiteral("days"), Cli::tr("Validity in days (default %1).").arg(KeyGenerator::DefaultValidDays),
                      QStringLiteral("N")});
    if (!parse(parser, QStringLiteral("keygen"), args))
        return UsageOrInput;
    if (!parser.isSet(QStringLiteral("out"))) {
        err(Cli::tr("error: --out is required"));
        return UsageOrInput;
    }
    int days = KeyGenerator::DefaultValidDays;
    if (parser.isSet(QStringLiteral("days"))) {
        bool ok = false;
        days = parser.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || days <= 0 || days > 36500) {
            err(Cli::tr("error: --days takes a number of days from 1 to 36500"));
            return UsageOrInput;
        }
    }
    QString name = parser.value(QStringLiteral("name"));
    if (name.isEmpty())
        name = qEnvironmentVariable("USER", QStringLiteral("Hoshi user"));
    KeyGenerator::Result result;
    QString error;
    if (!KeyGenerator::generate(parser.value(QStringLiteral("out")), name, days, &result, &error)) {
        err(Cli::tr("error: %1").arg(error));
        return UsageOrInput;
    }
    out(QDir::toNativeSeparators(result.keyPath));
    out(QDir::toNativeSeparators(result.certificatePath));
    err(Cli::tr("subject: %1\ncertificate SHA-256 fingerprint: %2\n"
                       "Keep the key private. Give the fingerprint to whoever will check your archives.")
            .arg(result.subject, result.fingerprint));
    return Ok;
}

} // namespace hoshi::cli
