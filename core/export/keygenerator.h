// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

namespace hoshi {

// A self-signed ECDSA P-256 key and certificate for vendors without a PKI, written as PEM files:
// <folder>/hoshi-signing-key.pem (PKCS #8, mode 0600; encrypted when a passphrase is given) and
// <folder>/hoshi-signing-cert.pem. The certificate's SHA-256 fingerprint is what the vendor
// publishes or hands to auditors, so that they can tell the signature is really theirs.
class KeyGenerator
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::KeyGenerator)

public:
    struct Result {
        QString keyPath;
        QString certificatePath;
        QString fingerprint; // SHA-256 of the DER certificate, "AB:CD:..."
        QString subject;
    };
    static constexpr int DefaultValidDays = 5 * 365 + 1;

    // Refuses to replace existing files. A non-empty passphrase encrypts the key (PKCS #8,
    // AES-256-CBC); the export then needs the same passphrase to sign.
    [[nodiscard]] static bool generate(const QString &folder, const QString &commonName, int validDays, Result *result,
                                       QString *error, const QByteArray &passphrase = {});
    // Whether a PEM key file is encrypted (so that signing needs its passphrase).
    [[nodiscard]] static bool isEncryptedKey(const QString &keyPath);
};

} // namespace hoshi
