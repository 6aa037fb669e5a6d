// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace hoshi {

// The BagIt 1.0 (RFC 8493) pieces shared by the archive writer and the verifier.
//
// Bag layout inside the ZIP (all under one top folder, the bag's name):
//   bagit.txt, bag-info.txt, manifest-sha256.txt, manifest-sha512.txt,
//   tagmanifest-sha256.txt, tagmanifest-sha512.txt, README-VERIFY.txt,
//   data/... (the payload), and when signed signatures/signer-cert.pem (listed in the tag
//   manifests) and signatures/tagmanifest-sha256.txt.p7s (not listed: it signs
//   tagmanifest-sha256.txt and can not be part of what it signs).
class BagIt
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::BagIt)

public:
    struct ManifestEntry {
        QString hash; // lower-case hex
        QString path; // decoded, relative to the bag root
        int line = 0; // 1-based line in the manifest, for messages
    };
    using Fields = QList<QPair<QString, QString>>;

    static constexpr char SignatureFile[] = "signatures/tagmanifest-sha256.txt.p7s";
    static constexpr char SignerCertificateFile[] = "signatures/signer-cert.pem";

    [[nodiscard]] static QByteArray bagitTxt();
    // "<hash>  <path>\n": two spaces, so that `sha256sum -c` reads it (BagIt allows any whitespace).
    [[nodiscard]] static QByteArray manifestLine(const QString &hash, const QString &path);
    // BagIt encodes only CR, LF and '%' in manifest paths.
    [[nodiscard]] static QString encodePath(const QString &path);
    [[nodiscard]] static QString decodePath(const QString &path);
    // Parses a manifest; hashLength is 64 (SHA-256) or 128 (SHA-512) hex digits.
    [[nodiscard]] static bool parseManifest(const QByteArray &text, int hashLength, QList<ManifestEntry> *entries,
                                            QString *error);
    [[nodiscard]] static QByteArray bagInfo(const Fields &fields);
    [[nodiscard]] static Fields parseBagInfo(const QByteArray &text);
    [[nodiscard]] static QString payloadOxum(qint64 bytes, qint64 count)
    {
        return QStringLiteral("%1.%2").arg(bytes).arg(count);
    }

    struct ReadmeFacts {
        QString zipName;
        QString bagName;
        QString product;
        QString criteriaId;
        QString exportDate;
        bool isSigned = false;
        QString signerFingerprint;
    };
    // README-VERIFY.txt, Japanese then English, with the exact commands for Linux, macOS and Windows.
    [[nodiscard]] static QByteArray readmeVerify(const ReadmeFacts &facts);
};

} // namespace hoshi
