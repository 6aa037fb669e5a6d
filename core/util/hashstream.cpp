// SPDX-License-Identifier: Apache-2.0
#include "hashstream.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/evp.h>

namespace hoshi {

struct HashStream::Private {
    EVP_MD_CTX *ctx = nullptr;
    QByteArray digest;
    bool finished = false;
};

HashStream::HashStream(Algorithm algorithm) : d(std::make_unique<Private>())
{
    d->ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(d->ctx, algorithm == Algorithm::Sha256 ? EVP_sha256() : EVP_sha512(), nullptr);
}

HashStream::~HashStream()
{
    EVP_MD_CTX_free(d->ctx);
}

void HashStream::addData(const char *data, qsizetype size)
{
    Q_ASSERT(!d->finished);
    EVP_DigestUpdate(d->ctx, data, static_cast<size_t>(size));
}

QByteArray HashStream::result()
{
    if (!d->finished) {
        unsigned char out[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(d->ctx, out, &length);
        d->digest = QByteArray(reinterpret_cast<const char *>(out), int(length));
        d->finished = true;
    }
    return d->digest;
}

QString HashStream::hexOf(const QByteArray &data, Algorithm algorithm)
{
    HashStream stream(algorithm);
    stream.addData(data);
    return stream.hexResult();
}

QString HashStream::hexOfFile(const QString &path, Algorithm algorithm, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("HashStream", "Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    HashStream stream(algorithm);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0) {
            if (error)
                *error = QCoreApplication::translate("HashStream", "Cannot read %1: %2").arg(path, file.errorString());
            return {};
        }
        if (n == 0)
            break;
        stream.addData(buffer.constData(), n);
    }
    return stream.hexResult();
}

} // namespace hoshi
