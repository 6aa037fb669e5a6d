// SPDX-License-Identifier: Apache-2.0
#include "keygenerator.h"

#include "opensslutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

namespace hoshi {

namespace {

bool addExtension(X509 *certificate, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, certificate, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!extension)
        return false;
    const bool ok = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return ok;
}

bool writeNew(const QString &path, const QByteArray &data, QFile::Permissions permissions, QString *error)
{
    QFile file(path);
    // NewOnly: never replace a key someone already relies on. The permissions are given at
    // creation, so the private key is never readable by others, not even for a moment.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions)) {
        if (error)
            *error = KeyGenerator::tr("Can not create %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(data) != data.size() || !file.flush()) {
        if (error)
            *error = KeyGenerator::tr("Can not write %1: %2").arg(path, file.errorString());
        file.remove();
        return false;
    }
    return true;
}

} // namespace

bool KeyGenerator::isEncryptedKey(const QString &keyPath)
{
    QFile file(keyPath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(4096);
    return head.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") || head.contains("Proc-Type: 4,ENCRYPTED");
}

bool KeyGenerator::generate(const QString &folder, const QString &commonName, int validDays, Result *result,
                            QString *error, const QByteArray &passphrase)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (commonName.trimmed().isEmpty())
        return fail(KeyGenerator::tr("The certificate needs a name."));
    if (!QDir().mkpath(folder))
        return fail(KeyGenerator::tr("Can not create the folder %1.").arg(folder));
    const QString keyPath = QDir(folder).filePath(QStringLiteral("hoshi-signing-key.pem"));
    const QString certificatePath = QDir(folder).filePath(QStringLiteral("hoshi-signing-cert.pem"));
    for (const QString &path : {keyPath, certificatePath}) {
        if (QFile::exists(path))
            return fail(KeyGenerator::tr("%1 already exists; it is not replaced.").arg(path));
    }

    ERR_clear_error();
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(EVP_EC_gen("P-256"), &EVP_PKEY_free);
    std::unique_ptr<X509, decltype(&X509_free)> certificate(X509_new(), &X509_free);
    if (!key || !certificate)
        return fail(KeyGenerator::tr("Key generation failed: %1").arg(ossl::errors()));
    X509 *x = certificate.get();

    // A random, positive 128-bit serial number.
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return fail(KeyGenerator::tr("No random numbers: %1").arg(ossl::errors()));
    serial[0] &= 0x7f;
    std::unique_ptr<BIGNUM, decltype(&BN_free)> bn(BN_bin2bn(serial, sizeof serial, nullptr), &BN_free);
    const QByteArray cn = commonName.trimmed().toUtf8();
    X509_NAME *name = X509_get_subject_name(x);
    const bool ok = X509_set_version(x, X509_VERSION_3) == 1 && bn
                    && BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(x)) != nullptr
                    && X509_gmtime_adj(X509_getm_notBefore(x), -300) != nullptr
                    && X509_time_adj_ex(X509_getm_notAfter(x), validDays, 0, nullptr) != nullptr
                    && X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                                  reinterpret_cast<const unsigned char *>(cn.constData()),
                                                  int(cn.size()), -1, 0) == 1
                    && X509_set_issuer_name(x, name) == 1 && X509_set_pubkey(x, key.get()) == 1
                    // A signing certificate, not a CA; usable as its own trust anchor in
                    // `openssl cms -verify -CAfile`.
                    && addExtension(x, NID_basic_constraints, "critical,CA:FALSE")
                    && addExtension(x, NID_key_usage, "critical,digitalSignature,nonRepudiation")
                    && addExtension(x, NID_subject_key_identifier, "hash")
                    && X509_sign(x, key.get(), EVP_sha256()) > 0;
    if (!ok)
        return fail(KeyGenerator::tr("The certificate could not be made: %1").arg(ossl::errors()));

    ossl::BioPtr keyBio(BIO_new(BIO_s_mem()));
    const bool encoded = passphrase.isEmpty()
                             ? PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr)
                             : PEM_write_bio_PKCS8PrivateKey(keyBio.get(), key.get(), EVP_aes_256_cbc(),
                                                             passphrase.constData(), int(passphrase.size()), nullptr,
                                                             nullptr);
    if (!encoded)
        return fail(KeyGenerator::tr("The key could not be encoded: %1").arg(ossl::errors()));
    const QByteArray keyPem = ossl::bioData(keyBio.get());
    const QByteArray certificatePem = ossl::pem(x);

    if (!writeNew(keyPath, keyPem, QFile::ReadOwner | QFile::WriteOwner, error))
        return false;
    if (!writeNew(certificatePath, certificatePem,
                  QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther, error)) {
        QFile::remove(keyPath);
        return false;
    }
    if (result) {
        result->keyPath = keyPath;
        result->certificatePath = certificatePath;
        result->fingerprint = ossl::fingerprint(x);
        result->subject = ossl::name(name);
    }
    return true;
}

} // namespace hoshi
