#include "cmd_export.h"

#include "util/progressscale.h"

#include "cliutil.h"
#include "export/exportjob.h"
#include "export/keygenerator.h"
#include "verify/archiveverifier.h"

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
        return QStringLiteral("signature: none (the archive is not signed)");
    case SignatureInfo::State::Invalid:
        return QStringLiteral("signature: INVALID: %1").arg(s.problem);
    case SignatureInfo::State::Valid:
        break;
    }
    QString trust = s.selfSigned ? QStringLiteral("self-signed certificate")
                    : s.chainTrusted ? QStringLiteral("certificate issued by %1, trusted by this system").arg(s.issuer)
                                     : QStringLiteral("certificate issued by %1, chain not checked").arg(s.issuer);
    return QStringLiteral("signature: valid, signed by %1 (%2, %3)%4\n"
                          "  certificate SHA-256 fingerprint: %5\n"
                          "  compare this fingerprint with the one the manufacturer gave you%6")
        .arg(s.signer, s.keyType, trust,
             s.signingTime.isValid() ? QStringLiteral(" on %1").arg(s.signingTime.toString(Qt::ISODate)) : QString(),
             s.fingerprint, s.note.isEmpty() ? QString() : QStringLiteral("\n  note: %1").arg(s.note));
}

} // namespace

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WS"), QStringLiteral("Workspace file."));
    parser.addOption({QStringLiteral("declaration"), QStringLiteral("Declaration id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Existing folder to write into."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("sign"), QStringLiteral("PEM private key to sign the evidence archive with "
                                                             "(an encrypted key reads its passphrase from "
                                                             "HOSHI_KEY_PASSPHRASE)."),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("cert"), QStringLiteral("PEM certificate of the signing key."), QStringLiteral("CERT")});
    parser.addOption({QStringLiteral("no-package"), QStringLiteral("Do not write the application package.")});
    parser.addOption({QStringLiteral("no-archive"), QStringLiteral("Do not write the evidence archive.")});
    if (!parse(parser, QStringLiteral("export"), args))
        return UsageOrInput;
    if (!parser.isSet(QStringLiteral("out"))) {
        err(QStringLiteral("error: --out is required"));
        return UsageOrInput;
    }
    if (parser.isSet(QStringLiteral("sign")) != parser.isSet(QStringLiteral("cert"))) {
        err(QStringLiteral("error: --sign and --cert go together"));
        return UsageOrInput;
    }
    if (parser.isSet(QStringLiteral("no-package")) && parser.isSet(QStringLiteral("no-archive"))) {
        err(QStringLiteral("error: --no-package and --no-archive leave nothing to export"));
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
    request.package = !parser.isSet(QStringLiteral("no-package"));
    request.archive = !parser.isSet(QStringLiteral("no-archive"));
    request.signingKey = parser.value(QStringLiteral("sign"));
    request.signingCertificate = parser.value(QStringLiteral("cert"));
    request.keyPassphrase = qgetenv("HOSHI_KEY_PASSPHRASE");
    if (isatty(STDERR_FILENO)) {
        request.progress = ProgressScale(0, 100, [](int percent) {
            QTextStream(stderr) << "\rexporting evidence: " << percent << "%" << Qt::flush;
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
        err(QStringLiteral("export refused: %1 Nothing was written.").arg(error));
        return Negative;
    }
    if (!ok) {
        err(QStringLiteral("error: %1").arg(error));
        err(QStringLiteral("Nothing was written."));
        return UsageOrInput;
    }
    if (!outcome.fontWarning.isEmpty())
        err(QStringLiteral("warning: %1").arg(outcome.fontWarning));
    for (const GateProblem &p : std::as_const(outcome.problems))
        err(QStringLiteral("warning\t%1\t%2").arg(p.itemId.isEmpty() ? QStringLiteral("-") : p.itemId, p.message));
    QString recordError = writeError;
    if (!ws->isReadOnly())
        (void)ws->recordExport(declarationId, outcome.exportId, outcome.declarationJson, &recordError);
    if (!recordError.isEmpty())
        err(Cli::tr("warning: the export was not recorded in the workspace: %1").arg(recordError));
    for (const QString &path : outcome.writtenPaths())
        out(QDir::toNativeSeparators(path));
    return Ok;
}

int runVerify(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ARCHIVE"), QStringLiteral("Evidence archive (.zip)."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the full report as JSON.")});
    if (!parse(parser, QStringLiteral("verify"), args))
        return UsageOrInput;
    if (parser.positionalArguments().size() != 1) {
        err(QStringLiteral("error: give exactly one archive"));
        return UsageOrInput;
    }
    const QString path = parser.positionalArguments().first();
    if (!QFileInfo(path).isFile()) {
        err(QStringLiteral("error: %1 is not a file").arg(path));
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
        err(QStringLiteral("UNREADABLE: %1").arg(r.error));
        return code;
    }
    out(QStringLiteral("archive: %1").arg(path));
    out(QStringLiteral("bag: %1 (%2, export %3 of %4)")
            .arg(r.bagName.isEmpty() ? QStringLiteral("(root)") : r.bagName, r.bagInfoValue(QStringLiteral("Bag-Software-Agent")),
                 r.bagInfoValue(QStringLiteral("External-Identifier")), r.bagInfoValue(QStringLiteral("Hoshi-Export-Date"))));
    out(QStringLiteral("declaration: %1 / %2 / %3")
            .arg(r.bagInfoValue(QStringLiteral("Source-Organization")), r.bagInfoValue(QStringLiteral("Hoshi-Product")),
                 r.bagInfoValue(QStringLiteral("Hoshi-Criteria-Id"))));
    out(QStringLiteral("payload: %1 files, %2 bytes").arg(r.payloadFiles).arg(r.payloadBytes));
    out(signatureLine(r.signature));
    const QList<FileReport> problems = r.problems();
    if (r.status == VerificationResult::Status::Intact) {
        out(QStringLiteral("INTACT: every file matches manifest-sha256.txt and manifest-sha512.txt, the tag manifests "
                           "match, nothing is missing or added."));
        return code;
    }
    out(QStringLiteral("NOT INTACT: %1 problem(s)").arg(problems.size() + r.bagProblems.size()));
    for (const FileReport &f : problems)
        out(QStringLiteral("  %1\t%2\t%3").arg(FileReport::problemKey(f.problem), f.path, f.message));
    for (const QString &p : r.bagProblems)
        out(QStringLiteral("  bag\t-\t%1").arg(p));
    return code;
}

