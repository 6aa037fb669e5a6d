// SPDX-License-Identifier: Apache-2.0
#include "cmssigner.h"

#include "opensslutil.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace hoshi {

namespace {

// Supplies the passphrase (possibly none) instead of OpenSSL's default terminal prompt.
int passphraseCallback(char *buffer, int size, int, void *user)
{
    const auto *passphrase = static_cast<const QByteArray *>(user);
    if (!passphrase || passphrase->isEmpty() || passphrase->size() > size)
        return -1;
    memcpy(buffer, passphrase->constData(), size_t(passphrase->size()));
    return int(passphrase->size());
}

bool readSmallFile(const QString &path, QByteArray *data, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = CmsSigner::tr("Can not read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > 1 << 20) {
        if (error)
            *error = CmsSigner::tr("%1 is too large to be a PEM key or certificate.").arg(path);
        return false;
    }
    *data = file.readAll();
    return true;
}

} // namespace

struct CmsSigner::Keys {
    EVP_PKEY *key = nullptr;
    X509 *certificate = nullptr;
    ~Keys()
    {
        EVP_PKEY_free(key);
        X509_free(certificate);
    }
};

CmsSigner::~CmsSigner() = default;

std::unique_ptr<CmsSigner> CmsSigner::load(const QString &keyPath, const QString &certificatePath,
                                           const QByteArray &passphrase, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::unique_ptr<CmsSigner>();
    };
    QByteArray keyData;
    QByteArray certificateData;
    if (!readSmallFile(keyPath, &keyData, error) || !readSmallFile(certificatePath, &certificateData, error))
        return nullptr;
    std::unique_ptr<CmsSigner> signer(new CmsSigner);
    signer->m_keys = std::make_unique<Keys>();
    ERR_clear_error();
    {
        ossl::BioPtr bio = ossl::memoryBio(keyData);
        QByteArray pass = passphrase;
        signer->m_keys->key = PEM_read_bio_PrivateKey(bio.get(), nullptr, &passphraseCallback, &pass);
    }
    if (!signer->m_keys->key)
        return fail(passphrase.isEmpty() && keyData.contains("ENCRYPTED")
                        ? CmsSigner::tr("The key %1 is encrypted; give its passphrase (HOSHI_KEY_PASSPHRASE).").arg(keyPath)
                        : CmsSigner::tr("%1 is not a PEM private key (or the passphrase is wrong): %2").arg(keyPath, ossl::errors()));
    {
        ossl::BioPtr bio = ossl::memoryBio(certificateData);
        signer->m_keys->certificate = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
    }
    if (!signer->m_keys->certificate)
        return fail(CmsSigner::tr("%1 is not a PEM certificate: %2").arg(certificatePath, ossl::errors()));
    if (X509_check_private_key(signer->m_keys->certificate, signer->m_keys->key) != 1)
        return fail(CmsSigner::tr("The key %1 does not belong to the certificate %2.").arg(keyPath, certificatePath));
    signer->m_certificatePem = ossl::pem(signer->m_keys->certificate);
    signer->m_subject = ossl::name(X509_get_subject_name(signer->m_keys->certificate));
    signer->m_fingerprint = ossl::fingerprint(signer->m_keys->certificate);
    return signer;
}

bool CmsSigner::sign(const QByteArray &content, QByteArray *signature, QString *error) const
{
    ERR_clear_error();
    ossl::BioPtr in = ossl::memoryBio(content);
    // BINARY: sign the bytes as they are (no MIME canonicalisation of line ends);
    // NOSMIMECAP: the capabilities attribute means nothing for a file signature.
    CMS_ContentInfo *cms = CMS_sign(m_keys->certificate, m_keys->key, nullptr, in.get(),
                                    CMS_DETACHED | CMS_BINARY | CMS_NOSMIMECAP);
    if (!cms) {
        if (error)
            *error = CmsSigner::tr("Signing failed: %1").arg(ossl::errors());
        return false;
    }
    ossl::BioPtr out(BIO_new(BIO_s_mem()));
    const bool ok = i2d_CMS_bio(out.get(), cms) == 1;
    CMS_ContentInfo_free(cms);
    if (!ok) {
        if (error)
            *error = CmsSigner::tr("Signing failed: %1").arg(ossl::errors());
        return false;
    }
    *signature = ossl::bioData(out.get());
    return true;
}

} // namespace hoshi
