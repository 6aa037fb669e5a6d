// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace hoshi {

// Incremental SHA-256 / SHA-512 over OpenSSL EVP. Qt 6.4's QCryptographicHash is several times
// slower on large evidence files (see docs/decisions.md), and evidence files can be many GB.
class HashStream
{
public:
    enum class Algorithm { Sha256, Sha512 };

    explicit HashStream(Algorithm algorithm = Algorithm::Sha256);
    ~HashStream();
    HashStream(const HashStream &) = delete;
    HashStream &operator=(const HashStream &) = delete;

    void addData(const char *data, qsizetype size);
    void addData(const QByteArray &data) { addData(data.constData(), data.size()); }
    // Finishes the digest; the stream can not be fed afterwards.
    [[nodiscard]] QByteArray result();
    [[nodiscard]] QString hexResult() { return QString::fromLatin1(result().toHex()); }

    [[nodiscard]] static QString hexOf(const QByteArray &data, Algorithm algorithm = Algorithm::Sha256);
    // Hashes a whole file in one streaming pass; empty result and *error set on failure.
    [[nodiscard]] static QString hexOfFile(const QString &path, Algorithm algorithm, QString *error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hoshi
