// SPDX-License-Identifier: Apache-2.0
#include "opensslutil.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <ctime>

namespace hoshi::ossl {

QString errors()
{
    QStringList messages;
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        messages << QString::fromLatin1(buffer);
    }
    return messages.join(QLatin1String("; "));
}

BioPtr memoryBio(const QByteArray &data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), int(data.size())));
}

QByteArray bioData(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(length));
}

QString name(const X509_NAME *n)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    // RFC 2253 but without escaping UTF-8 bytes, so Japanese names read as written.
    X509_NAME_print_ex(bio.get(), n, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return QString::fromUtf8(bioData(bio.get()));
}

QString fingerprint(const X509 *certificate)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!X509_digest(certificate, EVP_sha256(), digest, &length))
        return {};
    QStringList pairs;
    for (unsigned int i = 0; i < length; ++i)
        pairs << QStringLiteral("%1").arg(digest[i], 2, 16, QLatin1Char('0')).toUpper();
    return pairs.join(QLatin1Char(':'));
}

QDateTime time(const ASN1_TIME *t)
{
    struct tm tm = {};
    if (!t || !ASN1_TIME_to_tm(t, &tm))
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     Qt::UTC);
}

QByteArray pem(X509 *certificate)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_X509(bio.get(), certificate))
        return {};
    return bioData(bio.get());
}

} // namespace hoshi::ossl
