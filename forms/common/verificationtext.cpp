// SPDX-License-Identifier: Apache-2.0
#include "verificationtext.h"
#include "statuscolours.h"

#include <QLocale>

#include <algorithm>

namespace hoshi {

QString VerificationText::headline(const VerificationResult &r)
{
    switch (r.status) {
    case VerificationResult::Status::Intact:
        return tr("Intact");
    case VerificationResult::Status::NotIntact: {
        const QList<FileReport> problems = r.problems();
        if (!problems.isEmpty()) {
            QStringList names;
            for (const FileReport &f : problems.mid(0, 3))
                names << f.path;
            if (problems.size() > 3)
                names << QStringLiteral("…");
            return tr("Not intact: %n file(s) changed (%1)", nullptr, int(problems.size()))
                .arg(names.join(QLatin1String(", ")));
        }
        if (r.signature.state == SignatureInfo::State::Invalid)
            return tr("Not intact: the signature does not match");
        return tr("Not intact: %1").arg(r.bagProblems.value(0));
    }
    case VerificationResult::Status::Unreadable:
        break;
    }
    return tr("Unreadable or hostile: %1").arg(r.error);
}

QString VerificationText::details(const VerificationResult &r)
{
    switch (r.status) {
    case VerificationResult::Status::Intact:
        return tr("Every file matches manifest-sha256.txt and manifest-sha512.txt, the tag manifests match "
                  "and "
                  "nothing is missing or added: %n payload file(s), %1.",
                  nullptr, int(r.payloadFiles))
            .arg(QLocale().formattedDataSize(r.payloadBytes));
    case VerificationResult::Status::NotIntact: {
        QStringList lines;
        for (const FileReport &f : r.problems())
            lines << f.message;
        lines << r.bagProblems;
        if (r.signature.state == SignatureInfo::State::Invalid && !r.signature.problem.isEmpty())
            lines << r.signature.problem;
        return lines.join(QLatin1Char('\n'));
    }
    case VerificationResult::Status::Unreadable:
        break;
    }
    return tr("Nothing was extracted from the archive. Ask the sender for an intact copy.");
}

QString VerificationText::signer(const SignatureInfo &s)
{
    switch (s.state) {
    case SignatureInfo::State::Absent:
        return tr("Not signed");
    case SignatureInfo::State::Valid:
        return s.selfSigned ? tr("Signed by %1 (%2, self-signed certificate), signature valid").arg(s.signer, s.keyType)
               : s.chainTrusted ? tr("Signed by %1 (%2, certificate chained to a trusted CA), signature valid")
                                      .arg(s.signer, s.keyType)
                                : tr("Signed by %1 (%2, certificate not chained to a trusted CA), signature valid")
                                      .arg(s.signer, s.keyType);
    case SignatureInfo::State::Invalid:
        break;
    }
    return s.signer.isEmpty() ? tr("Signature invalid: %1").arg(s.problem)
                              : tr("Signed by %1, signature INVALID: %2").arg(s.signer, s.problem);
}

QString VerificationText::signerLine(const VerificationResult &r)
{
    const QString line = signer(r.signature);
    if (r.status != VerificationResult::Status::NotIntact || r.signature.state != SignatureInfo::State::Valid)
        return line;
    return tr("%1 — but the signature covers the manifests, and the files no longer match them: the archive is "
              "not what was signed.").arg(line);
}

bool VerificationText::signerLineIsBad(const VerificationResult &r)
{
    return r.signature.state == SignatureInfo::State::Invalid
           || (r.status == VerificationResult::Status::NotIntact && r.signature.state == SignatureInfo::State::Valid);
}

int VerificationText::tagFileCount(const VerificationResult &r)
{
    return int(std::count_if(r.files.begin(), r.files.end(), [](const FileReport &f) { return f.tagFile; }));
}

QString VerificationText::fileCounts(const VerificationResult &r)
{
    const int tags = tagFileCount(r);
    return tr("%n payload file(s) (the evidence and the application package)", nullptr, int(r.files.size()) - tags)
           + tr(" + %n tag file(s) (bag declaration, bag-info, manifests, signature)", nullptr, tags);
}

QString VerificationText::fingerprintNote(const SignatureInfo &s)
{
    if (s.state == SignatureInfo::State::Absent || s.fingerprint.isEmpty())
        return {};
    QString text =
        tr("Certificate SHA-256: %1 — compare it with the fingerprint the manufacturer gave you.").arg(s.fingerprint);
    if (!s.note.isEmpty())
        text += QLatin1Char(' ') + s.note;
    return text;
}

QString VerificationText::problemName(FileReport::Problem problem)
{
    switch (problem) {
    case FileReport::Problem::None:
        return tr("ok");
    case FileReport::Problem::Modified:
        return tr("modified");
    case FileReport::Problem::Missing:
        return tr("missing");
    case FileReport::Problem::Unlisted:
        return tr("unlisted");
    }
    return {};
}

QColor VerificationText::background(VerificationResult::Status status)
{
    switch (status) {
    case VerificationResult::Status::Intact:
        return StatusColours::fill(Tone::Good);
    case VerificationResult::Status::NotIntact:
        return StatusColours::fill(Tone::Bad);
    case VerificationResult::Status::Unreadable:
        break;
    }
    return StatusColours::fill(Tone::Bad).darker(160);
}

QColor VerificationText::foreground(VerificationResult::Status)
{
    return Qt::white;
}

} // namespace hoshi