int runKeygen(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("out"), QStringLiteral("Folder for hoshi-signing-key.pem and hoshi-signing-cert.pem."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("name"), QStringLiteral("Name in the certificate (default: the user name)."),
                      QStringLiteral("CN")});
    parser.addOption({QStringLiteral("days"), QStringLiteral("Validity in days (default %1).").arg(KeyGenerator::DefaultValidDays),
                      QStringLiteral("N")});
    if (!parse(parser, QStringLiteral("keygen"), args))
        return UsageOrInput;
    if (!parser.isSet(QStringLiteral("out"))) {
        err(QStringLiteral("error: --out is required"));
        return UsageOrInput;
    }
    int days = KeyGenerator::DefaultValidDays;
    if (parser.isSet(QStringLiteral("days"))) {
        bool ok = false;
        days = parser.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || days <= 0 || days > 36500) {
            err(QStringLiteral("error: --days takes a number of days from 1 to 36500"));
            return UsageOrInput;
        }
    }
    QString name = parser.value(QStringLiteral("name"));
    if (name.isEmpty())
        name = qEnvironmentVariable("USER", QStringLiteral("Hoshi user"));
    KeyGenerator::Result result;
    QString error;
    if (!KeyGenerator::generate(parser.value(QStringLiteral("out")), name, days, &result, &error)) {
        err(QStringLiteral("error: %1").arg(error));
        return UsageOrInput;
    }
    out(QDir::toNativeSeparators(result.keyPath));
    out(QDir::toNativeSeparators(result.certificatePath));
    err(QStringLiteral("subject: %1\ncertificate SHA-256 fingerprint: %2\n"
                       "Keep the key private. Give the fingerprint to whoever will check your archives.")
            .arg(result.subject, result.fingerprint));
    return Ok;
}

} // namespace hoshi::cli
