// SPDX-License-Identifier: Apache-2.0
#include "signaturecheck.h"

#include "export/opensslutil.h"

#include <QCoreApplication>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509v3.h>

namespace hoshi {

namespace {

QString keyType(X509 *certificate)
{
    EVP_PKEY *key = X509_get0_pubkey(certificate);
    if (!key)
        return {};
    if (EVP_PKEY_is_a(key, "EC")) {
        char group[64] = {};
        size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(key, "group", group, sizeof group, &length))
            return QStringLiteral("EC %1").arg(QString::fromLatin1(group) == QLatin1String("prime256v1")
                                                   ? QStringLiteral("P-256")
                                                   : QString::fromLatin1(group));
        return QStringLiteral("EC");
    }
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(EVP_PKEY_get0_type_name(key))).arg(EVP_PKEY_get_bits(key));
}

QDateTime signingTime(CMS_ContentInfo *cms)
{
    STACK_OF(CMS_SignerInfo) *infos = CMS_get0_SignerInfos(cms);
    if (!infos || sk_CMS_SignerInfo_num(infos) < 1)
        return {};
    CMS_SignerInfo *si = sk_CMS_SignerInfo_value(infos, 0);
    const int index = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1);
    if (index < 0)
        return {};
    X509_ATTRIBUTE *attribute = CMS_signed_get_attr(si, index);
    ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(attribute, 0);
    if (!value)
        return {};
    if (value->type == V_ASN1_UTCTIME)
        return ossl::time(value->value.utctime);
    if (value->type == V_ASN1_GENERALIZEDTIME)
        return ossl::time(value->value.generalizedtime);
    return {};
}

} // namespace

SignatureInfo SignatureCheck::verify(const QByteArray &signature, const QByteArray &content)
{
    SignatureInfo info;
    info.state = SignatureInfo::State::Invalid;
    ERR_clear_error();
    ossl::BioPtr in = ossl::memoryBio(signature);
    std::unique_ptr<CMS_ContentInfo, decltype(&CMS_ContentInfo_free)> cms(d2i_CMS_bio(in.get(), nullptr),
                                                                          &CMS_ContentInfo_free);
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed) {
        info.problem = SignatureCheck::tr("The signature file is not a CMS signature: %1").arg(ossl::errors());
        return info;
    }
    std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> empty(X509_STORE_new(), &X509_STORE_free);
    ossl::BioPtr data = ossl::memoryBio(content);
    // The signature itself: the content's digest and the signer's key. Trust comes after.
    const bool valid = CMS_verify(cms.get(), nullptr, empty.get(), data.get(), nullptr,
                                  CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY)
                       == 1;
    STACK_OF(X509) *signers = CMS_get0_signers(cms.get());
    X509 *certificate = signers && sk_X509_num(signers) > 0 ? sk_X509_value(signers, 0) : nullptr;
    if (certificate) {
        info.signer = ossl::name(X509_get_subject_name(certificate));
        info.issuer = ossl::name(X509_get_issuer_name(certificate));
        info.fingerprint = ossl::fingerprint(certificate);
        info.keyType = keyType(certificate);
        info.selfSigned = X509_self_signed(certificate, 1) == 1;
        info.notBefore = ossl::time(X509_get0_notBefore(certificate));
        info.notAfter = ossl::time(X509_get0_notAfter(certificate));
    }
    info.signingTime = signingTime(cms.get());
    if (!valid) {
        const QString detail = ossl::errors();
        info.problem = certificate ? SignatureCheck::tr("The signature does not match the signed file (%1).").arg(detail)
                                   : SignatureCheck::tr("The signature names no signer certificate (%1).").arg(detail);
        sk_X509_free(signers);
        return info;
    }
    info.state = SignatureInfo::State::Valid;

    if (certificate && !info.selfSigned) {
        // Does it chain to a CA this system trusts? (Informative; a company CA usually does not.)
        std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> store(X509_STORE_new(), &X509_STORE_free);
        X509_STORE_set_default_paths(store.get());
        std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> ctx(X509_STORE_CTX_new(), &X509_STORE_CTX_free);
        STACK_OF(X509) *chain = CMS_get1_certs(cms.get());
        if (ctx && X509_STORE_CTX_init(ctx.get(), store.get(), certificate, chain) == 1) {
            X509_STORE_CTX_set_purpose(ctx.get(), X509_PURPOSE_ANY);
            info.chainTrusted = X509_verify_cert(ctx.get()) == 1;
        }
        sk_X509_pop_free(chain, X509_free);
    }
    if (info.signingTime.isValid() && info.notAfter.isValid()
        && (info.signingTime > info.notAfter || info.signingTime < info.notBefore))
        info.note = SignatureCheck::tr("The certificate was not valid at the signing time.");
    sk_X509_free(signers);
    ERR_clear_error();
    return info;
}

} // namespace hoshi
