// SPDX-License-Identifier: Apache-2.0
#pragma once

// Small helpers shared by the signing, key generation and verification code. Internal to the
// core (OpenSSL is a private dependency of hoshi_core): include only from .cpp files.

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <openssl/bio.h>
#include <openssl/x509.h>

#include <memory>

namespace hoshi::ossl {

struct BioFree {
    void operator()(BIO *b) const { BIO_free_all(b); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;

// The queued OpenSSL error messages, oldest first, emptied from the queue.
[[nodiscard]] QString errors();
[[nodiscard]] BioPtr memoryBio(const QByteArray &data);
[[nodiscard]] QByteArray bioData(BIO *bio);
// RFC 2253 form with UTF-8 kept as is: "CN=Example Vendor,O=例".
[[nodiscard]] QString name(const X509_NAME *name);
// SHA-256 of the DER certificate, upper-case hex pairs joined by ':' (as `openssl x509 -fingerprint`).
[[nodiscard]] QString fingerprint(const X509 *certificate);
[[nodiscard]] QDateTime time(const ASN1_TIME *t);
[[nodiscard]] QByteArray pem(X509 *certificate);

} // namespace hoshi::ossl
