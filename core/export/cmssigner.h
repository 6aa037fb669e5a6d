// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QByteArray>
#include <QString>

#include <memory>

namespace hoshi {

// Detached CMS (PKCS #7) signatures over OpenSSL: what `openssl cms -sign -binary -outform DER`
// produces and `openssl cms -verify -binary -inform DER -content FILE` checks. The signer's
// certificate is embedded. ECDSA P-256 keys from KeyGenerator are the intended use; any key
// type OpenSSL can sign with works.
class CmsSigner
{
    Q_DECLARE_TR_FUNCTIONS(hoshi::CmsSigner)

public:
    ~CmsSigner();
    CmsSigner(const CmsSigner &) = delete;
    CmsSigner &operator=(const CmsSigner &) = delete;

    // Loads a PEM private key and a PEM certificate and checks that they belong together. An
    // encrypted key needs `passphrase` (never prompted for: this runs in batch jobs).
    [[nodiscard]] static std::unique_ptr<CmsSigner> load(const QString &keyPath, const QString &certificatePath,
                                                         const QByteArray &passphrase, QString *error);

    // DER-encoded detached signature over `content` (SHA-256 digest, signing time attribute).
    [[nodiscard]] bool sign(const QByteArray &content, QByteArray *signature, QString *error) const;
    [[nodiscard]] QByteArray certificatePem() const { return m_certificatePem; }
    [[nodiscard]] QString subject() const { return m_subject; }
    // SHA-256 of the certificate, "AB:CD:..." as `openssl x509 -fingerprint -sha256` prints it.
    [[nodiscard]] QString fingerprint() const { return m_fingerprint; }

private:
    CmsSigner() = default;
    struct Keys;
    std::unique_ptr<Keys> m_keys;
    QByteArray m_certificatePem;
    QString m_subject;
    QString m_fingerprint;
};

} // namespace hoshi
